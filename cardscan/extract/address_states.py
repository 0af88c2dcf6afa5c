"""American and Australian addresses: a state spelled out before the postcode ("Sampleton, Virginia 22000",
"Sampleton Victoria 3000") read as the post abbreviates it, and a line of a state and its postcode alone ("VIC 3000
Australia") whose town ends the street line above it (used by address.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from cardscan.extract.geo import AU_STATES, STATE_NAMES, US_STATES, country_from_name
from cardscan.extract.hits import Piece
from cardscan.extract.streets import street_type_end
from cardscan.text import fold

# "Sampleton, Virginia 22000", "Sampleton Victoria 3000": a state spelled out before the ZIP code or postcode (the
# American five digits, the Australian four) at the end of the line is read as its abbreviation ("VA", "VIC")
_SPELLED_STATE = {
    country: re.compile(r"(?i)(?:^|(?<=[,\s]))(?P<state>" + "|".join(sorted((re.escape(n) for n in names), key=len,
                                                                             reverse=True))
                        + r")\.?,?(?=\s+" + digits + r"(?:[\s,]+(?P<tail>[^\W\d_][^\d]*?))?\s*$)")
    for country, names, digits in (("US", STATE_NAMES["US"], r"\d{5}(?:-\d{4})?"), ("AU", STATE_NAMES["AU"], r"\d{4}"))
}


def state_abbreviated(text: str) -> str:
    """The line with a state spelled out before its ZIP code or postcode written as the post abbreviates it."""
    for country, pattern in _SPELLED_STATE.items():
        text = pattern.sub(partial(_abbreviation, STATE_NAMES[country]), text)
    return text


def _abbreviation(names: dict[str, str], m: re.Match[str]) -> str:
    """The state's abbreviation; the line as printed when words other than a country follow the postcode."""
    tail = m.group("tail")
    return m.group(0) if tail and country_from_name(tail) is None else names[fold(m.group("state"))]


# "VIC 3122 Australia", "CA 94999" alone on a line: the state and the postcode, the town ending the line above after
# its street ("12 Example Street Sampleton", "PO Box 21 Sampleton")
_STATE_POSTCODE_LINE = re.compile(r"^\s*(?P<state>[A-Z]{2,3})\.?,?\s+(?P<pc>\d{4,5}(?:-\d{4})?)"
                                  r"(?:[\s,]+(?P<tail>[^\W\d_][^\d]*?))?[\s.]*$")
_PO_BOX = re.compile(r"(?i)^(?P<street>(?:p\.?\s?o\.?\s?box|pobox|locked bag|gpo box)\s*\d+)\s+(?P<town>.+)$")


@dataclass(frozen=True)
class StateLine:
    """A line of a state and its postcode (and the country under it) with the town ending the street line above."""

    postcode: str
    town: str
    state: str
    street: str
    after: str
    country: str


def state_line(text: str, above: Piece | None) -> StateLine | None:
    """A line of a state and its postcode (and the country) with the town at the end of the street line above."""
    m = _STATE_POSTCODE_LINE.match(text)
    if m is None or above is None or (m.group("tail") and country_from_name(m.group("tail")) is None):
        return None
    state, pc = m.group("state"), m.group("pc")
    country = "AU" if state in AU_STATES and len(pc) == 4 else "US" if state in US_STATES and len(pc) >= 5 else None
    if country is None:
        return None
    box = _PO_BOX.match(above.text.strip(" ,"))
    words = above.text.strip(" ,").split()
    cut = street_type_end(words)
    street, town = (box.group("street"), box.group("town")) if box else \
        (" ".join(words[:cut]), " ".join(words[cut:])) if cut else ("", "")
    if not re.fullmatch(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}", town):
        return None
    return StateLine(pc, town, state, street, m.group("tail") or "", country)
