"""What a street line looks like in the card languages, and where the street is printed over a postcode line (with
the OCR's slips in house numbers undone)."""

from __future__ import annotations

import re

from cardscan.extract.company import legal_form, legal_form_free
from cardscan.extract.hits import Piece
from cardscan.extract.line_kinds import ADDRESS_LABEL_WORDS
from cardscan.text import fold

# Street-type words and suffixes, with the countries whose language uses them.
_SUFFIXES: dict[str, tuple[str, ...]] = {
    # German: "Hauptstraße", "Musterstr.", "Lindenweg", "Schillerplatz"
    "strasse": ("DE", "AT", "CH"), "str": ("DE", "AT", "CH"), "weg": ("DE", "AT", "CH", "NL"),
    "gasse": ("AT", "CH", "DE"), "platz": ("DE", "AT", "CH"), "allee": ("DE", "AT"),
    "damm": ("DE",), "ufer": ("DE",), "chaussee": ("DE",), "steig": ("DE",), "pfad": ("DE",),
    "graben": ("DE", "AT"), "kai": ("DE", "AT"), "zeile": ("AT",),
    # Dutch / Flemish: "Keizersgracht", "Damstraat", "Stationsplein"
    # (Flemish uses the Dutch words: Belgium too, though a few are commoner in the Netherlands)
    "gracht": ("NL", "BE"), "straat": ("NL", "BE"), "laan": ("NL", "BE"), "plein": ("NL", "BE"), "kade": ("NL", "BE"),
    "singel": ("NL", "BE"), "dijk": ("NL", "BE"), "steeg": ("NL", "BE"), "dreef": ("NL", "BE"),
    "plantsoen": ("NL", "BE"), "baan": ("NL", "BE"), "steenweg": ("BE",), "kaai": ("BE",),
    # Swedish: "Drottninggatan", "Sveavägen", "Stortorget"
    "gatan": ("SE",), "gata": ("SE", "NO"), "vagen": ("SE",), "vag": ("SE",), "torget": ("SE",), "torg": ("SE",),
    "grand": ("SE",), "backen": ("SE",), "alle": ("SE", "DK"), "stigen": ("SE",),
    # Danish: "Vesterbrogade", "Østerbrovej", "Kongens Nytorv"; Norwegian: "Kirkegata",
    # "Eksempelveien", "Sandvegen" (Swedish prints "-gatan", Norwegian "-gata")
    "gade": ("DK",), "vej": ("DK",), "torv": ("DK",), "plads": ("DK",), "straede": ("DK",), "vaenget": ("DK",),
    "veien": ("NO",), "vegen": ("NO",), "vei": ("NO",), "veg": ("NO",), "plass": ("NO",),
}
_PREFIXES: dict[str, tuple[str, ...]] = {
    # French
    "rue": ("FR", "BE", "CH", "LU"), "avenue": ("FR", "BE", "CH", "LU", "GB", "US"), "av": ("FR", "BE", "ES", "PT"),
    "ave": ("FR", "US"), "boulevard": ("FR", "BE", "CH", "LU"), "bd": ("FR", "RO"), "bld": ("FR",),
    "blvd": ("US", "FR"),
    "place": ("FR", "BE", "CH"), "pl": ("FR", "DE", "PL"), "chemin": ("FR", "CH"), "ch": ("CH",), "quai": ("FR", "CH"),
    "allee": ("FR", "DE"), "impasse": ("FR",), "cours": ("FR",), "route": ("FR", "CH"), "rte": ("FR", "CH"),
    "square": ("FR", "GB"), "passage": ("FR",), "faubourg": ("FR",), "fg": ("FR",), "parvis": ("FR",),
    "esplanade": ("FR",), "voie": ("FR",), "sentier": ("FR",),
    # Italian
    "via": ("IT", "CH"), "viale": ("IT",), "piazza": ("IT",), "p.za": ("IT",), "pza": ("IT",), "piazzale": ("IT",),
    "corso": ("IT",), "c.so": ("IT",), "largo": ("IT", "PT"), "vicolo": ("IT",), "strada": ("IT", "RO"),
    "lungomare": ("IT",), "lungarno": ("IT",), "borgo": ("IT",), "contrada": ("IT",), "salita": ("IT",),
    # Spanish
    "calle": ("ES",), "c": ("ES",), "c/": ("ES",), "avenida": ("ES", "PT"), "avda": ("ES",), "plaza": ("ES",),
    "pza.": ("ES",), "paseo": ("ES",), "pº": ("ES",), "ronda": ("ES",), "camino": ("ES",), "carrer": ("ES",),
    "carretera": ("ES",), "ctra": ("ES",), "glorieta": ("ES",), "travesia": ("ES",), "rambla": ("ES",),
    "passeig": ("ES",), "calle de": ("ES",),
    # industrial and business estates: "Pol. Ind. Example, 9", "Polígono Sample", "Zona Industrial", "Z.I. Example"
    "poligono": ("ES",), "pol ind": ("ES",), "parque empresarial": ("ES",), "zona industrial": ("ES", "PT"),
    "zona industriale": ("IT",), "zone industrielle": ("FR", "BE"), "zone artisanale": ("FR",), "z.i.": ("FR", "IT"),
    "zi": ("FR",), "zac": ("FR",), "gewerbegebiet": ("DE", "AT"), "industriegebiet": ("DE", "AT"),
    "industrieterrein": ("NL",), "bedrijventerrein": ("NL",),
    # Portuguese
    "rua": ("PT", "BR"), "r": ("PT",), "travessa": ("PT",), "praca": ("PT",), "estrada": ("PT",),
    "alameda": ("PT", "ES"),
    "avenida_pt": ("PT",), "calcada": ("PT",), "beco": ("PT",), "rotunda": ("PT",),
    # Dutch / Swedish / German prefixes
    "am": ("DE", "AT"), "an der": ("DE",), "auf der": ("DE",), "im": ("DE",), "in der": ("DE",), "zum": ("DE",),
    "zur": ("DE",), "unter den": ("DE",), "hinter der": ("DE",), "postfach": ("DE", "AT", "CH"), "postbus": ("NL",),
    "box": ("SE",), "boks": ("NO",), "po box": ("GB", "US"), "p.o. box": ("GB", "US"), "bp": ("FR",),
    "apartado": ("ES", "PT"), "casella postale": ("IT",), "cp": ("IT", "CH"),
    # Romanian: "Str. Exemplu nr. 9", "Calea Victoriei 9", "Bd. Unirii 9", "Șos. Exemplu 9"
    "str": ("RO",), "calea": ("RO",), "bulevardul": ("RO",), "bdul": ("RO",), "b-dul": ("RO",), "aleea": ("RO",),
    "piata": ("RO",), "splaiul": ("RO",), "soseaua": ("RO",), "sos": ("RO",), "intrarea": ("RO",),
    # Polish: "ul. Przykładowa 9", "al. Jerozolimskie 9", "pl. Przykładowy 9", "os. Przykładowe 9"
    "ul": ("PL",), "aleja": ("PL",), "al": ("PL",), "plac": ("PL",), "os": ("PL",),
    # Czech, Slovak, Croatian, Slovenian, Serbian: "nám. Míru 9", "Námestie SNP 9", "Trg bana Jelačića 9"
    "nam": ("CZ", "SK"), "namesti": ("CZ",), "namestie": ("SK",), "trg": ("HR", "SI", "RS", "BA"),
    "bulevar": ("RS", "BA"), "ulica": ("HR", "SI", "RS", "BA", "PL", "SK"),
}
# Street-type words written as a word of their own after the street's name: "Példa utca 9" (Hungarian),
# "Dunajska cesta 9" (Slovenian), "Primjerna ulica 9" (Croatian), "Vinohradská třída 9" (Czech)
_TYPES_AFTER: dict[str, tuple[str, ...]] = {
    "utca": ("HU",), "u": ("HU",), "ut": ("HU",), "ter": ("HU",), "korut": ("HU",), "koz": ("HU",), "sor": ("HU",),
    "cesta": ("SI", "HR"), "ulica": ("HR", "SI", "PL", "SK"), "ulice": ("CZ",), "trida": ("CZ",), "trg": ("HR", "SI"),
}
# English street types come after the name: "10 Downing Street", "221B Baker St"
_ENGLISH_TYPES = {
    "street": ("GB", "US", "IE"), "st": ("GB", "US"), "road": ("GB", "US", "IE"), "rd": ("GB", "US"),
    "lane": ("GB", "US"), "ln": ("US",), "avenue": ("GB", "US"), "ave": ("US",), "way": ("GB", "US"),
    "drive": ("GB", "US"), "dr": ("US",), "place": ("GB", "US"), "court": ("GB", "US"), "ct": ("US",),
    "crescent": ("GB",), "close": ("GB",), "terrace": ("GB",), "gardens": ("GB",), "row": ("GB",),
    "square": ("GB", "US"), "parkway": ("US",), "boulevard": ("US",), "blvd": ("US",), "highway": ("US",),
    "hill": ("GB", "US"), "mews": ("GB",), "walk": ("GB",), "yard": ("GB",), "grove": ("GB",), "quay": ("GB",),
    "wharf": ("GB",), "embankment": ("GB",), "circus": ("GB",), "plaza": ("US",), "suite": ("US",),
}

