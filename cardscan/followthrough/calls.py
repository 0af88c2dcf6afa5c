"""Keep warm: who to call now. A contact with a cadence (weekly, monthly, quarterly) is due that many days
after you last spoke: the last call logged, else the follow-up marked done, else the day you met, else the
day the card was scanned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from cardscan.model import KEEP_WARM_CADENCES, Card
from cardscan.store.followthrough import Interaction


@dataclass(frozen=True)
class CallDue:
    card: Card
    cadence: str
    last_spoke: date | None  # the last call (None: never called)
    since: date  # what the due date counts from
    due: date
    overdue_days: int  # 0: due today; negative: not due yet
    last_note: str  # the last call's note, else the back of the card


def call_due(card: Card, calls: list[Interaction], today: date) -> CallDue | None:
    """When the card is next due for a call (None when it is not kept warm)."""
    if not card.keep_warm or card.keep_warm not in KEEP_WARM_CADENCES:
        return None
    mine = sorted((c for c in calls if c.card_id == card.id), key=lambda c: c.at)
    last_call = mine[-1] if mine else None
    last_spoke = last_call.at.astimezone().date() if last_call else None
    created = card.created_at.astimezone().date() if card.created_at else today
    since = last_spoke or card.follow_up_done or card.met_on or created
    due = since + timedelta(days=KEEP_WARM_CADENCES[card.keep_warm])
    note = next((c.note for c in reversed(mine) if c.note.strip()), "") or card.note
    return CallDue(card, card.keep_warm, last_spoke, since, due, (today - due).days, note)


def calls_due(cards: list[Card], calls: list[Interaction], today: date, limit: int | None = 3) -> list[CallDue]:
    """The keep-warm contacts due today or overdue, most overdue first (then by id), at most `limit`."""
    due = [d for d in (call_due(c, calls, today) for c in cards) if d is not None and d.overdue_days >= 0]
    due.sort(key=lambda d: (-d.overdue_days, d.card.id or 0))
    return due if limit is None else due[:limit]
