"""The triage session: the stack of cards, where the user is in it, and every change they make.

No Textual here: the screens call these methods and draw what they return. Each change is written to the
library at once (the library commits every call), so the session holds nothing that a crash could lose.

The stack is kept light: ids, pockets and order (the text the filter searches is worked out on its first
use); the full card is read from the library for the card on screen only. Undo walks back through the
user's steps of this session, one step per action (a note typed with autosaves in between is one step),
and returns the card it changed so the cursor can go back to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from cardscan.dates import default_follow_up
from cardscan.errors import CardNotFoundError
from cardscan.model import Card, Contact, Pocket
from cardscan.store import CardSummary, Library, UndoConflictError
from cardscan.store.duplicates import fold
from cardscan.store.followthrough import mark_done, set_keep_warm
from cardscan.tui.stack import Entry, Progress

NEXT_STEPS = ("Next: export the keepers from the palette (ctrl+p, Export: vCard for your phone, CSV, the "
              "follow-ups' calendar), or cardscan export --format vcard -o contacts.vcf and "
              "cardscan export --format ics -o follow-ups.ics")


@dataclass(frozen=True)
class UndoResult:
    card_id: int | None  # the card the undone step changed (None: nothing left to undo)
    what: str  # "keep", "note", ... for the message
    conflict: str | None = None  # a step that could not be undone because the card changed again since


@dataclass
class _Step:
    card_id: int
    what: str
    store_steps: int  # library steps to undo for this one user step


class TriageSession:
    def __init__(self, library: Library, *, event: str | None = None, include_decided: bool = False,
                 today: Callable[[], date] = date.today, follow_up_days: int = 3) -> None:
        self.library = library
        self.event = event
        self.include_decided = include_decided
        self.today = today
        self.follow_up_days = follow_up_days
        self.entries: list[Entry] = []
        self._by_id: dict[int, Entry] = {}
        self._current: int | None = None  # card id
        self._filter = ""
        self._visible: list[Entry] | None = None  # cache of the filtered stack
        self._visible_ids: set[int] = set()
        self._card: Card | None = None  # the current card, read from the library
        self._undo: list[_Step] = []
        self._order: dict[int, int] = {}  # every card's place in the stack, kept when it leaves (merged)
        self._note_step: _Step | None = None  # the note being typed (autosaves join one step)
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
        self.end_note()
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

    # --- changes (each one written at once, each one a step that can be undone) ---

    def _last_change_id(self) -> int:
        last = self.library.history(session=self.library.session_id, limit=1)
        return last[0].id if last else 0

    def _record(self, card_id: int, what: str, action: Callable[[], Any]) -> Any:
        before = self._last_change_id()
        result = action()
        changes = [c for c in self.library.history(session=self.library.session_id, limit=200) if c.id > before]
        steps = len({c.step for c in changes})
        if steps:
            self._undo.append(_Step(card_id, what, steps))
        return result

    def _refresh(self, card_id: int) -> None:
        """Read a changed card again: its stack entry, and the card on screen."""
        try:
            merged = self.library.merged_into(card_id)
            card = self.library.get_card(card_id)
        except CardNotFoundError:
            merged, card = -1, None
        if merged is not None or card is None:
            self._remove(card_id)
            return
        entry = self._by_id.get(card_id)
        if entry is None:
            if card_id not in self._order:
                return  # never in this stack (another event's card, a duplicate named by this one): stays out
            self._insert(self._entry(card))
        else:
            entry.pocket, entry.source, entry._search = card.pocket, card, None
            self._visible = None
        if self._card is not None and self._card.id == card_id:
            self._card = card

    def default_follow_up(self, card: Card) -> date:
        """Three days (the configured number) after the event, tomorrow when that is past (`cardscan set` gives
        the same)."""
        return default_follow_up(card.met_on, self.today(), self.follow_up_days)

    def decide(self, pocket: Pocket) -> None:
        """Put the current card in a pocket, then go to the next undecided card. A keeper with no follow-up date
        gets the default one in the same step (every keeper is to be contacted within three days)."""
        card = self.current_card()
        if card is None or card.id is None:
            return
        card_id = card.id

        def write() -> None:
            with self.library.batch():
                self.library.set_pocket(card_id, pocket)
                if pocket == Pocket.KEEP and card.follow_up is None:
                    self.library.set_follow_up(card_id, self.default_follow_up(card))

        self.end_note()
        self._record(card_id, str(pocket), write)
        self._refresh(card_id)
        following = self.next_undecided()
        if following is not None:
            self._go(following)
        else:
            self.move(1)

    def set_note(self, text: str) -> None:
        """Save the note of the current card. Calls made while the note editor stays open (autosaves) join one
        undo step; `end_note()` closes it."""
        card = self.current_card()
        if card is None or card.id is None:
            return
        card_id = card.id
        step = self._note_step
        if step is not None and step.card_id == card_id and self._undo and self._undo[-1] is step:
            before = self._last_change_id()
            self.library.set_note(card_id, text)
            if self._last_change_id() != before:
                step.store_steps += 1
        else:
            self._note_step = None
            self._record(card_id, "note", lambda: self.library.set_note(card_id, text))
            if self._undo and self._undo[-1].card_id == card_id and self._undo[-1].what == "note":
                self._note_step = self._undo[-1]
        self._refresh(card_id)

    def end_note(self) -> None:
        self._note_step = None

    def set_follow_up(self, day: date | None) -> None:
        self._change("follow-up", lambda card_id: self.library.set_follow_up(card_id, day))

    def set_follow_up_done(self, day: date | None) -> None:
        self._change("follow-up done", lambda card_id: mark_done(self.library, card_id, day))

    def set_keep_warm(self, cadence: str | None) -> None:
        self._change("keep warm", lambda card_id: set_keep_warm(self.library, card_id, cadence))

    def set_tags(self, tags: list[str]) -> None:
        self._change("tags", lambda card_id: self.library.set_tags(card_id, tags))

    def edit_fields(self, values: dict[str, Any]) -> None:
        """Several fields of the current card as one step (`Library.edit_field` values)."""
        def write(card_id: int) -> None:
            with self.library.batch():
                for name, value in values.items():
                    self.library.edit_field(card_id, name, value)

        self._change("edit", write)

    def _change(self, what: str, write: Callable[[int], object]) -> None:
        card = self.current_card()
        if card is None or card.id is None:
            return
        card_id = card.id
        self.end_note()
        self._record(card_id, what, lambda: write(card_id))
        self._refresh(card_id)

    def merge(self, keep_id: int, other_id: int) -> None:
        """Merge two cards of the same person; the kept one is shown, the other leaves the stack."""
        self.end_note()
        self._record(keep_id, "merge", lambda: self.library.merge(keep_id, other_id))
        self._refresh(other_id)
        self._refresh(keep_id)
        if keep_id in self._by_id:
            self._go(keep_id)

    def dismiss_duplicate(self, other_id: int) -> None:
        """The current card and `other_id` are not the same person."""
        self._change("not a duplicate", lambda card_id: self.library.dismiss_duplicate(card_id, other_id))
        self._refresh(other_id)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> UndoResult:
        """Undo the last step of this session and go back to its card."""
        self.end_note()
        if not self._undo:
            return UndoResult(None, "")
        step = self._undo.pop()
        conflict = None
        touched: set[int] = {step.card_id}
        for _ in range(step.store_steps):
            try:
                changes = self.library.undo_last()
            except UndoConflictError as exc:
                conflict = exc.user_message()
                continue
            touched.update(c.card_id for c in changes)
        for card_id in touched:
            self._refresh(card_id)
        if step.card_id in self._by_id:
            if not self.is_visible(step.card_id):
                self.set_filter("")
            self._go(step.card_id)
        return UndoResult(step.card_id, step.what, conflict)

    # --- reading other cards ---

    def card(self, card_id: int) -> Card | None:
        with suppress(CardNotFoundError):
            return self.library.get_card(card_id)
        return None

    def original_contact(self, card_id: int) -> Contact:
        return self.library.original_contact(card_id)

    def known_tags(self) -> list[str]:
        seen: dict[str, str] = {}
        for card in self.library.list_summaries():
            for tag in card.tags:
                seen.setdefault(tag.casefold(), tag)
        return sorted(seen.values(), key=str.casefold)
