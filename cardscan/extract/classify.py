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
from dataclasses import dataclass, replace

from cardscan.extract.company import (
    domain_match,
    domain_spelling,
    domain_words,
    legal_form,
    legal_form_free,
    repair_legal_form,
)
from cardscan.extract.givennames import is_given_name
from cardscan.extract.glued_titles import unglued_role_phrase
from cardscan.extract.hits import Piece
from cardscan.extract.line_kinds import (
    LN_START,
    MARKS,
    PRONOUNS,
    code_line,
    list_item,
    quality_badge,
    services_listed,
)
from cardscan.extract.mailbox import (
    business_locals,
    line_words,
    spelled_on,
)
from cardscan.extract.name_repairs import repaired_name, unglue_name
from cardscan.extract.names import name_shape, split_prefix_suffix
from cardscan.extract.role_context import firm_mailbox_by_form, trades_under_logo
from cardscan.extract.role_features import Features, features, role_scores
from cardscan.extract.roles import department_score, title_score
from cardscan.extract.trade_over_name import kind_over_name
from cardscan.extract.wraps import (
    UNFINISHED_HALF,
    company_variants,
    firm_ending,
    just_under,
    left_open,
    name_halves,
    names_over_columns,
    phrase_wrap,
    printed_twice,
    two_line_names,
    unfinished_halves,
    wrapped_companies,
)
from cardscan.text import fold, fold_words

ROLES = ("name", "title", "department", "company")
_THRESHOLD = {"name": 1.2, "title": 1.5, "department": 1.8, "company": 1.2}
_MAX_CANDIDATES = 9
_PER_ROLE = 1
# How far a line agrees with a domain it only shares a word with (company.domain_match)
_SHARED_WORD = 0.6


@dataclass(frozen=True)
class Assignment:
    piece: Piece
    certainty: float
    # How the choice was made, for the field's calibrated confidence (extract/confidence.py); not used to choose.
    runner_up: float = 0.0  # own score minus the best other free candidate's score for the role (may be < 0)
    largest: bool = False  # the piece is (one of) the largest text on the card


# What a name-shaped line loses when nothing vouches for it as a person's name: no known given name, no e-mail
# that spells it, no person's prefix ("Dr.", "Mr.") before it, no job title printed beside it.
UNVOUCHED_NAME = 1.5
# What a name shaped with a person's initials or prefix ("N.P. EXAMPLE", "Dr. Example") gains, when no given name
# or e-mail vouches for it, from a job title printed right beside it: it undoes the cut for an unknown name
TITLE_BESIDE = 0.8
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
    return abs(a.index - b.index) == 1 or just_under(lower, upper)


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
    under = piece.index == name.index + 1 or (piece.index > name.index and f.dept < 0.5 and just_under(piece, name))
    return ((under or above) and piece.segment is not name.segment
            and piece.height < 0.95 * name.height and 1 <= len(words) <= 5
            and not re.search(r"[\d@]", text) and sum(ch.isalpha() for ch in text) >= 4
            and f.org == 0 and f.legal == 0 and f.domain < 0.6 and f.email == 0 and f.shape * f.given < 0.5
            and not (f.region or f.not_party or f.weak or f.residue or f.short_lower) and f.ocr >= 0.6
            and scores["company"] < _THRESHOLD["company"])


def _letters(text: str) -> str:
    """A line's letters and digits, folded: spaces, signs and capitals aside."""
    return re.sub(r"[\W_]", "", fold(text))


def _spelled_alike(x: str, y: str) -> bool:
    """Whether two lines' letters (`_letters`) are the same, or as many with two of them read differently
    ("Exampli Sami" and "Examplo Samo" as the OCR read a logo and its line)."""
    if x == y:
        return len(x) >= 4
    return len(x) == len(y) >= 6 and sum(p != q for p, q in zip(x, y, strict=True)) <= 2


