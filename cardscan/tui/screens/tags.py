"""`t`: the tags of the card, comma-separated, with completion from the tags already in the library."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label


def split_tags(text: str) -> list[str]:
    out: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)
    return out


class TagSuggester(Suggester):
    """Completes the tag being typed (the text after the last comma) from the known tags."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        head, _sep, last = value.rpartition(",")
        typed = last.lstrip()
        if not typed:
            return None
        already = {t.casefold() for t in split_tags(head)}
        for tag in self.known:
            if tag.casefold().startswith(typed.casefold()) and tag.casefold() not in already:
                prefix = value[: len(value) - len(typed)]
                return prefix + tag
        return None


class TagsScreen(ModalScreen[list[str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]

    def __init__(self, title: str, tags: list[str], known: list[str]) -> None:
        super().__init__()
        self.title_text = title
        self.tags = tags
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="tags"):
            yield Label(self.title_text, classes="dialog-title")
            # each tag followed by ", ": what is typed next is another tag
            yield Input("".join(f"{tag}, " for tag in self.tags), id="tags", placeholder="e.g. hot lead, partner",
                        suggester=TagSuggester(self.known))
            known = ", ".join(self.known[:12]) + (" …" if len(self.known) > 12 else "")
            yield Label(f"In use: {known}" if self.known else "No tags in the library yet", classes="dialog-hint")
            yield Label("Comma between tags · → completes · Enter saves · Esc cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.focus()
        field.cursor_position = len(field.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(split_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
