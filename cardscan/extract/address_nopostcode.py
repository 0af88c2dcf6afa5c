"""Addresses printed without a postcode: a street with a known city on the next line, a street and its town after a
comma ("Example Road, Sampletown", "Example Street, Sampletown, Country"), and an American or Canadian town with its
state ("Sampleton, OK") where the card gives no ZIP code (used by address.py); and the city, region and country in
what follows a postcode (`split_city`)."""

from __future__ import annotations

import re

from cardscan.extract.address_brazil import town_and_unit
from cardscan.extract.address_india import state_spelling
from cardscan.extract.company import legal_form
from cardscan.extract.geo import (
    CA_PROVINCES,
    COUNTRY_TLDS,
    STATE_NAMES,
    US_STATES,
    country_from_city,
    country_from_name,
)
from cardscan.extract.givennames import is_given_name
from cardscan.extract.hits import Piece, Votes
from cardscan.extract.postal import place_countries
from cardscan.extract.streets import street_countries, street_type_end
from cardscan.model import Address
from cardscan.text import UPPER, fold

Found = tuple[Address, float, tuple[int, ...], str]

# A town's name: one to three capitalised words of letters ("Sampleton", "Al Sample", "Port Example-sur-Mer")
# One to three capitalised words, a small linking word allowed before each of the others ("Santiago de Compostela",
# "Frankfurt am Main", "Bergen op Zoom")
_LINK = r"(?:de|del|della|di|da|do|dos|das|des|du|la|le|les|el|sur|sous|am|an|im|in|on|upon|aan|den|der|van|bei|ob" \
    r"|y|i|e|en|sul|ter|op)"
_WORD = r"[^\W\d_]*(?:[-'’.][^\W\d_]+)*"
_TOWN = rf"[{UPPER}]{_WORD}(?:\s(?:{_LINK}\s)?[{UPPER}]{_WORD}){{0,2}}"
# The comma before the state may be read as a full stop (OCR): "Sampleton. OK"
_TOWN_STATE = re.compile(rf"(?P<city>{_TOWN})[,.]\s*(?P<state>[A-Z]{{2}})\.?")
# A street line ending in its house number, a letter or a range after it: "Exempelgatan 1 C", "Via Esempio 12/14"
_HOUSE_NUMBER_END = re.compile(r"\d+\s?(?:[A-Za-z]|[-/]\s?\d+[A-Za-z]?)?$")
# A street's words, its house number (a letter after it), then a town: "Examplowa 16 Sampleton", "Example 3a Sampleby"
_NUMBER_THEN_TOWN = re.compile(rf"(?P<street>{_TOWN}\s\d{{1,4}}[a-zA-Z]?)\s(?P<town>{_TOWN})")
# What the leading country's evidence must weigh (a country-code domain: 2; a known city alone on its line: 1)
_SOME_EVIDENCE = 1.5
# Words of a building or a floor, never a town: "Example Street, Suite B", "Example Road, Unit Four"
_UNIT_WORDS = frozenset(["suite", "ste", "unit", "floor", "level", "building", "bldg", "block", "room", "apt",
                         "apartment", "office", "box", "tower"])


def address_without_postcode(pieces: list[Piece], evidence: Votes,
                             country_lines: list[tuple[int, str | None]]) -> Found | None:
    """(address, certainty, the pieces it used, source line) of an address printed without a postcode, or None."""
    return _street_comma_town(pieces, country_lines, evidence) or town_and_unit(pieces, _top(evidence)) \
        or _town_and_state(pieces, evidence) or _town_and_spelled_state(pieces, evidence)


def _source(by_index: dict[int, Piece], used: list[int]) -> str:
    return " / ".join(dict.fromkeys(by_index[i].segment.line_text for i in sorted(set(used)) if i in by_index))


def _is_town(text: str) -> bool:
    """One to three capitalised words of letters that are no street, building or country."""
    words = text.split()
    return (bool(re.fullmatch(_TOWN, text)) and sum(ch.isalpha() for ch in text) >= 4
            and not any(w.lower().strip(".") in _UNIT_WORDS for w in words)
            and street_countries(text)[0] == 0.0 and country_from_name(text) is None)


