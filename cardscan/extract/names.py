"""Person names: how much a line looks like one, and how it splits into its parts.

The full name is kept as printed. Prefixes ("Dr.", "Prof. Dr.", "Dipl.-Ing.") and
suffixes ("PhD", "MBA", "Jr.") are set apart; the family name keeps its particles
("van den Berg", "von Stein", "de la Cruz", "da Silva"); Spanish and Portuguese
double surnames make one family name ("García López").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardscan.extract.givennames import is_given_name
from cardscan.text import LOWER, UPPER, fold, german_spelling

_PREFIXES = (
    "Dr.", "Dr", "Prof.", "Prof", "Dr.-Ing.", "Dr.-Ing", "Dr. med.", "Dr. rer. nat.", "Dr. phil.", "Dr. h.c.",
    "Dipl.-Ing.", "Dipl.-Ing", "Dipl.-Kfm.", "Dipl.-Kffr.", "Dipl.-Inf.", "Dipl.-Psych.", "Dipl.-Oec.", "Dipl.-Des.",
    "Dipl.", "Ing.", "Ing", "Mag.", "Mag.a", "DI", "DDr.", "Univ.-Prof.", "Priv.-Doz.",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Sir", "Dame", "Lord", "Lady", "Rev.", "Hon.",
    "Dott.", "Dott.ssa", "Dr.ssa", "Avv.", "Arch.", "Geom.", "Rag.", "Sig.", "Sig.ra", "Prof.ssa", "Ing.ª",
    "Sr.", "Sra.", "Srta.", "Dña.", "Dª", "Dra.", "Lic.", "Lcdo.", "Lcda.", "Eng.", "Eng.ª", "Engª", "Engº",
    "Arq.", "Ir.", "Ing", "Drs.", "drs.", "dr.", "mr.", "ir.", "ing.", "prof.", "dhr.", "mevr.", "Dhr.", "Mevr.",
    "Mme", "Mme.", "Mlle", "Me", "Pr", "Pr.", "Herr", "Frau", "Fru", "Hr.", "Fr.",
    # the academic title spelled out before the name ("Professor Anna Example", "Professeur", "Professore")
    "Professor", "Professorin", "Professeur", "Professeure", "Professore", "Professoressa", "Profesor", "Profesora",
    # academic degrees written before the name in Poland, Czechia, Slovakia, Slovenia, Croatia and Hungary
    # ("mgr inż. Anna Przykład", "MUDr. Jana Příkladová", "Bc.", "doc.")
    "mgr", "mgr.", "Mgr", "Mgr.", "inż.", "Inż.", "lek.", "dr hab.", "Bc.", "BcA.", "MgA.", "MUDr.", "MDDr.", "JUDr.",
    "PhDr.", "RNDr.", "MVDr.", "PharmDr.", "PaedDr.", "ThDr.", "Doc.", "doc.", "mag.", "dipl.",
    # military ranks as abbreviated before a retired officer's name (NATO and Commonwealth forms), with their stop
    "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cdr.", "Cmdr.", "Brig.", "Adm.", "Cdre.", "Sqn.", "Wg.",
    # Indian forms of address printed before a name, and the abbreviations for an engineer and an advocate
    "Shri", "Shri.", "Smt.", "Smt", "Er.", "Adv.",
)
PREFIX_SET = frozenset(_PREFIXES)
_PREFIX_FOLDED = frozenset(fold(p) for p in _PREFIXES if len(p) > 2 or p.endswith("."))
_SUFFIXES = (
    "PhD", "Ph.D.", "Ph.D", "MBA", "M.B.A.", "Jr.", "Jr", "Sr.", "Sr", "MSc", "M.Sc.", "MSc.", "BSc", "B.Sc.", "MA",
    "M.A.", "BA", "B.A.", "LL.M.", "LLM", "MD", "M.D.", "CPA", "CFA", "Esq.", "II", "III", "IV", "MEng", "M.Eng.",
    "DPhil", "PE", "PMP", "CEng", "MRICS", "FRICS", "ACA", "FCA", "EMBA", "MPA", "MPH", "DBA", "RN", "PsyD", "JD",
    "B.Eng.", "BEng", "Dipl.-Ing.", "Dipl.-Ing", "M.A", "h.c.", "MIT", "CISSP", "LL.B.", "LLB", "LL.D.", "J.D.",
    "CSc.", "DrSc.", "DiS.", "MBA.",
)
SUFFIX_SET = frozenset(fold(s) for s in _SUFFIXES)
_PARTICLES = frozenset((
    "van", "vanden", "vander", "vande", "von", "vom", "zu", "zum", "zur", "der", "den", "de", "del", "della", "delle",
    "dello", "degli", "dei",
    "da", "das", "dos", "do", "di", "du", "des", "le", "la", "las", "los", "lo", "ter", "ten", "te", "op", "in",
    "'t", "t", "af", "av", "d'", "l'", "st.", "san", "santa", "y", "e", "i", "el", "al", "bin", "ibn", "mac",
))
_CONNECTORS = frozenset(("y", "e", "i"))
# Prepositions of the card languages that no name begins with, folded ("à" apart: folded it is an initial; the
# particles "de", "da", "di", "van", "von", "zu" and the given names "Per", "Till", "Con" begin names)
_PREPOSITIONS = frozenset((
    "au", "aux", "pour", "par", "sur", "chez", "dans", "avec", "fur", "mit", "bei", "fuer", "para", "por", "com", "sem",
    "for", "with", "at", "to", "from", "av", "med", "voor", "met", "bij", "naar", "uit",
))
_U, _L = UPPER, LOWER
_TOKEN_RE = re.compile(rf"^(?:[{_U}][{_L}'’]*(?:-[{_U}{_L}][{_L}'’]*)*\.?|"
                       rf"[{_U}]\.|(?:[A-Z]\.){{1,3}}[A-Z]\.?|[{_U}][{_U}'’\-]+|(?:[dDlLoO]['’]|Mc|Mac)[{_U}][{_L}'’\-]+)$")


@dataclass(frozen=True)
class NameParts:
    name: str
    prefix: str | None = None
    given_name: str | None = None
    middle_name: str | None = None
    family_name: str | None = None
    suffix: str | None = None


_GLUED_PREFIX = re.compile(
    r"(?:Univ\.-)?(?:Prof|Dr|Dipl|Mag|Ing|DI)\.(?:-?(?:Prof|Dr|Ing|Kfm|Kffr|Inf|med|rer|nat)\.)+"
)


def is_prefix(token: str) -> bool:
    if token in PREFIX_SET or _GLUED_PREFIX.fullmatch(token):
        return True
    return fold(token) in _PREFIX_FOLDED and token[:1].isupper() and len(token) > 2


def _is_suffix(token: str) -> bool:
    return _suffix_spelling(token) is not None


# Post-nominal letters written with full stops ("D.D.S.", "B.S.B.A.", "M.Sc."): after a name's comma, initials
# in this form are a degree, a licence or an honour whether or not the list above names them
_DOTTED_LETTERS = re.compile(r"(?:[A-Z][a-z]?\.){2,6}|[A-Z][a-z]?\.[A-Z][a-z]{0,5}\.?")  # "M.Sc.", "M.Tech", "Ph.D"


def _suffix_spelling(token: str, *, after_comma: bool = False) -> str | None:
    """A degree or honour printed after a name, as printed, or with the L the OCR read as I put back ("LI.B." ->
    "LL.B."); None if the token is none. After the name's comma, any dotted initials are one."""
    token = re.sub(r"\.{2,}$", ".", token.strip(","))  # "M.Sc..": a stop doubled by the OCR
    if after_comma and _BRACKETED_BRANCH.fullmatch(token):  # "B.Sc., (Ag)": the degree's branch in brackets
        return token
    if len(token) > 3 and token[0] == "(" and token[-1] == ")":  # "(M.Sc.)": in brackets, as after a comma
        return token if _suffix_spelling(token[1:-1], after_comma=True) else None
    if fold(token) in SUFFIX_SET or (after_comma and _DOTTED_LETTERS.fullmatch(token)):
        return token
    if "." in token and "I" in token:
        fixed = token.replace("I", "L")
        return fixed if fold(fixed) in SUFFIX_SET else None
    return None


