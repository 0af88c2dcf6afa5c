"""Which free-text piece is the name, the title, the department, the company.

Every piece left once the patterns (e-mail, web, phone, address) took theirs is
scored for each role from the lexicons, the name's agreement with the e-mail's
local part, the company's agreement with the web/e-mail domain, font size and
position. The assignment with the best total wins; a role goes unfilled rather
than to a piece with no evidence for it. How far the winner stands from the
alternatives becomes the classification's certainty.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cardscan.extract.company import (
    domain_match,
    domain_spelling,
    domain_words,
    legal_form,
    legal_form_free,
    link_phrase,
    organisation_score,
    repair_legal_form,
)
from cardscan.extract.geo import is_region_line
from cardscan.extract.givennames import is_given_name
from cardscan.extract.glued_titles import unglued_role_phrase
from cardscan.extract.hits import Piece
from cardscan.extract.line_kinds import (
    DOTTED_INITIAL,
    LN_START,
    MARKS,
    NUMBERED,
    PRONOUNS,
    STREET_ENDS,
    credentials,
    labels_a_number,
    weak,
)
from cardscan.extract.mailbox import (
    business_locals,
    joins_other_line,
    line_words,
    mailbox_match,
    personal_locals_of,
    spelled_on,
    spells_organisation,
)
from cardscan.extract.names import email_name_match, name_shape, repaired_name, split_prefix_suffix, unglue_name
from cardscan.extract.roles import department_score, is_office_label, past_role, title_score
from cardscan.extract.wraps import (
    UNFINISHED_HALF,
    company_variants,
    phrase_wrap,
    two_line_names,
    unfinished_halves,
    wrapped_companies,
)
from cardscan.text import fold

ROLES = ("name", "title", "department", "company")
_THRESHOLD = {"name": 1.2, "title": 1.5, "department": 1.8, "company": 1.2}
_MAX_CANDIDATES = 9


@dataclass(frozen=True)
class Features:
    shape: float
    given: float
    email: float  # how well a personal e-mail local part spells the line (business mailboxes left out)
    mailbox: float  # how well the business's mailbox ("studioexample@", named like its website) spells the line
    title: float
    dept: float
    org: float
    legal: float
    domain: float
    size: float  # font size relative to the largest candidate, 0..1
    rank: int  # position among candidates, 0 = first
    residue: bool  # left beside a pattern match on the same segment
    weak: bool  # too short or too garbled to stand for a name or a company on its own
    ocr: float  # OCR confidence of the piece's words
    short_lower: bool  # two or three letters, not in capitals
    region: bool  # names only regions or countries of the world ("Europe, Asia, Middle East")
    not_party: bool  # a label ("Head Office") or an address line ("2-37-21-3F Example-building")
    street: bool = False  # ends in a word only streets end in ("Sample Main Road"): never a person
    # a person's prefix ("Dr.", "Prof.", "Mr.") or a dotted initial ("Example M.B", "A. Example"): a person's name if
    # shaped as one
    honorific: bool = False


@dataclass(frozen=True)
class Assignment:
    piece: Piece
    certainty: float
    # How the choice was made, for the field's calibrated confidence (extract/confidence.py); not used to choose.
    runner_up: float = 0.0  # own score minus the best other free candidate's score for the role (may be < 0)
    largest: bool = False  # the piece is (one of) the largest text on the card


def features(piece: Piece, locals_: list[str], business: set[str], lines: dict[str, set[str]], domains: list[str],
             max_height: float, rank: int) -> Features:
    """`business`: the local parts that are the business's own (`business_locals`); `lines`: each printed line's
    words (`joins_other_line`)."""
    text = piece.text
    prefix, body, _, _ = split_prefix_suffix(text)
    given = 1.0 if body and is_given_name(body[0]) else (0.4 if any(is_given_name(t) for t in body[:2]) else 0.0)
    shape = name_shape(text)
    others = [words for line, words in lines.items() if line != piece.segment.text]
    # A mailbox named like the website is the business's, unless the line is a person's name it spells
    # ("annaexample@annaexample.com" for "Anna Example", a freelancer)
    # A mailbox that names a function ("contact.example@", "info@") vouches for no person either
    personal = [x for x in personal_locals_of(locals_) if (x not in business or given > 0)
                and not joins_other_line(text, x, others) and not spells_organisation(text, x)]
    # An address line ("Example Street, Example Town, Country") is no name, whatever mailbox it shares a word with;
    # nor is a label and what it labels ("Office : Example Foods")
    email = email_name_match(text, personal) if len(body) <= MAX_NAME_WORDS and not _NOT_NAME.search(text) else 0.0
    return Features(
        shape=shape,
        given=given,
        email=email,
        mailbox=mailbox_match(text, [x for x in locals_ if x not in personal]) if email == 0 else 0.0,
        title=0.0 if _CODE.search(text) else title_score(text),
        dept=department_score(text),
        org=organisation_score(text),
        legal=1.0 if legal_form(text) else 0.0,
        domain=domain_match(text, domains),
        size=piece.height / max_height if max_height > 0 else 0.0,
        rank=rank,
        residue=piece.residue,
        weak=weak(text),
        ocr=piece.confidence,
        short_lower=len(text.strip()) <= 3 and not text.strip().isupper(),
        region=is_region_line(text),
        not_party=is_office_label(text) or bool(NUMBERED.match(text)) or credentials(text)
        or labels_a_number(piece) or link_phrase(text) or past_role(text),
        street=len(body) >= 2 and fold(body[-1]).strip(".,") in STREET_ENDS,
        honorific=len(body) >= 2 and (bool(prefix) or any(DOTTED_INITIAL.fullmatch(t) for t in body)),
    )


# More words than a person's name has, even with prefixes and a double family name.
MAX_NAME_WORDS = 6
# A digit (an address line) or a colon (a label and what it labels) in a line: no person's name
_NOT_NAME = re.compile(r"[\d:]")
# A number of four digits or more ("Provider 00111D", "Reg. No. 12345"): a registration or a code, no job title
_CODE = re.compile(r"\d{4,}")


def role_scores(f: Features) -> dict[str, float]:
    big = max(0.0, f.size - 0.75) * 4  # 0 .. 1 for the biggest lines
    top = 0.4 if f.rank <= 1 else 0.0
    name = (3.0 * f.shape + 1.5 * f.given * (f.shape > 0.5) + 3.0 * f.email + 0.8 * big + top
            - 4.0 * f.title - 3.0 * f.dept - 5.0 * f.legal - 2.5 * f.org - 2.5 * f.domain * (1.0 - f.email))
    evidence = f.org > 0 or f.legal > 0 or f.domain > 0 or f.mailbox > 0
    # The large first line of a card is its maker's name as often as the person's: position and size are evidence
    # for a company too (an acronym, a surname, a coined word that no word list knows)
    company = (2.5 * f.org + 2.5 * f.legal + 3.0 * max(f.domain, f.mailbox) + 0.8 * big + (0.6 if evidence else 0.3)
               + (0.4 if f.rank == 0 and big >= 0.5 and f.shape * f.given < 0.5 else 0.0)
               - 2.0 * f.shape * f.given - 3.0 * f.email - 3.0 * f.title - 1.5 * f.dept)
    title = 4.0 * f.title - 1.5 * f.legal - 1.0 * f.domain - 1.5 * f.email
    dept = 4.0 * f.dept - 3.0 * f.title - 1.5 * f.legal - 1.0 * f.domain - 1.5 * f.email
    if f.shape < 0.5 and f.email < 0.6:
        name -= 3.0  # one word (a logo), a slogan in lower case: a person's name only if the e-mail spells it
    elif f.given == 0 and f.email == 0:
        name -= 0.8  # name-shaped, but neither a known given name nor the e-mail vouch for it (a street, a firm)
    if f.street:
        name -= 6.0
    if f.region or f.not_party:
        name -= 6.0  # a sales territory, a label or an address line: never a person, never the company
        company -= 6.0
    if f.short_lower:
        dept -= 3.0  # "it", "hr" in lower case: scraps of the QR code or a logo, not "IT" or "HR"
    if f.weak:
        name -= 3.0
        company -= 2.0 if not f.legal else 0.0
    if f.ocr < 0.6:
        # Doubtful OCR (marks, the QR code, a logo read as letters): no field on that evidence alone.
        penalty = 4.0 * (0.6 - f.ocr) + 1.0
        name -= penalty
        company -= penalty
        title -= penalty
        dept -= penalty
    if f.residue:
        name -= 1.0
        company -= 1.5
        title -= 1.0
        dept -= 1.0
    return {"name": name, "title": title, "department": dept, "company": company}


# What a name-shaped line loses when nothing vouches for it as a person's name: no known given name, no e-mail
# that spells it, no person's prefix ("Dr.", "Mr.") before it, no job title printed beside it.
UNVOUCHED_NAME = 1.5
# What a company joined over the lines its print wrapped it on gains for each line it covers beyond the first.
WRAP_BONUS = 0.3
# The score of a line taken as the job title for where it stands (just above the threshold: a title by position is
# a guess the lexicon did not confirm, and its confidence says so).
POSITIONAL_TITLE = _THRESHOLD["title"] + 0.1
# What a title line gains for being printed right above or below the name.
NEXT_TO_NAME = 0.3


def _next_to(a: Piece, b: Piece) -> bool:
    """Printed one right after the other: next in reading order, or one right under the other in its column (a line
    of the other column may come between them in reading order)."""
    upper, lower = (a, b) if a.segment.top <= b.segment.top else (b, a)
    return abs(a.index - b.index) == 1 or _just_under(lower, upper)


def _title_by_position(piece: Piece, f: Features, scores: dict[str, float], name: Piece,
                       under_name: dict[str, float] | None = None) -> bool:
    """A short line printed just under the name in a smaller font, that is no contact data, company, address or second
    name, is the person's job title, whatever its words ("Hygienist", "Stadtführerin"). So is such a line just above
    the name when the line under the name reads as a company or a department (`under_name`: its role scores), as on
    cards that print the title over the name (a lone small line over the name may as well be a brand), or right
    under the name in its column with other lines read between them. A line that reads as a department is taken
    by neither of these two."""
    text = piece.text.strip()
    words = text.split()
    above = piece.index == name.index - 1 and under_name is not None and f.dept < 0.5 and (
        under_name["company"] >= _THRESHOLD["company"] or under_name["department"] >= _THRESHOLD["department"])
    under = piece.index == name.index + 1 or (piece.index > name.index and f.dept < 0.5 and _just_under(piece, name))
    return ((under or above) and piece.segment is not name.segment
            and piece.height < 0.95 * name.height and 1 <= len(words) <= 5
            and not re.search(r"[\d@]", text) and sum(ch.isalpha() for ch in text) >= 4
            and f.org == 0 and f.legal == 0 and f.domain < 0.6 and f.email == 0 and f.shape * f.given < 0.5
            and not (f.region or f.not_party or f.weak or f.residue or f.short_lower) and f.ocr >= 0.6
            and scores["company"] < _THRESHOLD["company"])


def _just_under(piece: Piece, name: Piece) -> bool:
    """Whether a line stands right under the name in the name's column (left, right or centre aligned), whatever
    the reading order put between them: on a card of two columns the other column's lines come in between."""
    p, n = piece.segment, name.segment
    slack = 0.6 * name.height
    aligned = abs(p.left - n.left) <= slack or abs(p.right - n.right) <= slack \
        or abs((p.left + p.right) - (n.left + n.right)) <= 2 * slack
    return aligned and -0.2 * name.height <= p.top - n.bottom <= name.height


