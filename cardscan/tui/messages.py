"""What the triage screen asks of the app, as messages (the screen never reaches into the app): show an error,
start a scan, show the help, read the next picture ahead, quit. The app handles each in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from textual.message import Message

if TYPE_CHECKING:
    from cardscan.tui.config import TriageConfig
    from cardscan.tui.image import HalfBlockRenderer


class KeyNames(Protocol):
    def __call__(self, binding_id: str) -> str: ...


class Today(Protocol):
    def __call__(self) -> date: ...


@dataclass(frozen=True)
class TriageContext:
    """What the triage screen reads from its surroundings, handed to it once (no cast to the app)."""

    config: TriageConfig
    graphics: str  # "kitty", "sixel", "halfblock" or "none"
    renderer: HalfBlockRenderer
    today: Today
    keys_for: KeyNames  # the keys of an action as the user has them, for display
    ocr_engine: str = "tesserocr"  # for reading a card's picture again (the zoom finds its lines' boxes)
    ocr_languages: str = "Latin"


class ShowError(Message):
    """A write failed, or a worker: the error dialog."""

    def __init__(self, title: str, error: BaseException) -> None:
        super().__init__()
        self.title = title
        self.error = error


class StartScan(Message):
    def __init__(self, folder: Path, event: str | None) -> None:
        super().__init__()
        self.folder = folder
        self.event = event


class ShowHelp(Message):
    pass


class ReadAhead(Message):
    """The card likely to come next: render its picture in a worker."""

    def __init__(self, card_id: int) -> None:
        super().__init__()
        self.card_id = card_id


class QuitTriage(Message):
    pass


class ExportKeepers(Message):
    """Write the keepers (of the session's event) to `path` in format `fmt`, in a worker."""

    def __init__(self, fmt: str, path: Path, replace: bool) -> None:
        super().__init__()
        self.fmt = fmt
        self.path = path
        self.replace = replace
