"""The card image in the terminal.

Terminals that speak a graphics protocol (Kitty's, or Sixel) get the real picture through
textual-image; every other terminal gets a half-block rendering: each cell shows two pixels, the
upper one as the foreground colour of "▀" and the lower one as the background. Half-block renderings
are cached per (image, size), so going back and forth between cards costs nothing, and the next
card can be rendered ahead of time from a worker thread.

Which renderer to use is decided once, before the app starts (the terminal can only be asked
then): `detect_graphics()`.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

HALF_BLOCK = "▀"
_ORIENTATION = 0x0112  # EXIF tag
CACHE_SIZE = 96  # renderings kept (a rendering of a 60 x 20 cell image is a few tens of kB)


@dataclass(frozen=True)
class Rendering:
    strips: tuple[Strip, ...]  # one per terminal row, each `width` cells wide
    width: int
    height: int
    problem: str | None = None  # why there is no picture (missing or unreadable file)


def fit(image_width: int, image_height: int, cells_wide: int, cells_high: int) -> tuple[int, int]:
    """The largest size in cells (width, height) that shows the whole image with its aspect ratio,
    taking a half-block pixel (half a cell high) as square."""
    if image_width <= 0 or image_height <= 0 or cells_wide <= 0 or cells_high <= 0:
        return 0, 0
    pixels_high = cells_high * 2
    scale = min(cells_wide / image_width, pixels_high / image_height)
    width = max(1, min(cells_wide, round(image_width * scale)))
    height_px = max(2, min(pixels_high, round(image_height * scale)))
    return width, (height_px + 1) // 2


def _open(path: str, target: tuple[int, int]) -> Image.Image:
    with Image.open(path) as file:
        if file.format == "JPEG":
            file.draft("RGB", target)  # let the JPEG decoder scale down: far faster than decoding every pixel
        image = ImageOps.exif_transpose(file)
        return image.convert("RGB")


def _strips(image: Image.Image, width: int, height: int) -> tuple[Strip, ...]:
    pixels = image.resize((width, height * 2), Image.Resampling.BOX).tobytes()
    styles: dict[bytes, Style] = {}
    stride = width * 3
    rows: list[Strip] = []
    for row in range(height):
        upper = pixels[2 * row * stride : (2 * row + 1) * stride]
        lower = pixels[(2 * row + 1) * stride : (2 * row + 2) * stride]
        segments: list[Segment] = []
        run_key = b""
        run = 0
        for x in range(0, stride, 3):
            key = upper[x : x + 3] + lower[x : x + 3]
            if key == run_key:
                run += 1
                continue
            if run:
                segments.append(Segment(HALF_BLOCK * run, styles[run_key]))
            run_key, run = key, 1
            if key not in styles:
                styles[key] = Style(color=Color.from_rgb(key[0], key[1], key[2]),
                                    bgcolor=Color.from_rgb(key[3], key[4], key[5]))
        if run:
            segments.append(Segment(HALF_BLOCK * run, styles[run_key]))
        rows.append(Strip(segments, width))
    return tuple(rows)


def render_image(image: Image.Image, cells_wide: int, cells_high: int) -> Rendering:
    """An image in memory as half blocks, fitted (aspect kept) into the cells given."""
    width, height = fit(image.width, image.height, cells_wide, cells_high)
    if not width or not height:
        return Rendering((), 0, 0)
    return Rendering(_strips(image.convert("RGB"), width, height), width, height)


class HalfBlockRenderer:
    """Renders image files as half-block strips; thread-safe, with an LRU cache."""

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        self._cache: OrderedDict[tuple[str, float, int, int], Rendering] = OrderedDict()
        self._lock = threading.Lock()
        self._cache_size = cache_size

    def render(self, path: str, cells_wide: int, cells_high: int) -> Rendering:
        try:
            mtime = os.stat(path).st_mtime
        except OSError as exc:
            return Rendering((), 0, 0, f"image missing: {Path(path).name} ({exc.strerror})")
        key = (path, mtime, cells_wide, cells_high)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        rendering = self._render(path, cells_wide, cells_high)
        with self._lock:
            self._cache[key] = rendering
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return rendering

    def _render(self, path: str, cells_wide: int, cells_high: int) -> Rendering:
        try:
            with Image.open(path) as probe:
                size = probe.size
                turned = probe.getexif().get(_ORIENTATION) in (5, 6, 7, 8)  # shown turned a quarter
            if turned:
                size = (size[1], size[0])
            width, height = fit(size[0], size[1], cells_wide, cells_high)
            if not width or not height:
                return Rendering((), 0, 0)
            image = _open(path, (height * 2, width) if turned else (width, height * 2))
            return Rendering(_strips(image, width, height), width, height)
        except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
            return Rendering((), 0, 0, f"cannot show {Path(path).name}: {exc}")


@dataclass(frozen=True)
class Graphics:
    """What the terminal can show: "kitty", "sixel" or "halfblock" (or "none": no image at all)."""

    mode: str


def detect_graphics(preference: str = "auto") -> Graphics:
    """Pick the renderer. Must run before the app starts: detection asks the terminal and reads its answer.

    "auto" asks the terminal (through textual-image) when stdout is a terminal; any failure, or a terminal
    that answers neither protocol, gives half blocks. "kitty" and "sixel" force a protocol (for terminals
    that support one without saying so) when textual-image is installed.
    """
    if preference in ("halfblock", "none"):
        return Graphics(preference)
    if not (sys.__stdout__ and sys.__stdout__.isatty() and sys.__stdin__ and sys.__stdin__.isatty()):
        return Graphics("halfblock")
    try:
        import textual_image.renderable as renderable
        from textual_image.renderable.sixel import Image as SixelRenderable
        from textual_image.renderable.tgp import Image as TGPRenderable
    except Exception:  # textual-image missing or failing on this terminal: half blocks always work
        return Graphics("halfblock")
    if preference in ("kitty", "sixel"):
        mode = preference
    elif renderable.Image is SixelRenderable:
        mode = "sixel"
    elif renderable.Image is TGPRenderable:
        mode = "kitty"
    else:
        return Graphics("halfblock")
    try:
        import textual_image.widget  # noqa: F401  (measures the terminal's cells now, while it can still be asked)
    except Exception:
        return Graphics("halfblock")
    return Graphics(mode)
