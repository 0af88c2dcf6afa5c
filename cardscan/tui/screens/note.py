"""`n`: the note for the back of the card, several lines, saved while it is typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Label, TextArea

AUTOSAVE_SECONDS = 0.8


class NoteScreen(ModalScreen[None]):
    """Saves through `save` a moment after each pause in typing and when closed, so that closing the terminal
    mid-sentence loses at most the last keystrokes. Esc or ctrl+s closes (the note is kept either way)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+s", "close", "Save and close", id="note.close"),
    ]

    def __init__(self, title: str, text: str, save: Callable[[str], None]) -> None:
        super().__init__()
        self.title_text = title
        self.initial = text
        self.save = save
        self._saved = text
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="note"):
            yield Label(self.title_text, classes="dialog-title")
            yield TextArea(self.initial, id="note-text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            yield Label("Saved as you type · Esc or ctrl+s: done", classes="dialog-hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(AUTOSAVE_SECONDS, self._autosave)

    def _autosave(self) -> None:
        self._timer = None
        self._save_now()

    def _save_now(self) -> None:
        text = self.query_one(TextArea).text
        if text != self._saved:
            self.save(text)
            self._saved = text

    def action_close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._save_now()
        self.dismiss(None)
