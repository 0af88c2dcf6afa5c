"""The journal: whom you met, what you noted, follow-ups due and done, calls and introductions, day by day.

Built from the library: cards (met: the event and the day; the follow-up date), the change log (notes, as they
stood at the end of each day they were written; follow-ups marked done) and the logged calls and introductions.
Discarded cards are left out (they are not people you keep in touch with); merged cards live on in the card
they were merged into.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import Any

from cardscan.export.common import display_name
from cardscan.export.contentline import clean_text
from cardscan.followthrough.drafts import event_title
from cardscan.model import Card, Pocket
from cardscan.store import Library
from cardscan.store import followthrough as records

KINDS = ("met", "note", "follow_up_due", "follow_up_done", "call", "intro")
_ORDER = {k: i for i, k in enumerate(KINDS)}


@dataclass(frozen=True)
class Entry:
    day: date
    kind: str  # one of KINDS
    card_id: int
    name: str
    text: str = ""  # the event (met), the note, the call's note
    other_id: int | None = None  # intro: the other person
    other_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "kind": self.kind, "card": self.card_id, "name": self.name,
                "text": self.text, "other": self.other_id, "other_name": self.other_name or None}

    def line(self, *, with_name: bool = True) -> str:
        """One Markdown list item's text."""
        who = f"{_md(self.name)} (card {self.card_id})" if with_name else ""
        text = _md(self.text)
        if self.kind == "met":
            what = " ".join(f"Met {who}".split()) + (f" at {text}" if text else "")
        elif self.kind == "note":
            what = f"Note on {who}: {text}" if with_name else f"Note: {text}"
        elif self.kind == "follow_up_due":
            what = f"Follow-up due: {who}" if with_name else "Follow-up due"
        elif self.kind == "follow_up_done":
            what = f"Followed up: {who}" if with_name else "Followed up"
        elif self.kind == "call":
            what = (f"Called {who}" if with_name else "Called") + (f": {text}" if text else "")
        else:
            other = f"{_md(self.other_name)} (card {self.other_id})"
            what = f"Introduced {who} to {other}" if with_name else f"Introduced to {other}"
        return what


def _md(text: str) -> str:
    """One line (the lines of a note joined by " / "), no control characters."""
    return " / ".join(" ".join(clean_text(line).split()) for line in text.splitlines() if line.strip())


def _name(card: Card) -> str:
    return " ".join(clean_text(display_name(card)).split())


def entries(library: Library, *, card_id: int | None = None, since: date | None = None) -> list[Entry]:
    """Every entry (of one card, or of the whole library), by day, then kind, then card."""
    cards = [library.get_card(card_id)] if card_id is not None else library.list_cards(order="id")
    cards = [c for c in cards if c.pocket != Pocket.DISCARD or card_id is not None]
    by_id = {c.id: c for c in cards if c.id is not None}
    names = {i: _name(c) for i, c in by_id.items()}
    out: list[Entry] = []
    for c in by_id.values():
        assert c.id is not None
        met = c.met_on or (c.created_at.astimezone().date() if c.created_at else None)
        if met is not None:
            out.append(Entry(met, "met", c.id, names[c.id], event_title(c.event)))
        if c.follow_up is not None and c.follow_up_done is None:
            out.append(Entry(c.follow_up, "follow_up_due", c.id, names[c.id]))
    for n in records.note_history(library, card_id):
        if n.card_id in by_id:
            out.append(Entry(n.at.astimezone().date(), "note", n.card_id, names[n.card_id], n.text))
    for d in records.done_history(library, card_id):
        if d.card_id in by_id:
            out.append(Entry(d.day, "follow_up_done", d.card_id, names[d.card_id]))
    for i in records.interactions(library, card_id):
        if i.card_id not in by_id:
            continue
        other = ""
        if i.other_card_id is not None:
            other = names.get(i.other_card_id) or _name(library.get_card(i.other_card_id))
        out.append(Entry(i.at.astimezone().date(), i.kind, i.card_id, names[i.card_id], i.note, i.other_card_id,
                         other))
    if since is not None:
        out = [e for e in out if e.day >= since]
    out.sort(key=lambda e: (e.day, _ORDER[e.kind], e.card_id))
    return out


def markdown(items: list[Entry], title: str = "Journal") -> str:
    lines = [f"# {title}", ""]
    if not items:
        lines.append("Nothing yet.")
    for day, group in groupby(items, key=lambda e: e.day):
        lines += [f"## {day.isoformat()} ({day.strftime('%A')})", ""]
        lines += [f"- {e.line()}" for e in group]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def json_lines(items: list[Entry]) -> str:
    """One JSON object per day: {"date": ..., "entries": [...]}."""
    out = []
    for day, group in groupby(items, key=lambda e: e.day):
        out.append(json.dumps({"date": day.isoformat(), "entries": [e.to_json() for e in group]},
                              ensure_ascii=False))
    return "".join(line + "\n" for line in out)
