"""Candidates joined over several printed lines: a name on two lines, a company or a title its print wrapped, a
company the card's domain spells out whole where the print split it (used by classify.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cardscan.extract.company import (
    AND_WORDS,
    domain_match,
    is_organisation_word,
    legal_form,
    legal_form_free,
    organisation_only,
    organisation_score,
)
from cardscan.extract.geo import country_from_name
from cardscan.extract.givennames import is_given_name
from cardscan.extract.hits import Piece
from cardscan.extract.mailbox import spells_on
from cardscan.extract.names import is_particle, name_shape
from cardscan.extract.roles import department_score, is_office_label, title_score
from cardscan.text import LOWER, UPPER, fold, fold_words

_ONE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]+")


def _particled(first: str, second: str) -> bool:
    """ "koen" / "de voorbeeld": a known given name over a family name with its particle, in any letter case; or over
    a middle initial and the family name ("ANNA" / "B. EXAMPLE")."""
    return is_given_name(first.capitalize()) and (
        (_PARTICLED.fullmatch(second) is not None and is_particle(second.split()[0])
         and first.islower() == second.islower())
        or (_INITIAL_THEN_NAME.fullmatch(second) is not None and first.isupper() == second.isupper()))


def name_halves(candidates: list[Piece]) -> list[set[int]]:
    """The two lines of each name printed as a given name over a family name with its particle or initial: lines
    that belong together (one of them is never the name while the other takes another role)."""
    return [{id(a), id(b)} for a, b in itertools.pairwise(candidates)
            if b.index == a.index + 1 and _ONE_WORD.fullmatch(a.text.strip()) and _particled(a.text.strip(),
                                                                                           b.text.strip())]


# A middle initial and the family name ("B. EXAMPLE", "B.Example")
_INITIAL_THEN_NAME = re.compile(rf"[{UPPER}]\.\s?[^\W\d_][^\W\d_'’-]+")
# A family name with its particles ("de voorbeeld", "van der Example", "Di Esempio")
_PARTICLED = re.compile(r"(?:[^\W\d_]{1,4}\s+){1,2}[^\W\d_][^\W\d_'’-]+")


def two_line_names(candidates: list[Piece]) -> list[tuple[Piece, set[int]]]:
    """Given and family name printed on two lines of the same size ("Hana" / "Example"): one more candidate. Words
    left of lines whose number or address was taken ("Anna: 0799 ...", "Marco: 0799 ...") are labels, no name."""
    out: list[tuple[Piece, set[int]]] = []
    for a, b in itertools.pairwise(candidates):
        first, second = a.text.strip(), b.text.strip()
        if b.index != a.index + 1 or a.residue or b.residue or not _ONE_WORD.fullmatch(first) \
                or not 0.8 <= a.height / max(b.height, 1.0) <= 1.25:
            continue
        if not _particled(first, second) \
                and not (_ONE_WORD.fullmatch(second) and first[0].isupper() and second[0].isupper()):
            continue
        out.append((Piece(f"{first} {second}", a.segment, a.index, a.residue), {id(a), id(b)}))
    return out


def _under(piece: Piece, above: Piece) -> bool:
    """`just_under`, with the boxes of large lines allowed to overlap by up to 0.4 of a line (tall capitals)."""
    p, n = piece.segment, above.segment
    slack = 0.6 * above.height
    aligned = abs(p.left - n.left) <= slack or abs(p.right - n.right) <= slack \
        or abs((p.left + p.right) - (n.left + n.right)) <= 2 * slack
    return aligned and -0.4 * above.height <= p.top - n.bottom <= above.height


def names_over_columns(candidates: list[Piece]) -> list[tuple[Piece, set[int]]]:
    """ "DIANA MARIA" over "EXAMPLE" on a card of two columns: known given names, the family name right under them
    in the same size, the other column's lines read between them: one more candidate, joined; neither line stands
    for a role alone (the given names alone score as high a name as the whole)."""
    out: list[tuple[Piece, set[int]]] = []
    for i, a in enumerate(candidates):
        words = a.text.split()
        if a.residue or not 1 <= len(words) <= 2 or not all(is_given_name(w.capitalize()) for w in words):
            continue
        for b in candidates[i + 2:i + 4]:  # the next line is in the other column
            second = b.text.strip()
            if not b.residue and _ONE_WORD.fullmatch(second) and second[0].isupper() \
                    and second.isupper() == a.text.isupper() and 0.8 <= a.height / max(b.height, 1.0) <= 1.25 \
                    and _under(b, a) and not is_given_name(second.capitalize()):
                out.append((Piece(f"{a.text.strip()} {second}", a.segment, a.index, a.residue), {id(a), id(b)}))
                break
    return out


# A line that ends unfinished ("Berg, Lind &", "Example and", "Esempio e"), or a line that goes on in lower case or
# with "& ..."
# The words that leave a line unfinished, shared by _OPEN_END and _ENDS_OPEN; _OPEN_END also takes the one-letter "e"
# and "y" (Italian, Portuguese, Spanish), _ENDS_OPEN, which alone decides an open break, does not.
_JOINING_WORDS = r"and|und|et|en|och|of|for|für|de|di|del|van|von|(?<=\s)in"  # not "-assistent*in", "Kauffrau:in"
_OPEN_END = re.compile(rf"(?:[&+,]|\b(?:{_JOINING_WORDS}|e|y))\s*$", re.IGNORECASE)
_GOES_ON = re.compile(rf"^(?:[&+(]|(?:and|und|et|en|och)\s|[{LOWER}])")
# A printed line that opens with a dash glued to its word ("EXAMPLE" / "-SAMPLE"): a hyphen the print set at the
# break (or a mark the OCR read as one), the name going on
_DASH_ON = re.compile(r"^[-–](?=[^\W\d_]{3})")
_WRAP_LINES = 4  # a company wrapped over more lines than this is a paragraph, not a name
# Line heights of one font size as OCR measures them: accents, descenders and a comma make them differ this much
_WRAP_HEIGHTS = (0.7, 1.4)
# A line ending in a conjunction ("Painter and" / "handyman") goes on whatever the two lines' measured heights: a
# line's height is measured from its letters, and one without ascenders or descenders measures up to a third less
_CONJUNCTION_END = re.compile(r"(?:[&+]|\b(?:and|und|et|en|och|y|e))\s*$", re.IGNORECASE)
_CONJUNCTION_HEIGHTS = (0.6, 1.6)
# A firm's own name in a logo's larger type over its trade in words of organisations only: this much larger at most
_TRADE_UNDER_LOGO = (0.7, 3.0)


def _same_type(a: Piece, b: Piece) -> bool:
    """Whether two lines are printed in one type size, as OCR measures their heights."""
    return _WRAP_HEIGHTS[0] <= a.height / max(b.height, 1.0) <= _WRAP_HEIGHTS[1]


def _ends_in_legal_form(text: str) -> bool:
    """The line ends with its legal form ("Example Consulting LLC", "Sample GmbH,"): the company's name is complete."""
    words = text.strip(" ,").split()
    return bool(words) and any(ch.isalpha() for ch in words[-1]) and not legal_form_free(words[-1]).strip(" ,.")


