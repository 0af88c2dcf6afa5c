"""A card being drawn: millimetre/point units, text stacks that shrink to fit, and the card's text items."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PIL import Image, ImageDraw, ImageFont

from . import fonts
from .contacts import ContactSpec
from .styles import ICON_ADVANCE, CardStyle, Color, draw_icon

Box = tuple[float, float, float, float]
MIN_BODY_PT = 6.0


@dataclass
class TextItem:
    text: str
    font_path: str | None
    pt: float
    color: Color
    role: str
    gap_before_mm: float = 0.0
    icon: str | None = None
    tracking: float = 0.0  # extra space between letters, in font sizes (letter-spaced titles)
    label: str | None = None  # a label drawn in its own column before the text (label-column design)


def text_width(font: ImageFont.FreeTypeFont, text: str, size: int, tracking: float) -> float:
    return font.getlength(text) + (tracking * size * (len(text) - 1) if tracking and text else 0.0)


def draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, font: ImageFont.FreeTypeFont,
              fill: Color, size: int, tracking: float) -> None:
    """Text on its baseline at xy; letter by letter when letter-spaced."""
    if not tracking:
        draw.text(xy, text, font=font, fill=fill, anchor="ls")
        return
    x, y = xy
    for ch in text:
        draw.text((x, y), ch, font=font, fill=fill, anchor="ls")
        x += font.getlength(ch) + tracking * size


class Canvas:
    def __init__(self, style: CardStyle, dpi: int) -> None:
        self.style = style
        self.dpi = dpi
        self.px_per_mm = dpi / 25.4
        w, h = (round(v * self.px_per_mm) for v in style.size_mm)
        self.image = Image.new("RGB", (w, h), style.bg)
        self.draw = ImageDraw.Draw(self.image)
        self.overflow = False  # set when some text could not fit at a legible size
        self.keep_out: Box | None = None  # the QR code's place: text boxes beside it end before it
        self.label_font: str | None = None  # the font of the labels of a label column
        self.label_column = 0.0  # width of the label column, in font sizes

    def _lead(self, it: TextItem, scale: float) -> float:
        """What comes before an item's text: its icon, or its label column."""
        size = self.pt_px(it.pt * scale)
        return size * ICON_ADVANCE if it.icon else size * self.label_column if it.label is not None else 0.0

    def mm(self, v: float) -> float:
        return v * self.px_per_mm

    def pt_px(self, pt: float) -> int:
        return max(6, round(pt * self.dpi / 72))

    def measure(self, items: list[TextItem], scale: float) -> tuple[float, float]:
        width = height = 0.0
        for it in items:
            size = self.pt_px(it.pt * scale)
            font = fonts.load(it.font_path, size)
            width = max(width, text_width(font, it.text, size, it.tracking) + self._lead(it, scale))
            height += self.pt_px(it.pt * scale) * (1 + self.style.line_gap) + self.mm(it.gap_before_mm)
        return width, height

    def fits(self, items: list[TextItem], box: Box, scale: float) -> bool:
        w, h = self.measure(items, scale)
        return w <= box[2] - box[0] + 0.5 and h <= box[3] - box[1] + 0.5

    def fit_scale(self, items: list[TextItem], box: Box) -> float:
        """The largest scale (<= 1) at which items fit box, not below the legible minimum."""
        if not items:
            return 1.0
        scale = 1.0
        min_pt = min(it.pt for it in items)
        while not self.fits(items, box, scale) and min_pt * scale * 0.96 >= MIN_BODY_PT:
            scale *= 0.96
        return scale

    def _place(self, items: list[TextItem], box: Box, align: str, valign: str, scale: float) -> Box:
        """Where stack() would draw items: the box they cover."""
        w, h = self.measure(items, scale)
        y = box[1] if valign == "top" else box[3] - h if valign == "bottom" else (box[1] + box[3] - h) / 2
        x = box[0] if align == "left" else box[2] - w if align == "right" else (box[0] + box[2] - w) / 2
        return (x, y, x + w, y + h)

    def stack(self, items: list[TextItem], box: Box, align: str = "left", valign: str = "top",
              scale: float | None = None) -> Box:
        """Draw lines top to bottom inside box; returns the box actually used."""
        if not items:
            return (box[0], box[1], box[0], box[1])
        if self.keep_out is not None and scale is None:
            probe = self._place(items, box, align, valign, self.fit_scale(items, box))
            k = self.keep_out
            if probe[0] < k[2] and probe[2] > k[0] - self.mm(2) and probe[1] < k[3] and probe[3] > k[1]:
                box = (box[0], box[1], min(box[2], k[0] - self.mm(2.5)), box[3])
        if not items:
            return (box[0], box[1], box[0], box[1])
        if scale is None:
            scale = self.fit_scale(items, box)
        if not self.fits(items, box, scale):
            self.overflow = True
        w, h = self.measure(items, scale)
        y = box[1] if valign == "top" else box[3] - h if valign == "bottom" else (box[1] + box[3] - h) / 2
        top = y
        for it in items:
            size = self.pt_px(it.pt * scale)
            font = fonts.load(it.font_path, size)
            y += self.mm(it.gap_before_mm)
            line_h = size * (1 + self.style.line_gap)
            baseline = y + line_h * 0.5 + size * 0.36
            tw = text_width(font, it.text, size, it.tracking) + self._lead(it, scale)
            x = box[0] if align == "left" else box[2] - tw if align == "right" else (box[0] + box[2] - tw) / 2
            if it.icon:
                draw_icon(self.draw, it.icon, x, baseline, size, self.style.accent, self.style.bg)
                x += size * ICON_ADVANCE
            elif it.label is not None:
                draw_text(self.draw, (x, baseline), it.label, fonts.load(self.label_font or it.font_path, size),
                          self.style.accent, size, 0.0)
                x += self._lead(it, scale)
            draw_text(self.draw, (x, baseline), it.text, font, it.color, size, it.tracking)
            if it.role == "name" and self.style.accent_bar == "under-name":
                bar_w = self.mm(12)
                bx = x if align == "left" else x + tw - bar_w if align == "right" else (box[0] + box[2] - bar_w) / 2
                by = baseline + size * 0.3
                self.draw.rectangle((bx, by, bx + bar_w, by + max(2, self.mm(0.5))), fill=self.style.accent)
            y += line_h
        x0 = box[0] if align == "left" else box[2] - w if align == "right" else (box[0] + box[2] - w) / 2
        return (x0, top, x0 + w, top + h)


