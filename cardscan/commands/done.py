"""`cardscan done ID...`: mark follow-ups done (drafts, the calendar export and the journal's due list then
skip them); `--undo` marks them not done."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from cardscan.commands.dates import parse_day
from cardscan.errors import UsageError

if TYPE_CHECKING:
    pass


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", type=int, nargs="+", metavar="ID", help="the cards (see cardscan list)")
    p.add_argument("--undo", action="store_true", help="mark the follow-ups not done")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day it was done (default: today)")


def run(args: argparse.Namespace) -> int:
    from cardscan.store import Library
    from cardscan.store.followthrough import mark_done

    if args.undo and args.date:
        raise UsageError("--date and --undo do not go together")
    day = None if args.undo else parse_day(args.date, "--date") if args.date else date.today()
    with Library.open(args.library, create=False) as library, library.batch():
        changed = [i for i in args.ids if mark_done(library, i, day)]
    what = "not done" if day is None else f"done on {day.isoformat()}"
    same = [i for i in args.ids if i not in changed]
    text = f"follow-up {what}: card{'' if len(args.ids) == 1 else 's'} {', '.join(map(str, args.ids))}"
    if same:
        text += f" (already so: {', '.join(map(str, same))})"
    sys.stderr.write(f"cardscan: {text}\n")
    return 0
