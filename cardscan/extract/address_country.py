"""Which country a postcode line is in, when no country is printed: the postcode format's countries weighed with the
card's evidence (phone codes, web domains), the street words around it, and the gazetteer's word on the town
(used by address.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardscan.extract.geo import US_STATES
from cardscan.extract.hits import Votes
from cardscan.extract.postal import town_countries
from cardscan.extract.streets import street_countries

# Votes a country needs to be a postcode's country though the format is not on the list (one "+CC" number: 3)
STRONG_EVIDENCE = 3.0
_ORDER = ("DE", "FR", "IT", "ES", "NL", "AT", "CH", "BE", "SE", "PT", "GB", "US", "BR", "LU", "DK", "NO", "FI", "IE")
# France's overseas departments and collectivities: postcodes of France's format (971xx to 988xx), French web domains
# and French numbers on their cards, yet countries of their own to ISO, GeoNames and the phone plan (+590, +596, +262)
FRENCH_OVERSEAS = frozenset(["GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"])


@dataclass(frozen=True)
class PostcodeContext:
    street_langs: set[str]  # the countries the street's words belong to
    above: list[str]  # the one or two lines above the postcode line that are not its street
    state: str | None  # a state printed after the postcode ("…, PA 17999")


def postcode_country(candidates: tuple[str, ...], postcode: str, city: str, region: str | None,
                     context: PostcodeContext, evidence: Votes) -> tuple[str, float]:
    """The country of a postcode line and how sure that is. `candidates` are its format's countries, most likely
    first; a country GeoNames lists the town under for that postcode joins them, for no format list names every
    country that prints four or five digits (Hungary, Slovenia, the French overseas departments)."""
    extra: Votes = dict.fromkeys(context.street_langs, 2.0)
    # the street words of the lines just above ("Via Esempio 9" over "Casella Postale 99" over "6999 Sampleno")
    for text in context.above:
        score, langs = street_countries(text)
        for iso in langs if score >= 0.6 else ():
            extra[iso] = extra.get(iso, 0.0) + 1.0
    listed = town_countries(city, postcode)
    for iso in listed:
        extra[iso] = extra.get(iso, 0.0) + 4.0
    if context.state and context.state in US_STATES:
        extra["US"] = extra.get("US", 0.0) + 3.0
    if region and candidates[0] != "US" and re.fullmatch(r"[A-Z]{2}", region):
        extra["IT"] = extra.get("IT", 0.0) + 2.0
    joined = candidates + tuple(iso for iso in listed if iso not in candidates and len(listed) == 1)
    return _vote(joined, evidence, extra)


def _vote(candidates: tuple[str, ...], evidence: Votes, extra: Votes) -> tuple[str, float]:
    """The most likely country among `candidates`, with how sure that is.

    A postcode of four or five digits is written so in many more countries than the product's: a country the
    card's other evidence names outright (a "+60" number, a ".my" domain) joins the candidates.
    """
    if len(candidates) == 1:
        return candidates[0], 0.95
    candidates = candidates + tuple(c for c, v in evidence.items() if v >= STRONG_EVIDENCE and c not in candidates)
    # what speaks for France speaks for its overseas departments too (a ".fr" domain, a "+33" mobile)
    total = {c: evidence.get(c, 0.0) + extra.get(c, 0.0) + (evidence.get("FR", 0.0) if c in FRENCH_OVERSEAS else 0.0)
             for c in candidates}
    # a tie goes to the format's own order of countries ("1234 Town": Austria before the Netherlands, whose
    # postcodes print two letters), then to the product's
    scored = sorted(candidates, key=lambda c: (-total[c], candidates.index(c), _ORDER.index(c) if c in _ORDER else 99))
    best = scored[0]
    if total[best] <= 0:
        return best, 0.5
    runner = total[scored[1]] if len(scored) > 1 else 0.0
    return best, 0.95 if total[best] >= runner + 2 else 0.75