def _finishes_company(text: str) -> bool:
    """A line holding nothing but legal forms and up to three organisation words ("AG", "& Co. KGaA", "S.L.L.",
    "Group", "Stationers & Printers": the trade after the firm's own name on the line above), or a
    country and a legal form ("India Pvt. Ltd.": the end of a subsidiary's name)."""
    rest = re.sub(r"[&+,\s]+", " ", legal_form_free(text)).strip()
    return not rest or (len(rest.split()) <= 3 and organisation_only(rest)) \
        or (rest != text.strip() and country_from_name(rest) is not None)


def _as_printed(p: Piece) -> str:
    """The piece with the comma or ampersand its line printed after it ("Example," stays "Example,")."""
    text = p.text.strip()
    seg = p.segment.text
    k = seg.rfind(text)
    tail = seg[k + len(text):].strip() if k >= 0 else ""
    return f"{text}{tail}" if tail == "," else f"{text} {tail}" if tail in ("&", "+") else text


def _continues(a: Piece, b: Piece, c: Piece | None) -> bool:
    """Whether line b goes on with the company name begun on line a (c: the line after b, or None)."""
    if b.index != a.index + 1:
        return False
    first, second = _as_printed(a), b.text.strip()
    ratio = a.height / max(b.height, 1.0)
    if _TRADE_UNDER_LOGO[0] <= ratio <= _TRADE_UNDER_LOGO[1] and len(first.split()) <= 2 and organisation_only(second) \
            and not organisation_only(first):
        return True  # "EXAMPLE" in large type over "Packers & Movers": the firm's name and its trade
    low, high = _CONJUNCTION_HEIGHTS if _CONJUNCTION_END.search(first) else _WRAP_HEIGHTS
    if not low <= ratio <= high or (organisation_only(first) and second[:1].islower()):
        return False  # (a slogan in lower case under the trade line: "Design Solutions" / "ideas for web & paper")
    if _GOES_ON.match(second) or _finishes_company(second) or _DASH_ON.match(b.segment.text.strip()):
        return True
    if legal_form(first) and not legal_form_free(first).strip(" ,.&") and not legal_form(second) \
            and not re.search(r"\d", second) and not _acronym_of(first, second):
        # "VZW" / "De Example": a legal form printed on its own line before the name (Belgian vzw, asbl); not a
        # monogram that is a legal form too ("CV" over "Cabinet Valois")
        return True
    if _ends_in_legal_form(first) or re.search(r"\d", second):
        return False  # "Example LLC" is finished; "Sample Tower, 6th Floor" is the address under it
    if _OPEN_END.search(first):
        return True
    # "Example" / "Sample &" / "Third": the middle line of three ends unfinished
    return c is not None and _OPEN_END.search(_as_printed(b)) is not None and _continues(b, c, None)