def _street_comma_town(pieces: list[Piece], country_lines: list[tuple[int, str | None]],
                       evidence: Votes) -> Found | None:
    """ "Example Road, Sampletown", "12 Example Street, Sampletown, Country": a street that ends in its English type
    word, then the town (and the country) after commas; or a street of the card's country ending in its number
    ("Exempelgatan 1 C, Sampleby"), then a town GeoNames lists in that country."""
    by_index = {p.index: p for p in pieces}
    leader = _leader(evidence)
    for p in pieces:
        parts = [x.strip(" .;") for x in p.text.split(",") if x.strip(" .;")]
        if p.confidence < 0.3:
            continue
        run_on = _NUMBER_THEN_TOWN.fullmatch(parts[0]) if len(parts) == 1 else None
        if run_on and leader is not None and _run_on_town(run_on.group("street"), run_on.group("town"), leader):
            address = Address(run_on.group("street"), None, run_on.group("town"), None, leader)
            return address, 0.45, (p.index,), _source(by_index, [p.index])
        if len(parts) < 2:
            continue
        city_first = _city_then_street(parts, by_index.get(p.index + 1))
        if city_first is not None:
            address, lines_below = city_first
            return address, 0.5, (p.index, *lines_below), _source(by_index, [p.index, *lines_below])
        printed = country_from_name(parts[-1])
        if printed and len(parts) >= 3:
            parts = parts[:-1]
        street, town = ", ".join(parts[:-1]), parts[-1]
        words = street.split()
        score, langs = street_countries(street)
        numbered = bool(_HOUSE_NUMBER_END.search(street)) and score >= 0.6 and (leader in langs or not langs) \
            and leader in place_countries(town)
        if ((street_type_end(words) != len(words) or score < 0.35) and not numbered) or not _is_town(town):
            continue
        used = [p.index]
        if printed is None and (near := [(i, iso) for i, iso in country_lines if abs(i - p.index) <= 2]):
            idx, printed = near[0]
            used.append(idx)
        country = printed or (leader if numbered else country_from_city(town))
        return Address(street, None, town, None, country), 0.5, tuple(used), _source(by_index, used)
    return None


def _city_then_street(parts: list[str], below: Piece | None) -> tuple[Address, tuple[int, ...]] | None:
    """ "Sampleville, Example utca 14.": a known city first, then after a comma its street, or its district with the
    street on the next line ("SAMPLEVILLE, IX. KER." / "EXAMPLE UTCA 14."), as Hungarian and some Central European
    cards print an address without its postcode."""
    town, rest = parts[0], ", ".join(parts[1:])
    country = country_from_city(town) if _is_town(town) else None
    if country is None:
        return None
    score, langs = street_countries(rest)
    if score >= 0.6 and _HOUSE_NUMBER_END.search(rest.rstrip(" .")) and (not langs or country in langs):
        return Address(rest, None, town, None, country), ()
    if below is None:
        return None
    score, langs = street_countries(below.text)
    if score >= 0.6 and _HOUSE_NUMBER_END.search(below.text.rstrip(" .,")) and country in langs:
        return Address(below.text.strip(" ,"), None, town, None, country), (below.index,)
    return None


def _run_on_town(street: str, town: str, leader: str) -> bool:
    """ "Examplowa 16 Sampleton": a street named without its type word, its number, then a town GeoNames lists in the
    country the card's evidence names, on one line without a comma. The street's words point to no other country."""
    langs = street_countries(street)[1]
    return leader in place_countries(town) and _is_town(town) and (not langs or leader in langs)


