"""`cardscan called ID [--note TEXT]`: log a call; the note joins the contact's history and the next call is
due one cadence from today."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="ID", help="the card (see cardscan list or cardscan calls)")
    p.add_argument("--note", default="", metavar="TEXT", help="what you talked about")
    p.add_argument("--json", action="store_true", help="the call and the next due date as one JSON object")


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.calls import call_due
    from cardscan.store import Library
    from cardscan.store.followthrough import interactions, log_call

    with Library.open(args.library, create=False) as library:
        call = log_call(library, args.id, args.note)
        card = library.get_card(args.id)
        due = call_due(card, interactions(library, card_id=args.id, kind="call"), date.today())
    if args.json:
        sys.stdout.write(json.dumps({"id": args.id, "at": call.at.isoformat(), "note": call.note,
                                     "keep_warm": card.keep_warm, "next_due": due.due.isoformat() if due else None},
                                    ensure_ascii=False) + "\n")
        return 0
    text = f"card {args.id}: call logged"
    if due is not None:
        text += f"; next call due {due.due.isoformat()} ({due.cadence})"
    else:
        text += f" (not kept warm: `cardscan set {args.id} keep_warm=monthly` to be reminded)"
    sys.stderr.write(f"cardscan: {text}\n")
    return 0