def _split_multi(piece: Piece) -> list[Piece]:
    """ "Anna Berg, Projectmanager", "CEO, Voorbeeld BV", "Anna Berg Projectmanager" -> two pieces."""
    text = piece.text
    for sep in (",", " - ", " – ", " / "):
        if sep not in text:
            continue
        head, _, tail = text.partition(sep)
        head, tail = head.strip(), tail.strip()
        _, _, suffix, _ = split_prefix_suffix(text)
        if legal_form(tail) == tail.strip(" ,.") or legal_form(tail) == tail:
            continue  # "Example Labs, Inc.", "Exemplo Consultoria, S.A."
        if head and tail and not suffix:
            tail_kind = title_score(tail) >= 0.5 or department_score(tail) >= 0.8 or legal_form(tail) is not None
            head_kind = title_score(head) >= 0.5 or name_shape(head) >= 0.7 or legal_form(head) is not None
            if title_score(head) >= 0.5 and title_score(tail) >= 0.5 and name_shape(tail) < 0.7:
                continue  # "Founder / CEO", "General Manager, Partner": one person's titles, one line
            if title_score(head) >= 0.5 and department_score(tail) >= 0.8 and name_shape(tail) < 0.7:
                # "General Manager - IT", "Head of Sales / Marketing": the title as printed, whole; its
                # department also a piece of its own
                return [piece, Piece(tail, piece.segment, piece.index, piece.residue)]
            if tail_kind and head_kind:
                return [Piece(head, piece.segment, piece.index, piece.residue),
                        Piece(tail, piece.segment, piece.index, piece.residue)]
    tokens = text.split()
    if len(tokens) >= 3 and title_score(tokens[0]) >= 0.9 and tokens[0].isupper() and 2 <= len(tokens) - 1 <= 4 \
            and name_shape(" ".join(tokens[1:])) >= 0.7 and title_score(" ".join(tokens[1:])) == 0:
        # "CEO Anna Example": a role in capitals before a name-shaped rest is the title, then the name
        return [Piece(tokens[0], piece.segment, piece.index, piece.residue),
                Piece(" ".join(tokens[1:]), piece.segment, piece.index, piece.residue)]
    if len(tokens) >= 3 and title_score(text) > 0 and name_shape(text) < 0.5:
        for k in range(2, len(tokens)):
            head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
            if (title_score(tail) >= 0.9 and title_score(head) == 0 and name_shape(head) >= 0.7
                    and is_given_name(split_prefix_suffix(head)[1][0])):
                return [Piece(head, piece.segment, piece.index, piece.residue),
                        Piece(tail, piece.segment, piece.index, piece.residue)]
    return [piece]


