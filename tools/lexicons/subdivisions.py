#!/usr/bin/env python3
"""Build cardscan/extract/lexicons/subdivisions.txt: the names of the regions, provinces, counties and states of the
product's European countries, from ISO 3166-2 as shipped in the PyPI package pycountry (its databases/iso3166-2.json,
read from the wheel; nothing is imported or installed):

    mkdir -p /tmp/lex && pip download --no-deps pycountry==24.6.1 -d /tmp/lex
    python tools/lexicons/subdivisions.py /tmp/lex

One line per name, the country's ISO code and the name separated by a tab ("ES<TAB>Bizkaia"). A name given in two
languages ("A / B") gives both; a name ISO prints inverted ("Valenciana, Comunidad") is given as printed on a card
too ("Comunidad Valenciana"); ISO's marks ("Alacant*") and the "City of" of British unitary authorities ("Bristol,
City of") are left out, and so are names shorter than four letters. The extractor uses them as evidence of a card's
country (a province after the town: "48999 Sampletown Bizkaia") and to tell a line that only names a region
("Nouvelle Aquitaine") from a firm's or a person's name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listfile import LEXICONS, write_list

COUNTRIES = ("DE", "AT", "CH", "LI", "NL", "BE", "LU", "FR", "MC", "IT", "ES", "PT", "SE", "NO", "DK", "FI", "IS",
             "GB", "IE", "PL", "CZ", "SK", "SI", "HR", "HU", "GR", "RO")
MIN_LETTERS = 4


def names_of(entry: dict[str, str]) -> list[str]:
    out = []
    for name in entry["name"].split(" / "):
        name = re.sub(r",\s*City of$", "", name.replace("*", "")).strip()
        if sum(ch.isalpha() for ch in name) < MIN_LETTERS:
            continue
        out.append(name)
        head, comma, tail = name.partition(", ")
        if comma and tail:
            out.append(f"{tail} {head}")  # "Madrid, Comunidad de" -> "Comunidad de Madrid"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wheels", type=Path, help="folder with the downloaded pycountry wheel")
    args = ap.parse_args()
    wheels = sorted(args.wheels.glob("pycountry-*.whl"))
    if not wheels:
        sys.exit(f"no pycountry wheel in {args.wheels} (pip download --no-deps pycountry==24.6.1)")
    data = json.loads(zipfile.ZipFile(wheels[-1]).read("pycountry/databases/iso3166-2.json"))
    rows = sorted({(entry["code"][:2], name) for entry in data["3166-2"] if entry["code"][:2] in COUNTRIES
                   for name in names_of(entry)})
    write_list(LEXICONS / "subdivisions.txt",
               source=f"ISO 3166-2 subdivision names, as shipped in the PyPI package {wheels[-1].name.split('-py')[0]}"
               " (databases/iso3166-2.json, from Debian's iso-codes)",
               licence="LGPL-2.1 (pycountry and iso-codes)",
               made_by=f"tools/lexicons/subdivisions.py (countries: {' '.join(COUNTRIES)})",
               entries=[f"{iso}\t{name}" for iso, name in rows])


if __name__ == "__main__":
    main()
