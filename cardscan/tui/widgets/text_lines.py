"""Label / value / mark rows laid out straight into strips: a Rich table does the same in ten times the time,
and the card's fields are laid out on every key press."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from cardscan.display import safe_text

NO_STYLE = Style()


@dataclass(frozen=True)
class Cell:
    """A piece of text in a grid. The text comes from cards (OCR, QR codes, file names, edits): control characters
    are escaped here, once for every grid, so none reaches the terminal (line breaks stay: a note has them)."""

    text: str
    style: Style = NO_STYLE

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", safe_text(self.text, keep_newlines=True))


@dataclass(frozen=True)
class Row:
    """A grid row; a row with only `value` set spans the whole width when `span` is true."""

    label: Cell
    value: Cell
    mark: Cell = Cell("")
    span: bool = False


def _fold(word: str, width: int) -> list[str]:
    out: list[str] = []
    piece = ""
    for ch in word:
        if cell_len(piece + ch) > width and piece:
            out.append(piece)
            piece = ""
        piece += ch
    if piece:
        out.append(piece)
    return out


def wrap(text: str, width: int) -> list[str]:
    """Word-wrap `text` to `width` cells; words longer than a line are cut. Keeps line breaks."""
    width = max(1, width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if cell_len(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            if cell_len(word) > width:
                *full, line = _fold(word, width)
                lines.extend(full)
            else:
                line = word
        lines.append(line)
    return lines


def _pad(text: str, width: int, style: Style, right: bool = False) -> Segment:
    gap = max(0, width - cell_len(text))
    return Segment(" " * gap + text if right else text + " " * gap, style)


def layout(rows: Sequence[Row], width: int, *, label_width: int = 10, mark_width: int = 7,
           base: Style = NO_STYLE) -> list[Strip]:
    value_width = max(1, width - label_width - mark_width - 2)
    strips: list[Strip] = []
    for row in rows:
        if row.span:
            for text in wrap(row.value.text, width):
                strips.append(Strip([_pad(text, width, base + row.value.style)], width))
            continue
        label = row.label.text[:label_width]
        for i, text in enumerate(wrap(row.value.text, value_width)):
            segments = [
                _pad(label if i == 0 else "", label_width, base + row.label.style),
                Segment(" ", base),
                _pad(text, value_width, base + row.value.style),
                Segment(" ", base),
                _pad(row.mark.text if i == 0 else "", mark_width, base + row.mark.style, right=True),
            ]
            strips.append(Strip(segments).adjust_cell_length(width, base))
    return strips
