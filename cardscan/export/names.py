"""Name parts for exports: the contact's own parts, or parts derived from the full name.

The extractor normally fills prefix / given / middle / family / suffix. When a
card only has a full name (typed in triage, or an unusual layout), contact apps
still need a family and a given name to sort and file it, so we derive them with
the same conventions as the scan contract: prefixes such as "Dr." or "Prof. Dr."
in front, a suffix after a comma, and family names keeping their particles
("van den Berg", "von Stein", "de la Cruz", "da Silva").
"""

from __future__ import annotations

from dataclasses import dataclass

from cardscan.export.contentline import clean_text
from cardscan.model import Contact

_PREFIXES = frozenset(
    p.casefold()
    for p in (
        "Dr.", "Dr", "Prof.", "Prof", "Ing.", "Ir.", "Drs.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx.",
        "Mag.", "Dipl.-Ing.", "Dipl.-Kfm.", "Dott.", "Dott.ssa", "Avv.", "Arch.", "Sig.", "Sig.ra", "M.", "Mme",
        "Mme.", "Mlle", "Me", "Herr", "Frau", "Sr.", "Sra.", "Dña.", "D.", "Lic.", "Eng.", "Univ.-Prof.", "PD",
    )
)
_SUFFIXES = frozenset(
    s.casefold()
    for s in ("PhD", "Ph.D.", "MBA", "MSc", "M.Sc.", "BSc", "B.Sc.", "MD", "Jr.", "Jr", "Sr", "II", "III", "IV",
              "Esq.", "CPA", "LL.M.", "MA", "M.A.")
)
# Lower-case words that start a family name ("Anna van den Berg", "Luis de la Cruz", "Ana da Silva").
_PARTICLES = frozenset(
    ("van", "von", "vom", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "dos", "do", "du",
     "la", "le", "ten", "ter", "te", "zu", "zur", "af", "av", "bin", "ibn", "al", "el", "d'", "y")
)


@dataclass(frozen=True)
class NameParts:
    family: str = ""
    given: str = ""
    middle: str = ""
    prefix: str = ""
    suffix: str = ""

    def is_empty(self) -> bool:
        return not (self.family or self.given or self.middle or self.prefix or self.suffix)

    def joined(self) -> str:
        """The parts as one display name: "Dr. Anna Maria van den Berg, PhD"."""
        text = " ".join(p for p in (self.prefix, self.given, self.middle, self.family) if p)
        return f"{text}, {self.suffix}" if self.suffix and text else (text or self.suffix)


def name_parts(contact: Contact) -> NameParts:
    """The contact's name parts; derived from the full name when the card has none."""
    own = NameParts(
        family=_v(contact, "family_name"),
        given=_v(contact, "given_name"),
        middle=_v(contact, "middle_name"),
        prefix=_v(contact, "prefix"),
        suffix=_v(contact, "suffix"),
    )
    if own.family or own.given or own.middle:
        return own
    derived = split_full_name(_v(contact, "name"))
    return NameParts(
        derived.family, derived.given, derived.middle, own.prefix or derived.prefix, own.suffix or derived.suffix
    )


def split_full_name(name: str) -> NameParts:
    """Split a full name as printed into parts (a best effort for names without parts)."""
    name = " ".join(name.split())
    if not name:
        return NameParts()
    suffix = ""
    if "," in name:
        name, _, suffix = name.partition(",")
        suffix = " ".join(suffix.replace(",", " ").split())
    tokens = name.split()
    prefix_tokens: list[str] = []
    while len(tokens) > 1 and tokens[0].casefold() in _PREFIXES:
        prefix_tokens.append(tokens.pop(0))
    suffix_tokens: list[str] = []
    while len(tokens) > 2 and tokens[-1].casefold() in _SUFFIXES:
        suffix_tokens.insert(0, tokens.pop())
    suffix = " ".join([*suffix_tokens, suffix]).strip() if suffix_tokens else suffix
    prefix = " ".join(prefix_tokens)
    if not tokens:
        return NameParts(prefix=prefix, suffix=suffix)
    if len(tokens) == 1:
        return NameParts(given=tokens[0], prefix=prefix, suffix=suffix)
    family_start = len(tokens) - 1
    for i in range(1, len(tokens) - 1):
        if tokens[i] in _PARTICLES:
            family_start = i
            break
    return NameParts(
        family=" ".join(tokens[family_start:]),
        given=tokens[0],
        middle=" ".join(tokens[1:family_start]),
        prefix=prefix,
        suffix=suffix,
    )


def _v(contact: Contact, name: str) -> str:
    value = contact.value(name)
    return value if isinstance(value, str) and filled(value) else ""


def filled(text: str | None) -> bool:
    """Whether a field counts as filled in: something left once blanks and control characters are gone."""
    if not text:
        return False
    return bool((text if text.isprintable() else clean_text(text)).strip())