# The branch of a degree in brackets after it ("B.Sc. (Ag)", "B.E. (Mech.)", "BA (Hons)"), as short as an abbreviation
_BRACKETED_BRANCH = re.compile(r"\([A-Z][A-Za-z.]{0,5}\)")
# Letters of a civil service, a fellowship or a licence after a titled name's comma ("Dr. Anna Example, FRCS")
_CAPITAL_LETTERS = re.compile(r"[A-Z]{2,6}")
# The numerals II and III after a name as the OCR reads their capitals in sans-serif type: with a small l
_ROMAN_MISREAD = re.compile(r"(?=I*l)[Il]{2,3}")


def is_degree(token: str, *, known: bool = False) -> bool:
    """A degree or honour ("Ph.D.", "MBA"), or with `known` False also letters with full stops ("B.E.", "M.Tech.")."""
    token = re.sub(r"\.{2,}$", ".", token.strip(","))
    return fold(token) in SUFFIX_SET or (not known and bool(_DOTTED_LETTERS.fullmatch(token)))


def is_particle(token: str) -> bool:
    return fold(token) in _PARTICLES


def split_prefix_suffix(text: str) -> tuple[list[str], list[str], list[str], str]:
    """(prefix tokens, body tokens, suffix tokens, full name as printed, whitespace collapsed)."""
    text = " ".join(text.split()).strip(" ,;")
    suffix_tokens: list[str] = []
    main = text
    if "," in text:
        head, _, tail = text.partition(",")
        tail_tokens = [t for t in re.split(r"[,\s]+", tail) if t]
        # the letters of a service, a fellowship or a licence ("IPS", "FICS.", "MLIS") after a titled name's comma,
        # or among degrees after it ("M.Sc., M.Phil., MLIS")
        capitals = (bool(head.split()) and is_prefix(head.split()[0])) \
            or any(_suffix_spelling(t, after_comma=True) for t in tail_tokens)
        if tail_tokens and all(_suffix_spelling(t, after_comma=True)
                               or (capitals and _CAPITAL_LETTERS.fullmatch(t.rstrip(".")))
                               for t in tail_tokens):
            main = head
            suffix_tokens = [" ".join(_suffix_spelling(w, after_comma=True) or w for w in t.split())
                             for t in tail.split(",") if t.strip()]
            text = ", ".join([head.strip(), *suffix_tokens])
    tokens = main.split()
    prefix: list[str] = []
    while len(tokens) > 1 and (is_prefix(tokens[0]) or (prefix and tokens[0] in ("med.", "rer.", "nat.", "phil.",
                                                                                    "h.c.", "jur.", "oec."))):
        prefix.append(tokens.pop(0))
    # degrees before the comma too ("Anna Example M.Sc, Ph.D"): any dotted letters, when the comma's are degrees
    # and capitals closed by a stop before degrees after the comma ("Anna B. Example MS., D.Sc.")
    while len(tokens) > 2 and (_suffix_spelling(tokens[-1], after_comma=bool(suffix_tokens))
                               or (bool(suffix_tokens) and tokens[-1].endswith(".")
                                   and _CAPITAL_LETTERS.fullmatch(tokens[-1][:-1]) is not None)) \
            and not is_particle(tokens[-1]):
        suffix_tokens.insert(0, tokens.pop())
    if len(tokens) > 2 and _ROMAN_MISREAD.fullmatch(tokens[-1]):
        # "Example Sample Ill": the numeral after a third name ("III", "II"), its capitals I read as small l
        printed = tokens.pop()
        suffix_tokens.insert(0, printed.replace("l", "I"))
        text = re.sub(rf"(?<=\s){printed}(?=[\s,]|$)", suffix_tokens[0], text, count=1)
    return prefix, tokens, suffix_tokens, text


