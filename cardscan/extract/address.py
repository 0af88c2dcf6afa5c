"""Postal addresses in the national formats of the card languages.

The postcode line is the anchor ("10115 Berlin", "1015 CJ Amsterdam", "75002 Paris",
"20121 Milano (MI)", "1100-053 Lisboa", "111 51 Stockholm", "London SW1A 1AA",
"Springfield, IL 62704"); the street is printed before it, on the same line or the
line above; a country line may follow. The ISO country comes from the printed
country, else from the postcode format weighed with the card's other evidence
(phone country codes, web domains, street words, city names).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from cardscan.extract.address_apart import six_digit_postcode, town_apart, town_before_postcode
from cardscan.extract.address_country import STRONG_EVIDENCE, PostcodeContext, postcode_country
from cardscan.extract.address_gb import UK_POSTCODE, could_be_town, uk_postcode
from cardscan.extract.address_india import indian_address
from cardscan.extract.address_nopostcode import (
    address_without_postcode,
    known_town_alone,
    split_city,
    street_over_known_city,
)
from cardscan.extract.address_states import state_abbreviated, state_line
from cardscan.extract.address_world import labelled_postcode, world_address
from cardscan.extract.geo import (
    AU_STATES,
    BR_STATES,
    CA_PROVINCES,
    US_STATES,
    country_from_city,
    country_from_name,
)
from cardscan.extract.hits import Piece, Votes
from cardscan.extract.postal import town_countries
from cardscan.extract.streets import (
    firm_before_street,
    street_above,
    street_countries,
    street_ocr_fixed,
    street_off_city,
    street_unlabelled,
)
from cardscan.model import Address
from cardscan.text import LOWER, UPPER

# A bilingual town is printed with a slash between its names ("Biel/Bienne", "Freiburg/Fribourg")
_CITY = r"(?P<city>[^\W\d_][\w'’.\- ]*?(?:/[^\W\d_][\w'’.\-]*)?(?:\s*\((?P<paren>[^)]{1,30})\))?)"
# What ends a city: a comma, the end, a bracket, a spaced dash, dot, bar or slash ("Antwerpen / Belgium"), a colon,
# a slash or bar after a space ("99999 Example /Sample Str. 9": the street after the town)
_CITY_END = r"(?=\s*(?:,|$|\(|\s[-–·|/]\s|\s?:\s|\s[/|]))"
# Printed prefixes before the postcode: "D-10115", "CH-8001", "NL-1015", "SE-111 51"
_PREFIX_COUNTRY = {"D": "DE", "DE": "DE", "A": "AT", "AT": "AT", "CH": "CH", "F": "FR", "FR": "FR", "I": "IT",
                   "IT": "IT", "E": "ES", "ES": "ES", "B": "BE", "BE": "BE", "L": "LU", "LU": "LU", "NL": "NL",
                   "P": "PT", "PT": "PT", "S": "SE", "SE": "SE", "DK": "DK", "N": "NO", "NO": "NO", "FL": "LI",
                   "FIN": "FI", "FI": "FI", "PL": "PL", "CZ": "CZ", "GR": "GR", "IRL": "IE", "GB": "GB", "UK": "GB"}
_PFX = r"(?:(?P<pfx>D|DE|A|AT|CH|F|FR|I|IT|E|ES|B|BE|L|LU|NL|P|PT|S|SE|DK|N|NO|FL|FIN|FI|PL|CZ|GR)\s?[-–]\s?)?"

# (pattern, candidate countries in order of likelihood, strength)
_FORMATS: list[tuple[re.Pattern[str], tuple[str, ...], float]] = [
    (re.compile(r"(?<![\w-])" + _PFX + r"(?P<pc>\d{4}\s?(?!SA|SD|SS)[A-Z]{2})\s+" + _CITY + _CITY_END), ("NL",), 1.0),
    (re.compile(r"(?<![\w-])" + _PFX + r"(?P<pc>\d{4}\s?-\s?\d{3})\s+" + _CITY + _CITY_END), ("PT",), 1.0),
    (re.compile(r"(?<![\w-])" + _PFX + r"(?P<pc>\d{2}-\d{3})\s+" + _CITY + _CITY_END), ("PL",), 0.95),
    (re.compile(r"(?<![\w-])" + _PFX + r"(?P<pc>\d{3}\s\d{2})\s+" + _CITY + _CITY_END), ("SE", "CZ", "SK", "GR"), 0.95),
    # "Sampleville, PA 17999", "…, CA 94999, MC-9999" (a mail code after it), "…, PA 17999-1234USA" (the country),
    # "Sampleville, IL62999" (the space lost)
    (re.compile(r"(?:^|,\s*|\s)(?P<city>[^\W\d_][\w'’.\- ]*?),?\s+(?P<state>[A-Z]{2})\.?,?\s*"
                r"(?P<pc>\d{5}(?:-\d{4})?)(?=\s*(?:,|U\.?S\.?A\b\.?|$))"), ("US",), 1.0),
    # Australia: "Sampleton NSW 2000", "Example Street, Sampleton, VIC 3000"
    (re.compile(r"(?:^|,\s*|\s)(?P<city>[^\W\d_][\w'’.\- ]*?),?\s+(?P<state>" + "|".join(AU_STATES) + r")\.?,?\s+"
                r"(?P<pc>\d{4})\s*$"), ("AU",), 1.0),
    (re.compile(r"(?<![\w-])(?P<pc>\d{5}-\d{3})\s*(?:[-–]\s*)?(?P<city>[^\W\d_][\w'’. ]*?)\s*[-–/]\s*"
                r"(?P<state>[A-Z][A-Za-z])\b"), ("BR",), 1.0),
    (re.compile(r"(?:^|,\s*|\s)(?P<city>[^\W\d_][\w'’. ]*?)\s*[-–/,]\s*(?P<state>[A-Z][A-Za-z])\s*(?:,|[-–])?\s*"
                r"(?P<pc>\d{5}-\d{3})\b"), ("BR",), 1.0),
    (re.compile(r"(?<![\w-])(?P<pc>\d{5}-\d{3})\s+" + _CITY + _CITY_END), ("BR",), 0.9),
    # ("37199 - Verona": a dash between the postcode and the city)
    (re.compile(r"(?<![\w-])" + _PFX + r"(?P<pc>\d{5})\s+(?:[-–]\s+)?" + _CITY + _CITY_END),
     ("DE", "FR", "IT", "ES", "FI"), 0.85),
    (re.compile(r"(?<![\w-])" + _PFX + r"(?P<pc>\d{4})\s+" + _CITY + _CITY_END),
     ("AT", "CH", "BE", "LU", "DK", "NO", "NL"), 0.8),
]
# "75008Paris", "D-10115Berlin", "1234 ABExampleton": the OCR lost the space between a postcode (a Dutch one ends in
# two capitals) and the city's capital letter
_GLUED_POSTCODE = re.compile(rf"(?<![\w.+/-])((?:[A-Z]{{1,3}}-)?\d{{4,5}}|\d{{4}} ?[A-Z]{{2}})"
                             rf"(?=[{UPPER}][{LOWER}]{{2}})")
# "69 003 Lyon": a French postcode printed in two groups (the département, then the office), a word after it
_SPACED_POSTCODE = re.compile(rf"(?<![\w.+/-])(?<!\d\s)(\d{{2}}) (\d{{3}})(?=\s+[{UPPER}][{LOWER}{UPPER}]{{2}})")
# "via Esempio 9, 3o19s - Verona": a known city's postcode with letters the OCR read for some of its digits
_POSTCODE_LIKE = re.compile(r"(?<![\w-])[\dOoIlSsB]{4,5}(?![\w-])")
_DIGIT_FOR = str.maketrans("OoIlSsB", "0011558")
_CITY_AFTER = re.compile(r"\s*(?:[-–]\s*)?([^\W\d_][\w'’.\- ]*?)\s*(?=,|$|\(|\s[-–]\s)")


def _misread_postcode(text: str) -> str:
    """The line with a postcode's misread digits put back, where the token has three digits or more, a letter, and a
    known city right after it (a street name such as "Sol 12" is never followed by a known city)."""
    def fixed(m: re.Match[str]) -> str:
        token = m.group(0)
        if sum(ch.isdigit() for ch in token) < 3 or token.isdigit():
            return token
        city = _CITY_AFTER.match(text, m.end())
        return token.translate(_DIGIT_FOR) if city and country_from_city(city.group(1)) else token
    return _POSTCODE_LIKE.sub(fixed, text)


# A Brazilian postcode is often labelled: "CEP 01310-100", "CEP: 20040-002"
_CEP_LABEL = re.compile(r"(?i)\bCEP\s*[:.]?\s*(?=\d{5}-\d{3}\b)")
_LONE_CEP = re.compile(r"\s*(?P<pc>\d{5}-\d{3})\s*")
# "São Paulo - SP", "Rua X, 123 - Centro - Campinas/SP": a city and its state ending the line above a lone CEP
_CITY_STATE_END = re.compile(r"(?:^|[-–,]\s*)(?P<city>[^\W\d_][\w'’. ]*?)\s*[-–/]\s*(?P<state>[A-Z][A-Za-z])\s*$")
_TRAILING_REGION = re.compile(r"^(?P<city>.*?[^\W\d_].*?)\s+(?P<region>[A-Z]{2})$")
# How sure a world address is with a postcode and a printed country (address_world.world_address)
_SURE_WORLD = 0.9


@dataclass(frozen=True)
class AddressResult:
    address: Address
    certainty: float
    pieces: tuple[int, ...]  # indices of the pieces it used
    source: str
    left: tuple[tuple[int, str], ...] = ()  # words of a used piece no part of the address ("Sound Designer")


@dataclass(frozen=True)
class _PostcodeLine:
    piece: int
    postcode: str
    city: str
    region: str | None
    before: str
    after: str
    countries: tuple[str, ...]
    strength: float
    more_pieces: tuple[int, ...] = ()  # other lines it took (the city line above a lone Brazilian CEP)


# A standard a firm is certified to ("ISO 9001:2015", "EN ISO 13485 - 2016", "OHSAS 18001"): its numbers are no address
_STANDARD = re.compile(r"\b(?:ISO|OHSAS|IATF|EN)\s*\d{3,5}\b")


def _postcode_lines(pieces: list[Piece]) -> list[_PostcodeLine]:
    found: list[_PostcodeLine] = []
    by_index = {p.index: p for p in pieces}
    for p in pieces:
        if _STANDARD.search(p.text):
            continue  # "(An ISO 9001 - 2000 Company)": a standard and its year, no postcode and town
        joined = _GLUED_POSTCODE.sub(r"\1 ", _SPACED_POSTCODE.sub(r"\1\2", _misread_postcode(p.text)))
        text = state_abbreviated(_CEP_LABEL.sub("", joined))
        lone, prev = _LONE_CEP.fullmatch(text), by_index.get(p.index - 1)
        if lone and prev is not None and (above := _CITY_STATE_END.search(prev.text)) \
                and above.group("state").upper() in BR_STATES:
            found.append(_PostcodeLine(p.index, lone.group("pc"), above.group("city").strip(),
                                       above.group("state").upper(), prev.text[: above.start()], "", ("BR",), 1.0,
                                       (prev.index,)))
            continue
        apart = town_apart(p, text, by_index) or town_before_postcode(p, text) or six_digit_postcode(p, text)
        if apart is not None:
            found.append(_PostcodeLine(p.index, apart.postcode, apart.town, None, apart.street, "", (apart.country,),
                                       0.9, (apart.town_piece,)))
            continue
        st = state_line(text, prev)
        if st is not None and prev is not None:
            found.append(_PostcodeLine(p.index, st.postcode, st.town, st.state, st.street, st.after, (st.country,),
                                       0.9, (prev.index,)))
            continue
        matched = False
        for pattern, countries, strength in _FORMATS:
            for m in pattern.finditer(text):
                city = m.group("city").strip()
                if not city or len(city) > 40 or sum(ch.isalpha() for ch in city) < 3:
                    continue  # "HP" after a phone number's last digits is no town
                before, after = text[: m.start()], text[m.end():]
                if country_from_name(city):
                    # "Jakarta Selatan, 12950 Indonesia": the country follows the postcode, the city precedes it
                    parts = [x.strip() for x in before.split(",") if x.strip()]
                    if not parts:
                        continue
                    city, before, after = parts[-1], ", ".join(parts[:-1]), city + after
                if m.groupdict().get("state"):
                    before, city = street_off_city(before, city)
                pfx = m.groupdict().get("pfx")
                cands = (_PREFIX_COUNTRY[pfx],) if pfx else countries
                region = m.groupdict().get("state")
                if region:
                    region = region.replace("l", "I").upper()  # "Rj", "Fl": the OCR's lower-case reading
                if region and not any(region in states for states in (US_STATES, CA_PROVINCES, BR_STATES, AU_STATES)):
                    continue
                found.append(_PostcodeLine(p.index, m.group("pc"), city, region, before, after,
                                           cands, strength + (0.1 if pfx else 0.0)))
                matched = True
                break
            if matched:
                break
        if matched:
            continue
        m2 = UK_POSTCODE.search(text)
        if m2:
            fixed = uk_postcode(m2.group("pc"))
            if fixed is None:
                m2 = None
            else:
                text = text[: m2.start("pc")] + fixed + text[m2.end("pc"):]
                m2 = UK_POSTCODE.search(text)
        if m2:
            before = text[: m2.start()].strip(" ,")
            parts = [x.strip() for x in before.split(",") if x.strip()]
            # "Example Road 48, CB3 9ZZ": a street before the postcode, the town on a line of its own
            city = parts.pop() if parts and street_countries(parts[-1])[0] < 0.6 else ""
            found.append(_PostcodeLine(p.index, m2.group("pc"), city, None, ", ".join(parts),
                                       text[m2.end():], ("GB",), 0.9 if city else 0.7))
    return found


def _world_address(pieces: list[Piece], country_lines: list[tuple[int, str | None]],
                   evidence: Votes) -> AddressResult | None:
    strong = [iso for iso, votes in evidence.items() if votes >= STRONG_EVIDENCE]
    found = world_address(pieces, country_lines, strong[0] if len(strong) == 1 else None)
    return AddressResult(*found) if found else None


def find_address(pieces: list[Piece], evidence: Votes) -> AddressResult | None:
    """The card's postal address from the pieces no pattern extractor took, or None."""
    found = _find_address(pieces, evidence)
    if found is not None and found.address.street:
        found = replace(found, address=replace(found.address, street=street_unlabelled(found.address.street)))
    if found is not None and (split := firm_before_street(found.address.street, pieces, found.pieces)):
        at, firm, street = split  # the firm's name goes back to the other fields, from the line that prints it
        found = replace(found, address=replace(found.address, street=street), left=(*found.left, (at, firm)))
    if found is None or found.address.postcode is not None:
        return found
    # "Post Code: 100999" on a line of its own, away from the town: labelled, it is the address's postcode
    for p in pieces:
        if (postcode := labelled_postcode(p.text)) is not None:
            return replace(found, address=replace(found.address, postcode=postcode),
                           pieces=tuple(sorted({*found.pieces, p.index})))
    return found