# A line that ends open ("Berg, Lind &", "Head of"), a line that begins as a continuation ("and Strategic
# Partnerships")
_ENDS_OPEN = re.compile(rf"(?:[&+,]|\b(?:{_JOINING_WORDS}))$", re.IGNORECASE)
# ("of Example Ltd", "di Esempio snc": a preposition in lower case, which a surname like "Van Dijk" never is)
_BEGINS_JOINED = re.compile(r"^(?:[&+]|(?i:and|und|et|en|och|y|e)\s|(?:of|di|de|del|della|du|des|van|von)\s)")
# What each half of such a pair loses for any role on its own.
UNFINISHED_HALF = 5.0


def unfinished_halves(candidates: list[Piece]) -> set[int]:
    """Both lines of a line wrapped in two ("Head of Business Development" / "and Strategic Partnerships", "Berg,
    Lind &" / "Third LLP"): neither stands for a role alone, the joined candidate (wrapped_companies) does."""
    out: set[int] = set()
    for a, b in itertools.pairwise(candidates):
        low, high = _CONJUNCTION_HEIGHTS if _CONJUNCTION_END.search(a.text.strip()) else (0.85, 1.2)
        if b.index == a.index + 1 and low <= a.height / max(b.height, 1.0) <= high and _open_break(a, b):
            out |= {id(a), id(b)}
    return out


def _open_break(a: Piece, b: Piece) -> bool:
    """Whether line a ends open or line b begins with a conjunction: the break between them, not how b ends
    ("Managing Director" / "Example Resources &" breaks at no open phrase; the second line goes on into a third)."""
    return bool(_ENDS_OPEN.search(a.text.strip()) or _BEGINS_JOINED.search(b.text.strip())
                or _DASH_ON.match(b.segment.text.strip()))


def phrase_wrap(chain: list[Piece]) -> bool:
    """Whether each line of a wrap ends open or the next begins with a conjunction (no lower-case start alone)."""
    return all(_open_break(a, b) for a, b in itertools.pairwise(chain))


