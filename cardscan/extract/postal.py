"""Postcodes and the places they serve (GeoNames, lexicons/postcodes.tsv.gz): which country a postcode printed with
its town is in; and the countries that have a place of a name (lexicons/places.tsv.gz), for a town printed without
its postcode.

Four or five digits are a postcode in a dozen European countries, so the digits alone rarely say the country; the
place printed with them nearly always does: "8340 Sampletown" is Belgian when GeoNames lists the town under 8340 in
Belgium and in no other country. The table stays one sorted block of bytes (about 9 MB), searched by bisection,
rather than 400,000 Python objects.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

from cardscan.extract.geo import country_from_city
from cardscan.text import UPPER, fold, fold_words, one_edit

_PORTUGUESE = re.compile(r"\d{4}-\d{3}")


@cache
def _read(name: str) -> bytes:
    raw = resources.files("cardscan.extract.lexicons").joinpath(name).read_bytes()
    data = gzip.decompress(raw)
    body = 0
    while data.startswith(b"#", body):  # the header's source, licence and making lines
        body = data.index(b"\n", body) + 1
    return data[body:]


def _table() -> bytes:
    return _read("postcodes.tsv.gz")


def place_countries(town: str) -> tuple[str, ...]:
    """The countries GeoNames lists a place of this name in (lexicons/places.tsv.gz, made from the same postcode
    files), whatever its postcode: () for a name no place has."""
    key = fold_words(town)
    if len(key) < 3:
        return ()
    data = _read("places.tsv.gz")
    at = _first_at_or_after(data, key.encode())
    prefix = key.encode() + b"\t"
    if not data.startswith(prefix, at):
        return ()
    return tuple(data[at + len(prefix):data.find(b"\n", at)].decode().split())


def key_of(postcode: str) -> str:
    """The digits a printed postcode is looked up by ("44-299" -> "44299", "L-1234" -> "1234"; a Portuguese
    "1234-567" by its first four, as the table keys it)."""
    text = postcode.strip()
    if _PORTUGUESE.fullmatch(text):
        return text[:4]
    return re.sub(r"\D", "", text)


def _first_at_or_after(data: bytes, key: bytes) -> int:
    """The offset of the first line whose key is not less than `key` (lines are sorted by key)."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = max(lo, data.rfind(b"\n", lo, mid) + 1)
        tab = data.find(b"\t", start)
        if data[start:tab] < key:
            lo = data.find(b"\n", start) + 1 or len(data)
        else:
            hi = start
    return lo


def places(postcode: str) -> dict[str, tuple[str, ...]]:
    """The places GeoNames lists under a postcode, by country ({} when no country has it)."""
    key = key_of(postcode)
    if len(key) < 3:
        return {}
    data = _table()
    at = _first_at_or_after(data, key.encode())
    found: dict[str, list[str]] = {}
    prefix = key.encode() + b"\t"
    while data.startswith(prefix, at):
        end = data.find(b"\n", at)
        _, country, place = data[at:end].decode("utf-8").split("\t")
        found.setdefault(country, []).append(place)
        at = end + 1
    return {c: tuple(p) for c, p in found.items()}


# A town's district after a dash, as GeoNames names the postcodes of Czech and Slovak cities ("Praha 1-Josefov",
# "Brno-Město"): a card prints the town ("110 00 Praha 1")
_DISTRICT = re.compile(rf"-(?=[{UPPER}])")


# A district's or a post office's number after the town ("Praha 10")
_NUMBER_AFTER = re.compile(r"^(\D+?)\s+\d+$")
# The article GeoNames writes after some Spanish, Catalan and Galician places' names ("Salines, Les", "Coruña, A"),
# where the card prints it in front
_ARTICLE_AFTER = re.compile(r"^(.+), (L'|El|La|Los|Las|Les|Els|Es|Sa|Ses|Lo|A|O|As|Os)$")