def split_name(text: str, *, iberian: bool = False) -> NameParts:
    """The parts of a printed person's name."""
    prefix, body, suffix, full = split_prefix_suffix(text)
    pre = " ".join(prefix) or None
    suf = ", ".join(suffix) if suffix and "," in full else (" ".join(suffix) or None)
    if not body:
        return NameParts(full, pre, None, None, None, suf)
    if len(body) == 1:
        if pre:
            return NameParts(full, pre, None, None, body[0], suf)
        return NameParts(full, pre, body[0], None, None, suf)
    # "DUPONT Jean": the family name in capitals first (French, Italian usage)
    if len(body) >= 2 and len(body[0]) > 2 and body[0].isupper() and not body[-1].isupper() and "." not in body[0]:
        caps = 0
        while caps < len(body) - 1 and body[caps].isupper() and len(body[caps]) > 1:
            caps += 1
        given_names = body[caps:]
        return NameParts(full, pre, given_names[0], " ".join(given_names[1:]) or None, " ".join(body[:caps]), suf)
    given = body[0]
    rest = body[1:]
    start = len(rest) - 1  # index in rest where the family name starts
    for i, token in enumerate(rest[:-1]):
        if is_particle(token) and token not in _CONNECTORS:
            start = i
            break
    if iberian or _looks_iberian(body):
        # Double surname: the family name starts one surname before the particle or the last surname
        # ("García López", "Ferreira da Silva"), unless that word is a further given name ("Ana Maria da Silva").
        has_particle = start < len(rest) - 1 or is_particle(rest[start])
        if start > 0:
            word = rest[start - 1]
            if has_particle:
                if not is_given_name(word):
                    start -= 1
            elif len(rest) == 2:
                if fold(word) not in _COMPOUND_GIVEN:
                    start -= 1
            elif not is_given_name(word) or len(rest) >= 3:
                start -= 1
        # "Silva e Costa", "García y López"
        if start > 1 and rest[start - 1] in _CONNECTORS:
            start -= 2
    middle = rest[:start]
    family = rest[start:]
    return NameParts(full, pre, given, " ".join(middle) or None, " ".join(family) or None, suf)


