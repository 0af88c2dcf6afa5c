"""The zoom: the region of the card behind one field, large enough to read in half blocks.

A text line is long and low; fitted into the picture's column it would be a few cells high and unreadable. So
the region is cut into pieces (at the gaps between letters nearest to each cut) that are laid one under the
other, each scaled to the full width at a height where letters can be read (about twelve pixels a line)."""

from __future__ import annotations

import itertools

from PIL import Image, ImageOps
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from cardscan.tui.image import Rendering, render_image

ROWS_PER_PIECE = 6  # cells high per piece: 12 half-block pixels for the line and its margin


def cut_points(gray: Image.Image, piece: int) -> list[int]:
    """Where to cut a line image into pieces about `piece` pixels wide: at the lightest column (a gap between
    letters) near each multiple of `piece`."""
    width = gray.width
    if width <= piece:
        return [0, width]
    data = gray.tobytes()
    columns = [sum(data[x::width]) for x in range(width)]
    cuts, at = [0], 0
    window = max(1, piece // 6)
    while at + piece < width:
        target = at + piece
        lo, hi = max(at + piece // 2, target - window), min(width - 1, target + window)
        best = max(range(lo, hi + 1), key=lambda x: (columns[x], -abs(x - target)))
        cuts.append(best)
        at = best
    cuts.append(width)
    return cuts


def wrapped(region: Image.Image, cells_wide: int, max_rows: int) -> Image.Image:
    """The region cut into pieces laid one under the other: `cells_wide` pixels wide, ROWS_PER_PIECE * 2 pixels
    a piece (plus two between pieces), at most `max_rows` cells high in all."""
    scale = ROWS_PER_PIECE * 2 / max(1, region.height)
    piece = max(8, round(cells_wide / scale))
    gray = ImageOps.grayscale(region)
    if sorted(gray.tobytes())[gray.width * gray.height // 2] < 110:
        gray = ImageOps.invert(gray)  # light letters on a dark card: the gaps are the dark columns
    cuts = cut_points(gray, piece)
    pieces = [region.crop((a, 0, b, region.height)) for a, b in itertools.pairwise(cuts) if b > a]
    fits = max(1, (max_rows + 1) // (ROWS_PER_PIECE + 1))
    pieces = pieces[:fits]
    height = len(pieces) * ROWS_PER_PIECE * 2 + (len(pieces) - 1) * 2
    out = Image.new("RGB", (cells_wide, height), (255, 255, 255))
    y = 0
    for p in pieces:
        w = min(cells_wide, max(1, round(p.width * scale)))
        out.paste(p.resize((w, ROWS_PER_PIECE * 2), Image.Resampling.LANCZOS), (0, y))
        y += ROWS_PER_PIECE * 2 + 2
    return out


class ZoomView(Widget):
    """A caption line, then the wrapped region (or a message while it is being found)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._caption = ""
        self._hint = ""
        self._region: Image.Image | None = None
        self._message = ""
        self._lines: list[Strip] | None = None
        self._lines_for: tuple[int, int] | None = None

    def show(self, caption: str, region: Image.Image | None, message: str = "", hint: str = "") -> None:
        self._caption, self._region, self._message, self._hint = caption, region, message, hint
        self._lines = None
        self.refresh()

    @property
    def caption(self) -> str:
        return self._caption

    def render_line(self, y: int) -> Strip:
        width, height = self.size
        if self._lines is None or self._lines_for != (width, height):
            self._lines = self._layout(width, height)
            self._lines_for = (width, height)
        return self._lines[y] if 0 <= y < len(self._lines) else Strip.blank(width, self.rich_style)

    def _layout(self, width: int, height: int) -> list[Strip]:
        base = self.rich_style
        lines = [Strip.blank(width, base)] * height
        if height <= 0 or width <= 0:
            return lines
        texts = [(self._caption, base + Style(bold=True))]
        if self._hint:
            texts.append((self._hint, base + Style(dim=True)))
        if self._region is None and self._message:
            texts.append((self._message, base + Style(italic=True)))
        for row, (text, style) in enumerate(texts[:height]):
            lines[row] = Strip([Segment(text[:width], style)]).adjust_cell_length(width, base)
        top = len(texts)
        if self._region is None or height <= top:
            return lines
        rendering: Rendering = render_image(wrapped(self._region, width, height - top), width, height - top)
        for row, strip in enumerate(rendering.strips[: height - top]):
            lines[top + row] = strip.adjust_cell_length(width, base)
        return lines