def font_of(fam: fonts.FontFamily | None, kind: str) -> str | None:
    if fam is None:
        return None
    return fam.bold if kind == "bold" else fam.italic if kind == "italic" else fam.regular


def items_of(spec: ContactSpec, style: CardStyle, on_band: Color | None = None) -> dict[str, list[TextItem]]:
    body = style.body_font
    out: dict[str, list[TextItem]] = {"identity": [], "company": [], "contacts": [], "address": []}
    for line in spec.lines:
        r = line.role
        if r == "name":
            out["identity"].append(TextItem(line.text, font_of(style.name_font, "bold" if style.name_bold else "reg"),
                                            style.name_pt, style.name_color, r))
        elif r in ("title", "department"):
            kind = "italic" if style.title_italic and r == "title" else "reg"
            out["identity"].append(TextItem(line.text, font_of(body, kind), style.title_pt if r == "title"
                                            else style.title_pt * 0.92, style.fg, r))
        elif r == "company":
            out["company"].append(TextItem(line.text, font_of(style.name_font, "bold" if style.company_bold else "reg"),
                                           style.company_pt, on_band or style.company_color, r))
        elif r == "tagline":
            out["company"].append(TextItem(line.text, font_of(body, "italic"), style.body_pt * 0.95,
                                           on_band or style.fg, r))
        else:
            group = "address" if r == "address" else "contacts"
            out[group].append(TextItem(line.text, font_of(body, "reg"), style.body_pt, style.fg, r, icon=line.icon))
    return out


def with_gap(items: list[TextItem], mm: float) -> list[TextItem]:
    """items with extra space (mm) before the first one."""
    if not items:
        return []
    return [replace(items[0], gap_before_mm=mm), *items[1:]]
