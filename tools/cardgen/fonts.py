"""The declared fonts (DejaVu, Liberation, Open Sans, Carlito, Caladea), grouped into families with
regular/bold/italic; the generator uses all of them, and the evaluation half alone also the EVAL_ONLY_FAMILIES
(URW Gothic, Nimbus Sans Narrow, P052, C059)."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"))

# The declared fonts: family name -> (Debian package, file stems for regular, bold, italic). The generator draws
# with exactly these, all of them, whatever else the machine has, so a seed gives the same cards on every machine
# that set-up prepared (scripts/debian-packages.txt lists the packages). Adding a family changes every generated
# set: regenerate sample_cards/ in the same change.
DECLARED_FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "DejaVu Sans": ("fonts-dejavu-core", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "DejaVu Sans Condensed": ("fonts-dejavu-extra", "DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
                              "DejaVuSansCondensed-Oblique"),
    "DejaVu Serif": ("fonts-dejavu-core", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "DejaVu Serif Condensed": ("fonts-dejavu-extra", "DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold",
                               "DejaVuSerifCondensed-Italic"),
    "DejaVu Sans Mono": ("fonts-dejavu-core", "DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
    "Liberation Sans": ("fonts-liberation2", "LiberationSans-Regular", "LiberationSans-Bold",
                        "LiberationSans-Italic"),
    "Liberation Serif": ("fonts-liberation2", "LiberationSerif-Regular", "LiberationSerif-Bold",
                         "LiberationSerif-Italic"),
    "Liberation Mono": ("fonts-liberation2", "LiberationMono-Regular", "LiberationMono-Bold",
                        "LiberationMono-Italic"),
    "Open Sans": ("fonts-open-sans", "OpenSans-Regular", "OpenSans-Bold", "OpenSans-Italic"),
    "Open Sans Light": ("fonts-open-sans", "OpenSans-Light", "OpenSans-Semibold", "OpenSans-LightItalic"),
    "Carlito": ("fonts-crosextra-carlito", "Carlito-Regular", "Carlito-Bold", "Carlito-Italic"),
    "Caladea": ("fonts-crosextra-caladea", "Caladea-Regular", "Caladea-Bold", "Caladea-Italic"),
}
# Font families only the evaluation half draws (vocabulary.EVAL_ONLY_FAMILIES): a geometric sans, a condensed
# sans and two book serifs, unlike every declared family. Not part of the declared set: the development and sample
# cards never load them, so machines without them make the same cards from the same seed.
EVAL_ONLY_FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "URW Gothic": ("fonts-urw-base35", "URWGothic-Book", "URWGothic-Demi", "URWGothic-BookOblique"),
    "Nimbus Sans Narrow": ("fonts-urw-base35", "NimbusSansNarrow-Regular", "NimbusSansNarrow-Bold",
                           "NimbusSansNarrow-Oblique"),
    "P052": ("fonts-urw-base35", "P052-Roman", "P052-Bold", "P052-Italic"),
    "C059": ("fonts-urw-base35", "C059-Roman", "C059-Bold", "C059-Italic"),
}
# Families that look like body text on a business card (mono fonts only for an accent line now and then).
TEXT_FAMILIES = [f for f in DECLARED_FAMILIES if "Mono" not in f]


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


class NoFontsError(RuntimeError):
    pass


@functools.lru_cache(maxsize=1)
def available_families() -> tuple[FontFamily, ...]:
    """Every declared family, in the declared order; raises NoFontsError naming what to install when any of their
    files is missing (drawing with fewer fonts would give other cards from the same seed)."""
    return _families(DECLARED_FAMILIES)


@functools.lru_cache(maxsize=1)
def eval_only_families() -> tuple[FontFamily, ...]:
    """The evaluation-only families (vocabulary.EVAL_ONLY_FAMILIES); NoFontsError when any file is missing."""
    return _families(EVAL_ONLY_FAMILIES)


def _families(declared: dict[str, tuple[str, str, str, str]]) -> tuple[FontFamily, ...]:
    files = _font_files()
    missing: dict[str, list[str]] = {}
    out = []
    for name, (package, *stems) in declared.items():
        absent = [stem for stem in stems if stem not in files]
        if absent:
            missing.setdefault(package, []).extend(f"{stem}.ttf" for stem in absent)
            continue
        reg, bold, ital = (files[stem] for stem in stems)
        out.append(FontFamily(name, reg, bold, ital))
    if missing:
        what = "; ".join(f"{pkg} ({', '.join(stems)})" for pkg, stems in missing.items())
        raise NoFontsError(f"cardgen draws with a declared set of fonts and some are missing under "
                           f"{', '.join(FONT_DIRS)}: install {what} (scripts/debian-packages.txt; `make setup` "
                           "installs them)")
    return tuple(out)


def text_families() -> list[FontFamily]:
    """The declared families for body text."""
    return [f for f in available_families() if "Mono" not in f.name]


@functools.lru_cache(maxsize=512)
def load(path: str | None, size_px: int) -> ImageFont.FreeTypeFont:
    if path is None:
        path = text_families()[0].regular
    return ImageFont.truetype(path, size_px)
