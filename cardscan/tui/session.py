"""The triage session: every change the user makes to the cards of the stack (cardscan.tui.stack: the cards, the
filter, where the user is), and its undo.

No Textual here: the screens call these methods and draw what they return. Each change is written to the
library at once (the library commits every call), so the session holds nothing that a crash could lose.
Undo walks back through the
user's steps of this session, one step per action (a note typed with autosaves in between is one step),
and returns the card it changed so the cursor can go back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import Any

from cardscan.dates import default_follow_up
from cardscan.errors import CardNotFoundError
from cardscan.model import Card, Contact, Pocket
from cardscan.store import Library, UndoConflictError
from cardscan.store.followthrough import mark_done, set_keep_warm
from cardscan.tui.stack import NEXT_STEPS, CardStack

__all__ = ["NEXT_STEPS", "TriageSession", "UndoResult"]


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


class TriageSession(CardStack):
    def __init__(self, library: Library, *, event: str | None = None, include_decided: bool = False,
                 today: Callable[[], date] = date.today, follow_up_days: int = 3) -> None:
        super().__init__(library, event=event, include_decided=include_decided)
        self.today = today
        self.follow_up_days = follow_up_days
        self._undo: list[_Step] = []
        self._note_step: _Step | None = None  # the note being typed (autosaves join one step)


    def _go(self, card_id: int) -> None:
        self.end_note()  # the note's autosaves joined one step; on another card a note is a new one
        super()._go(card_id)

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