def _find_address(pieces: list[Piece], evidence: Votes) -> AddressResult | None:
    by_index = {p.index: p for p in pieces}
    country_lines = [(p.index, country_from_name(p.text)) for p in pieces if country_from_name(p.text)]
    # "United Arab" / "Emirates": a country's name the print broke over two lines
    country_lines += [(a.index, iso) for a, b in itertools.pairwise(pieces)
                      if b.index == a.index + 1 and not country_from_name(a.text) and not country_from_name(b.text)
                      and (iso := country_from_name(f"{a.text} {b.text}"))]
    lines = _postcode_lines(pieces)
    india = evidence.get("IN", 0.0)
    leading = india > 0 and india >= max(evidence.values())
    if not lines or (india >= STRONG_EVIDENCE and leading):
        indian = indian_address(pieces, india >= STRONG_EVIDENCE or leading)
        if indian:
            return AddressResult(*indian)
    if not lines:
        # no postcode line: a street over a known town, else a street and its town after a comma or a town and its
        # state, else another country's format around a known city
        world = _world_address(pieces, country_lines, evidence)
        if world is not None and world.certainty >= _SURE_WORLD:
            return world  # a known city with its postcode and its printed country ("9999, Sampleton, South Africa")
        found = street_over_known_city(pieces, country_lines)
        if found is not None:
            return AddressResult(*found)
        plain = address_without_postcode(pieces, evidence, country_lines)
        if plain is None and world is None:
            plain = known_town_alone(pieces, evidence)  # no address but the town
        return AddressResult(*plain) if plain else world

    def rank(pl: _PostcodeLine) -> float:
        score = pl.strength
        prev = by_index.get(pl.piece - 1)
        same_line = bool(pl.before.strip(" ,")) and street_countries(pl.before)[0] > 0.5
        if same_line or (prev is not None and street_countries(prev.text)[0] > 0.5):
            score += 0.5
        if town_countries(pl.city, pl.postcode):
            score += 0.3
        return score

    pl = max(lines, key=rank)
    used = [pl.piece, *pl.more_pieces]
    city, region, tail_country = split_city(pl.city)
    region = pl.region or region
    trailing = _TRAILING_REGION.match(city)
    if trailing and region is None and (set(pl.countries) & {"IT", "CH", "ES"}
                                        or ("BR" in pl.countries and trailing.group("region") in BR_STATES)):
        city, region = trailing.group("city"), trailing.group("region")
    after = [x.strip(" -–") for x in re.split(r"[,;·|]", pl.after) if x.strip(" -–")]
    printed_country = tail_country
    for part in after:
        if country_from_name(part):
            printed_country = country_from_name(part)
        elif region is None and re.fullmatch(r"\(?[A-Z]{2}\)?", part):
            region = part.strip("()")

    # The street: before the postcode on the same line, else the line above (or the one above that).
    street = pl.before.strip(" ,;:·|-–")
    street_piece = None
    if "GB" in pl.countries and pl.city and not street:
        street = ""
    uk_city_apart = "GB" in pl.countries and not pl.city
    if not street and not uk_city_apart:
        above = street_above(pieces, by_index[pl.piece])
        if above is not None:
            street, street_piece = above.text.strip(" ,;:·|"), above.index
    if not street and not uk_city_apart:
        for back in (1, 2):
            prev = by_index.get(pl.piece - back)
            if prev is None:
                continue
            score, _ = street_countries(street_ocr_fixed(prev.text))
            if score >= 0.6 or (back == 1 and score >= 0.35):
                street, street_piece = prev.text.strip(" ,;:·|"), prev.index
                break
            if back == 1 and country_from_name(prev.text) is None and len(prev.text) > 3:
                break
    below = by_index.get(pl.piece + 1)
    if uk_city_apart and below is not None and pl.before.strip(" ,") and not pl.after.strip(" ,") \
            and could_be_town(below.text.split(",")[0]) and country_from_name(below.text.split(",")[0]) is None:
        # "Example Road 48, CB3 9ZZ," / "Cambridge, UK": the street before the postcode, the town on the line under
        city, uk_city_apart = below.text.split(",")[0].strip(), False
        used.append(below.index)
        printed_country = next((iso for x in below.text.split(",")[1:] if (iso := country_from_name(x))), None)
    if uk_city_apart:
        # "Bristol" on the line above "BS1 0RX" (skipping scraps the OCR made of a logo or the QR code)
        back = 1
        while (prev := by_index.get(pl.piece - back)) is not None and back <= 4:
            if prev.index != street_piece and could_be_town(prev.text) and prev.confidence >= 0.6:
                city = prev.text.strip()
                used.append(prev.index)
                if not street:
                    for before in range(prev.index - 1, max(-1, prev.index - 5), -1):
                        cand = by_index.get(before)
                        if cand is not None and street_countries(street_ocr_fixed(cand.text))[0] >= 0.6:
                            street, street_piece = cand.text.strip(" ,;"), cand.index
                            break
                break
            street_part, _, last = prev.text.rpartition(",")
            if back == 1 and prev.index != street_piece and street_part.strip() and could_be_town(last) \
                    and street_countries(street_ocr_fixed(street_part))[0] >= 0.35:
                # "91 Example Rd, Sampleton" / "NG99 9ZZ": the street and, after its comma, the town
                city, street, street_piece = last.strip(), street or street_part.strip(" ,"), prev.index
                break
            if prev.confidence >= 0.6 and sum(ch.isalpha() for ch in prev.text) >= 4:
                break  # a line of its own that is no town (a job title, the company): the town is not printed
            back += 1
    if street_piece is not None:
        used.append(street_piece)
    street = street_ocr_fixed(street)
    street_score, street_langs = street_countries(street) if street else (0.0, set())

    if printed_country is None and country_lines:
        # The country line nearest to the postcode line.
        idx, printed_country = min(country_lines, key=lambda c: abs(c[0] - pl.piece))
        used.append(idx)
    elif printed_country is not None:
        for idx, iso in country_lines:
            if iso == printed_country and abs(idx - pl.piece) <= 2:
                used.append(idx)
                break
    if printed_country is not None:
        country, country_certainty = printed_country, 1.0
    else:
        near = [by_index.get(pl.piece - back) for back in (1, 2)]
        over = [street_ocr_fixed(p.text) for p in near if p is not None and p.index != street_piece]
        country, country_certainty = postcode_country(pl.countries, pl.postcode, city, region,
                                                      PostcodeContext(street_langs, over, pl.region), evidence)

    certainty = pl.strength * country_certainty * (0.9 + 0.1 * street_score if street else 0.85)
    pieces_used = tuple(sorted(set(used)))
    source = " / ".join(dict.fromkeys(by_index[i].segment.line_text for i in pieces_used if i in by_index))
    address = Address(street or None, pl.postcode, city or None, region, country)
    return AddressResult(address, max(0.0, min(1.0, certainty)), pieces_used, source)
