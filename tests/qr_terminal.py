"""Reading a QR code back the way a phone would: the terminal text `cardscan qr` prints is drawn as an image
(each half block: its upper half in the foreground colour, its lower half in the background colour, with the
256-colour palette's black 16 and white 231) and read with OpenCV's QR detectors."""

from __future__ import annotations

import re

import cv2
import numpy as np

_TOKEN = re.compile(r"\x1b\[38;5;(\d+);48;5;(\d+)m|\x1b\[0m|(\u2580)")
PALETTE = {16: 0, 231: 255}


def terminal_image(text: str, scale: int = 6) -> np.ndarray:
    rows: list[list[int]] = []
    for line in text.splitlines():
        assert _TOKEN.sub("", line) == "", f"unexpected characters in {line!r}"
        fg = bg = None
        top: list[int] = []
        bottom: list[int] = []
        for m in _TOKEN.finditer(line):
            if m.group(1):
                fg, bg = PALETTE[int(m.group(1))], PALETTE[int(m.group(2))]
            elif m.group(3):
                assert fg is not None and bg is not None, "a half block without its colours"
                top.append(fg)
                bottom.append(bg)
        rows += [top, bottom]
    image = np.array(rows, dtype=np.uint8)
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)


def decode(image: np.ndarray) -> str:
    """The text of the QR code in `image` ("" if none is read): OpenCV's classic detector, else its ArUco-based
    one (the classic one misses some of the larger versions)."""
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    if not text:
        text, _, _ = cv2.QRCodeDetectorAruco().detectAndDecode(image)
    return str(text)
