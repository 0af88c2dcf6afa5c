"""Fonts found on the machine (DejaVu, Liberation, others), grouped into families with regular/bold/italic."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"))

# family name -> file stems for (regular, bold, italic); the first present ones are used.
KNOWN_FAMILIES: dict[str, tuple[str, str, str]] = {
    "DejaVu Sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "DejaVu Sans Condensed": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
    "DejaVu Serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "DejaVu Serif Condensed": ("DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic"),
    "DejaVu Sans Mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
    "Liberation Sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
    "Liberation Serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
    "Liberation Sans Narrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold",
                               "LiberationSansNarrow-Italic"),
    "Liberation Mono": ("LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic"),
    "Noto Sans": ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"),
    "Noto Serif": ("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic"),
    "Open Sans": ("OpenSans-Regular", "OpenSans-Bold", "OpenSans-Italic"),
    "Open Sans Light": ("OpenSans-Light", "OpenSans-Semibold", "OpenSans-LightItalic"),
    "Carlito": ("Carlito-Regular", "Carlito-Bold", "Carlito-Italic"),
    "Caladea": ("Caladea-Regular", "Caladea-Bold", "Caladea-Italic"),
    "Roboto": ("Roboto-Regular", "Roboto-Bold", "Roboto-Italic"),
    "Lato": ("Lato-Regular", "Lato-Bold", "Lato-Italic"),
    "Cantarell": ("Cantarell-Regular", "Cantarell-Bold", "Cantarell-Regular"),
}
# Families that look like body text on a business card (mono fonts only for an accent line now and then).
TEXT_FAMILIES = [f for f in KNOWN_FAMILIES if "Mono" not in f]


@dataclass(frozen=True)
class FontFamily:
    name: str
    regular: str
    bold: str
    italic: str


@functools.lru_cache(maxsize=1)
def _font_files() -> dict[str, str]:
    found: dict[str, str] = {}
    for base in FONT_DIRS:
        if not os.path.isdir(base):
            continue
        for root, _dirs, files in os.walk(base):
            for f in sorted(files):
                if f.lower().endswith((".ttf", ".otf")):
                    found.setdefault(Path(f).stem, os.path.join(root, f))
    return found


@functools.lru_cache(maxsize=1)
def available_families() -> tuple[FontFamily, ...]:
    """Families present on this machine, in a fixed order (so a seed gives the same card everywhere they exist)."""
    files = _font_files()
    out = []
    for name, (reg, bold, ital) in KNOWN_FAMILIES.items():
        if reg in files:
            out.append(FontFamily(name, files[reg], files.get(bold, files[reg]), files.get(ital, files[reg])))
    return tuple(out)


class NoFontsError(RuntimeError):
    pass


def text_families() -> list[FontFamily]:
    """The usable families; at least one is needed (Pillow's built-in font has no accented letters, so cards
    drawn with it would not show what their truth says)."""
    fams = [f for f in available_families() if "Mono" not in f.name] or list(available_families())
    if not fams:
        raise NoFontsError("cardgen found no TrueType font it knows (DejaVu, Liberation, Open Sans, Carlito, ...) "
                           f"under {', '.join(FONT_DIRS)}; install fonts-dejavu-core (scripts/debian-packages.txt)")
    return fams


@functools.lru_cache(maxsize=512)
def load(path: str | None, size_px: int) -> ImageFont.FreeTypeFont:
    if path is None:
        path = text_families()[0].regular
    return ImageFont.truetype(path, size_px)
