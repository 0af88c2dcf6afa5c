"""The country of the office a phone number belongs to, named on its line or just above it ("Vietnam Office",
"Germany:"), which overrules the card's own country for that number (used by ocr_contact.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardscan.extract.geo import country_from_name

_OFFICE_WORDS = frozenset(["office", "branch", "hq", "headquarters", "büro", "bureau", "kantoor", "oficina", "ufficio",
                           "escritório", "kontor", "filiale", "sede", "siège"])


def country_named(text: str) -> str | None:
    """The country a line names: the whole line, one of its comma-separated parts, "Vietnam Office"."""
    for part in [text, *re.split(r"[,·|]", text)]:
        words = part.split()
        if not words:
            continue
        iso = country_from_name(part)
        if iso is None and len(words) > 1 and words[-1].lower().strip(":") in _OFFICE_WORDS:
            iso = country_from_name(" ".join(words[:-1]))
        if iso:
            return iso
    return None


def country_named_near(lines: Sequence[str], i: int) -> str | None:
    """The country named on a line or the three before it: the country of the office a number belongs to."""
    for j in range(i, max(-1, i - 4), -1):
        iso = country_named(lines[j])
        if iso:
            return iso
    return None
