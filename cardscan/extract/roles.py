"""Job titles and departments: keyword lexicons in the eight card languages.

A line with a role word ("Head of Sales", "Geschäftsführerin", "Responsabile
Vendite", "Jefe de Ventas") is a title; a line with only department words
("Vertrieb", "Afdeling Verkoop", "Département Marketing") is a department.
"""

from __future__ import annotations

import re

from cardscan.extract.givennames import GIVEN_NAMES
from cardscan.extract.lexicons import sections
from cardscan.text import UPPER, fold

# Whole words that name a role, per language (folded: lower case, no accents); lexicons/roles.txt.
ROLE_WORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    lang: frozenset(w for line in lines for w in line.split()) for lang, lines in sections("roles.txt").items()
}
ROLE_WORDS = frozenset().union(*ROLE_WORDS_BY_LANGUAGE.values())
# The head words of the occupations of ESCO, the EU's multilingual classification (lexicons/occupations.txt, made by
# tools/lexicons/occupations.py): "pharmacist", "surveyor", "pharmacien", "farmacista", "makelaar", and the endings
# of Dutch, German, Swedish and Norwegian compounds ("-makelaar", "-leiter", "-ingenjör", "-lærer"). The broad
# source; the hand-compiled lists above are the smaller, surer one.
_OCCUPATIONS = sections("occupations.txt")
OCCUPATION_WORDS = frozenset(w for key, lines in _OCCUPATIONS.items() if " " not in key for line in lines
                             for w in line.split()) - ROLE_WORDS
OCCUPATION_ENDINGS = tuple(sorted({w for key, lines in _OCCUPATIONS.items() if key.endswith(" endings")
                                   for line in lines for w in line.split()}))
# English occupation words of ESCO, for the trades their activity nouns name
_ENGLISH_OCCUPATIONS = frozenset(w for line in _OCCUPATIONS["en"] for w in line.split())


def trade_activity(word: str) -> bool:
    """An English activity noun whose doer is an occupation of ESCO ("Landscaping": landscaper; "Plumbing": plumber;
    "Roofing": roofer): the trade a small firm names itself by. A family name ending in -ing names no occupation
    ("Manning": no manner is an occupation of ESCO), so the rule cannot take a person's name for a trade."""
    word = fold(word)
    if len(word) < 7 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    doers = {stem + "er", stem + "r"}
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        doers.add(stem[:-1] + "er")  # "Shipping": shipper
    return bool(doers & _ENGLISH_OCCUPATIONS)


_PARTS = sections("role_parts.txt")
# Endings of compound role words ("Vertriebsleiter", "Projectmanager", "Försäljningschef").
ROLE_ENDINGS = tuple(w for line in _PARTS["endings"] for w in line.split())
_ROLE_PHRASES = _PARTS["phrases"]
# Role words that are also adjectives of a unit ("Service commercial" is a department).
_WEAK_ROLE_WORDS = frozenset(w for line in _PARTS["weak"] for w in line.split())
_SENIORITY = frozenset(w for line in _PARTS["seniority"] for w in line.split())
# "Formerly", "Ex-", "Retd.", "ehemals", "ancien": a role held before, not the person's job now
_PAST = frozenset(w for line in _PARTS["past"] for w in line.split())
# Phrases with a role word that name no role ("Head Office"): taken out before a line is scored.
_NOT_ROLES_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PARTS["not_roles"]) + r")\b")

_DEPARTMENTS = sections("departments.txt")
_DEPT_STRUCTURE = frozenset(w for line in _DEPARTMENTS["structure"] for w in line.split())
# Endings of compound department words ("Personalabteilung", "Unternehmenskommunikation", "Personalavdelningen")
_DEPT_ENDINGS = tuple(w for line in _DEPARTMENTS["endings"] for w in line.split())
_DEPT_FUNCTIONS = _DEPARTMENTS["functions"]
# "International", "Global", "Regional": a department's reach, no name of a firm ("International Logistics")
_DEPT_SCOPE = frozenset(w for line in _DEPARTMENTS["scope"] for w in line.split())
# Words that join a department's function words ("Sales & Marketing", "Forschung und Entwicklung")
_DEPT_JOINERS = frozenset(("&", "and", "und", "et", "e", "y", "en", "och", "of", "de", "des", "du", "der", "di", "del",
                           "della", "do", "da", "la", "le", "van", "voor", "fur", "for", "pour", "per", "para"))
