"""A job title printed in parts on one line ("Partner | Head of Tax", "Senior Consultant · Digital") is kept whole.

A printed separator splits a line into segments (lines.py), so the classifier sees "Partner" and "Head of Tax"
apart and takes one of them as the title. When the other parts of the title's line went to no other field and
read as words of a title, not as a name, company, number or address, the title is the whole line as printed,
separators and all: what the card says, and what someone typing the card in would write.
"""

from __future__ import annotations

import dataclasses
import re

from cardscan.extract.classify import Assignment
from cardscan.extract.company import legal_form
from cardscan.extract.givennames import is_given_name
from cardscan.extract.hits import Piece
from cardscan.extract.lines import SEPARATOR_TOKENS
from cardscan.extract.roles import department_score

_MAX_WORDS = 5  # a part longer than this is a sentence or a slogan, not part of a title


def _title_part(piece: Piece) -> bool:
    """Words that may continue a title: letters only (no number, no @), a few words, no legal form, no person's
    name (a known given name first: "Anna Berg · Partner" repeats the name beside the title)."""
    text = piece.text
    words = text.split()
    return (not piece.residue and not re.search(r"[\d@]", text) and len(words) <= _MAX_WORDS
            and len(re.findall(r"[^\W\d_]", text)) >= 2 and legal_form(text) is None
            and not (len(words) >= 2 and is_given_name(words[0])))


def whole_title_line(roles: dict[str, Assignment], free: list[Piece]) -> dict[str, Assignment]:
    """The roles, with the title widened to its whole printed line when the rest of that line is title words."""
    title = roles.get("title")
    if title is None:
        return roles
    line = title.piece.line_index
    parts = sorted((p for p in free if p.line_index == line), key=lambda p: p.index)
    others = [p for p in parts if p.index != title.piece.index]
    taken = {a.piece.index for role, a in roles.items() if role != "title"}
    if not others or any(p.index in taken or not _title_part(p) for p in others):
        return roles
    if any(a.piece.line_index == line for role, a in roles.items() if role != "title"):
        return roles  # a name or company shares the line ("Anna Berg · Partner · Example GmbH")
    texts = [title.piece.text if p.index == title.piece.index else p.text for p in parts]
    printed = str(title.piece.segment.line_text)
    start, end = printed.find(texts[0]), printed.rfind(texts[-1])
    whole = printed[start:end + len(texts[-1])] if 0 <= start < end else ""
    if not all(t in whole for t in texts):  # a part the classifier mended: joined by the line's own separator
        sep = next((ch for ch in printed if ch in SEPARATOR_TOKENS), "|")
        whole = f" {sep} ".join(texts)
    piece = Piece(whole, title.piece.segment, title.piece.index, False)
    return {**roles, "title": dataclasses.replace(title, piece=piece)}


def bracketed_qualifier(roles: dict[str, Assignment], free: list[Piece]) -> dict[str, Assignment]:
    """The roles, with a line wholly in brackets printed right under the title ("Director" / "(Acting)", "Chief
    Engineer" / "(Retd.)") made part of the title, as printed: it qualifies the title, whatever role the classifier
    gave it. A department in brackets ("(Marketing & Sales)") stays the department."""
    title = roles.get("title")
    if title is None:
        return roles
    below = next((p for p in free if p.line_index == title.piece.line_index + 1), None)
    if below is None or below.residue:
        return roles
    printed = str(below.segment.line_text).strip()
    if not re.fullmatch(r"\([^()\d@]{2,60}\)", printed) or department_score(printed[1:-1]) >= 0.5:
        return roles
    if any(a.piece.index == below.index for role, a in roles.items() if role not in ("title", "department")):
        return roles
    piece = Piece(f"{title.piece.text} {printed}", title.piece.segment, title.piece.index, False)
    kept = {role: a for role, a in roles.items() if not (role == "department" and a.piece.index == below.index)}
    return {**kept, "title": dataclasses.replace(title, piece=piece)}
