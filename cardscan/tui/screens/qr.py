"""`Q`: the contact's vCard as a QR code, full screen, black on white whatever the theme, for a phone camera."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Label, Static

from cardscan.followthrough.qrcode import UPPER_HALF, ContactCode

DARK, LIGHT = "rgb(0,0,0)", "rgb(255,255,255)"


def code_text(code: ContactCode) -> Text:
    """Half blocks: upper module in the foreground colour, lower module in the background colour."""
    matrix = code.matrix()
    if len(matrix) % 2:
        matrix.append([False] * len(matrix[0]))
    text = Text(no_wrap=True, overflow="crop")
    styles = {(up, down): Style(color=DARK if up else LIGHT, bgcolor=DARK if down else LIGHT)
              for up in (False, True) for down in (False, True)}
    for n, (top, bottom) in enumerate(zip(matrix[::2], matrix[1::2], strict=True)):
        if n:
            text.append("\n")
        for up, down in zip(top, bottom, strict=True):
            text.append(UPPER_HALF, styles[(up, down)])
    return text


class QrScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,Q,enter", "close", "Close", id="qr.close"),
    ]

    def __init__(self, title: str, code: ContactCode) -> None:
        super().__init__(id="qr")
        self.title_text = title
        self.code = code

    def compose(self) -> ComposeResult:
        columns, lines = self.code.size()
        with Middle():
            with Center():
                yield Static(code_text(self.code), id="qr-code")
            with Center():
                note = f" · left out to fit: {', '.join(self.code.dropped)}" if self.code.dropped else ""
                yield Label(f"{self.title_text} · scan with a phone camera{note} · Esc closes", id="qr-caption")
            with Center():
                yield Label(f"needs {columns} x {lines} characters: make the window larger if it is cut",
                            id="qr-size")

    def on_mount(self) -> None:
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        columns, lines = self.code.size()
        self.query_one("#qr-size").display = columns > self.size.width or lines + 2 > self.size.height

    def action_close(self) -> None:
        self.dismiss(None)
