"""`w`: the follow-up draft of the card, to read, copy to the clipboard (OSC 52, which works over SSH too) or
write as an .eml file (never over an existing file)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from cardscan.errors import CardscanError
from cardscan.export import write_atomic
from cardscan.export.filenames import split_file_names
from cardscan.followthrough.drafts import Draft
from cardscan.followthrough.eml import Sender


class DraftScreen(ModalScreen[Path | None]):
    """Dismisses with the file written, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="draft.close"),
        Binding("c", "copy", "Copy", id="draft.copy"),
        Binding("w", "write", "Write .eml", id="draft.write"),
    ]

    def __init__(self, title: str, draft: Draft, sender: Sender, folder: Path) -> None:
        super().__init__()
        self.title_text = title
        self.draft = draft
        self.sender = sender
        self.folder = folder

    def default_path(self) -> Path:
        from cardscan.model import Card, Contact, Field

        stand_in = Card(contact=Contact(name=Field(self.draft.to.name)), id=self.draft.card_id)
        return self.folder / split_file_names([stand_in], ".eml")[0]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="draft"):
            yield Label(self.title_text, classes="dialog-title")
            yield TextArea(self.draft.text(), id="draft-text", read_only=True, soft_wrap=True,
                           show_line_numbers=False)
            with Horizontal(id="draft-save"):
                yield Label("Save as ", classes="dialog-hint")
                yield Input(str(self.default_path()), id="draft-path")
            yield Label("c: copy to the clipboard · w (or Enter in the path): write the .eml · Esc: close",
                        classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#draft-text", TextArea).focus()

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.draft.text())
        self.notify("Draft copied to the clipboard", timeout=2)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_write()

    def action_write(self) -> None:
        path = Path(self.query_one("#draft-path", Input).value.strip()).expanduser()
        try:
            write_atomic(path, self.draft.eml(self.sender), overwrite=False)
        except CardscanError as exc:
            self.notify(exc.user_message(), title="Not written", severity="error", timeout=6)
            return
        self.notify(f"Wrote {path}", timeout=4)
        self.dismiss(path)

    def action_close(self) -> None:
        self.dismiss(None)
