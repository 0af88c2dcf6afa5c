"""Addresses in the formats of the rest of the world: a line naming a known city (GeoNames, lexicons/cities.txt)
with a postcode on it or the next line, or beside a printed country. Used when no national postcode line of the
card languages' countries is found (address.py).
"""

from __future__ import annotations

import re

from cardscan.extract.geo import CITIES, country_from_city, country_from_name
from cardscan.extract.hits import Piece
from cardscan.model import Address
from cardscan.text import UPPER, fold

# Postcodes of other countries, printed before or after the city: "Tokyo 123-4567", "Riyadh 12345",
# "Postal Code: 211", "(C1000ABC)".
# An Indian PIN may be printed in two groups of three ("Chennai 600 028").
_WORLD_POSTCODE = re.compile(r"(?<![\w+])(?<!\d-)(?:\d{3}-\d{4}|\d{5,6}|\d{3}\s\d{3}(?!\s?\d)|[A-Z]\d{4}[A-Z]{3})"
                             r"(?![\w-])")
_LABELLED_POSTCODE = re.compile(r"(?i)\b(?:postal\s*code|post\s*code|zip(?:\s*code)?|p\.?\s?o\.?\s?box|"
                                r"pobox)\s*[:.]?\s*(\d{3,6})\b")
_CITY_WORDS = re.compile(r"(?i)\s*(?:\bcity|-shi|\bshi)$")


def _known_city(part: str) -> tuple[str, str, int] | None:
    """(the city as printed, its country, its rank among that country's cities) if the part names a known city:
    the whole part, or what stands before or after its postcode ("Jaipur-302099 Rajasthan")."""
    # "Bengaluru - 560001": the dash between the city and its postcode is no part of either
    name = " ".join(_WORLD_POSTCODE.sub(" ", part).strip(" .;:()-–").split())
    sides = [" ".join(x.strip(" .;:()-–").split()) for x in _WORLD_POSTCODE.split(part, maxsplit=1)]
    ends = [*_last_words(name), _FOUR_AFTER.sub("", name)]  # (the city before its four-digit postcode)
    for candidate in (name, _CITY_WORDS.sub("", name), *sides, *ends):
        # GeoNames calls some towns "X City" where the card prints "X"
        iso = (country_from_city(candidate) or country_from_city(candidate + " City")) if len(candidate) >= 3 else None
        if iso:
            rank = next((i for i, c in enumerate(CITIES.get(iso, ()))
                         if fold(c) in (fold(candidate), fold(candidate + " City"))), 999)
            return (candidate if candidate in sides or candidate in ends else name), iso, rank
    return None


def _last_words(part: str) -> list[str]:
    """The last two words and the last word of a part that holds more ("12 Example Rd Sampledistrict Shanghai"), a
    printed country after them left out ("... Shanghai P.R. China"): where a town ends a street line."""
    words = part.split()
    for n in (3, 2, 1):
        if len(words) > n and country_from_name(" ".join(words[-n:])):
            words = words[:-n]
            break
    return [" ".join(words[-n:]) for n in (2, 1) if len(words) > n]


def _city_before_postcode(part: str) -> str | None:
    """The words before a postcode that can be a city the list does not know ("New Delhi - 110 088"): one to three
    capitalised words of letters."""
    m = _WORLD_POSTCODE.search(part)
    if not m:
        return None
    before = " ".join(part[: m.start()].strip(" .;:()-–").split())
    words = before.split()
    if 1 <= len(words) <= 3 and all(re.fullmatch(rf"[{UPPER}][^\W\d_]+\.?", w) for w in words):
        return before
    return None


def _city_dash_country(part: str) -> list[str]:
    """ "Beirut-Lebanon", "Dubai - UAE": a city and its country joined by a dash are two parts."""
    m = re.fullmatch(r"\s*(.*?[^\W\d_])\s*[-–]\s*([^\W\d_][^\d]*?)[\s.]*", part)
    if m and country_from_name(m.group(2)):
        return [m.group(1), m.group(2)]
    # "Göteborg Sweden": a space only, where the words before the country end in a known city of that country
    words = part.split()
    for n in (3, 2, 1):
        iso = country_from_name(" ".join(words[-n:])) if len(words) > n else None
        if iso is not None and any(country_from_city(" ".join(words[-n - k:-n])) == iso
                                   for k in (1, 2) if len(words) >= n + k):
            return [" ".join(words[:-n]), " ".join(words[-n:])]
    return [part]


def labelled_postcode(text: str) -> str | None:
    """The postcode a label names ("Post Code: 100999", "ZIP 99999"); a P.O. box number is none."""
    labelled = _LABELLED_POSTCODE.search(text)
    if labelled and not re.match(r"(?i)p\.?\s?o\.?\s?box|pobox", labelled.group(0)):
        return labelled.group(1)
    return None


