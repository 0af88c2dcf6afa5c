"""The export dialog (the command palette's "Export the keepers", or `E`): the format, the file to write, and
whether an existing file may be replaced. The app writes the file in a worker (cardscan.export: the same
functions as `cardscan export`), atomically, and says where it wrote and how many."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet

from cardscan.export import FILE_SUFFIXES

KINDS = (("vcard", "vCard (.vcf): phones, mail programs"), ("csv", "CSV, generic (UTF-8): spreadsheets"),
         ("google", "CSV for Google Contacts"), ("outlook", "CSV for Outlook"),
         ("ics", "iCalendar (.ics): the follow-ups, for the calendar"))
DEFAULT_NAMES = {"vcard": "contacts.vcf", "csv": "contacts.csv", "google": "contacts-google.csv",
                 "outlook": "contacts-outlook.csv", "ics": "follow-ups.ics"}


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # one of cardscan.export.FORMATS
    path: Path
    replace: bool  # an existing file may be replaced (else it is never touched)


class ExportScreen(ModalScreen[ExportChoice | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, folder: Path, keepers: int, event: str | None) -> None:
        super().__init__()
        self.folder = folder
        self.keepers = keepers
        self.event = event

    def compose(self) -> ComposeResult:
        which = f"of {self.event}" if self.event else "of the library"
        with Vertical(id="dialog", classes="export"):
            yield Label(f"Export the keepers {which}: {self.keepers} card{'s' * (self.keepers != 1)}",
                        classes="dialog-title")
            with RadioSet(id="export-format"):
                for i, (fmt, text) in enumerate(KINDS):
                    yield RadioButton(text, value=i == 0, name=fmt)
            yield Input(str(self.folder / DEFAULT_NAMES["vcard"]), id="export-path")
            yield Checkbox("Replace the file if it exists", id="export-replace")
            yield Label("", id="export-status", classes="field-error")
            yield Label("Enter in the path: export · Esc: cancel · written whole or not at all", classes="dialog-hint")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#export-format", RadioSet).focus()

    def _format(self) -> str:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else "vcard"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """The file name follows the format while it is still a default name."""
        field = self.query_one("#export-path", Input)
        path = Path(field.value.strip() or DEFAULT_NAMES["vcard"])
        if path.name in DEFAULT_NAMES.values():
            field.value = str(path.with_name(DEFAULT_NAMES[self._format()]))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export":
            self.action_export()
        else:
            self.action_cancel()

    def action_export(self) -> None:
        text = self.query_one("#export-path", Input).value.strip()
        status = self.query_one("#export-status", Label)
        if not text:
            status.update("Give the file to write")
            return
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        fmt = self._format()
        if not path.suffix:
            path = path.with_suffix(FILE_SUFFIXES[fmt])
        replace = self.query_one("#export-replace", Checkbox).value
        if path.exists() and not replace:
            status.update(f"{path.name} exists: choose another name, or tick “Replace the file if it exists”")
            self.app.bell()
            return
        self.dismiss(ExportChoice(fmt, path, replace))

    def action_cancel(self) -> None:
        self.dismiss(None)
