"""Name lines the print or the OCR damaged, put right: initials glued to the name, a name read as one word, a
particle glued to the family name, a name in capitals or all in lower case.

A printed line is left as it is unless the repair makes it more of a name's shape (names.py decides the shape).
"""

from __future__ import annotations

import re

from cardscan.extract.givennames import is_given_name
from cardscan.extract.names import (
    _PARTICLES,
    _SUFFIXES,
    PREFIX_SET,
    _is_suffix,
    is_prefix,
    name_shape,
    split_prefix_suffix,
)
from cardscan.extract.roles import ROLE_WORDS, department_score, title_score
from cardscan.text import LOWER, UPPER, fold

_U, _L = UPPER, LOWER

# "G.Example", "K.V.Example", "K.V.EXAMPLE": initials that begin the name, glued to the next name (the space lost in
# print or OCR);
# further inside a line they may be a legal form ("S.Coop.")
_GLUED_INITIAL = re.compile(rf"^((?:[{_U}]\.){{1,3}})(?=[{_U}][{_L}]|[{_U}]{{3,}}\b)")


# A word of capitals with a few small letters among them, twice as many capitals as small letters and a capital
# after a small one, two capitals first ("SAmPLE", "EXaMPLE", not "McDONALD"): small capitals, read partly as small
# letters
_SMALL_CAPITALS = re.compile(rf"(?=(?:[^{_L}]*[{_L}]){{1,2}}[^{_L}]*$)(?=.*[{_L}][{_U}])(?=(?:.*[{_U}]){{4}})"
                             rf"[{_U}]{{2}}[{_U}{_L}]{{3,}}")
_GLUED_TITLE = re.compile(rf"^((?:Dr|Prof|Mr|Mrs|Ms|Smt|Shri|Er|Adv)\.)(?=[{_U}]\.)")


# "Inh. Anna Example", "Prop. Anna Example": the owner's name after the word for owner (a shop's or a trade's card)
_OWNER = re.compile(r"^(?:Inh\.|Inhaber(?:in)?:?|Prop\.|Prop:|Proprietor:?|Propr\.|Owner:|Eigena(?:ar|resse):|"
                    rf"Propriétaire\s*:|Titolare:|Propietari[oa]:)\s*(?=[{UPPER}])")


def repaired_name(text: str) -> str:
    """A name line with OCR slips and print habits undone: initials glued to the next name ("G.Example Sample" -> "G.
    Example Sample", "K.V.Example" -> "K.V. Example", also after a prefix, "Dr.A.Example" -> "Dr. A. Example"), a
    first name whose capital I was read as l ("lan Example" -> "Ian Example", only when that makes a known given
    name), the word for owner before the name ("Inh. Anna Example"). The text unchanged when none applies or the
    line does not become a name's shape."""
    owner = _OWNER.match(text)
    if owner and name_shape(text[owner.end():]) >= 0.5:
        return repaired_name(text[owner.end():])
    printed = text
    # "EXaMPLE SAMPLE": a name set in small capitals, some of them read as small letters
    text = " ".join(w.upper() if _SMALL_CAPITALS.fullmatch(w) else w for w in text.split())
    glued = _GLUED_TITLE.match(text)
    if glued:  # "Dr.N.Example": the prefix glued to the initial
        text = glued.group(1) + " " + text[glued.end():]
    first, _, rest = text.partition(" ")
    if is_prefix(first) and rest:  # "Brig. J.S.Example"
        fixed = first + " " + _GLUED_INITIAL.sub(r"\1 ", rest)
    else:
        fixed = _GLUED_INITIAL.sub(r"\1 ", text)
    words = fixed.split()
    if words and re.fullmatch(rf"l[{_L}]+", words[0]) and is_given_name("I" + words[0][1:]):
        fixed = " ".join(["I" + words[0][1:], *words[1:]])
    return fixed if fixed != printed and name_shape(fixed) > name_shape(printed) else printed


