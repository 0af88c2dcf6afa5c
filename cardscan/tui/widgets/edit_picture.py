"""The card above the edit form on a narrow terminal: the whole card, small, and beside it the printed line
behind the focused field, large enough to read (as the `z` zoom shows it), following the focus."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal

from cardscan.line_regions import Line, cut_out, find_line
from cardscan.model import Card
from cardscan.tui.image import HalfBlockRenderer
from cardscan.tui.widgets.card_image import HalfBlockImage
from cardscan.tui.widgets.zoom import ZoomView


class EditPicture(Horizontal):
    def __init__(self, renderer: HalfBlockRenderer, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._renderer = renderer
        self._card: Card | None = None
        self._lines: list[Line] | None = None
        self._shown: tuple[str, str, str] | None = None  # the label, printed line and value in the zoom

    def compose(self) -> ComposeResult:
        yield HalfBlockImage(self._renderer, id="edit-card")
        yield ZoomView(id="edit-zoom")

    def show_card(self, card: Card) -> None:
        if self._card is None or card.id != self._card.id:
            self._lines = None
        self._card = card
        self.query_one(HalfBlockImage).show(card.crop_path)

    def set_lines(self, lines: list[Line]) -> None:
        self._lines = lines
        if self._shown is not None:
            self.show_line(*self._shown)

    def show_line(self, label: str, source: str, value: str) -> None:
        """The region of the card the focused field was read from (its label and value as the caption)."""
        self._shown = (label, source, value)
        zoom = self.query_one(ZoomView)
        caption = f"{label}: {value}" if value else label
        card = self._card
        if not source or card is None or not card.crop_path:
            zoom.show(caption, None, "typed, or not read from a printed line")
            return
        if self._lines is None:
            zoom.show(caption, None, "finding the printed line on the card…")
            return
        line = find_line(self._lines, source)
        if line is None:
            zoom.show(caption, None, f"its line (“{source}”) was not found on the picture")
            return
        try:
            zoom.show(caption, cut_out(card.crop_path, line.box))
        except OSError as exc:
            zoom.show(caption, None, f"the picture could not be read ({type(exc).__name__})")

    @property
    def caption(self) -> str:
        return self.query_one(ZoomView).caption