_NUMBER_LAST = re.compile(
    r"^(?!\d)[\w.'’\- ]+?\s\d{1,5}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,5}[a-zA-Z]?)?(?:\s?(?:bis|ter))?$"
)
_NUMBER_FIRST = re.compile(r"^\d{1,5}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,5})?,?\s+(?:bis\s+|ter\s+)?[^\d\s][\w.'’\- ]*$")
_SPANISH_NUMBER = re.compile(r"^[^\d]+,\s*(?:n\.?º\s*)?\d{1,5}[a-zA-Z]?(?:[,\s].*)?$")
_WORD = re.compile(r"[\w'’.]+|c/")


def street_countries(text: str) -> tuple[float, set[str]]:
    """(how much `text` looks like a street line 0..1, the countries whose street words it uses)."""
    folded = fold(text).strip()
    if not folded or "@" in folded or len(folded) > 80:
        return 0.0, set()
    words = _WORD.findall(folded)
    countries: set[str] = set()
    keyword = False
    for i, word in enumerate(words):
        bare = word.rstrip(".")
        if i == 0 or (i == 1 and words[0].rstrip(".").isdigit()):
            for key in (bare, " ".join(x.rstrip(".") for x in words[i:i + 2]), word):
                if key in _PREFIXES:
                    countries.update(_PREFIXES[key])
                    keyword = True
        if bare in _ENGLISH_TYPES and i > 0:
            countries.update(_ENGLISH_TYPES[bare])
            keyword = True
        if bare in _TYPES_AFTER and i > 0:
            countries.update(_TYPES_AFTER[bare])
            keyword = True
        for suffix, where in _SUFFIXES.items():
            if (bare.endswith(suffix) and len(bare) > len(suffix) + 2) or (bare == suffix and i > 0):
                countries.update(where)
                keyword = True
    has_digit = any(ch.isdigit() for ch in folded)
    shaped = bool(_NUMBER_LAST.match(folded) or _NUMBER_FIRST.match(folded) or _SPANISH_NUMBER.match(folded))
    digits = sum(ch.isdigit() for ch in folded)
    if digits > 8:
        return 0.0, countries
    if keyword and len(words) < 2:
        return 0.0, countries  # "Ch", "Rue" alone: not a street line
    if keyword and shaped:
        return 1.0, countries
    if keyword and has_digit:
        return 0.8, countries
    if shaped:
        return 0.6, countries
    if keyword:
        return 0.35, countries
    return 0.0, countries