_FUNCTION_SET = frozenset(_DEPT_FUNCTIONS)
# "your", "our" in the eight languages: a role word after one addresses the reader (a slogan), names no one's role.
_POSSESSIVES = frozenset(("your", "our", "ihr", "ihre", "unser", "unsere", "votre", "notre", "vos", "nos", "su", "sus",
                          "nuestro", "nuestra", "vostro", "vostra", "nostro", "nostra", "uw", "onze", "er", "ert",
                          "era", "var", "seu", "sua", "nosso", "nossa"))
_WORD_RE = re.compile(r"[a-z0-9&]+(?:[-'][a-z0-9]+)*")


def _words(text: str) -> list[str]:
    """Folded words; hyphenated ones also count by their parts ("expert-comptable", "diretor-geral")."""
    out: list[str] = []
    for w in _WORD_RE.findall(fold(text)):
        out.append(w)
        if "-" in w:
            out.extend(p for p in w.split("-") if len(p) > 1)
    return out


def is_office_label(text: str) -> bool:
    """True if the line is only a label like "Head Office" or "Headquarters" (no name, no company, no role)."""
    return bool(fold(text).strip(" :.-")) and not _NOT_ROLES_RE.sub(" ", fold(text)).strip(" :.-")


# Feminine endings and the masculine ones they replace: German -in, Romance -a, French -enne, -ere, -euse, -trice
# (not a bare -e: "Rechtsanwälte", "Ärzte" are German plurals, a firm's name).
_FEMININE = (("in", ""), ("a", ""), ("a", "o"), ("a", "e"), ("enne", "en"), ("ere", "er"),
             ("euse", "eur"), ("trice", "teur"), ("trice", "tore"))


def _masculine_role(word: str) -> bool:
    return word in ROLE_WORDS or word in OCCUPATION_WORDS or (len(word) > 6 and word.endswith(ROLE_ENDINGS)) \
        or _occupation_compound(word)


def _occupation_compound(word: str) -> bool:
    """A compound ending in an occupation's head word ("Hypotheekmakelaar", "Vertriebsleiter"), its first part
    three letters or more."""
    return len(word) > 7 and any(word.endswith(e) and len(word) - len(e) >= 3 for e in OCCUPATION_ENDINGS)


def _feminine_of_role(word: str) -> bool:
    """Whether a word is the feminine form of a known role word ("Bilanzbuchhalterin", "Auditora", "Pharmacienne",
    "Ingeniera"), the lexicon listing the masculine one only."""
    return len(word) > 5 and any(
        word.endswith(fem) and _masculine_role(word[: len(word) - len(fem)] + masc) for fem, masc in _FEMININE)


# "Sample, Other and Third", "Berg & Lind HB": capitalised names listed and joined by "and"/"&" are a firm's name
# (a card lists its people apart, not joined so).
_AND = r"(?:&|\+|and|und|et|e|y|en|och)"
_CAP = rf"[{UPPER}][\w'’.-]+"
PARTNERS = re.compile(rf"{_CAP}(?:\s{_CAP})?(?:,\s?{_CAP}(?:\s{_CAP})?)*,?\s{_AND}\s{_CAP}(?:\s[\w.&]+){{0,3}}")


# Letters the OCR reads for others in a word ("Co-ordmator" for "Co-ordinator", "Managlng" for "Managing")
_MISREADS = (("m", "in"), ("rn", "m"), ("m", "rn"), ("l", "i"), ("cl", "d"), ("ii", "u"))


def _misread_role(word: str) -> str | None:
    """The role word of the hand-kept list or of the occupations that a word of seven letters or more is one OCR
    misread away from ("Co-ordmator" -> "Co-ordinator"), as printed in `word`'s case; None if there is none."""
    folded = fold(word)
    if len(word) < 7 or len(folded) != len(word) or folded in ROLE_WORDS or folded in OCCUPATION_WORDS:
        return None
    for wrong, right in _MISREADS:
        start = folded.find(wrong)
        while start >= 0:
            fixed = folded[:start] + right + folded[start + len(wrong):]
            if fixed in ROLE_WORDS or fixed in OCCUPATION_WORDS:
                printed = right.upper() if word[start:start + len(wrong)].isupper() else right
                return word[:start] + printed + word[start + len(wrong):]
            start = folded.find(wrong, start + 1)
    return None


def misread_roles_repaired(title: str) -> str:
    """A job title with its role words that the OCR misread put right ("Training Co-ordmator" -> "Training
    Co-ordinator")."""
    return re.sub(r"[^\W\d_]+(?:-[^\W\d_]+)*", lambda m: _misread_role(m.group(0)) or m.group(0), title)


