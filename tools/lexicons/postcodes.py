#!/usr/bin/env python3
"""Build cardscan/extract/lexicons/postcodes.tsv.gz: the postcodes of the European countries with the places each
serves, and places.tsv.gz: each place's name and its countries, from GeoNames' postal code files (CC BY 4.0) as
converted to CSV by the public repository zauberware/postal-codes-json-xml-csv (one zip a country under data/):

    # a git mirror of https://github.com/zauberware/postal-codes-json-xml-csv, at the commit named below
    python tools/lexicons/postcodes.py MIRROR_GIT_DIR

One line per postcode and place, sorted by postcode: the postcode's digits (the key a card's print is looked up
by: "1234 AB" -> "1234", "44-299" -> "44299", "100 00" -> "10000", "L-1234" -> "1234", "CEDEX" dropped; a
Portuguese "1234-567" by its first four), the country's ISO code and the place, tab-separated. Countries whose
postcodes are letters (Malta, Ireland's routing keys, Britain's outward codes) are left out: their own formats say
the country already. The extractor uses it to tell which country a postcode and town are in ("8340 Sampletown" is in
Belgium when GeoNames lists the place under 8340 there and under no other country's 8340), and to read a town
printed before its postcode ("Via Esempio 1 Sampleton 39099").

places.tsv.gz holds one line per place name, sorted: the name folded as the extractor folds a printed town
(cardscan.extract.postal.place_names: a bilingual town's names and a Czech city's name without its district apart
too, a town without a district's or post office's number after it, a Spanish place's article written first) and
the countries GeoNames lists a place of that name in. The extractor reads a town printed without its postcode by
it.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listfile import LEXICONS

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from cardscan.extract.postal import place_names

COMMIT = "a6e8df1"  # "update 2026-03-30"
COUNTRIES = ("DE", "AT", "CH", "LI", "LU", "BE", "NL", "FR", "MC", "IT", "SM", "VA", "ES", "AD", "PT", "SE", "DK",
             "NO", "FI", "IS", "PL", "CZ", "SK", "HU", "SI", "HR", "EE", "LV", "LT", "RO", "BG", "CY",
             "GP", "MQ", "GF", "RE", "YT", "PM")
OUT = LEXICONS / "postcodes.tsv.gz"
PLACES = LEXICONS / "places.tsv.gz"


def key_of(country: str, postcode: str) -> str:
    """The digits a postcode is looked up by (Portugal's first four: its last three name a street)."""
    digits = re.sub(r"\D", "", postcode.upper().replace("CEDEX", ""))
    return digits[:4] if country == "PT" else digits


def place_of(place: str) -> str:
    """GeoNames' place as a card prints it: a delivery note after a dash ("Sampleton - dostava") left out."""
    return re.sub(r"\s+-\s+dostava$", "", place.strip())


def rows_of(mirror: Path, country: str) -> set[tuple[str, str, str]]:
    blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:data/{country}.zip"],
                          check=True, capture_output=True).stdout
    archive = zipfile.ZipFile(io.BytesIO(blob))
    name = next(n for n in archive.namelist() if n.endswith(".csv"))
    out = set()
    for row in csv.DictReader(io.StringIO(archive.read(name).decode("utf-8"))):
        key = key_of(country, row["zipcode"])
        for place in row["place"].split(" / "):  # "Добра поляна / Dobra poljana": each name a row
            place = place_of(place)
            if len(key) >= 3 and place and "\t" not in place:
                out.add((key, country, place))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mirror", type=Path, help="git directory of zauberware/postal-codes-json-xml-csv")
    args = ap.parse_args()
    rows = sorted(set().union(*(rows_of(args.mirror, c) for c in COUNTRIES)))
    header = ("# source: GeoNames postal codes (download.geonames.org/export/zip), as converted by the repository "
              f"zauberware/postal-codes-json-xml-csv at commit {COMMIT} (data/XX.zip)\n"
              "# licence: Creative Commons Attribution 4.0 (GeoNames)\n"
              f"# made by: tools/lexicons/postcodes.py (countries: {' '.join(COUNTRIES)}; "
              "key: the postcode's digits)\n")
    write(OUT, header + "".join(f"{k}\t{c}\t{p}\n" for k, c, p in rows))
    print(f"wrote {OUT} ({len(rows)} rows, {OUT.stat().st_size} bytes)")
    named: dict[str, set[str]] = {}
    for _, country, place in rows:
        for name in place_names(place):
            if len(name) >= 3:
                named.setdefault(name, set()).add(country)
    header = header.replace("key: the postcode's digits", "key: the place's name, folded; then its countries")
    write(PLACES, header + "".join(f"{n}\t{' '.join(sorted(c))}\n" for n, c in sorted(named.items())))
    print(f"wrote {PLACES} ({len(named)} names, {PLACES.stat().st_size} bytes)")


def write(path: Path, body: str) -> None:
    tmp = path.with_suffix(".tmp")
    # mtime 0: the same data gives the same bytes
    with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(body.encode("utf-8"))
    tmp.replace(path)


if __name__ == "__main__":
    main()