def unglue_name(text: str, locals_: list[str]) -> str | None:
    """A name OCR read as one word (letter-spaced capitals: "ANNAEXAMPLE"), split where the card's e-mail splits it
    ("anna.example", "a.example", "example" after a known given name): "ANNA EXAMPLE"; or after a long known given
    name; else None."""
    token = text.strip()
    folded = fold(token)
    if " " in token or len(token) < 7 or not token.isalpha() or len(folded) != len(token):
        return None
    for local in locals_:
        parts = [p for p in re.split(r"[._\-+]", fold(local)) if p.isalpha()]
        if not parts or len(parts[-1]) < 3 or not folded.endswith(parts[-1]) or len(folded) - len(parts[-1]) < 2:
            continue
        given = token[: len(token) - len(parts[-1])]
        spelled = len(parts) >= 2 and parts[0] in (fold(given), fold(given)[0])
        if spelled or is_given_name(given):
            return f"{given} {token[len(given):]}"
    for local in locals_:  # "ajansen" for "AnnaJansen": the given name's initial glued to the family name
        initial, family = fold(local)[:1], fold(local)[1:]
        if family.isalpha() and len(family) >= 3 and folded.startswith(initial) and folded.endswith(family) \
                and len(folded) - len(family) >= 2:
            return f"{token[:len(token) - len(family)]} {token[len(token) - len(family):]}"
    # no e-mail spells it: a known given name of five letters or more, then five or more, eleven letters or more in
    # all, in capitals ("ANNABELLEEXAMPLE"); shorter ones are as often words ("MARKETING", "TERRITORY")
    if token.isupper() and len(token) >= 11 and not (title_score(token) or department_score(token)):
        for cut in range(len(token) - 5, 4, -1):
            rest = fold(token[cut:])
            if is_given_name(token[:cut].capitalize()) \
                    and not any(len(w) >= 4 and w in rest for w in ROLE_WORDS):  # "TERRITORYMANAGER"
                return f"{token[:cut]} {token[cut:]}"
    return None


_CASED_PARTICLES = _PARTICLES - {"st.", "san", "santa", "mac", "bin", "ibn", "el", "al"}

# A lower-case particle the OCR glued to the capitalised word after it ("vanDijk", "vonExample", "dellaRosa"): a name
# prints a space there. Only particles that begin no brand written in camel case ("deLuxe", "derStandard" stay).
_GLUED = ("vanden", "vander", "vande", "van", "von", "vom", "della", "delle", "dello", "degli", "ter", "ten")
_GLUED_PARTICLE = re.compile(r"(?<![\w'’-])(" + "|".join(_GLUED) + rf")(?=[{_U}][{_L}])")


def spaced_particles(text: str) -> str:
    """The line with a space put back after a lower-case particle glued to a capitalised word ("Anna vanVoorbeeld" ->
    "Anna van Voorbeeld")."""
    return _GLUED_PARTICLE.sub(r"\1 ", text)


def proper_case(name: str) -> str:
    """A name printed in capitals, or all in lower case as some designs set it, as it is written ("NOÉMI LESAGE" ->
    "Noémi Lesage", "ANNE-SOPHIE VAN DEN BERG" -> "Anne-Sophie van den Berg", "D'ANGELO" -> "D'Angelo", "anna de
    voorbeeld" -> "Anna de Voorbeeld"); other names are returned as printed."""
    words = name.split()
    # the name's own words decide; a prefix or degree keeps its usual spelling ("DR. ANNA EXAMPLE, Ph.D.")
    _, _, suffix, _ = split_prefix_suffix(name)
    after = {w for token in suffix for w in token.split()}
    letters = [ch for word in words if not (is_prefix(word) or _is_suffix(word) or word.strip(",") in after)
               for ch in word if ch.isalpha()]
    if len(letters) < 4 or not (all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)):
        return name
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if 0 < i < len(words) - 1 and lower in _CASED_PARTICLES:
            out.append(lower)
            continue
        if word.strip(",") in after and not _is_suffix(word):
            out.append(word)  # "IPS", "(Ag)": letters after the name's comma, as printed
            continue
        if is_prefix(word) or _is_suffix(word):
            known = [p for p in PREFIX_SET | set(_SUFFIXES) if p.lower() == lower]
            out.append(min(known, key=lambda p: (p.isupper(), p)) if known else word)  # "DR." -> "Dr.", "PHD" -> "PhD"
            continue
        cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word)
        # "MCALLISTER" -> "McAllister": "Mc" is always followed by a capital
        out.append(re.sub(r"\bMc([a-z])(?=[a-z]{2})", lambda m: "Mc" + m.group(1).upper(), cased))
    return " ".join(out)
