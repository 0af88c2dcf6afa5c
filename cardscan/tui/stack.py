"""The stack of cards in a triage session, kept light: ids, pockets, order, and the text the filter searches
(worked out from the card as read, on the filter's first use: most sessions never filter)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cardscan.model import Card, Pocket
from cardscan.store import CardSummary, Library
from cardscan.store.duplicates import fold

NEXT_STEPS = ("Next: export the keepers from the palette (ctrl+p, Export: vCard for your phone, CSV, the "
              "follow-ups' calendar), or cardscan export --format vcard -o contacts.vcf and "
              "cardscan export --format ics -o follow-ups.ics")


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


class CardStack:
    """The stack of a triage session and the user's place in it: the cards (pending ones, or all with
    `include_decided`), the filter, moving, and the counters. The session (cardscan.tui.session) adds the changes
    and their undo."""

    def __init__(self, library: Library, *, event: str | None = None, include_decided: bool = False) -> None:
        self.library = library
        self.event = event
        self.include_decided = include_decided
        self.entries: list[Entry] = []
        self._by_id: dict[int, Entry] = {}
        self._current: int | None = None  # card id
        self._filter = ""
        self._visible: list[Entry] | None = None  # cache of the filtered stack
        self._visible_ids: set[int] = set()
        self._card: Card | None = None  # the current card, read from the library
        self._order: dict[int, int] = {}  # every card's place in the stack, kept when it leaves (merged)
        self._decided_before: dict[Pocket, int] = {Pocket.KEEP: 0, Pocket.DISCARD: 0}  # not in the stack
        self._loaded: dict[Pocket, int] = {}  # the stack's pockets when it was loaded

    # --- the stack ---

    def load(self) -> None:
        pocket = None if self.include_decided else Pocket.PENDING
        cards = self.library.list_summaries(pocket=pocket, event=self.event, order="oldest")
        self.entries = [Entry(c.id, Pocket(c.pocket), i, c) for i, c in enumerate(cards)]
        if not self.include_decided:  # a resumed triage: the counters go on from the cards decided before
            counts = self.library.counts(self.event)
            self._decided_before = {Pocket.KEEP: counts[Pocket.KEEP], Pocket.DISCARD: counts[Pocket.DISCARD]}
        self._loaded = {p: sum(1 for e in self.entries if e.pocket == p) for p in Pocket}
        self._by_id = {e.id: e for e in self.entries}
        self._order = {e.id: e.order for e in self.entries}
        self._visible = None
        self._card = None
        first = self.first_undecided()
        self._current = first if first is not None else (self.entries[0].id if self.entries else None)

    def add_cards(self, cards: Iterable[Card | CardSummary]) -> int:
        """Cards that arrived (a scan running in the app): they join the stack in their place. Returns how many."""
        added = 0
        for card in cards:
            if card.id is None or card.id in self._by_id or (self.event is not None and card.event != self.event):
                continue
            self._insert(self._entry(card))
            added += 1
        if added and self._current is None:
            self._current = self.first_undecided()
        return added

    def _entry(self, card: Card | CardSummary) -> Entry:
        """A stack entry for a card read now: in its old place if it was in the stack before (a merge undone),
        else after every other card."""
        assert card.id is not None
        order = self._order.setdefault(card.id, max(self._order.values(), default=-1) + 1)
        return Entry(card.id, Pocket(card.pocket), order, card)

    def _insert(self, entry: Entry) -> None:
        at = len(self.entries)
        while at > 0 and self.entries[at - 1].order > entry.order:
            at -= 1
        self.entries.insert(at, entry)
        self._by_id[entry.id] = entry
        self._visible = None

    def _remove(self, card_id: int) -> None:
        entry = self._by_id.pop(card_id, None)
        if entry is None:
            return
        visible = self.visible()
        place = visible.index(entry) if entry in visible else -1
        self.entries.remove(entry)
        self._visible = None
        if self._current == card_id:
            rest = self.visible()
            self._current = rest[min(place, len(rest) - 1)].id if rest and place >= 0 else None
            self._card = None

    def visible(self) -> list[Entry]:
        if self._visible is None:
            needle = fold(self._filter)
            words = needle.split()
            self._visible = [e for e in self.entries if all(w in e.search for w in words)] if words \
                else list(self.entries)
            self._visible_ids = {e.id for e in self._visible}
        return self._visible

    def is_visible(self, card_id: int | None) -> bool:
        self.visible()
        return card_id in self._visible_ids

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        """Show only the cards whose fields, note, tags or OCR text hold every word typed (any case, any accents).
        The current card stays if it matches; else the first match is shown."""
        self._filter = text
        self._visible = None
        visible = self.visible()
        if self.is_visible(self._current):
            return
        if visible:
            undecided = [e for e in visible if e.pocket == Pocket.PENDING]
            self._go((undecided or visible)[0].id)

    @property
    def current_id(self) -> int | None:
        return self._current

    def current_card(self) -> Card | None:
        """The card on screen; None when the stack is empty or the filter lets no card through."""
        if self._current is None or not self.is_visible(self._current):
            return None
        if self._card is None or self._card.id != self._current:
            self._card = self.library.get_card(self._current)
        return self._card

    def forget_current(self) -> None:
        """Read the current card from the library again when it is next shown (after a failed write)."""
        self._card = None

    def peek(self, delta: int) -> int | None:
        """The id `delta` places away among the visible cards (for reading ahead)."""
        visible = self.visible()
        ids = [e.id for e in visible]
        if self._current not in ids:
            return None
        at = ids.index(self._current) + delta
        return ids[at] if 0 <= at < len(ids) else None

    def move(self, delta: int) -> bool:
        target = self.peek(delta)
        if target is None:
            visible = self.visible()
            if visible and not self.is_visible(self._current):
                self._go(visible[0].id)
                return True
            return False
        self._go(target)
        return True

    def move_to_end(self, last: bool) -> bool:
        visible = self.visible()
        if not visible:
            return False
        self._go(visible[-1 if last else 0].id)
        return True

    def _go(self, card_id: int) -> None:
        self._current = card_id
        self._card = None

    def first_undecided(self) -> int | None:
        for e in self.visible():
            if e.pocket == Pocket.PENDING:
                return e.id
        return None

    def next_undecided(self) -> int | None:
        """The first undecided card after the current one, wrapping round."""
        visible = self.visible()
        ids = [e.id for e in visible]
        start = ids.index(self._current) + 1 if self._current in ids else 0
        for e in visible[start:] + visible[:start]:
            if e.pocket == Pocket.PENDING and e.id != self._current:
                return e.id
        return None

    def progress(self) -> Progress:
        """Where the triage is: the cards of the stack, plus (a resumed triage) those decided before it."""
        before_keep, before_discard = self._decided_before[Pocket.KEEP], self._decided_before[Pocket.DISCARD]
        keep = sum(1 for e in self.entries if e.pocket == Pocket.KEEP) + before_keep
        discard = sum(1 for e in self.entries if e.pocket == Pocket.DISCARD) + before_discard
        visible = self.visible()
        ids = [e.id for e in visible]
        position = ids.index(self._current) + 1 if self._current in ids else 0
        total = len(self.entries) + before_keep + before_discard
        return Progress(total, keep + discard, keep, discard, position, len(visible))

    def session_summary(self) -> str:
        """What this session did and what comes next, for the end of the stack and after quitting."""
        now = {p: sum(1 for e in self.entries if e.pocket == p) for p in Pocket}
        kept = max(0, now[Pocket.KEEP] - self._loaded.get(Pocket.KEEP, 0))
        discarded = max(0, now[Pocket.DISCARD] - self._loaded.get(Pocket.DISCARD, 0))
        waiting = now[Pocket.PENDING]
        done = f"{kept} kept and {discarded} discarded this session" + (f", {waiting} still waiting" if waiting
                                                                         else "")
        return f"{done}. {NEXT_STEPS}"

    def all_decided(self) -> bool:
        return bool(self.entries) and all(e.pocket != Pocket.PENDING for e in self.entries)
