"""`m`: a card and its probable duplicate side by side; merge them (either card's fields win) or say they are
two people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from cardscan.display import safe_text
from cardscan.model import Card
from cardscan.tui.widgets.card_fields import SHOWN_FIELDS, format_value

LABELS = {"name": "Name", "title": "Title", "department": "Department", "company": "Company", "emails": "E-mail",
          "phones": "Phone", "websites": "Website", "social": "Profile", "address": "Address"}


@dataclass(frozen=True)
class MergeChoice:
    what: Literal["keep_current", "keep_other", "dismiss"]
    other_id: int


def _values(card: Card, field: str) -> list[str]:
    return [format_value(f.value) for f in card.contact.fields(field)]


def comparison(current: Card, other: Card) -> Table:
    table = Table(expand=True, show_lines=False, header_style="bold")
    table.add_column("", width=11, no_wrap=True, style="bold")
    table.add_column(f"This card #{current.id}", ratio=1, overflow="fold")
    table.add_column(f"Duplicate #{other.id}", ratio=1, overflow="fold")
    for field in SHOWN_FIELDS:
        a, b = _values(current, field), _values(other, field)
        if not a and not b:
            continue
        style = "" if a == b else "yellow"
        table.add_row(LABELS[field], Text(safe_text("\n".join(a), keep_newlines=True), style=style),
                      Text(safe_text("\n".join(b), keep_newlines=True), style=style))
    table.add_row("Pocket", str(current.pocket), str(other.pocket))
    table.add_row("Event", Text(safe_text(current.event or "")), Text(safe_text(other.event or "")))
    table.add_row("Follow-up", current.follow_up.isoformat() if current.follow_up else "",
                  other.follow_up.isoformat() if other.follow_up else "")
    table.add_row("Tags", ", ".join(current.tags), ", ".join(other.tags))
    table.add_row("Note", current.note.strip(), other.note.strip())
    return table


class MergeScreen(ModalScreen[MergeChoice | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="merge.cancel"),
        Binding("1", "choose('keep_current')", "Merge, this card's fields win", id="merge.keep_current"),
        Binding("2", "choose('keep_other')", "Merge, the duplicate's fields win", id="merge.keep_other"),
        Binding("x", "choose('dismiss')", "Not the same person", id="merge.dismiss"),
        Binding("tab", "other", "Next duplicate", id="merge.next", show=False),
    ]

    def __init__(self, current: Card, others: list[Card]) -> None:
        super().__init__()
        self.current = current
        self.others = others
        self.index = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="merge"):
            yield Label(self._title(), classes="dialog-title", id="merge-title")
            with VerticalScroll(id="merge-table"):
                yield Static(comparison(self.current, self.others[0]), id="merge-comparison")
            yield Label("1 or 2: merge (that card's fields win; every note, tag, e-mail and phone of both is kept; "
                        "the other leaves the stack; u undoes it) · x: not the same person", classes="dialog-hint")
            with Horizontal(classes="buttons"):
                yield Button("1 Merge, this wins", variant="primary", id="keep_current")
                yield Button("2 Merge, other wins", id="keep_other")
                yield Button("x Two people", id="dismiss")
                yield Button("Cancel", id="cancel")

    def _title(self) -> str:
        more = f" ({self.index + 1} of {len(self.others)}, tab: next)" if len(self.others) > 1 else ""
        return f"Probable duplicate{more}"

    def action_other(self) -> None:
        if len(self.others) > 1:
            self.index = (self.index + 1) % len(self.others)
            self.query_one("#merge-comparison", Static).update(comparison(self.current, self.others[self.index]))
            self.query_one("#merge-title", Label).update(self._title())

    def action_choose(self, what: Literal["keep_current", "keep_other", "dismiss"]) -> None:
        other = self.others[self.index]
        assert other.id is not None
        self.dismiss(MergeChoice(what, other.id))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id in ("keep_current", "keep_other", "dismiss"):
            self.action_choose(event.button.id)  # type: ignore[arg-type]
        else:
            self.action_cancel()