def assign(pieces: list[Piece], emails: list[str], domains: list[str],
           places: Sequence[str] = ()) -> dict[str, Assignment]:
    """The best piece for each role (roles with no convincing piece are left out); `places`: the towns of the card's
    address (a mailbox named after one is an office's)."""
    candidates: list[Piece] = []
    legal_lines: list[Piece] = []  # "AG", "S.L.L.": no company alone, the end of the one printed above
    locals_ = [e.split("@", 1)[0] for e in emails]
    for p in pieces:
        unglued = unglue_name(p.text, locals_) or domain_spelling(p.text, domains) \
            or domain_words(p.text, domains, locals_) or repaired_name(p.text)
        unglued = unglued_role_phrase(LN_START.sub("In", unglued))
        if unglued != p.text:
            p = Piece(unglued, p.segment, p.index, p.residue)
        if not legal_form_free(p.text).strip(" &+,") and legal_form(p.text):
            legal_lines.append(p)
            continue
        if len(p.text) > 80 or not re.search(r"[^\W\d_]{2}", p.text):
            continue
        repaired = MARKS.sub("", PRONOUNS.sub("", repair_legal_form(p.text))).strip()
        if repaired != p.text:
            p = Piece(repaired, p.segment, p.index, p.residue)
        candidates.extend(_split_multi(p))
    if not candidates:
        return {}
    lines = sorted(candidates + legal_lines, key=lambda p: p.index)
    business = business_locals(locals_, domains, places) | spelled_on(candidates, locals_)
    printed: dict[str, set[str]] = {}  # each printed line's words, its e-mail and web addresses left out
    for p in lines:
        printed[p.segment.text] = printed.get(p.segment.text, set()) | line_words(p.text)
    wrapped = wrapped_companies(lines)
    joined = two_line_names(candidates) + company_variants(candidates, domains, locals_) + wrapped
    wrap_lines = {id(p): len(parts) for p, parts in wrapped}
    # A wrap whose every break is a phrase left open ("Head of Sales and" / "Marketing") may be a title too
    phrase_wraps = {id(p) for p, parts in wrapped if phrase_wrap([q for q in lines if id(q) in parts])}
    covers = {id(p): {id(p)} for p in candidates} | {id(p): parts for p, parts in joined}
    halves = unfinished_halves(candidates)  # of the printed lines, before the joined ones are added
    candidates += [p for p, _ in joined]
    max_height = max(p.height for p in candidates) or 1.0
    ranked = []
    for rank, p in enumerate(candidates):
        f = features(p, locals_, business, printed, domains, max_height, rank)
        scores = role_scores(f)
        if id(p) in halves:
            scores = {k: v - UNFINISHED_HALF for k, v in scores.items()}
        ranked.append((p, scores, f))
    # Keep the most promising candidates so the search stays small on noisy pages.
    ranked.sort(key=lambda ps: -max(ps[1].values()))
    ranked = ranked[:_MAX_CANDIDATES]
    ranked.sort(key=lambda ps: ps[0].index)
    scored = [(p, scores) for p, scores, _ in ranked]

    def score_of(role: str, c: int, name: int | None, title: int | None = None) -> float:
        s = scored[c][1][role]
        wrap = wrap_lines.get(id(scored[c][0]))
        if wrap is not None:
            if role != "company" and not (role == "title" and id(scored[c][0]) in phrase_wraps):
                return -math.inf  # joined as a company's wrap, it stands for nothing else
            s += WRAP_BONUS * (wrap - 1)  # as good a company whole as in part: the print wrapped it, take it all
        if role == "title" and s < _THRESHOLD["title"] and name is not None \
                and _title_by_position(scored[c][0], ranked[c][2], scored[c][1], scored[name][0],
                                       next((sc for p, sc in scored if p.index == scored[name][0].index + 1), None)):
            return POSITIONAL_TITLE
        if role == "title" and name is not None and abs(scored[c][0].index - scored[name][0].index) == 1:
            return s + NEXT_TO_NAME  # of two lines with role words, the one beside the name ("CEO", not a badge)
        if role == "name" and ranked[c][2].given == 0 and ranked[c][2].email == 0 and not ranked[c][2].honorific \
                and (title is None or not _next_to(scored[title][0], scored[c][0])
                     or scored[title][1]["title"] < _THRESHOLD["title"]):  # a title by its words, not by position
            return s - UNVOUCHED_NAME  # no known given name, no e-mail, no job title beside it: a slogan, a street
        return s

    n = len(scored)
    best_total = 0.0
    best: tuple[int | None, ...] = (None, None, None, None)
    options = [None, *range(n)]
    for combo in itertools.product(options, repeat=len(ROLES)):
        used = [c for c in combo if c is not None]
        if len(used) != len(set(used)):
            continue
        covered = [i for c in used for i in covers[id(scored[c][0])]]
        if len(covered) != len(set(covered)):
            continue  # a name joined from two lines, and one of those lines for another role
        total = 0.0
        ok = True
        for role, c in zip(ROLES, combo, strict=True):
            if c is None:
                continue
            s = score_of(role, c, combo[0], combo[1])
            if s < _THRESHOLD[role]:
                ok = False
                break
            total += s
        if ok and total > best_total:
            best_total, best = total, combo

    out: dict[str, Assignment] = {}
    for role, c in zip(ROLES, best, strict=True):
        if c is None:
            continue
        piece, scores = scored[c]
        own = score_of(role, c, best[0], best[1])
        # Margin against this piece's other readings and against other pieces for the same role.
        other_roles = max((v for k, v in scores.items() if k != role), default=0.0)
        rivals = max((s[role] for i, (_, s) in enumerate(scored) if i != c and i not in best), default=0.0)
        margin = own - max(other_roles, rivals, _THRESHOLD[role])
        certainty = 0.55 + 0.43 * math.tanh(max(margin, 0.0) / 2.0)
        if margin < 0:
            certainty = max(0.2, 0.55 + 0.1 * margin)
        free = [i for i in range(n) if i != c and i not in best
                and not covers[id(scored[i][0])] & covers[id(piece)]]
        best_free = max((scored[i][1][role] for i in free), default=_THRESHOLD[role] - 2.0)
        out[role] = Assignment(piece, certainty, runner_up=own - best_free, largest=piece.height >= 0.95 * max_height)
    return out
