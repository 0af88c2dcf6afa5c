"""A firm's kind printed over its name: "CLÍNICA" over "EXEMPLA", "GRÁFICA" over "SAMPLO", "CLUB DE TIRO" over
"EXEMPLOS". Small firms in Spanish- and Portuguese-speaking countries set the kind of business, a word of
organisation names, on the line above the name it belongs to; the firm's name is both lines ("Gráfica Samplo")."""

from __future__ import annotations

import re

from cardscan.extract.company import is_organisation_word, legal_form, organisation_score
from cardscan.extract.givennames import is_given_name
from cardscan.extract.hits import Piece
from cardscan.extract.roles import department_score, title_score
from cardscan.extract.wraps import just_under
from cardscan.text import fold

# How much larger or smaller the name may be set than the kind above it
_HEIGHTS = (0.5, 2.2)


def kind_over_name(candidates: list[Piece]) -> list[tuple[Piece, set[int]]]:
    """Each line of one to three words opening with an organisation word ("Clínica", "Club de Tiro") with one or
    two words of no kind right under it, in its column and of a like size, that no given name opens: one more
    company candidate, the two lines joined."""
    out: list[tuple[Piece, set[int]]] = []
    for i, a in enumerate(candidates):
        kind = a.text.strip()
        if not _kind_only(kind) or re.search(r"[\d@:]", a.segment.line_text):
            continue
        b = next((c for c in candidates[i + 1:] if just_under(c, a)), None)
        if b is None:
            continue
        name = b.text.strip()
        words = name.split()
        if not 1 <= len(words) <= 2 or re.search(r"[\d@:,.]", b.segment.line_text) \
                or not _HEIGHTS[0] <= b.height / max(a.height, 1.0) <= _HEIGHTS[1] \
                or is_given_name(words[0].capitalize()) or organisation_score(name) > 0 or legal_form(name) \
                or title_score(name) > 0 or department_score(name) > 0:
            continue
        out.append((Piece(f"{kind} {name}", a.segment, a.index, a.residue), {id(a), id(b)}))
    return out


def _kind_only(text: str) -> bool:
    """One to three words of letters, the first an organisation word ("Gráfica", "Club de Tiro")."""
    words = [w.strip(".,") for w in fold(text).split()]
    return 1 <= len(words) <= 3 and is_organisation_word(words[0]) and all(w.isalpha() or w == "&" for w in words)