def _town_and_state(pieces: list[Piece], evidence: Votes) -> Found | None:
    """ "Sampleton, OK": an American town and its state (or a Canadian one and its province) alone on a line. A
    state's code that is also a country's ("DE", "IN", "PA") counts only on a card whose evidence is American."""
    by_index = {p.index: p for p in pieces}
    leader = _top(evidence)
    for p in pieces:
        m = _TOWN_STATE.fullmatch(p.text.strip(" ."))
        if m is None or p.confidence < 0.3 or legal_form(p.text) or not _is_town(m.group("city")):
            continue
        state = m.group("state")
        country = "US" if state in US_STATES else "CA" if state in CA_PROVINCES else None
        if country is None or leader not in (None, "US", "CA") \
                or (state.lower() in COUNTRY_TLDS and leader not in ("US", "CA")):
            continue
        used = [p.index]
        street = None
        above = by_index.get(p.index - 1)
        if above is not None and street_countries(above.text)[0] >= 0.6:
            street = above.text.strip(" ,")
            used.append(above.index)
        address = Address(street, None, m.group("city"), state, country)
        return address, 0.5, tuple(sorted(used)), _source(by_index, used)
    return None


def _spelled_state(text: str) -> tuple[str, str] | None:
    """(the state as printed, its country) of a state's name spelled out: India's ("Uttar Pradesh"), the United
    States' ("Pennsylvania"), Australia's ("New South Wales")."""
    text = text.strip(" .")
    for country, names in STATE_NAMES.items():
        if fold(text) in names:
            return text, country
    india = state_spelling(text) if len(text) >= 4 else None
    return (india, "IN") if india else None


def _town_and_spelled_state(pieces: list[Piece], evidence: Votes) -> Found | None:
    """"Sampleton, Uttar Pradesh", "Sampleton, Gujarat, India", "Sampleton, Pennsylvania": the last line of an
    address without a postcode names the town, its state spelled out and perhaps the country after commas; what the
    line prints before the town, or the street line above it, is the street. A country the card's evidence names
    otherwise, or a country printed after the state that is not the state's, rules the line out."""
    by_index = {p.index: p for p in pieces}
    leader = _top(evidence)
    for p in pieces:
        parts = [x.strip() for x in p.text.strip(" .").split(",") if x.strip()]
        printed = country_from_name(parts[-1]) if len(parts) >= 3 else None
        if printed:
            parts = parts[:-1]
        found = _spelled_state(parts[-1]) if len(parts) >= 2 else None
        if found is None or p.confidence < 0.3 or legal_form(p.text) or not _is_town(parts[-2]) \
                or _spelled_state(parts[-2]) or (printed or leader or found[1]) != found[1]:
            continue
        used = [p.index]
        street = ", ".join(parts[:-2]) or None
        above = by_index.get(p.index - 1)
        if street is None and above is not None and street_countries(above.text)[0] >= 0.6:
            street = above.text.strip(" ,")
            used.append(above.index)
        state, country = found
        address = Address(street, None, parts[-2], STATE_NAMES.get(country, {}).get(fold(state), state), country)
        return address, 0.5, tuple(sorted(used)), _source(by_index, used)
    return None


def split_city(city: str) -> tuple[str, str | None, str | None]:
    """(city, region, country) from what follows the postcode: "Milano (MI)", "Amsterdam Nederland"."""
    city = city.strip(" ,;·|-")
    region = None
    m = re.search(r"\s*\(([^)]{1,30})\)\s*$", city)
    if m:
        region = m.group(1).strip()
        if re.fullmatch(r"[A-Za-z]{2}", region):
            region = region.replace("l", "I").replace("0", "O").upper()  # "(Fl)": FI with its I read as l
        city = city[: m.start()].strip()
    country = None
    words = city.split()
    for n in (3, 2, 1):
        if len(words) > n and country_from_name(" ".join(words[-n:])):
            country = country_from_name(" ".join(words[-n:]))
            city = " ".join(words[:-n]).rstrip(" ,;·|-")  # "Dublin, Ireland"
            break
    return city, region, country


def _ends_in_comma(p: Piece) -> bool:
    return p.segment.text.rstrip().endswith(",")