def just_under(piece: Piece, above: Piece) -> bool:
    """Whether a line stands right under another in its column (left, right or centre aligned), whatever the reading
    order put between them: on a card of two columns the other column's lines come in between."""
    p, n = piece.segment, above.segment
    slack = 0.6 * above.height
    aligned = abs(p.left - n.left) <= slack or abs(p.right - n.right) <= slack \
        or abs((p.left + p.right) - (n.left + n.right)) <= 2 * slack
    return aligned and -0.2 * above.height <= p.top - n.bottom <= above.height


def _goes_on_beside(piece: Piece, last: Piece) -> bool:
    """Whether a line stands right of another on the same row: the OCR's break of one printed line."""
    p, n = piece.segment, last.segment
    return p.left >= n.right - 0.5 * last.height and p.top < n.bottom and p.bottom > n.top


def _next_in_column(candidates: list[Piece], last: Piece, j: int) -> int | None:
    """After a line that ends open ("Example Dach- &"), the line right under it in its column, where reading order
    put the other column's lines between them (its index in `candidates`, from `j` on), else None."""
    if not _OPEN_END.search(_as_printed(last)):
        return None
    return next((k for k in range(j, len(candidates)) if just_under(candidates[k], last)
                 and _same_type(last, candidates[k])), None)


def wrapped_companies(candidates: list[Piece]) -> list[tuple[Piece, set[int]]]:
    """A company name printed over two to four lines of one size, each wrap left unfinished ("Example, Sample &" /
    "Third LLP"), going on ("Example Holding" / "& Partners") or finished by a line of legal forms ("Example" /
    "GmbH & Co. KG"): one more candidate per wrap, joined."""
    out: list[tuple[Piece, set[int]]] = []
    for i, a in enumerate(candidates):
        chain = [a]
        j = i + 1
        while j < len(candidates) and len(chain) < _WRAP_LINES:
            # an open end goes on in the line right under it in its column, other lines read between them
            in_line = _goes_on_beside(candidates[j], chain[-1]) or just_under(candidates[j], chain[-1])
            k = None if in_line else _next_in_column(candidates, chain[-1], j + 1)
            if k is not None:
                j = k
            elif not _continues(chain[-1], candidates[j], candidates[j + 1] if j + 1 < len(candidates) else None):
                break
            if _repeats(chain[-1], candidates[j]):
                break
            chain.append(candidates[j])
            text = " ".join([*map(_as_printed, chain[:-1]), chain[-1].text.strip()])
            if len(text.split()) <= 8:
                out.append((Piece(text, a.segment, a.index, a.residue), {id(p) for p in chain}))
            j += 1
        tail = _firm_tail_under_logo(candidates, i)
        if tail is not None and not any(parts == {id(a), id(tail)} for _, parts in out):
            out.append((Piece(f"{a.text.strip()} {tail.text.strip()}", a.segment, a.index, a.residue),
                        {id(a), id(tail)}))
    return out


def _shares_word(upper: str, lower: str) -> bool:
    """A word of one line begins a word of the other ("EXMA" / "EXMAR TECHNOLOGIES", "Example" / "EXAMPLE GmbH")."""
    a, b = fold(upper).split(), fold(lower).split()
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b if len(x) >= 2 and len(y) >= 2)


# Articles before a firm's name ("The Example Room", "La Sample", "Il Esempio")
_ARTICLES = frozenset(["the", "la", "le", "les", "il", "lo", "el", "los", "las", "de", "het", "der", "die", "das"])


