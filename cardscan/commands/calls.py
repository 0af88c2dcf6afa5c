"""`cardscan calls`: who to call today. The keep-warm contacts that are due, most overdue first, each with
phone numbers, the last note and when you last spoke."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from cardscan.export.common import display_name, phone_display
from cardscan.export.contentline import clean_text
from cardscan.model import Pocket

if TYPE_CHECKING:
    from cardscan.followthrough.calls import CallDue


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--today", type=int, default=3, metavar="N", help="how many to call (default 3)")
    p.add_argument("--all", action="store_true", help="every contact that is due, not only N")
    p.add_argument("--json", action="store_true", help="one JSON object per contact")


def _one_line(text: str | None) -> str:
    """One line for the terminal: the lines joined by " / ", no control characters."""
    return " / ".join(" ".join(line.split()) for line in clean_text(text or "").splitlines() if line.strip())


def call_json(d: CallDue) -> dict[str, Any]:
    c = d.card.contact
    return {
        "id": d.card.id, "name": c.value("name"), "company": c.value("company"), "keep_warm": d.cadence,
        "due": d.due.isoformat(), "overdue_days": d.overdue_days,
        "last_spoke": d.last_spoke.isoformat() if d.last_spoke else None,
        "phones": [{"number": f.value.number, "type": f.value.type} for f in c.phones],
        "emails": [f.value for f in c.emails], "last_note": d.last_note,
    }


def call_lines(n: int, d: CallDue) -> list[str]:
    c = d.card.contact
    who = _one_line(display_name(d.card))
    company = _one_line(c.value("company"))
    head = f"{n}. {who}" + (f" ({company})" if company and company != who else "") + f"  [card {d.card.id}]"
    late = "due today" if d.overdue_days == 0 else f"{d.overdue_days} day{'' if d.overdue_days == 1 else 's'} overdue"
    lines = [head, f"   {d.cadence}, {late}; last spoke: {d.last_spoke.isoformat() if d.last_spoke else 'never'}"]
    phones = [f"{phone_display(f.value.number)} ({f.value.type})" for f in c.phones]
    lines.append("   phone: " + (", ".join(phones) if phones else "none on the card"))
    if d.last_note.strip():
        lines.append(f"   note: {_one_line(d.last_note)}")
    return lines


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.calls import calls_due
    from cardscan.store import Library
    from cardscan.store.followthrough import interactions

    if args.today < 1:
        from cardscan.errors import UsageError

        raise UsageError("--today: give a number of calls from 1 up")
    with Library.open(args.library, create=False) as library:
        cards = [c for c in library.list_cards(order="id") if c.keep_warm and c.pocket != Pocket.DISCARD]
        calls = interactions(library, kind="call")
    due = calls_due(cards, calls, date.today(), limit=None if args.all else args.today)
    out = sys.stdout
    if args.json:
        out.write("".join(json.dumps(call_json(d), ensure_ascii=False) + "\n" for d in due))
        return 0
    if not due:
        out.write("Nobody to call today." + ("" if cards else " (Mark contacts with `cardscan set ID "
                                                              "keep_warm=monthly`.)") + "\n")
        return 0
    lines: list[str] = []
    for n, d in enumerate(due, 1):
        lines += call_lines(n, d)
    out.write("\n".join(lines) + "\n")
    return 0
