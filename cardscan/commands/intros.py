"""`cardscan intros`: pairs of kept contacts who should meet, best first, with the reasons."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from cardscan.commands.export import check_event
from cardscan.export.common import display_name
from cardscan.export.contentline import clean_text
from cardscan.model import Card, Pocket

if TYPE_CHECKING:
    from cardscan.followthrough.intros import Suggestion


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=10, metavar="N", help="at most N pairs (default 10)")
    p.add_argument("--event", metavar="NAME", help="only people met at this event")
    p.add_argument("--json", action="store_true", help="one JSON object per pair")


def _who(card: Card) -> str:
    name = " ".join(clean_text(display_name(card)).split())
    company = " ".join(clean_text(card.contact.value("company") or "").split())
    return f"{name} ({company})" if company and company != name else name


def suggestion_json(s: Suggestion) -> dict[str, Any]:
    return {"a": s.a.id, "b": s.b.id, "a_name": s.a.contact.value("name"), "b_name": s.b.contact.value("name"),
            "score": s.score, "reasons": [{"kind": r.kind, "items": list(r.items)} for r in s.reasons]}


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.intros import suggest
    from cardscan.store import Library
    from cardscan.store.followthrough import introduced_pairs

    if args.limit < 1:
        from cardscan.errors import UsageError

        raise UsageError("--limit: give a number of pairs from 1 up")
    with Library.open(args.library, create=False) as library:
        check_event(library, args.event)
        cards = library.list_cards(pocket=Pocket.KEEP, event=args.event, order="id")
        done = introduced_pairs(library)
    found = suggest(cards, done, limit=args.limit)
    out = sys.stdout
    if args.json:
        out.write("".join(json.dumps(suggestion_json(s), ensure_ascii=False) + "\n" for s in found))
        return 0
    if not found:
        out.write("No introductions to suggest (tags and notes on kept cards give the reasons).\n")
        return 0
    lines = []
    for n, s in enumerate(found, 1):
        lines.append(f"{n}. {_who(s.a)} [card {s.a.id}]  +  {_who(s.b)} [card {s.b.id}]   score {s.score:g}")
        lines += [f"   {' '.join(clean_text(r.describe()).split())}" for r in s.reasons]
        lines.append(f"   cardscan intro {s.a.id} {s.b.id} -o intro-{s.a.id}-{s.b.id}.eml")
    out.write("\n".join(lines) + "\n")
    return 0