def street_over_known_city(pieces: list[Piece],
                           country_lines: list[tuple[int, str | None]]) -> Found | None:
    """A street followed by a known city ("Via Roma 10" / "Milano"), without a postcode; lines that end in a comma
    between them are the street's too ("999, Example Road," / "Example East," / "Jaffna.")."""
    by_index = {p.index: p for p in pieces}
    for p in pieces:
        score, _ = street_countries(p.text)
        # a line with a number that ends in a comma goes on ("9-99, Sample Hills, Sampleguda," / "Hyderabad.")
        numbered = _ends_in_comma(p) and any(ch.isdigit() for ch in p.text) and "@" not in p.text
        if score < 0.8 and not numbered:
            continue
        between = [p]
        while _ends_in_comma(between[-1]) and len(between) <= 3 and \
                (nxt := by_index.get(between[-1].index + 1)) is not None and _ends_in_comma(nxt):
            between.append(nxt)
        city_piece = by_index.get(between[-1].index + 1)
        if city_piece is None:
            continue
        town = city_piece.text.strip(" .")
        if not country_from_city(town if score < 0.8 else town.split(",")[0].strip(" .")):
            continue  # (after a numbered line, the known town stands alone on its line)
        city, region, printed = split_city(city_piece.text.rstrip(" ."))
        used = [*(b.index for b in between), city_piece.index]
        if printed is None and country_lines:
            idx, printed = country_lines[0]
            used.append(idx)
        country = printed or country_from_city(city)
        source = " / ".join(dict.fromkeys(by_index[i].segment.line_text for i in used))
        street = ", ".join(b.text.strip(" ,") for b in between)
        return Address(street, None, city, region, country), 0.55, tuple(used), source
    return None


def _top(evidence: Votes) -> str | None:
    """The country the card's evidence names most strongly, if it names any."""
    best = max(evidence, key=lambda k: evidence[k]) if evidence else None
    return best if best is not None and evidence[best] > 0 else None


def _leader(evidence: Votes) -> str | None:
    """The country the card's evidence names most strongly, if it names one with some weight."""
    best = _top(evidence)
    return best if best is not None and evidence[best] >= _SOME_EVIDENCE else None


# A family name under a given name: one or two words of letters, capitalised or in capitals, particles in lower case
_FAMILY_NAME = re.compile(rf"(?:(?:[a-z]{{1,3}}|[{UPPER}]{{1,3}})\s+)?[{UPPER}][^\W\d_'’-]+"
                          rf"(?:[-\s][{UPPER}][^\W\d_'’-]+)?")


def _given_name_over_family_name(p: Piece, below: Piece | None) -> bool:
    """ "Vincent" over "LE EXAMPLE": a known given name alone on its line (many are places' names too: a town in
    France, a village in Spain), the family name under it in the same size; a person, not a town."""
    return below is not None and is_given_name(p.text.strip().capitalize()) \
        and 0.8 <= p.height / max(below.height, 1.0) <= 1.25 and _FAMILY_NAME.fullmatch(below.text.strip()) is not None


def known_town_alone(pieces: list[Piece], evidence: Votes) -> Found | None:
    """A known city alone on its line, a province or department after it or not ("Sampleton", "Sampleton (99)"), on
    a card with no other address: its town. Not when the card's evidence points to another country."""
    by_index = {p.index: p for p in pieces}
    leader = _leader(evidence)
    top = _top(evidence)
    for p in pieces:
        city, region, printed = split_city(p.text.rstrip(" ."))
        if not _is_town(city) or p.confidence < 0.5 or _given_name_over_family_name(p, by_index.get(p.index + 1)):
            continue
        # a known city; or any place GeoNames lists in the country the card's evidence names (a ".fr" domain, a
        # French number: "Sampleville (99)")
        country = country_from_city(city) or (leader if leader and leader in place_countries(city) else None)
        if country is None or printed not in (None, country) or top not in (None, country):
            continue
        return Address(None, None, city, region, country), 0.45, (p.index,), _source(by_index, [p.index])
    return None
