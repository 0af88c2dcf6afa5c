"""Card designs: layouts, palettes, font choices and drawn logos."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PIL import ImageDraw

from . import fonts, vocabulary

LAYOUTS = ("left", "centered", "two-column", "company-top", "side-band", "name-right", "portrait")
LAYOUT_WEIGHTS = (5, 3, 5, 3, 3, 3, 1)
# Designs only the evaluation half draws (vocabulary.EVAL_ONLY_LAYOUTS; drawn by layouts_eval.py), with their weights.
EVAL_ONLY_LAYOUTS = vocabulary.EVAL_ONLY_LAYOUTS
EVAL_ONLY_WEIGHTS = (3, 4, 3, 3)

Color = tuple[int, int, int]

LIGHT_BACKGROUNDS: list[Color] = [(255, 255, 255), (252, 251, 247), (248, 246, 240), (244, 244, 242),
                                  (250, 247, 238), (240, 244, 247), (246, 240, 232), (255, 253, 250)]
DARK_BACKGROUNDS: list[Color] = [(24, 26, 30), (18, 32, 58), (30, 30, 30), (22, 48, 40), (64, 20, 32),
                                 (38, 40, 52), (12, 12, 14), (44, 36, 30)]
ACCENTS: list[Color] = [(196, 30, 58), (0, 94, 162), (0, 128, 96), (230, 126, 34), (120, 60, 160), (20, 120, 150),
                        (180, 140, 40), (200, 70, 40), (40, 90, 60), (150, 30, 90), (30, 60, 130)]
DARK_TEXT: list[Color] = [(20, 20, 22), (34, 34, 38), (45, 48, 55), (28, 36, 52), (40, 32, 30)]
LIGHT_TEXT: list[Color] = [(245, 245, 245), (250, 248, 240), (232, 232, 236), (255, 255, 255)]
GOLD_ON_DARK: list[Color] = [(212, 175, 95), (200, 200, 205), (170, 210, 230), (240, 200, 120)]
LOGO_SHAPES = ("circle", "square", "rounded", "diamond", "triangle", "hexagon", "bars", "ring")


@dataclass(frozen=True)
class CardStyle:
    layout: str
    dark: bool
    portrait: bool
    size_mm: tuple[float, float]  # width, height of the card as designed (portrait cards are taller)
    bg: Color
    fg: Color  # body text
    name_color: Color
    accent: Color
    company_color: Color
    name_font: fonts.FontFamily | None
    body_font: fonts.FontFamily | None
    name_pt: float
    title_pt: float
    company_pt: float
    body_pt: float
    name_bold: bool
    company_bold: bool
    title_italic: bool
    logo: str  # shape name or "none"
    accent_bar: str  # "none", "under-name", "bottom", "top", "left-edge"
    qr: str  # "none", "vcard", "mecard"
    line_gap: float  # extra leading, as a fraction of the font size


def random_style(rng: random.Random, *, country: str, n_lines: int, dark: bool | None = None,
                 qr: str | None = None, layout: str | None = None) -> CardStyle:
    if layout is None:
        names, weights = list(LAYOUTS), [w if vocabulary.allowed_layout(name) else 0
                                         for name, w in zip(LAYOUTS, LAYOUT_WEIGHTS, strict=True)]
        if vocabulary.eval_only():
            names += EVAL_ONLY_LAYOUTS
            weights += EVAL_ONLY_WEIGHTS
        layout = rng.choices(names, weights=weights)[0]
    if dark is None:
        dark = rng.random() < 0.18
    if qr is None:
        qr = "none" if rng.random() < 0.85 else ("vcard" if rng.random() < 0.8 else "mecard")
    if qr != "none" and layout in ("two-column", "label-column"):
        layout = "left"  # no room for a QR code beside the contact column
    portrait = layout == "portrait"
    size = (88.9, 50.8) if country == "US" else (85.0, 55.0)
    if portrait:
        size = (size[1], size[0])
    accent = rng.choice(ACCENTS)
    if dark:
        bg = rng.choice(DARK_BACKGROUNDS)
        fg = rng.choice(LIGHT_TEXT)
        name_color = fg if rng.random() < 0.6 else rng.choice(GOLD_ON_DARK)
        accent = rng.choice(GOLD_ON_DARK + ACCENTS[:4])
    else:
        bg = rng.choice(LIGHT_BACKGROUNDS)
        fg = rng.choice(DARK_TEXT)
        name_color = fg if rng.random() < 0.65 else accent
    company_color = accent if rng.random() < 0.5 else fg
    # Fonts come from their own stream so that the rest of the card (and its truth) does not depend on how
    # many fonts this machine has.
    font_rng = random.Random(rng.getrandbits(32))
    fams = [f for f in fonts.text_families() if vocabulary.allowed_family(f.name)]
    if vocabulary.eval_only():
        fams += fonts.eval_only_families() * 2  # weighted: about half the evaluation cards use one of them
    body = font_rng.choice(fams)
    name_font = body if font_rng.random() < 0.6 else font_rng.choice(fams)
    dense = n_lines > 11
    return CardStyle(
        layout=layout, dark=dark, portrait=portrait, size_mm=size, bg=bg, fg=fg, name_color=name_color,
        accent=accent, company_color=company_color, name_font=name_font, body_font=body,
        name_pt=rng.uniform(10.0, 14.0) if not dense else rng.uniform(9.5, 12.0),
        title_pt=rng.uniform(7.5, 9.0), company_pt=rng.uniform(8.5, 11.0),
        body_pt=rng.uniform(7.0, 8.5) if not dense else rng.uniform(6.5, 7.5),
        name_bold=rng.random() < 0.75, company_bold=rng.random() < 0.7, title_italic=rng.random() < 0.25,
        logo=rng.choice(LOGO_SHAPES) if rng.random() < 0.8 else "none",
        accent_bar=rng.choice(["none", "none", "under-name", "bottom", "top", "left-edge"]),
        qr=qr, line_gap=rng.uniform(0.22, 0.4),
    )


def draw_logo(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], shape: str, initials: str,
              color: tuple[int, int, int], bg: tuple[int, int, int], font_path: str | None) -> None:
    """A simple geometric mark with the company initials in it (or beside it for open shapes)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    r = min(w, h) / 2
    text_color = bg
    if shape == "circle":
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)
    elif shape == "ring":
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=color, width=max(2, int(r * 0.14)))
        text_color = color
    elif shape == "square":
        draw.rectangle((cx - r, cy - r, cx + r, cy + r), fill=color)
    elif shape == "rounded":
        draw.rounded_rectangle((cx - r, cy - r, cx + r, cy + r), radius=r * 0.3, fill=color)
    elif shape == "diamond":
        draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=color)
    elif shape == "triangle":
        draw.polygon([(cx, cy - r), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)], fill=color)
    elif shape == "hexagon":
        pts = [(cx + r * math.cos(math.pi / 3 * k + math.pi / 6), cy + r * math.sin(math.pi / 3 * k + math.pi / 6))
               for k in range(6)]
        draw.polygon(pts, fill=color)
    elif shape == "bars":
        bw = w / 7
        for k in range(3):
            top = y0 + h * (0.5 - 0.25 * k)
            draw.rectangle((x0 + bw * (2 * k), top, x0 + bw * (2 * k + 1), y1), fill=color)
        return
    if not initials or font_path is None:
        return
    size = int(r * (1.0 if len(initials) == 1 else 0.8 if len(initials) == 2 else 0.6))
    if shape == "triangle":
        size = int(size * 0.6)
        cy += r * 0.25
    font = fonts.load(font_path, max(size, 6))
    draw.text((cx, cy), initials, font=font, fill=text_color, anchor="mm")


