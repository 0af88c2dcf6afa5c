"""`s`: choose the folder (or photo) to scan, in a folder tree or by typing its path (Tab completes), and the
event its cards are tagged with (empty: the folder name and the day the photos were taken, as `cardscan scan`)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, DirectoryTree, Input, Label


class FolderTree(DirectoryTree):
    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [p for p in paths if not p.name.startswith(".") and p.is_dir()]


class PathSuggester(Suggester):
    """Completes the last part of a typed path from the folders on disk."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        expanded = os.path.expanduser(value)
        folder, _, start = expanded.rpartition(os.sep)
        try:
            names = sorted(os.listdir(folder or os.sep if expanded.startswith(os.sep) else folder or "."))
        except OSError:
            return None
        for name in names:
            if name.startswith(start) and not name.startswith(".") and name != start:
                full = os.path.join(folder, name) if folder or expanded.startswith(os.sep) else name
                if os.path.isdir(full):
                    return value[: len(value) - len(start)] + name + os.sep
        return None


class ExistingPath(Validator):
    def validate(self, value: str) -> ValidationResult:
        path = Path(value.strip()).expanduser()
        if not value.strip():
            return self.failure("type a folder, or pick one in the tree")
        if not path.exists():
            return self.failure(f"{path}: no such folder or file")
        return self.success()


@dataclass(frozen=True)
class ScanChoice:
    folder: Path
    event: str | None  # None: the folder name and the day the photos were taken


class ScanFolderScreen(ModalScreen[ScanChoice | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="scan_folder.cancel"),
        Binding("tab", "complete", "Complete", id="scan_folder.complete", show=False),
    ]

    def __init__(self, start: Path, event: str | None = None) -> None:
        super().__init__()
        self.start = start
        self.event = event

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="scan-folder"):
            yield Label("Scan photos into the library", classes="dialog-title")
            yield Input(str(self.start), id="scan-path", suggester=PathSuggester(), validators=[ExistingPath()],
                        validate_on=["submitted"], select_on_focus=False)
            yield Label("", id="scan-path-error", classes="field-error")
            with Horizontal(id="scan-event-row"):
                yield Label("Event ", classes="edit-label")
                yield Input(self.event or "", id="scan-event", compact=True,
                            placeholder="empty: the folder name and the day the photos were taken")
            yield FolderTree(self.start if self.start.is_dir() else Path.home(), id="scan-tree")
            yield Label("Sub-folders are read too; photos already in the library are skipped. The stack stays "
                        "usable while the scan runs.", classes="dialog-hint")
            with Horizontal(classes="buttons"):
                yield Button("Scan", variant="primary", id="start-scan")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        field = self.query_one("#scan-path", Input)
        field.focus()
        field.cursor_position = len(field.value)

    def on_directory_tree_directory_selected(self, event: DirectoryTree.DirectorySelected) -> None:
        event.stop()
        self.query_one("#scan-path", Input).value = str(event.path)

    def action_complete(self) -> None:
        field = self.query_one("#scan-path", Input)
        if self.focused is field and field.cursor_at_end:
            before = field.value
            field.action_cursor_right()  # accepts the completion shown after the cursor
            if field.value != before:
                return
        self.focus_next()

    def _submit(self) -> None:
        field = self.query_one("#scan-path", Input)
        result = field.validate(field.value)
        if result is not None and not result.is_valid:
            self.query_one("#scan-path-error", Label).update(" ".join(result.failure_descriptions))
            self.app.bell()
            return
        event = " ".join(self.query_one("#scan-event", Input).value.split())
        self.dismiss(ScanChoice(Path(field.value.strip()).expanduser(), event or None))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "start-scan":
            self._submit()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)
