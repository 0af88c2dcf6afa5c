"""The stack of cards in a triage session, kept light: ids, pockets, order, and the text the filter searches
(worked out from the card as read, on the filter's first use: most sessions never filter)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cardscan.model import Card, Pocket
from cardscan.store import CardSummary
from cardscan.store.duplicates import fold


@dataclass
class Entry:
    id: int
    pocket: Pocket
    order: int  # place in the stack: oldest first, as read at the start; cards that arrive later go after
    source: Card | CardSummary | None = None  # the card as read, until the filter first needs its text
    _search: str | None = None

    @property
    def search(self) -> str:
        """The folded text the filter looks in (worked out on first use: most sessions never filter)."""
        if self._search is None:
            source = self.source
            self._search = search_text(source) if isinstance(source, Card) else \
                summary_text(source) if source is not None else ""
            self.source = None
        return self._search


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    keep: int
    discard: int
    position: int  # 1-based place of the current card among the visible ones (0: none)
    visible: int  # cards the filter lets through (== total without a filter)


def search_text(card: Card) -> str:
    c = card.contact
    parts: list[str] = [c.display_name(), card.note, card.event or "", *card.tags]
    parts += [str(c.value(k) or "") for k in ("title", "department", "company")]
    parts += [f.value for f in c.emails] + [f.value for f in c.websites]
    parts += [f.value.number + " " + f.value.text for f in c.phones]
    if c.address is not None:
        parts += [x for x in c.address.value.to_dict().values() if x]
    return fold(" ".join(p for p in parts if p))


def summary_text(summary: CardSummary) -> str:
    contact = summary.contact

    def flat(value: Any) -> list[str]:
        if isinstance(value, dict):
            return [x for v in value.values() for x in flat(v)]
        if isinstance(value, list):
            return [x for v in value for x in flat(v)]
        return [str(value)] if value else []

    parts = [summary.note, summary.event or "", *summary.tags, *flat(contact)]
    return fold(" ".join(p for p in parts if p))