def past_role(text: str) -> bool:
    """The line begins or ends with a word saying the role is a past one ("Formerly Senior Scientist", "Ex-Director",
    "Retd. Professor", "Director (Retd.)"): it is not the person's job title now."""
    last = re.search(r"\(\s*([^\W\d_]+)\.?\s*\)\s*$", fold(text))
    if last is not None and last.group(1) in _PAST and last.group(1) != "ex":
        return True
    first = re.match(r"\s*([^\W\d_]+)(-?)", fold(text))
    if first is None or first.group(1) not in _PAST:
        return False
    return first.group(1) != "ex" or bool(first.group(2))  # "Ex-Director", not "Ex Libris Press"


# An acronym printed with full stops ("C.E.O.", "M.D."): as the role words spell it, without them
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?![\w])")


# English articles and possessives printed in lower case at the start of a slogan ("the finest ...", "your ...")
_LOWER_ARTICLES = frozenset(("the", "a", "an", "your", "our"))


def title_score(text: str) -> float:
    """How much a line reads as a job title: 0 (no role word) .. 1; 0 for a role held before (`past_role`)."""
    if past_role(text):
        return 0.0
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)  # "C.E.O." reads as "CEO"
    words = _words(_NOT_ROLES_RE.sub(" ", fold(text)))
    # In a list of capitalised names joined by "and"/"&" ("Hargreaves, Brown and Miller", "Visser & Bakker") a word
    # only the occupation classification knows is a family name; the hand-compiled role words still count.
    names_listed = PARTNERS.fullmatch(text.strip()) is not None
    capitals = {w.lower() for w in re.findall(r"\b[A-Z]{2,3}\b", text)}
    if not words or (len(words) >= 4 and text.split()[0] in _LOWER_ARTICLES):
        return 0.0  # (a line of four words or more begun by an article in lower case is a sentence: "the best ...")
    folded = " ".join(words)
    score = 0.0
    # "Departamento comercial", "Service commercial", "Ufficio commerciale": a unit, not a person's role.
    unit_first = words[0] in _DEPT_STRUCTURE
    for i, w in enumerate(words):
        if unit_first and w in _WEAK_ROLE_WORDS:
            continue
        if w in ("partner", "partners", "associes", "associati", "asociados", "associados", "associates") and i > 0 \
                and words[i - 1] in ("&", "and", "und", "en", "et", "e", "y", "och"):
            continue  # "Müller & Partner", "Renaud & Associés": a firm's name
        if i > 0 and words[i - 1] in _POSSESSIVES:
            continue  # "Your partner for ...", "Su socio de confianza", "Ihr Berater vor Ort": a slogan
        # after a given name a word known by its ending or from the occupations is a family name: "Sanne Visser",
        # "John Baker", "Ana Ferreira" (the feminine of "ferreiro", a smith)
        after_given = i > 0 and words[i - 1] in GIVEN_NAMES
        if w in ROLE_WORDS:
            if len(w) <= 3 and w not in capitals:
                continue  # "CEO", "DG", "VD" count in capitals only: "dg," is OCR debris
            score += 1.0
        elif not after_given and ((len(w) > 6 and w.endswith(ROLE_ENDINGS)) or _feminine_of_role(w) or (
                (w in OCCUPATION_WORDS or _occupation_compound(w)) and not names_listed)):
            score += 0.9
        elif not after_given and not names_listed and _misread_role(w) is not None:
            score += 0.8
        elif w in _SENIORITY:
            score += 0.2
    for phrase in _ROLE_PHRASES:
        if re.search(r"\b" + re.escape(phrase) + r"\b", folded):
            score += 0.5
    return min(1.0, score * (0.9 if len(words) <= 6 else 0.6))


def department_score(text: str) -> float:
    """How much a line reads as a department name: 0 .. 1 (independent of role words)."""
    words = _words(text)
    if not words or len(words) > 8:
        return 0.0
    folded = " ".join(words)
    score = 0.0
    if any(w in _DEPT_STRUCTURE for w in words) or any(len(w) > 9 and w.endswith(_DEPT_ENDINGS) for w in words):
        score += 0.8
    # Words of the text that are function names ("Sales & Marketing": both).
    covered = 0
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if len(words[i:i + n]) == n and " ".join(words[i:i + n]) in _FUNCTION_SET:
                covered += n
                i += n
                break
        else:
            i += 1
    fillers = sum(1 for w in words if w in _DEPT_SCOPE or w in _DEPT_JOINERS)
    if covered:
        share = (covered + fillers) / len(words)
        score += 1.0 if share >= 1.0 else 0.8 * share  # function words only: a department whole
    if re.search(r"\b(?:abteilung|departement|department|afdeling|avdelning|departamento|dipartimento)\b", folded):
        score += 0.2
    return min(1.0, score)