def _split_name(name: int, covered: set[int], name_halves: list[set[int]]) -> bool:
    """Whether the name chosen is one line of a name printed over two, and the other line is taken for another
    role."""
    return any(name in halves and halves - {name} <= covered for halves in name_halves)


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
            # "Example-W - ANNA VAN EXAMPLE": a one-word brand, a dash, then a person's name with a known given name
            brand_then_name = sep != "," and len(head.split()) == 1 and name_shape(tail) >= 0.5 \
                and title_score(tail) == 0 and any(is_given_name(t) for t in tail.split())
            if (tail_kind and head_kind) or brand_then_name:
                return [Piece(head, piece.segment, piece.index, piece.residue),
                        Piece(tail, piece.segment, piece.index, piece.residue)]
    bracketed = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text)
    if bracketed and title_score(bracketed.group(2)) >= 0.9 and name_shape(bracketed.group(1)) >= 0.7 \
            and title_score(bracketed.group(1)) == 0:
        # "Anna Example (Director)": the brackets set the title off the name, known given name or not
        return [Piece(bracketed.group(1), piece.segment, piece.index, piece.residue),
                Piece(bracketed.group(2), piece.segment, piece.index, piece.residue)]
    tokens = text.split()
    if len(tokens) >= 3 and title_score(tokens[0]) >= 0.9 and tokens[0].isupper() and 2 <= len(tokens) - 1 <= 4 \
            and name_shape(" ".join(tokens[1:])) >= 0.7 and title_score(" ".join(tokens[1:])) == 0:
        # "CEO Anna Example": a role in capitals before a name-shaped rest is the title, then the name
        return [Piece(tokens[0], piece.segment, piece.index, piece.residue),
                Piece(" ".join(tokens[1:]), piece.segment, piece.index, piece.residue)]
    if len(tokens) >= 3 and title_score(text) > 0 and not split_prefix_suffix(text)[2]:  # (degrees: "..., MD, PhD")
        for k in range(2, len(tokens)):
            head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
            # a line shaped as a name whole ("Anna Maria Baker") splits only before a title of two words or more
            # ("Anna Example Managing Director"): one word may be the family name
            if (title_score(tail) >= 0.9 and title_score(head) == 0 and name_shape(head) >= 0.5
                    and (name_shape(text) < 0.5 or len(tokens) - k >= 2)
                    and is_given_name(split_prefix_suffix(head)[1][0].capitalize())):
                return [Piece(head, piece.segment, piece.index, piece.residue),
                        Piece(tail, piece.segment, piece.index, piece.residue)]
    return [piece]


def _lower_case_name(text: str) -> bool:
    """ "anna example" on a card printed in lower case (another of its free lines too): a known given name and one
    or two more words of letters, as a name printed in capitals would be."""
    words = text.split()
    return 2 <= len(words) <= 3 and text.islower() and all(w.isalpha() and len(w) >= 3 for w in words) \
        and is_given_name(words[0].capitalize()) and not title_score(text) and not department_score(text)


def _domain_spells_a_part(joined: Piece, parts: list[Piece], domains: list[str]) -> bool:
    """A company joined over lines, one of which the card's domain spells whole, where the whole does not: a line
    under another that the domain spells ("Café Italien" / "elexample" beside elexample.fr: a trade line over the
    brand), unless it ends in the legal form that finishes the name begun above ("Example Coating Systems" / "(ECS)
    India Pvt. Ltd."); or a trade under the logo's words that the domain spells alone ("SAMPLE-GLASS" over "Wholesale
    of Examples" beside sampleglass.pl, "Examplo" over "Travaux & Entretien" beside examplo24.fr), unless an
    organisation word or a legal form ends it."""
    if domain_match(joined.text, domains) >= 1.0:
        return False
    for part in parts:
        spelled = domain_match(part.text, domains)
        if spelled >= 1.0 and part.index > joined.index and not legal_form(part.text):
            return True
        # (the logo's words may be spelled with a number after them: "Examplo" beside examplo24.fr)
        if spelled >= 0.8 and part.index == joined.index and len(parts) == 2 and len(part.text.split()) <= 2 \
                and not any(left_open(q.text) or firm_ending(q.text) for q in parts):
            return True
    return False


