"""A postcode and its town printed on lines apart: the postcode alone on its line over the town ("45699" /
"Sampleton (Albacete)"), or ending the street's line over the town ("99 Rue de l'Exemple 92799" / "Sampleton,
France"), the town a known one, or any town with a country its postcode fits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardscan.extract.geo import country_from_city, country_from_name
from cardscan.extract.hits import Piece
from cardscan.extract.postal import countries_of
from cardscan.extract.streets import street_countries, street_ocr_fixed


@dataclass(frozen=True)
class TownApart:
    postcode: str
    town: str
    street: str  # the street before the postcode on its line, or ""
    country: str
    town_piece: int


# A postcode alone on its line ("45699"), or ending the street's line ("99 Rue de l'Exemple 92799"), over the town
_LONE_POSTCODE = re.compile(r"\s*(?P<pc>\d{4,5})\s*")
_STREET_THEN_POSTCODE = re.compile(r"(?P<street>.*[^\W\d_].*?)[\s,]+(?P<pc>\d{4,5})\s*")
# The countries of the product's languages whose postcodes have four or five digits and no letters
_DIGITS = {4: ("AT", "CH", "BE", "LU", "DK", "NO", "NL"), 5: ("DE", "FR", "IT", "ES", "FI")}
# A town alone on its line, its province or country after it: "Sampleton (Albacete)", "Sampleton, France"
_TOWN_LINE = re.compile(
    r"\s*(?P<town>[^\W\d_][\w'’.\- ]*?)\s*(?:\((?P<paren>[^)]{1,30})\)|,\s*(?P<tail>[^\d,]+))?\s*\.?")


def town_apart(p: Piece, text: str, by_index: dict[int, Piece]) -> TownApart | None:
    """A five-digit postcode alone on its line or at the end of the street's line, and the known town on a line of
    its own under it: right under a lone postcode, up to four lines under a street's (other lines may come between,
    "99 RUE DE L'EXEMPLE 75099" ... "LYON"). A town the gazetteer lists under the postcode is known however small.
    Any town will do right under a postcode of four or five digits when its line prints a country such postcodes are
    of ("Beispielpark 9, 9999" / "Sampleton Süd, Austria")."""
    lone = _LONE_POSTCODE.fullmatch(text)
    street = None if lone else _STREET_THEN_POSTCODE.fullmatch(text)
    if not lone and not street:
        return None
    m = lone or street
    assert m is not None
    fits = _DIGITS[len(m.group("pc"))]
    worded = street is not None and len(m.group("pc")) == 5 \
        and street_countries(street_ocr_fixed(street.group("street")))[0] >= 0.6
    known_town = len(m.group("pc")) == 5 and (lone is not None or worded)  # a known town's line will do
    for below in range(1, 5 if worded else 2):
        line = by_index.get(p.index + below)
        town = _TOWN_LINE.fullmatch(line.text) if line is not None else None
        if town is None or line is None:
            continue
        province = country_from_city(town.group("paren") or "") if lone else None  # "Sampleton (Albacete)"
        printed = country_from_name(town.group("tail") or "")
        where = (country_from_city(town.group("town")) or province) if known_town else None
        if where is None and printed in fits and below == 1:
            where = printed
        if where is None and len(listed := countries_of(m.group("pc"), town.group("town"))) == 1:
            where = listed[0]  # a town GeoNames lists under that postcode, however small ("Via Esempio 9 - 81099")
        if where and (printed is None or printed == where):
            return TownApart(m.group("pc"), town.group("town").strip(),
                             street.group("street").strip(" ,-–—") if street else "", where, line.index)
    return None


# The town before its postcode at the end of a line ("Via Esempio 1 Sampleton 32099", "Sampleton 34-299"), as some
# Italian and Polish cards print it
_TOWN_THEN_POSTCODE = re.compile(r"(?P<head>.*[^\W\d_])[\s,]+(?P<pc>\d{2}-\d{3}|\d{3} \d{2}|\d{4,5})\s*\.?")


def town_before_postcode(p: Piece, text: str) -> TownApart | None:
    """A line ending in a town and its postcode, the town one GeoNames lists under that postcode (one to three words;
    what comes before them is the street)."""
    m = _TOWN_THEN_POSTCODE.fullmatch(text)
    if m is None:
        return None
    words = m.group("head").split()
    for n in (3, 2, 1):
        town = " ".join(words[-n:]).strip(" ,.-")
        if len(words) >= n and (found := countries_of(m.group("pc"), town)):
            return TownApart(m.group("pc"), town, " ".join(words[:-n]).strip(" ,-"), found[0], p.index)
    return None


# A six-digit postcode before the town, a comma or "CP" (cod poștal) between ("Str. Exemplu nr. 9, sector 2,
# CP 020899, București, România"; "…, 300999 Timișoara"), as Romanian cards print it
_SIX_DIGIT_POSTCODE = re.compile(r"(?P<street>.*?)[\s,]*(?<![\w-])(?:CP|C\.P\.|cod po[sș]tal)?\s*(?P<pc>\d{6})"
                                 r"[\s,]+(?P<town>[^\W\d_][\w'’.\- ]*?)\s*(?:,(?P<tail>[^\d]*))?\s*\.?",
                                 re.IGNORECASE)


def six_digit_postcode(p: Piece, text: str) -> TownApart | None:
    """A six-digit postcode and the town after it, the town one GeoNames lists under that postcode (a Romanian
    "020899" serves "București 2": the sector's number after the town's name is no part of it)."""
    m = _SIX_DIGIT_POSTCODE.fullmatch(text)
    if m is None:
        return None
    town = m.group("town").strip(" .")
    found = countries_of(m.group("pc"), town)
    if len(found) != 1:
        return None
    printed = country_from_name(m.group("tail") or "") if m.group("tail") else None
    if printed not in (None, found[0]):
        return None
    return TownApart(m.group("pc"), town, m.group("street").strip(" ,-"), found[0], p.index)