def _firm_tail_under_logo(candidates: list[Piece], i: int) -> Piece | None:
    """The line right under a logo's one or two words in its column, in the same or smaller type, that goes on with
    the firm's name ("EXAMPLA" over "SYSTEMS (P) LTD", "Example" over "Steel Traders", "SAMPLE" over "AUTO SPARES"),
    whatever the reading order put between them: the firm's name is both."""
    a = candidates[i]
    first = a.text.strip()
    words = first.split()
    named = words[1:] if len(words) == 3 and fold(words[0]) in _ARTICLES else words  # "The Example Room"
    if not 1 <= len(named) <= 2 or organisation_score(first) > 0 or not re.search(r"[A-Za-z]{2}", first) \
            or re.search(r"[\d@:]", a.segment.line_text) or is_office_label(first) \
            or (len(named) == 2 and is_given_name(named[0])):
        return None  # ("Anna Example" over "Sample GmbH": the person over the firm; "Head Office" over a firm)
    k = next((k for k in range(i + 1, len(candidates)) if just_under(candidates[k], a)), None)
    if k is None:
        return None
    b = candidates[k]
    second = b.text.strip()
    tail = second.split()
    after = candidates[k + 1].text.strip() if k + 1 < len(candidates) else ""
    if not _TRADE_UNDER_LOGO[0] <= a.height / max(b.height, 1.0) <= _TRADE_UNDER_LOGO[1] \
            or not 1 <= len(tail) <= 4 or re.search(r"[\d@:|•·,]", b.segment.line_text.rstrip(".,")) \
            or _shares_word(first, second) or _acronym_of(first, second) or _GOES_ON.match(after) \
            or any(just_under(c, b) and _same_type(b, c) and name_shape(c.text) < 0.7 for c in candidates[k + 1:]):
        return None  # (a list of trades, across or down; the logo's word or initials again; a slogan going on)
    # It goes on with the name when its legal form or an organisation word ends it, or when it is any words but a job
    # title, a department, a slogan in sentence case ("Reliable service always") or the end of a name wrapped over
    # more lines ("Example," / "Sample and" / "Other", which `wrapped_companies` joins): a trade under a small firm's
    # name ("SAMPLE" over "AUTO SPARES", "Sample" over "Tyres & Batteries"; over all opened sets 12 companies more
    # right and 1 wrong). Where the card's domain spells the logo's words alone, `classify` leaves the trade out.
    if firm_ending(second):
        return b
    slogan = len(tail) >= 2 and all(w[:1].islower() for w in tail[1:] if fold(w) not in AND_WORDS)
    if slogan or left_open(first) or ends_open(second):
        return None
    return b if title_score(second) == 0 and department_score(second) == 0 else None


def ends_open(text: str) -> bool:
    """The line ends in a comma or a joining word ("Example, Sample and", "Example,"): a name goes on below."""
    return bool(_CONJUNCTION_END.search(text)) or text.rstrip().endswith(",")


def left_open(text: str) -> bool:
    """The line is one line of a name wrapped over several: it ends open (`ends_open`) or opens with a joining word
    ("and Other", "& Sons")."""
    words = text.split()
    return ends_open(text) or (bool(words) and (fold(words[0]) in AND_WORDS or words[0] in ("&", "+")))


def firm_ending(text: str) -> bool:
    """The line ends in a legal form or an organisation word ("Example Systems (P) Ltd", "Sample Traders")."""
    words = text.split()
    return bool(words) and (_ends_in_legal_form(text) or is_organisation_word(words[-1].strip(".,")))


def _repeats(upper: Piece, lower: Piece) -> bool:
    """Every word of the lower line is printed in the upper one ("Example Removals" / "Removals"): the trade said
    again under the firm's name, no wrap of it; unless the upper line is left open ("Example +" / "Example Print")."""
    if _OPEN_END.search(upper.text):
        return False
    words = set(fold(upper.text).split())
    return all(w in words for w in fold(lower.text).split())


_GLUED_MARK = re.compile(r"^[a-z](?=[A-Z][a-z]{2})")