ICON_ADVANCE = 1.25  # an icon and its gap take this many font sizes before the text


def draw_icon(draw: ImageDraw.ImageDraw, icon: str, x: float, baseline: float, size: int,
              color: tuple[int, int, int], bg: tuple[int, int, int]) -> None:
    """A small pictogram (no letters, so it is never read as a label) left of a contact line."""
    s = size * 0.78
    x0, y1 = x, baseline
    y0 = y1 - s
    cx, cy = x0 + s / 2, y0 + s / 2
    w = max(1, round(size * 0.09))
    if icon == "phone":
        draw.ellipse((x0, y0, x0 + s, y1), fill=color)
        draw.arc((cx - s * 0.25, cy - s * 0.25, cx + s * 0.25, cy + s * 0.25), 100, 260, fill=bg, width=w * 2)
    elif icon == "mobile":
        draw.rounded_rectangle((cx - s * 0.28, y0, cx + s * 0.28, y1), radius=s * 0.1, fill=color)
        draw.rectangle((cx - s * 0.18, y0 + s * 0.14, cx + s * 0.18, y1 - s * 0.22), fill=bg)
    elif icon == "email":
        top = y0 + s * 0.15
        draw.rectangle((x0, top, x0 + s, y1), fill=color)
        draw.line((x0, top, cx, cy + s * 0.12, x0 + s, top), fill=bg, width=w)
    elif icon == "web":
        draw.ellipse((x0, y0, x0 + s, y1), outline=color, width=w)
        draw.ellipse((cx - s * 0.2, y0, cx + s * 0.2, y1), outline=color, width=w)
        draw.line((x0, cy, x0 + s, cy), fill=color, width=w)
    elif icon == "pin":
        draw.ellipse((cx - s * 0.32, y0, cx + s * 0.32, y0 + s * 0.64), fill=color)
        draw.polygon([(cx - s * 0.28, y0 + s * 0.45), (cx + s * 0.28, y0 + s * 0.45), (cx, y1)], fill=color)
        draw.ellipse((cx - s * 0.12, y0 + s * 0.2, cx + s * 0.12, y0 + s * 0.44), fill=bg)
