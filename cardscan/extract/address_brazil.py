"""Brazilian addresses printed without a postcode: the town and its state's two letters after a slash or a dash
("Rua Exemplo, 12, Centro - Sampleópolis / MG", "Sampleópolis - SP"), as Brazilian cards print them. A comma before
the two letters is the American way ("Sampleton, MA") and is left to address_nopostcode; the letters must be one of
the 27 federative units (states and the federal district) of ISO 3166-2:BR."""

from __future__ import annotations

import re

from cardscan.extract.hits import Piece
from cardscan.extract.streets import street_countries
from cardscan.model import Address

Found = tuple[Address, float, tuple[int, ...], str]

# The 27 federative units of Brazil (ISO 3166-2:BR)
FEDERATIVE_UNITS = frozenset(("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
                              "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO"))
# The town after the line's last dash or comma (or opening the line), then a slash or a spaced dash and the unit
_TOWN_UNIT = re.compile(r"(?:^|[-–,]\s*)(?P<town>[^\W\d_](?:[^\W\d_]|['’. ]){2,40}?)"
                        r"\s*(?:/|\s[-–])\s*(?P<unit>[A-Z]{2})\s*\.?$")
# Words Brazilian streets open with
_STREET_WORDS = re.compile(r"(?i)^(?:rua|r\.|av\.?|avenida|estrada|travessa|alameda|pra[çc]a|rodovia|largo|quadra)\b")


def town_and_unit(pieces: list[Piece], leader: str | None) -> Found | None:
    """(address, certainty, the pieces it used, source line) of a Brazilian town and unit line, or None; not where
    the card's evidence names another country (`leader`)."""
    if leader not in (None, "BR"):
        return None
    by_index = {p.index: p for p in pieces}
    for p in pieces:
        text = p.text.strip()
        m = _TOWN_UNIT.search(text)
        if m is None or m.group("unit") not in FEDERATIVE_UNITS or p.confidence < 0.3:
            continue
        town = m.group("town").strip()
        if len(town.split()) > 4:
            continue
        used = [p.index]
        street = text[:m.start()].strip(" ,-–") or None
        above = by_index.get(p.index - 1)
        if not _street_like(street) and above is not None and _street_like(above.text.strip()):
            # the street on the line above, the district (if any) before the town
            street = ", ".join(x for x in (above.text.strip(" ,"), street) if x)
            used.append(above.index)
        if not _street_like(street):
            continue  # a town and two capitals alone ("Sample - AB") may be anything
        source = " / ".join(dict.fromkeys(by_index[i].segment.line_text for i in sorted(used)))
        return Address(street, None, town, m.group("unit"), "BR"), 0.5, tuple(sorted(used)), source
    return None


def _street_like(text: str | None) -> bool:
    """A street's line: a street word first, a house number, or a street type the word lists know."""
    if not text:
        return False
    return bool(_STREET_WORDS.match(text) or re.search(r"\d", text) or street_countries(text)[0] >= 0.6)


def brazilian_unit(text: str) -> bool:
    """A line ending in a town and a federative unit after a slash or a spaced dash: evidence of Brazil."""
    m = _TOWN_UNIT.search(text.strip())
    return m is not None and m.group("unit") in FEDERATIVE_UNITS