def place_names(place: str) -> list[str]:
    """The place's name folded, its town without the district (after a dash, or a number after a space), each name
    of a bilingual town ("Domat/Ems"), and a name whose article GeoNames writes last as printed, the article
    first."""
    head = _DISTRICT.split(place, maxsplit=1)[0]
    out = [fold_words(place), fold_words(head)] if head != place else [fold_words(place)]
    if m := _NUMBER_AFTER.match(head):
        out.append(fold_words(m[1]))
    if m := _ARTICLE_AFTER.match(place):
        out.append(fold_words(f"{m[2]}{m[1]}" if m[2].endswith("'") else f"{m[2]} {m[1]}"))
    return out + [fold_words(part) for part in place.split("/")] if "/" in place else out


def countries_of(postcode: str, town: str) -> tuple[str, ...]:
    """The countries in which `postcode` serves `town`: the town as printed is the place, or the place followed by more
    words (a district, "Cedex 08", the region or the country on the same line)."""
    printed = fold_words(town)
    if not printed:
        return ()
    out = []
    for country, names in places(postcode).items():
        for name in (n for place in names for n in place_names(place)):
            if name and (printed == name or printed.startswith(name + " ")):
                out.append(country)
                break
    return tuple(out)


def town_countries(town: str, postcode: str | None) -> tuple[str, ...]:
    """The countries a town printed with its postcode points to: its postcode's (GeoNames lists the place under it),
    else the country of a known city of that name (the gazetteer first: one name of a bilingual town may be another
    country's city's name in the list of cities)."""
    found = countries_of(postcode, town) if postcode else ()
    by_city = country_from_city(town)
    return found or ((by_city,) if by_city else ())


# "69288 Sampleville Cedex 02": a French firm's post sorted apart (CEDEX) and the number of its sorting office, part
# of the postal line but not of the town's name
_CEDEX = re.compile(r"\s+cedex(?:\s+\d{1,3})?\s*$", re.IGNORECASE)


def without_cedex(town: str) -> str:
    return _CEDEX.sub("", town).strip() or town


def listed_spelling(town: str, postcode: str | None) -> str | None:
    """The town as printed with one letter put right: where exactly one place GeoNames lists under the printed
    postcode is spelt so but for that letter ("Saimt Exampleville" under a postcode that serves "Saint-Exampleville").
    The postcode and all the other letters vouch for the place; the print's own hyphens, spaces and capitals are
    kept. Or its end put back, where the line was cut (`_completed`). None when no such place is listed, or the
    printed town is listed as it is."""
    if not postcode:
        return None
    printed = fold_words(town)
    if len(printed) < 5:
        return None
    names = {name for places_ in places(postcode).values() for place in places_ for name in place_names(place)}
    if printed in names:
        return None
    close = {name for name in names if len(name) == len(printed) and one_edit(printed, name) is not None}
    if not close:
        return _completed(town, printed, postcode)
    if len(close) != 1:
        return None
    listed = close.pop()
    at = one_edit(printed, listed)
    assert at is not None
    # the letter's place in the text as printed: the folded text drops nothing but punctuation, spaces collapsed
    seen = -1
    for k, ch in enumerate(town):
        if len(fold(ch)) != 1:
            return None  # a letter folded into two ("ß"): the places no longer line up
        if fold(ch).isalnum():
            seen += 1 + (1 if seen >= 0 and not fold(town[k - 1]).isalnum() else 0)
            if seen == at:
                letter = listed[at]
                return town[:k] + (letter.upper() if ch.isupper() else letter) + town[k + 1:]
    return None


def _completed(town: str, printed: str, postcode: str) -> str | None:
    """ "Sampleton nad Exam" under a postcode that serves only "Sampleton nad Example": the end of the town's name
    cut off inside a word (a copy of the card under another, a line the OCR cut), put back from the one place of the
    postcode that begins so, where the print holds most of its name (MOST_PRINTED)."""
    whole = {place for places_ in places(postcode).values() for place in places_
             if (name := fold_words(place)).startswith(printed) and name != printed
             and len(printed) >= MOST_PRINTED * len(name) and len(fold(place)) == len(place)}
    if len(whole) != 1:
        return None
    place = whole.pop()
    if fold_words(place[: len(town)]) != printed or not place[len(town)].isalpha():
        # the printed text and the place's name do not line up letter for letter; or the print ends with a whole
        # word, and the rest is a postal district GeoNames adds ("Sampleton C", "Sampleton b. Example")
        return None
    return town + place[len(town):]


MOST_PRINTED = 0.6