def street_type_end(words: list[str]) -> int | None:
    """The index just after the last English street-type word among `words` ("S Example St Arlington" -> 3), if a
    word precedes it."""
    found = None
    for i, word in enumerate(words):
        if i > 0 and fold(word).rstrip(".,") in _ENGLISH_TYPES:
            found = i + 1
    return found


def street_ocr_fixed(street: str) -> str:
    """The street with the OCR's confusions of digits and letters in numbers undone ("4O Market Street": a zero read
    as O; "Corso Vittorio Emanuele Il 48": a Roman II read with an l)."""
    street = re.sub(r"\b(\d+)[Oo](\d*)\b", r"\g<1>0\2", street)
    street = re.sub(r"\b(?:Il|lI|ll)(?=\s+\d)", "II", street)
    street = re.sub(r"\b(?:Ill|IIl|lII|lll)(?=\s+\d)", "III", street)
    # A lone sign before the street that is no digit and no letter of the card languages (a pin icon read as "©",
    # "Ọ", "•"); a lone digit or Latin letter may be a house number or a word, and stays.
    m = re.match(r"^(\S)\s+(?=\S)", street)
    if m and not m.group(1).isdigit() and not re.fullmatch(r"[A-Za-zÀ-ÿ]", m.group(1)):
        return street[m.end():]
    return street