def assign(pieces: list[Piece], emails: list[str], domains: list[str],
           places: Sequence[str] = (), handles: Sequence[str] = ()) -> dict[str, Assignment]:
    """The best piece for each role (roles with no convincing piece are left out); `places`: the towns of the card's
    address (a mailbox named after one is an office's); `handles`: names the card's social handles give it, which
    count as its domains but never respell a line (a handle is chosen freely: "@theexamplebar" beside "EXAMPLE BAR")."""
    candidates: list[Piece] = []
    legal_lines: list[Piece] = []  # "AG", "S.L.L.": no company alone, the end of the one printed above
    locals_ = [e.split("@", 1)[0] for e in emails]
    spellers, domains = domains, [*domains, *handles]
    lower_case_card = sum(p.text.islower() for p in pieces) >= 2
    services = services_listed(pieces)
    for p in pieces:
        if p.index in services:
            continue  # "Our services" and what it lists
        unglued = unglue_name(p.text, locals_) or domain_spelling(p.text, spellers) \
            or domain_words(p.text, spellers, locals_) or repaired_name(p.text)
        if lower_case_card and _lower_case_name(unglued):
            unglued = unglued.title()
        unglued = unglued_role_phrase(LN_START.sub("In", unglued))
        if unglued != p.text:
            p = Piece(unglued, p.segment, p.index, p.residue)
        if not legal_form_free(p.text).strip(" &+,") and legal_form(p.text):
            legal_lines.append(p)
            continue
        if len(p.text) > 80 or not re.search(r"[^\W\d_]{2}", p.text) or quality_badge(p.text) or code_line(p.text) \
                or list_item(p.segment.line_text) or re.fullmatch(r"[^\s@]+@[^\s@]+|(?i:www)\.\S*", p.text):
            continue  # (one word with an "@" inside or after "www.": an e-mail or web address cut short, "anna@exa")
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
    # A line under another that spells the card's domain whole is the firm's own name, no wrap of the line above
    # ("Café Italien" / "elexample" beside elexample.fr: a trade line over the brand), unless it ends in the legal
    # form that finishes the name begun above ("Example Coating Systems" / "(ECS) India Pvt. Ltd.")
    by_id = {id(q): q for q in lines}
    wrapped = [(p, parts) for p, parts in wrapped_companies(lines)
               if not _domain_spells_a_part(p, [by_id[i] for i in parts if i in by_id], domains)]
    wrapped += [(p, parts) for p, parts in kind_over_name(lines) if all(parts != other for _, other in wrapped)]
    over_columns = names_over_columns(candidates)
    joined = two_line_names(candidates) + over_columns + company_variants(candidates, domains, locals_) + wrapped
    halves_of_names = name_halves(candidates)
    wrap_lines = {id(p): len(parts) for p, parts in wrapped}
    # A wrap whose every break is a phrase left open ("Head of Sales and" / "Marketing") may be a title too
    phrase_wraps = {id(p) for p, parts in wrapped if phrase_wrap([q for q in lines if id(q) in parts])}
    covers = {id(p): {id(p)} for p in candidates} | {id(p): parts for p, parts in joined}
    # of the printed lines, before the joined ones are added
    halves = unfinished_halves(candidates) | {i for _, parts in over_columns for i in parts}
    candidates += [p for p, _ in joined]
    max_height = max(p.height for p in candidates) or 1.0
    # a line joined from several stands where its first line stands (its rank: the first line of the card or not)
    rank_of = {id(p): rank for rank, p in enumerate(candidates)}
    ranks = [min((rank_of[i] for i in covers.get(id(p), {id(p)}) if i in rank_of), default=rank)
             for rank, p in enumerate(candidates)]
    twice, split_halves = printed_twice(lines)
    built = [replace(features(p, locals_, business, printed, domains, max_height, rank),
                     twice=fold_words(p.text) in twice)
             for rank, p in zip(ranks, candidates, strict=True)]
    # One mailbox vouches for one party: when a line that does not spell the web domain matches it as well as a line
    # that does ("mpr@mprexample.com": "M. P. Example" and "MPR Example"), the line that spells the domain is the firm
    vouched = max((f.email for f in built if f.domain == 0), default=0.0)
    built = [replace(f, email=0.0) if f.domain >= 1.0 and 0 < f.email <= vouched else f for f in built]
    built = trades_under_logo(candidates, firm_mailbox_by_form(built))
    # One domain names one firm: where a line spells it whole ("elexample" for elexample.fr), a line that only shares
    # a word with it ("Café Italien") has no agreement with it of its own
    if any(f.domain >= 1.0 for f in built):
        built = [replace(f, domain=0.0) if f.domain <= _SHARED_WORD else f for f in built]
    ranked = []
    for p, f in zip(candidates, built, strict=True):
        scores = role_scores(f)
        # a line, or lines joined, that are only part of a name the card prints whole elsewhere
        split = covers.get(id(p), {id(p)}) <= split_halves and fold_words(p.text) not in twice
        if id(p) in halves or split:
            scores = {k: v - UNFINISHED_HALF for k, v in scores.items()}
        ranked.append((p, scores, f))
    # Keep the most promising candidates so the search stays small on noisy pages: the best few for each role, so
    # that a page of several copies of a card, full of strong company lines, still weighs its job title
    ranked.sort(key=lambda ps: -max(ps[1].values()))
    kept = {id(p) for role in ROLES for p, _, _ in sorted(ranked, key=lambda ps: -ps[1][role])[:_PER_ROLE]}
    ranked = [r for r in ranked if id(r[0]) in kept] + [r for r in ranked if id(r[0]) not in kept]
    ranked = ranked[:max(_MAX_CANDIDATES, len(kept))]
    ranked.sort(key=lambda ps: ps[0].index)
    scored = [(p, scores) for p, scores, _ in ranked]
    # Lines that only joined spell the card's domain whole ("Example" / "Pilot" for examplepilot.com) are one
    # name wrapped by the print: none of them stands alone for a role
    own_domain = {id(p): f.domain for p, f in zip(candidates, built, strict=True)}
    spelled_parts = {part for p, f in zip(candidates, built, strict=True) if f.domain >= 1.0 and len(covers[id(p)]) >= 2
                     for part in covers[id(p)] if part != id(p) and own_domain.get(part, 0.0) < 1.0}
    # A line the card prints again with letters read differently ("Exa Mplo" and "EXAMPLO", logo and line): the
    # firm's name twice, not a person's (a person's name printed twice reads the same both times)
    letters = {id(p): _letters(p.text) for p in candidates}
    misread_twice = {id(p) for p in candidates for q in candidates
                     if q is not p and not covers[id(p)] & covers[id(q)] and letters[id(p)] != letters[id(q)]
                     and _spelled_alike(letters[id(p)], letters[id(q)])}

    def score_of(role: str, c: int, name: int | None, title: int | None = None, company: int | None = None) -> float:
        s = scored[c][1][role]
        if id(scored[c][0]) in spelled_parts:
            return -math.inf
        wrap = wrap_lines.get(id(scored[c][0]))
        if wrap is not None:
            if role != "company" and not (role == "title" and id(scored[c][0]) in phrase_wraps):
                return -math.inf  # joined as a company's wrap, it stands for nothing else
            s += WRAP_BONUS * (wrap - 1)  # as good a company whole as in part: the print wrapped it, take it all
        if role == "title" and s < _THRESHOLD["title"] and name is not None \
                and _title_by_position(scored[c][0], ranked[c][2], scored[c][1], scored[name][0],
                                       next((sc for p, sc in scored if p.index == scored[name][0].index + 1), None)):
            return POSITIONAL_TITLE
        if role == "title" and name is not None and abs(scored[c][0].index - scored[name][0].index) <= 1:
            return s + NEXT_TO_NAME  # of two lines with role words, the one beside the name ("CEO", not a badge), or
            # on its line ("Anna Example, CEO")
        f = ranked[c][2]
        if role == "name" and id(scored[c][0]) in misread_twice and f.email == 0:
            return -math.inf
        if role == "name" and f.given == 0 and f.email == 0:
            # a title by its words (not by position) printed right beside the line
            titled = title is not None and _next_to(scored[title][0], scored[c][0]) \
                and scored[title][1]["title"] >= _THRESHOLD["title"]
            if f.honorific and titled:
                return s + TITLE_BESIDE  # "N.P. EXAMPLE" over "Managing Partner": initials and a title make a person
            if not f.honorific and not titled and not f.reached and not firm_elsewhere(f, company):
                return s - UNVOUCHED_NAME  # no known given name, no e-mail, no job title beside it: a slogan, a street
        return s

    def firm_elsewhere(f: Features, company: int | None) -> bool:
        """The card's first or largest line, shaped as a name, while another line is the firm its web or e-mail domain
        or its mailbox spells: that line is the person's ("Anna Example" over "Example Studio" beside
        examplestudio.nl), not a second name of the firm. (A legal form is no such evidence: the OCR reads one into
        a logo's scraps, "AS", "AB".)"""
        if company is None or f.shape < 0.7 or not (f.rank == 0 or f.size >= 0.95):
            return False
        firm = ranked[company][2]
        return max(firm.domain, firm.mailbox) >= 0.8

    n = len(scored)
    # the firm's name printed twice ("EXAMPLO" in the logo, "Ex Amplo" under it): no person's name beside it as the
    # company (pairs of scored lines, name first)
    twice_as_name = {(a, b) for a in range(n) for b in range(n) if a != b
                     and _spelled_alike(letters[id(scored[a][0])], letters[id(scored[b][0])])}
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
        if combo[0] is not None and _split_name(id(scored[combo[0]][0]), set(covered), halves_of_names):
            continue  # "Anna" as the name, "de Example" under it as the company
        if (combo[0], combo[3]) in twice_as_name:
            continue  # the firm's name printed twice: no person
        total = 0.0
        ok = True
        for role, c in zip(ROLES, combo, strict=True):
            if c is None:
                continue
            s = score_of(role, c, combo[0], combo[1], combo[3])
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
        own = score_of(role, c, best[0], best[1], best[3])
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