# Second given names common enough in Spain and Portugal that "José Luis García" means one surname.
_COMPOUND_GIVEN = frozenset(fold(n) for n in (
    "José", "Luis", "Luís", "María", "Carlos", "Antonio", "António", "Manuel", "Juan", "Miguel", "Ángel",
    "Francisco", "Pedro", "Javier", "Ignacio", "Alberto", "Eduardo", "Isabel", "Teresa", "Pilar", "Dolores",
    "Carmen", "Rosa", "Elena", "Cristina", "Eugenia", "Victoria", "Paulo", "Filipe", "João", "Maria",
))
_IBERIAN_ENDINGS = ("ez", "es", "ira", "eiro", "ão", "ães", "os", "ia", "ado", "edo", "ero", "uez", "ón", "ano")


def _looks_iberian(tokens: list[str]) -> bool:
    """Spanish/Portuguese: two last tokens both ending like Iberian surnames ("García López", "Sousa Pereira")."""
    if len(tokens) < 3:
        return False
    folded = [fold(t) for t in tokens]
    if any(t in ("y", "e") for t in folded[1:-1]):
        return True
    last_two = [t for t in folded[-2:]]
    return all(t.endswith(_IBERIAN_ENDINGS) for t in last_two) and not is_particle(tokens[-2])


def name_shape(text: str) -> float:
    """How much the text is shaped like a person's name, 0..1 (lexicons of roles/companies not consulted)."""
    if any(ch.isdigit() for ch in text) or any(ch in text for ch in "@&/:") or len(text) > 60:
        return 0.0  # a colon: a label and what it labels ("Office : Example Foods"), never a name as printed
    prefix, body, suffix, _ = split_prefix_suffix(text)
    if not body or len(body) > 6 or fold(body[0]) in _PREPOSITIONS or body[0].lower() == "à":
        return 0.0  # ("À DOMICILE", "Für Sie", "Per Example": a phrase, never a person's name)
    if "," in " ".join(body):
        return 0.1
    if all(t.endswith(".") or re.fullmatch(r"(?:\w\.)+\w?", t) for t in body):
        return 0.0  # "Dy. G.M.", "Gen. Mgr.": abbreviations only; a name writes at least one of its words out
    good = 0
    for i, token in enumerate(body):
        if _TOKEN_RE.match(token) or (i > 0 and is_particle(token)):
            good += 1
    if good < len(body):
        return 0.1 * good / len(body)
    words = [t for t in body if not is_particle(t)]
    if len(words) < 2:
        return 0.55 if prefix else 0.2
    score = 0.7 if len(words) <= 4 else 0.5
    if prefix:
        score += 0.2
    if suffix:
        score += 0.1
    if all(t.isupper() and len(t) > 1 for t in words):
        score -= 0.15  # all capitals: as often a company or a heading
    return max(0.0, min(1.0, score))


def email_name_match(text: str, locals_: list[str]) -> float:
    """How well an e-mail local part agrees with this name: 1.0 "anna.vandenberg" for "Anna van den Berg"."""
    if not locals_:
        return 0.0
    _, body, _, _ = split_prefix_suffix(text)
    best = 0.0
    # E-mail addresses spell "Müller" as "muller" or, in German, "mueller".
    for spelled in (body, [german_spelling(t) for t in body]):
        words = [re.sub(r"[^a-z]", "", fold(t)) for t in spelled]
        words = [w for w in words if w]
        if words:
            best = max(best, _local_match(words, locals_))
    return best


def _local_match(words: list[str], locals_: list[str]) -> float:
    given = words[0]
    family_all = "".join(words[1:])
    family_last = words[-1]
    particles_initials = "".join(w[0] for w in words[1:])
    best = 0.0
    for local in locals_:
        parts = [p for p in re.split(r"[._\-+]", fold(local)) if p]
        flat = re.sub(r"[^a-z]", "", fold(local))
        if not flat:
            continue
        variants = {
            given + family_all, given + family_last, given[0] + family_all, given[0] + family_last,
            family_all + given, family_last + given, family_last + given[0], given + family_last[0],
            given[0] + particles_initials, given[0] + particles_initials[:-1] + family_last,
            given + particles_initials[:-1] + family_last, "".join(w[0] for w in words),
        }
        if flat in variants:
            best = max(best, 1.0)
            continue
        if len(words) >= 2 and len(flat) == len(given) + 1 + len(family_last) and flat.startswith(given) \
                and flat.endswith(family_last):
            best = max(best, 0.9)  # a middle initial the card does not print ("annaqexample" for "Anna Example")
            continue
        hits = sum(1 for p in parts if len(p) >= 2 and any(w == p or (len(p) >= 4 and w.startswith(p)) for w in words))
        if hits and hits == len(parts):
            best = max(best, 0.9)
        elif any(len(w) >= 3 and w in flat for w in words):
            best = max(best, 0.6)
        elif flat in (given, family_last, family_all):
            best = max(best, 0.8)
    return best
