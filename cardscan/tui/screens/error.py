"""The one place a failure is shown: a modal with what went wrong and how to fix it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from cardscan.errors import CardscanError


def describe(error: BaseException) -> tuple[str, str | None]:
    """(message, hint) for the user."""
    if isinstance(error, CardscanError):
        return " ".join(error.message.split()), error.hint
    return f"{type(error).__name__}: {error}", "this is a bug in cardscan; everything saved before is safe"


class ErrorScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "dismiss_error", "Close", id="error.close"),
    ]

    def __init__(self, title: str, error: BaseException) -> None:
        super().__init__()
        self.title_text = title
        self.message, self.hint = describe(error)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="error"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.message, id="error-message")
            if self.hint:
                yield Static(self.hint, id="error-hint")
            yield Button("OK", variant="primary", id="error-ok")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_dismiss_error(self) -> None:
        self.dismiss(None)
