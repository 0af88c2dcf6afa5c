#!/usr/bin/env python3
"""Rebuild cardscan/extract/lexicons/iana_tlds.txt: every top-level domain of the DNS root zone.

The source is IANA's list of top-level domains, `tlds-alpha-by-domain.txt`, published at
https://data.iana.org/TLD/tlds-alpha-by-domain.txt (one domain a line, upper case, a version line first). Give the
script a copy of that file (nothing is fetched):

    python tools/lexicons/iana_tlds.py tlds-alpha-by-domain.txt

cardscan reads the list where a web address is printed unmistakably as one ("www." before it): then a new
top-level domain (".vision", ".immobilien", ".coach") ends the address as well as ".com" does. Hosts printed without
"www." still need the short hand-made list in domains.txt, because many of these domains are also words or
abbreviations ("Dipl.Ing", "Str.Nr").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from listfile import LEXICONS, write_list

OUT = LEXICONS / "iana_tlds.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path, help="a copy of IANA's tlds-alpha-by-domain.txt")
    args = ap.parse_args()
    lines = args.source.read_text(encoding="ascii").splitlines()
    version = lines[0].lstrip("# ").strip() if lines and lines[0].startswith("#") else "unknown version"
    tlds = sorted({line.strip().lower() for line in lines if line.strip() and not line.startswith("#")})
    write_list(OUT, source=f"IANA, list of top-level domains of the DNS root zone,"
               f" https://data.iana.org/TLD/tlds-alpha-by-domain.txt ({version})",
               licence="public data of the IANA root zone database, published for free use",
               made_by=f"tools/lexicons/iana_tlds.py (every domain, lower case, sorted: {len(tlds)} domains)",
               entries=tlds)


if __name__ == "__main__":
    main()
