"""`?`: every key of the triage screen, as remapped by the config, and where the config lives."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,enter", "close", "Close", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]], config_note: str) -> None:
        super().__init__()
        self.rows = rows
        self.config_note = config_note

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column("keys", style="bold", no_wrap=True, min_width=14)
        table.add_column("what")
        table.add_column("name", style="dim")
        for keys, what, name in self.rows:
            table.add_row(keys, what, name)
        table.add_row("ctrl+p", "Command palette: every action by name", "")
        with Vertical(id="dialog", classes="help"):
            yield Label("Keys", classes="dialog-title")
            with VerticalScroll(id="help-keys"):
                yield Static(table)
            yield Static(Text(self.config_note), id="help-config")
            yield Label("Esc closes · ctrl+p: the command palette, every action by name", classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