def street_above(pieces: list[Piece], pc: Piece) -> Piece | None:
    """The street line printed just above the postcode line, in the same column (reading order may differ)."""
    seg = pc.segment
    h = max(float(seg.height), 1.0)
    best: tuple[float, Piece] | None = None
    for p in pieces:
        if p.index == pc.index or p.segment.line_index == seg.line_index:
            continue
        s = p.segment
        dy = seg.top - s.bottom
        if dy < -0.3 * h or dy > 2.5 * h:
            continue
        overlap = min(s.right, seg.right) - max(s.left, seg.left)
        aligned = abs(s.left - seg.left) < 2 * h or abs(s.right - seg.right) < 2 * h
        if overlap <= 0 and not aligned:
            continue
        score, _ = street_countries(street_ocr_fixed(p.text))
        if score < 0.6:
            continue
        if best is None or dy < best[0]:
            best = (dy, p)
    return best[1] if best else None


def street_off_city(before: str, city: str) -> tuple[str, str]:
    """ "1234 S Example St Arlington, VA 22207": the city starts after the street's type word."""
    words = city.split()
    cut = street_type_end(words)
    if cut is None or cut >= len(words):
        return before, city
    return f"{before} {' '.join(words[:cut])}".strip(), " ".join(words[cut:])


# "Example S.A. - Rue du Lac 36": the firm's name, a spaced dash, then the street, on one line
_FIRM_DASH = re.compile(r"^(?P<firm>[^-–|]+?)\s+[-–]\s+(?P<street>\S.*)$")


def firm_before_street(street: str | None, pieces: list[Piece], used: tuple[int, ...]) -> tuple[int, str, str] | None:
    """(the line, the firm, the street) where the address's street begins with a firm's name ending in its legal form
    and a spaced dash ("Example S.A. - Rue du Lac 36"); None for any other street."""
    m = _FIRM_DASH.match((street or "").strip())
    if m is None:
        return None
    firm = m.group("firm").strip()
    form = legal_form(firm)
    if form is None or not firm.rstrip(" .,").endswith(form.rstrip(" .,")) or not legal_form_free(firm).strip(" &,"):
        return None
    at = next((p.index for p in pieces if p.index in used and firm in p.text), None)
    return None if at is None else (at, firm, m.group("street").strip())


# A label that opens the street ("Off.: 9 Example Road", "Regd. Office: …", "Address: …", "A: …"), its colon
# after it; a post-office box or a plot number ("P.O. Box: 99", "Plot No: 9") is part of the address and stays
_LABEL_WORD = (r"(?:" + ADDRESS_LABEL_WORDS + r"|a|off|office|regd|registered|head|branch|corporate|works|factory|sede|"
               r"sitz|b[uü]ro)\.?")
_STREET_LABEL = re.compile(r"(?i)^\s*" + _LABEL_WORD + r"(?:\s*(?:&|and|\s)\s*" + _LABEL_WORD
                           + r"){0,2}\s*[:;]\s*(?=\w)")


def street_unlabelled(street: str) -> str:
    """The street without the label that opens it ("Regd. Office: 9 Example Road" -> "9 Example Road")."""
    label = _STREET_LABEL.match(street)
    return street[label.end():] if label else street
