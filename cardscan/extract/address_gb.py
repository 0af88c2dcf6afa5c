"""British addresses: the postcode ("SW1A 2AA") as the OCR reads it, and the town printed on the line above it."""

from __future__ import annotations

import re

from cardscan.extract.company import organisation_score
from cardscan.extract.geo import country_from_city
from cardscan.extract.givennames import is_given_name
from cardscan.extract.roles import department_score, title_score

UK_POSTCODE = re.compile(r"(?<![\w-])(?P<pc>(?:[A-Z]{1,2}[\dIlO][A-Z\d]?|GIR)\s?[\dOSI][A-Z]{2})(?![\w])")


def could_be_town(text: str) -> bool:
    """Whether a line printed above a postcode can be its town: a known city, or a few words of letters that read as
    no job title, no organisation and no person's name ("Head of Partnerships", "Example Widgets Ltd" are not)."""
    text = text.strip(" ,")
    if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’.\- ])*", text) or sum(ch.isalpha() for ch in text) < 3:
        return False
    if country_from_city(text):
        return True
    words = text.split()
    return (len(words) <= 3 and title_score(text) == 0 and department_score(text) == 0
            and organisation_score(text) == 0 and not (len(words) >= 2 and is_given_name(words[0])))


def uk_postcode(code: str) -> str | None:
    """A UK postcode as it is written ("LS1 7SB") from its OCR reading ("LS17SB", "BS1 ORX", "WIT 1XF")."""
    if not any(ch.isdigit() for ch in code):
        return None  # "NOORD" is a word, not "N0 0RD"
    compact = code.replace(" ", "")
    outward, inward = compact[:-3], compact[-3:]
    inward = {"O": "0", "S": "5", "I": "1"}.get(inward[0], inward[0]) + inward[1:]
    m = re.fullmatch(r"([A-Z]{1,2})([\dIlO])([A-Z\d]?)", outward)
    if not m:
        return None
    digit = {"I": "1", "l": "1", "O": "0"}.get(m.group(2), m.group(2))
    if not inward[0].isdigit():
        return None
    return f"{m.group(1)}{digit}{m.group(3)} {inward}"
