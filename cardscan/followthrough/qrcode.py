"""A contact as a QR code: its vCard 3.0 (as `cardscan export` writes it), for a phone camera to add in one shot.

The code is made by segno (a pure-Python QR encoder). A vCard too long for one code (version 40 at the lowest
error correction holds 2,953 bytes) loses its photo first, then its note; the caller says so. Printed with
half-block characters (two modules per character cell) in explicit colours, black on white with a quiet
zone of four modules, so it reads the same on a dark or a light terminal.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno

from cardscan.errors import ExportError
from cardscan.export.vcard import vcard
from cardscan.model import Card

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)
UPPER_HALF = "\u2580"  # ▀
# 256-colour palette entries 16 (black) and 231 (white): the same on every terminal, whatever its theme.
DARK_SGR, LIGHT_SGR = "5;16", "5;231"


@dataclass(frozen=True)
class ContactCode:
    data: str  # the vCard in the code
    dropped: tuple[str, ...]  # what was left out to make it fit ("photo", "note")
    code: segno.QRCode

    def size(self) -> tuple[int, int]:
        """Columns and lines the printed code takes, quiet zone included."""
        modules = len(self.matrix())
        return modules, (modules + 1) // 2

    @property
    def version(self) -> int:
        return int(self.code.version)

    def matrix(self) -> list[list[bool]]:
        """Rows of modules, True for dark, with the quiet zone."""
        return [[bool(m) for m in row] for row in self.code.matrix_iter(scale=1, border=QUIET_ZONE)]

    def png(self, scale: int = 8) -> bytes:
        out = io.BytesIO()
        self.code.save(out, kind="png", scale=scale, border=QUIET_ZONE, dark="black", light="white")
        return out.getvalue()


def _make(data: str) -> segno.QRCode | None:
    """The smallest code for `data`: error correction L (7 %), which a screen, never smudged or torn, does not
    need more of; a smaller code fits more terminals."""
    try:
        return segno.make_qr(data, error="l", boost_error=False, encoding="utf-8")
    except segno.DataOverflowError:
        return None


def fits(code: segno.QRCode, room: tuple[int, int] | None) -> bool:
    """Whether the printed code (quiet zone included) fits in `room` (columns, lines); None: any room."""
    if room is None:
        return True
    modules = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    return modules <= room[0] and (modules + 1) // 2 <= room[1]


def contact_code(card: Card, photo: bytes | None = None, room: tuple[int, int] | None = None) -> ContactCode:
    """The QR code of the card's vCard 3.0. The photo and then the note are left out when the vCard is too long
    for one code, or (given `room`, a terminal's columns and lines) when the code would not fit on the screen
    with them; the smallest code is returned when even that does not fit (the caller says so)."""
    attempts: list[tuple[tuple[str, ...], str]] = []
    if photo is not None:
        attempts.append(((), vcard(card, version="3.0", photo=photo).decode("utf-8")))
    dropped_photo: tuple[str, ...] = ("photo",) if photo is not None else ()
    plain = vcard(card, version="3.0").decode("utf-8")
    attempts.append((dropped_photo, plain))
    if "\r\nNOTE" in plain:
        attempts.append(((*dropped_photo, "note"), without_property(plain, "NOTE")))
    smallest: ContactCode | None = None
    for dropped, data in attempts:
        code = _make(data)
        if code is None:
            continue
        smallest = ContactCode(data, dropped, code)
        if fits(code, room):
            return smallest
    if smallest is not None:
        return smallest
    raise ExportError(f"card {card.id}: the contact is too long for one QR code, even without photo and note",
                      hint="shorten a field (cardscan set) or export it as a file (cardscan export)")


def without_property(text: str, name: str) -> str:
    """A vCard without the content lines of one property (with their folded continuations)."""
    out, skipping = [], False
    for line in text.split("\r\n"):
        if line.startswith((" ", "\t")):
            if not skipping:
                out.append(line)
            continue
        skipping = line.upper().startswith((f"{name}:", f"{name};"))
        if not skipping:
            out.append(line)
    return "\r\n".join(out)


def terminal_text(matrix: list[list[bool]]) -> str:
    """The code as lines of half blocks: each cell's upper half in the foreground colour, its lower half in the
    background colour, both set explicitly; a reset at the end of each line."""
    rows = matrix + ([[False] * len(matrix[0])] if len(matrix) % 2 else [])
    lines = []
    for top, bottom in zip(rows[::2], rows[1::2], strict=True):
        cells = []
        last: tuple[bool, bool] | None = None
        for up, down in zip(top, bottom, strict=True):
            if (up, down) != last:  # a colour change only where the colours change
                cells.append(f"\x1b[38;{DARK_SGR if up else LIGHT_SGR};48;{DARK_SGR if down else LIGHT_SGR}m")
                last = (up, down)
            cells.append(UPPER_HALF)
        lines.append("".join(cells) + "\x1b[0m")
    return "\n".join(lines) + "\n"
