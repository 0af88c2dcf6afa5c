"""Countries, their names in the card languages, web domains, and the bigger cities.

Used to read a printed country line and to infer a card's country (and so the
phone region) when none is printed.
"""

from __future__ import annotations

import re

from cardscan.extract.lexicons import entries, keyed, sections, words
from cardscan.text import fold, one_edit


def _country_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for iso, name in keyed("countries.txt") + keyed("country_aliases.txt"):
        names.setdefault(iso, []).append(name)
    return {iso: tuple(v) for iso, v in names.items()}


COUNTRY_NAMES = _country_names()
COUNTRY_BY_NAME: dict[str, str] = {}
for _iso, _names in COUNTRY_NAMES.items():
    for _name in _names:
        COUNTRY_BY_NAME.setdefault(fold(_name).replace(".", "").replace("’", "'").strip(), _iso)

# Country-code top-level domains that name a country (".com", ".eu", ".org" say nothing).
TLD_COUNTRY: dict[str, str] = {}
for _line in sections("domains.txt")["country"]:
    _tld, _iso = _line.split()
    TLD_COUNTRY[_tld] = _iso


def _cities() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for iso, name in keyed("cities.txt"):
        out.setdefault(iso, []).append(name)
    return {iso: tuple(v) for iso, v in out.items()}


# The bigger cities of each country (GeoNames), the largest first.
CITIES: dict[str, tuple[str, ...]] = _cities()

CITY_COUNTRY: dict[str, str] = {}
for _iso, _cities_of in CITIES.items():
    for _city in _cities_of:
        CITY_COUNTRY.setdefault(fold(_city), _iso)