def company_variants(candidates: list[Piece], domains: list[str],
                     mailboxes: Sequence[str] = ()) -> list[tuple[Piece, set[int]]]:
    """A company name the card's domain spells out whole, where the print split it: over two lines ("ABC" /
    "Sample Services" beside abcsampleservices.com), or behind a logo mark read as a letter ("D EXAMPLE"); or a
    logo line and the line under it that the business's mailbox spells on ("Example" / "Design Studio" beside
    exampledesigns@...)."""
    out: list[tuple[Piece, set[int]]] = []
    for a, b in itertools.pairwise(candidates):
        # a logo mark read as a small letter glued to the name's first word ("oExample" / "Phone Repair")
        text = _GLUED_MARK.sub("", f"{a.text.strip()} {b.text.strip()}")
        if b.index != a.index + 1 or len(text.split()) > 6:
            continue
        spelled = (domains and domain_match(text, domains) == 1.0
                   and max(domain_match(a.text, domains), domain_match(b.text, domains)) < 1.0) \
            or any(spells_on(local, a.text, b.text) for local in mailboxes)
        # "Amancio Pareja" / "Prat S.A." beside amancio.es: the domain names the line above a company's legal form,
        # in the same type, and not that line's own: the print wrapped one company over both
        form_under = _same_type(a, b) \
            and legal_form(b.text) and not legal_form(a.text) and not _finishes_company(b.text) \
            and domain_match(a.text, domains) >= 0.6 and domain_match(b.text, domains) == 0.0
        if (spelled or form_under) and not _acronym_of(a.text, b.text):
            out.append((Piece(text, a.segment, a.index, a.residue), {id(a), id(b)}))
    # over three lines, one word each ("EXAMPLE" / "GARDEN" / "SERVICES" beside examplegardenservices.co.uk), where
    # no two of them spell it
    for run in zip(candidates, candidates[1:], candidates[2:], strict=False) if domains else ():
        text = " ".join(p.text.strip() for p in run)
        if run[2].index == run[0].index + 2 and len(text.split()) <= 6 and domain_match(text, domains) == 1.0 \
                and all(domain_match(f"{a.text} {b.text}", domains) < 1.0 for a, b in itertools.pairwise(run)):
            out.append((Piece(text, run[0].segment, run[0].index, run[0].residue), {id(p) for p in run}))
    for p in candidates if domains else []:
        head, _, rest = p.text.strip().partition(" ")
        if len(head) == 1 and rest and domain_match(rest, domains) == 1.0 > domain_match(p.text, domains):
            out.append((Piece(rest, p.segment, p.index, p.residue), {id(p)}))
    return out


def _acronym_of(short: str, long: str) -> bool:
    """Whether one line is the initials of the line under it ("EMRA" over "Example Manpower Recruiters
    Association"): the logo's acronym, printed over the name it stands for, is no word of that name."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    words = [w for w in re.findall(r"[A-Za-z]+", long) if len(w) > 1 or w.isupper()]
    return len(letters) >= 2 and letters.upper() == "".join(w[0] for w in words).upper()


def printed_twice(lines: list[Piece]) -> tuple[set[str], set[int]]:
    """The texts (folded) the card prints twice: as two lines, or as one line and two or three lines next to each
    other that spell it together (a logo set over lines, "Example" / "Sample", and "Example Sample" in the address
    block); and the ids of such split lines, parts of a name printed whole elsewhere. Texts of fewer than four
    letters are left out ("Tel", "GmbH")."""
    seen: dict[str, set[tuple[int, ...]]] = {}
    runs: dict[tuple[int, ...], tuple[Piece, ...]] = {}
    for p in lines:
        seen.setdefault(fold_words(p.text), set()).add((p.index,))
    for size in (2, 3):
        for run in zip(*(lines[k:] for k in range(size)), strict=False):
            if all(b.index == a.index + 1 for a, b in itertools.pairwise(run)):
                where = tuple(p.index for p in run)
                seen.setdefault(fold_words(" ".join(p.text for p in run)), set()).add(where)
                runs[where] = run
    twice = {text for text, where in seen.items()
             if sum(ch.isalpha() for ch in text) >= 4 and len(where) >= 2 and not _one_inside(where)}
    # parts only where the text is printed whole too ("Example" / "Sample" twice, split both times, are two lines)
    parts = {id(p) for text in twice if any(len(w) == 1 for w in seen[text])
             for where in seen[text] if len(where) > 1 for p in runs[where]}
    return twice, parts


def _one_inside(where: set[tuple[int, ...]]) -> bool:
    """Whether the occurrences share a line (a line and a run holding it, with an empty line beside it)."""
    flat = [i for w in where for i in w]
    return len(set(flat)) < len(flat)
