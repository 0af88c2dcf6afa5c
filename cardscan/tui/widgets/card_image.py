"""The picture of the card: half blocks drawn line by line, or a graphics protocol through textual-image."""

from __future__ import annotations

import os
from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.app import ComposeResult
from textual.containers import Container
from textual.strip import Strip
from textual.widget import Widget

from cardscan.tui.image import HalfBlockRenderer, Rendering


class HalfBlockImage(Widget):
    """An image file drawn with "▀" cells, fitted (aspect kept) and centred in the widget."""

    def __init__(self, renderer: HalfBlockRenderer, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._renderer = renderer
        self._path: str | None = None
        self._rendering: Rendering | None = None
        self._rendered_for: tuple[str | None, int, int] | None = None
        self._lines: list[Strip] | None = None
        self._lines_for: tuple[str | None, int, int] | None = None

    @property
    def path(self) -> str | None:
        return self._path

    def show(self, path: str | None) -> None:
        if path != self._path:
            self._path = path
            self._rendering = None
            self._lines = None
            self.refresh()

    def current_rendering(self) -> Rendering | None:
        width, height = self.size
        key = (self._path, width, height)
        if self._rendered_for != key:
            self._rendering = None
        if self._rendering is None and self._path is not None and width > 0 and height > 0:
            self._rendering = self._renderer.render(self._path, width, height)
            self._rendered_for = key
        return self._rendering

    def render_line(self, y: int) -> Strip:
        width, height = self.size
        key = (self._path, width, height)
        if self._lines_for != key or self._lines is None:
            self._lines = self._layout(width, height)
            self._lines_for = key
        return self._lines[y] if 0 <= y < len(self._lines) else Strip.blank(width, self.rich_style)

    def _layout(self, width: int, height: int) -> list[Strip]:
        """The widget's lines: the picture centred left to right, at the top; or the reason there is none."""
        base = self.rich_style
        blank = Strip.blank(width, base)
        lines = [blank] * height
        rendering = self.current_rendering()
        if rendering is None:
            return lines
        if rendering.problem:
            text = rendering.problem[: max(0, width - 2)]
            left = max(0, (width - len(text)) // 2)
            style = base + Style(italic=True, dim=True)
            message = Strip([Segment(" " * left, base), Segment(text, style)])
            lines[height // 2] = message.adjust_cell_length(width, base)
            return lines
        pad = Strip.blank(max(0, (width - rendering.width) // 2), base)
        top = max(0, (height - rendering.height) // 2)
        for row in range(min(height - top, rendering.height)):
            lines[top + row] = Strip.join([pad, rendering.strips[row]]).adjust_cell_length(width, base)
        return lines

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines = None


class CardImage(Container):
    """Holds the renderer the terminal supports: half blocks, or textual-image's Kitty / Sixel widget."""

    def __init__(self, mode: str, renderer: HalfBlockRenderer, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode = mode
        self._renderer = renderer
        self._graphic: Any = None
        self._path: str | None = None

    def compose(self) -> ComposeResult:
        if self.mode in ("kitty", "sixel"):
            try:
                from textual_image.widget import SixelImage, TGPImage

                self._graphic = (SixelImage if self.mode == "sixel" else TGPImage)()
            except Exception:
                self.mode = "halfblock"
        if self._graphic is not None:
            yield self._graphic
        elif self.mode != "none":
            yield HalfBlockImage(self._renderer, id="halfblock")

    @property
    def path(self) -> str | None:
        return self._path

    def show(self, path: str | None) -> None:
        self._path = path
        if self._graphic is not None:
            shown = path if path is not None and os.path.isfile(path) else None
            if self._graphic.image != shown:
                try:
                    self._graphic.image = shown
                except Exception:  # an unreadable file: textual-image raises where half blocks draw a message
                    self._graphic.image = None
            return
        for image in self.query(HalfBlockImage):
            image.show(path)
