"""A widget that renders a Rich renderable once per width and serves the lines from that cache.

Textual's Static renders its content again to measure its height and again for each update of the screen;
for the card's fields (a table of some twenty lines, redrawn on every key press) that costs more than the
whole rest of a key press. Here one key press renders the table once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from rich.console import RenderableType
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

LineBuilder = Callable[[int], list[Strip]]  # width -> the lines


class RichBlock(Widget):
    """Shows a Rich renderable, or the lines a builder lays out for a given width."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._renderable: RenderableType | LineBuilder = ""
        self._lines: dict[int, list[Strip]] = {}
        self._styles: dict[str, Style] = {}

    def style_of(self, component: str = "") -> Style:
        """The Rich style of a component class ("" for the widget's own), cached until the CSS or theme
        changes: asking Textual for it costs more than laying out the whole card."""
        style = self._styles.get(component)
        if style is None:
            style = self.get_component_rich_style(component) if component else self.rich_style
            self._styles[component] = style
        return style

    def set_renderable(self, renderable: RenderableType | LineBuilder, *, layout: bool = True) -> None:
        """Show `renderable`. The screen's layout is redone only when the height changes (never with
        `layout=False`, for a height fixed in the CSS)."""
        width = self.content_size.width
        before = self._lines.get(width)
        self._renderable = renderable
        self._lines.clear()
        if layout and before is not None and self.is_mounted:
            layout = len(self.lines(width)) != len(before)
        self.refresh(layout=layout)

    def lines(self, width: int) -> list[Strip]:
        if width <= 0:
            return []
        cached = self._lines.get(width)
        if cached is None and callable(self._renderable):
            cached = self._renderable(width)
            self._lines = {width: cached}
        if cached is None:
            console = self.app.console
            options = console.options.update(width=width, height=None, highlight=False, markup=False)
            base = self.style_of()
            renderable = cast(RenderableType, self._renderable)
            rendered = console.render_lines(renderable, options, pad=True)
            cached = [Strip(list(Segment.apply_style(line, base)), width) for line in rendered]
            self._lines = {width: cached}
        return cached

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        lines = self.lines(width)
        if 0 <= y < len(lines):
            return lines[y]
        return Strip.blank(width, self.style_of())

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
        self._styles.clear()
