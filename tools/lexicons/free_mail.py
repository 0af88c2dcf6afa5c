#!/usr/bin/env python3
"""Rebuild cardscan/extract/lexicons/free_mail_domains.txt: the domains of free and public e-mail services.

The source is the list of the `free-email-domains` package by Kiko Beats and contributors (MIT licence), read from a
checkout of its repository (nothing is installed):

    git clone https://github.com/Kikobeats/free-email-domains /tmp/free-email-domains
    git -C /tmp/free-email-domains checkout 55f8fd91d1d176e2983150c3978fdd7ed7c9ccb8
    python tools/lexicons/free_mail.py /tmp/free-email-domains

A card's e-mail at such a service (a small business's Gmail address, a consultant's Yahoo one) says nothing about
the company printed on the card: its domain neither confirms nor contradicts it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from listfile import LEXICONS, write_list

OUT = LEXICONS / "free_mail_domains.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkout", type=Path, help="a checkout of github.com/Kikobeats/free-email-domains")
    args = ap.parse_args()
    domains = sorted({d.strip().lower() for d in json.loads((args.checkout / "domains.json").read_text()) if d.strip()})
    commit = subprocess.run(["git", "-C", str(args.checkout), "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=False).stdout.strip() or "unknown"
    write_list(OUT, source=f"domains.json of github.com/Kikobeats/free-email-domains (commit {commit}), the list of"
               " the npm package free-email-domains by Kiko Beats and contributors",
               licence="MIT (Copyright (c) 2017 Kiko Beats)",
               made_by=f"tools/lexicons/free_mail.py (every domain, lower case, sorted: {len(domains)} domains)",
               entries=domains)


if __name__ == "__main__":
    main()