def _world_postcode(text: str) -> str | None:
    if (labelled := labelled_postcode(text)) is not None:
        return labelled
    text = _LABELLED_POSTCODE.sub(" ", text)  # a P.O. box number is no postcode
    m = _WORLD_POSTCODE.search(text)
    return m.group(0) if m else None


WorldFound = tuple[Address, float, tuple[int, ...], str, tuple[tuple[int, str], ...]]


def world_address(pieces: list[Piece], country_lines: list[tuple[int, str | None]], card_country: str | None = None
                  ) -> WorldFound | None:
    """An address in another country's format: a line naming a known city, with a postcode on it or the next line,
    or beside a printed country ("Tokyo 123-4567, Japan", "NAGOYA, AICHI, 460-0099, JAPAN", "Abu Dhabi" /
    "United Arab Emirates"), or ending a line of several parts in the country the card's other evidence names
    alone (`card_country`: "+94" numbers, "Government of Sri Lanka" above "Example Building, Kandy"). Words of no
    digit before a city that ends its part, where no street comes before ("Sound Designer Göteborg Sweden"), are left
    to the other fields."""
    by_index = {p.index: p for p in pieces}
    best: tuple[float, WorldFound] | None = None
    for p in pieces:
        if p.confidence < 0.3 or "@" in p.text:
            continue
        # "Tokyo 123-4567. Japan": a full stop before a country name separates like a comma
        # "NAGOYA.AICHI,460-0099": a dot between two words in capitals, without a space, separates like a comma too
        parts = [x for x in re.split(r"[,|·]|\.\s+(?=[A-Z])|(?<=[A-Z]{3})\.(?=[A-Z]{3})", p.text) if x.strip(" .;")]
        parts = [y for x in parts for y in _city_dash_country(x)]
        for k, part in enumerate(parts):
            found = _known_city(part)
            if found is None:
                unknown = _city_before_postcode(part)
                if unknown is None:
                    continue
                found = (unknown, "", 999)  # counts only beside a printed country (below)
            city, city_country, rank = found
            nxt = by_index.get(p.index + 1)
            printed = next((country_from_name(x) for x in parts if country_from_name(x)), None)
            postcode = _world_postcode(p.text) or (_world_postcode(nxt.text) if nxt is not None else None) \
                or _four_digits_beside(parts, k) or (_four_after(part) if printed else None)
            near = [(i, iso) for i, iso in country_lines if abs(i - p.index) <= 2]
            used = [p.index]
            if printed is None and near:
                idx, printed = min(near, key=lambda c: abs(c[0] - p.index))
                used.append(idx)
            vouched = printed is None and postcode is None and k == len(parts) - 1 > 0 \
                and city_country == card_country is not None
            score = 3.0 * (postcode is not None) + 2.0 * (printed is not None or vouched) + 0.5 * (len(parts) > 1) \
                - rank / 1000
            if score < 1.9 or not (city_country or printed):  # a postcode, or a printed country
                continue
            if postcode is not None and _world_postcode(p.text) is None and nxt is not None:
                used.append(nxt.index)
            street = ", ".join(x.strip() for x in parts[:k] if x.strip() != postcode).strip(" ,") or None
            country = printed or city_country
            source = " / ".join(by_index[i].segment.line_text for i in sorted(set(used)) if i in by_index)
            # A known city with its postcode and a printed country is as sure as a national postcode line.
            sure = 0.55 + 0.2 * (postcode is not None) + 0.15 * (printed is not None)
            before = part[: part.rfind(city)].strip(" ,.;-–") if city != part.strip() and k == 0 else ""
            left = ((p.index, before),) if before and not re.search(r"\d", before) and street is None else ()
            result = (Address(street, postcode, city, None, country), sure,
                      tuple(sorted(set(used))), source, left)
            if best is None or score > best[0]:
                best = (score, result)
    return best[1] if best else None


# Four digits after the city in its part ("Sampleton 9999, Country"): its postcode, where the line prints the country
_FOUR_AFTER = re.compile(r"\s+(\d{4})\s*$")


def _four_after(part: str) -> str | None:
    m = _FOUR_AFTER.search(part)
    return m.group(1) if m else None


def _four_digits_beside(parts: list[str], k: int) -> str | None:
    """A four-digit postcode printed as a part of its own right before or after the city's part ("9999, Sampleton,
    South Africa", "Sampleton, 9999"): four digits alone between commas, next to a known city, are its postcode."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(parts) and re.fullmatch(r"\s*\d{4}\s*", parts[j]):
            return parts[j].strip()
    return None
