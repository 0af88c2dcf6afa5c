"""`cardscan journal`: the timeline of the library, day by day: whom you met (event, date), notes, follow-ups
due and done, calls, introductions. Markdown (to keep or paste) or JSON."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cardscan.commands.dates import parse_day

if TYPE_CHECKING:
    pass


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="DATE", help="from this day on: YYYY-MM-DD, today, yesterday, 7d, 2w, 3m")
    p.add_argument("--format", choices=("md", "json"), default="md",
                   help="md: Markdown, a heading per day (default); json: one object per day")


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.journal import entries, json_lines, markdown
    from cardscan.store import Library

    since = parse_day(args.since, "--since") if args.since else None
    with Library.open(args.library, create=False) as library:
        items = entries(library, since=since)
    if args.format == "json":
        sys.stdout.write(json_lines(items))
    else:
        title = f"Journal since {since.isoformat()}" if since else "Journal"
        sys.stdout.write(markdown(items, title))
    return 0