_US_STATES_TEXT = """
AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
RI SC SD TN TX UT VT VA WA WV WI WY
AS GU MP PR VI
"""  # the states, the District of Columbia and (last line) the territories, as USPS Publication 28 abbreviates them
US_STATES = frozenset(
    _US_STATES_TEXT.split()
)
# Australia's states and territories, as printed before the postcode ("Sampleton QLD 4000")
AU_STATES = ("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT")
CA_PROVINCES = frozenset(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"])
_BR_STATES_TEXT = """
AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO
"""
BR_STATES = frozenset(_BR_STATES_TEXT.split())
# country -> the name of each state spelled out ("Virginia", "New South Wales") -> its abbreviation ("VA", "NSW")
STATE_NAMES: dict[str, dict[str, str]] = {
    country: {fold(name): code for code, _, name in (line.partition("\t") for line in lines)}
    for country, lines in sections("state_names.txt").items()
}

_STATE_FORM_RE = re.compile(r"^(?:the )?(?:(?:federal|islamic|democratic|people's|united) )?"
                            r"(?:kingdom|republic|sultanate|state|principality|emirate|commonwealth) of (?:the )?")
_COUNTRY_STRIP_RE = re.compile(r"[\s.,;:·|-]+$")


def country_from_name(text: str) -> str | None:
    """The ISO code of a printed country name ("Nederland" -> "NL"), or None."""
    key = _COUNTRY_STRIP_RE.sub("", fold(text).strip()).replace(".", "").replace("’", "'").strip()
    key = re.sub(r"\s+", " ", key)
    found = COUNTRY_BY_NAME.get(key)
    if found is None:
        # "Sultanate of Oman", "Kingdom of Saudi Arabia", "Republic of Korea"
        plain = _STATE_FORM_RE.sub("", key)
        found = COUNTRY_BY_NAME.get(plain) if plain != key else None
    return found


def country_from_domain(host: str) -> str | None:
    """The country a host's top-level domain names ("voorbeeld.nl" -> "NL", "x.co.uk" -> "GB")."""
    host = host.lower().rstrip(".")
    tld = host.rsplit(".", 1)[-1]
    return TLD_COUNTRY.get(tld)


# A Danish town's postal district after its name ("Aalborg Ø", "Esbjerg V", "Vejle SØ"): the town is the name before
_POSTAL_DISTRICT = re.compile(r"\s+(?:[NS][VØO]|[CKNSVØO])\.?$")


def country_from_city(city: str) -> str | None:
    key = fold(city).strip()
    found = CITY_COUNTRY.get(key)
    if found is None and (district := _POSTAL_DISTRICT.search(city.strip())):
        found = CITY_COUNTRY.get(fold(city.strip()[: district.start()]))
        return found if found == "DK" else None
    return found


# A town name shorter than this is not put right for one letter: too many towns are one letter apart
_SPELLED_MIN = 6
# The letters beyond ASCII each country writes its towns with: of a town's spellings (alternate names in other
# languages among them: "Munchen", "München"), the one in the country's own letters is taken
_OWN_LETTERS = {"DK": "æøå", "NO": "æøå", "SE": "åäö", "FI": "äöå", "DE": "äöüß", "AT": "äöüß", "CH": "äöüéèà",
                "FR": "éèêëàâçîïôûœ", "BE": "éèêëàçîïôû", "LU": "éèëäöü", "IT": "àèéìòù", "ES": "áéíóúñü",
                "PT": "áâãàçéêíóôõú", "NL": "ëïé"}


def city_spelling(city: str, country: str | None) -> str | None:
    """The spelling of a known town of `country` that the printed one misses by one letter changed, the OCR's slip
    ("Aalbory Ø" -> "Aalborg Ø", the postal district kept), where exactly one town of that country is that
    close; else None."""
    if not country or country_from_city(city) is not None:
        return None
    text = city.strip()
    district = _POSTAL_DISTRICT.search(text) if country == "DK" else None
    name, tail = (text[: district.start()], text[district.start():]) if district else (text, "")
    key = fold(name)
    if len(key) < _SPELLED_MIN:
        return None
    close: dict[str, list[str]] = {}  # folded -> its spellings
    for known in CITIES.get(country, ()):
        folded = fold(known)
        if len(folded) == len(key) and one_edit(key, folded) is not None:
            close.setdefault(folded, []).append(known)
    if len(close) != 1:
        return None
    spellings = next(iter(close.values()))
    own = _OWN_LETTERS.get(country, "")
    native = [k for k in spellings if all(ch.isascii() or ch.lower() in own for ch in k)]
    return f"{max(native or spellings, key=lambda k: sum(not ch.isascii() for ch in k))}{tail}"

# Top-level domains accepted for a printed web address or a repaired e-mail. A closed list, so that
# abbreviations ("e.V.", "S.p.A.", "M.Sc.", "Co.KG") are never read as addresses.
KNOWN_TLDS = frozenset(w for line in sections("domains.txt")["tlds"] for w in line.split())
# Every top-level domain of the DNS root zone (IANA): accepted after "www.", where nothing but an address is meant
ROOT_ZONE_TLDS = frozenset(words("iana_tlds.txt"))
# Endings the OCR makes of ".com" ("m" read as "n", "rn" or "1n", "o" as "0" or "c"), none of them a top-level domain
# of the root zone: e-mail and web addresses so ending end in ".com"
COM_MISREADS = frozenset(("con", "corn", "c0m", "co1n", "ccm")) - ROOT_ZONE_TLDS
# Every country's top-level domain (".jp", ".tr", ".vn"): accepted where the address is unmistakably one
# ("www.", a scheme, a web label, or a second-level label such as "co.jp", "com.tr").
COUNTRY_TLDS = frozenset(code.lower() for code in entries("country_codes.txt")) | {"uk"}
SECOND_LEVEL_LABELS = frozenset(["co", "com", "ac", "ad", "ne", "or", "go", "net", "org", "gov", "edu", "ltd", "plc",
                                 "gv", "nom", "gob", "gouv"])


REGION_NAMES = frozenset(fold(n) for n in entries("regions.txt") + entries("region_aliases.txt"))
_REGION_SPLIT_RE = re.compile(r"\s*(?:[,&/|;+·]|\s-\s|\b(?:and|und|et|e|y|en|och)\b)\s*", re.IGNORECASE)


def _place_key(text: str) -> str:
    """A place's name as compared: folded, its hyphens and apostrophes spaces ("Nouvelle-Aquitaine" and the OCR's
    "Nouvelle Aquitaine" alike)."""
    return " ".join(re.sub(r"[-'’]", " ", fold(text)).split())


def _subdivisions() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for iso, name in keyed("subdivisions.txt"):
        out.setdefault(_place_key(name), set()).add(iso)
    return out


# The regions, provinces, counties and states of the European countries (ISO 3166-2): name -> the countries that
# have one so named ("Limburg": NL and BE)
SUBDIVISIONS: dict[str, set[str]] = _subdivisions()


def country_from_subdivision(text: str) -> str | None:
    """The country of a region or province named so in one country only ("Bizkaia" -> ES), or None."""
    found = SUBDIVISIONS.get(_place_key(text), set())
    return next(iter(found)) if len(found) == 1 else None


def is_region_line(text: str) -> bool:
    """True if the line only names regions or countries of the world ("Europe, Asia, Middle East", "Southeast Asia",
    "DACH & Benelux"), a country's regions or provinces ("Nouvelle Aquitaine", "Bizkaia"), or a city and its
    country ("Sampleville, Côte d'Ivoire"): a sales territory or a place, never a person or a company."""
    if _place_key(text.strip(" .:")) in SUBDIVISIONS:
        return True
    parts = [p.strip(" .:") for p in _REGION_SPLIT_RE.split(text) if p and p.strip(" .:")]
    if not parts:
        return False
    if all(fold(p) in REGION_NAMES or country_from_name(p) or _place_key(p) in SUBDIVISIONS for p in parts):
        return True
    return len(parts) >= 2 and country_from_name(parts[-1]) is not None \
        and all(country_from_city(p) or _place_key(p) in SUBDIVISIONS for p in parts[:-1])
