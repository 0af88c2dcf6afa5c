"""Draw a card from a Contact: layouts of this package's own design, in fonts tools/cardgen never draws.

Development layouts (both seed sets draw them): logo_left (logo block at the left), centred, two_columns,
name_bottom, band (a vertical colour band holding the company), caps_small (names in capitals, small print,
contact icons drawn as simple shapes), and in layouts_more.py right_column, dark and title_above.
Evaluation-only layouts (layouts_more.py; only the evaluation seed draws them): company_big, portrait,
no_person. Development fonts: Nimbus Sans, Nimbus Roman, URW Bookman (fonts-urw-base35), Lato (fonts-lato)
and Cantarell (fonts-cantarell); evaluation-only font: Roboto (fonts-roboto-unhinted). tools/cardgen draws
DejaVu, Liberation, Open Sans, Carlito, Caladea, URW Gothic, Nimbus Sans Narrow, P052 and C059.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .contacts import Contact

W, H = 1050, 600
DEV_LAYOUTS = ("logo_left", "centred", "two_columns", "name_bottom", "band", "caps_small", "right_column", "dark",
               "title_above")
EVAL_LAYOUTS = ("company_big", "portrait", "no_person")  # drawn only by the evaluation seed
URW = Path("/usr/share/fonts/opentype/urw-base35")
LATO = Path("/usr/share/fonts/truetype/lato")
ROBOTO = Path("/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF")
FONTS: dict[str, tuple[Path, Path]] = {  # family -> (regular, bold); Debian packages in scripts/debian-packages.txt
    "Nimbus Sans": (URW / "NimbusSans-Regular.otf", URW / "NimbusSans-Bold.otf"),
    "Nimbus Roman": (URW / "NimbusRoman-Regular.otf", URW / "NimbusRoman-Bold.otf"),
    "URW Bookman": (URW / "URWBookman-Light.otf", URW / "URWBookman-Demi.otf"),
    "Lato": (LATO / "Lato-Regular.ttf", LATO / "Lato-Bold.ttf"),
    "Cantarell": (Path("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf"),
                  Path("/usr/share/fonts/opentype/cantarell/Cantarell-Bold.otf")),
    "Roboto": (ROBOTO / "Roboto-Regular.ttf", ROBOTO / "Roboto-Bold.ttf"),
}
EVAL_FONTS = ("Roboto",)  # drawn only by the evaluation seed
# Light weights some cards print their text in (harder to read than the regular weight)
LIGHT: dict[str, Path] = {"Lato": LATO / "Lato-Light.ttf", "Roboto": ROBOTO / "Roboto-Light.ttf",
                          "Cantarell": Path("/usr/share/fonts/opentype/cantarell/Cantarell-Light.otf")}
INK = ((25, 25, 30), (40, 45, 70), (60, 30, 30), (20, 50, 40), (95, 95, 100), (110, 90, 70))  # the last two: grey
ACCENT = ((200, 60, 40), (30, 90, 170), (20, 130, 110), (150, 40, 120), (220, 150, 20), (70, 70, 80))
PAPER = ((252, 252, 250), (246, 241, 228), (236, 240, 244), (250, 250, 250), (232, 238, 226), (244, 230, 218))
DARK_PAPER = ((28, 32, 40), (20, 45, 70), (45, 30, 35), (15, 15, 18), (30, 60, 50))
LIGHT_INK = ((245, 245, 240), (235, 230, 215), (225, 235, 245))
LIGHT_ACCENT = ((240, 190, 80), (140, 200, 240), (160, 230, 200), (250, 250, 250))


def missing_fonts() -> list[str]:
    return [str(p) for p in [*(q for pair in FONTS.values() for q in pair), *LIGHT.values()] if not p.is_file()]


@dataclass
class Style:
    family: str
    ink: tuple[int, int, int]
    accent: tuple[int, int, int]
    paper: tuple[int, int, int]
    icons: bool
    light: bool = False  # regular text in the family's light weight, where it has one

    def font(self, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
        path = LIGHT[self.family] if self.light and not bold and self.family in LIGHT else FONTS[self.family][int(bold)]
        return ImageFont.truetype(str(path), size)


class Card:
    def __init__(self, contact: Contact, layout: str, style: Style, rng: random.Random,
                 size: tuple[int, int] = (W, H)) -> None:
        self.c, self.layout, self.s, self.rng = contact, layout, style, rng
        self.img = Image.new("RGB", size, style.paper)
        self.d = ImageDraw.Draw(self.img)

    def text(self, xy: tuple[int, int], text: str, size: int, *, bold: bool = False, fill=None, anchor: str = "la",
             max_width: int = W - 60) -> int:
        """Draw one line, shrunk to fit max_width; returns the height used."""
        while size > 12:
            font = self.s.font(size, bold)
            if self.d.textlength(text, font=font) <= max_width:
                break
            size -= 1
        font = self.s.font(size, bold)
        self.d.text(xy, text, font=font, fill=fill or self.s.ink, anchor=anchor)
        return int(size * 1.35)

    def contact_rows(self, compact: bool = False) -> list[tuple[str, str]]:
        """(kind, text) rows: address lines, phones, e-mail, website, LinkedIn."""
        c = self.c
        rows = [("address", s) for s in c.street_lines]
        rows += [("address", s) for s in c.city_line.split("\n")]
        if c.country:
            rows.append(("address", c.country))
        for p in c.phones:
            label = "" if self.s.icons and p.kind != "fax" else p.label
            sep = self.rng.choice([" ", ": "]) if label and not label.endswith(".") else " "
            rows.append(("phone", f"{label}{sep}{p.printed}" if label else p.printed))
        email_label = "" if self.s.icons or self.rng.random() < 0.6 else self.rng.choice(["E-mail: ", "E ", "Mail: "])
        rows.append(("email", email_label + c.email))
        if c.website:
            rows.append(("web", c.website))
        if c.linkedin:
            rows.append(("linkedin", c.linkedin))
        if compact and len(rows) > 8:  # two phones on one line
            phones = [t for k, t in rows if k == "phone"]
            rows = [r for r in rows if r[0] != "phone"]
            rows[-2:-2] = [("phone", "   ".join(phones[i:i + 2])) for i in range(0, len(phones), 2)]
        return rows

    def icon(self, kind: str, x: int, y: int, size: int) -> None:
        a, r = self.s.accent, size // 2
        if kind == "phone":
            self.d.ellipse((x, y, x + size, y + size), fill=a)
        elif kind == "email":
            self.d.rectangle((x, y + 2, x + size, y + size - 2), outline=a, width=2)
            self.d.line((x, y + 2, x + r, y + r, x + size, y + 2), fill=a, width=2)
        elif kind in ("web", "linkedin"):
            self.d.ellipse((x, y, x + size, y + size), outline=a, width=2)
            self.d.line((x + r, y, x + r, y + size), fill=a, width=1)
        elif kind == "address":
            self.d.polygon([(x, y), (x + size, y), (x + r, y + size)], fill=a)

    def rows_block(self, x: int, y: int, rows: list[tuple[str, str]], size: int, *, anchor: str = "la",
                   max_width: int = W - 60) -> int:
        step = int(size * 1.4)
        icons = self.s.icons and anchor == "la"
        last_kind = ""
        for kind, text in rows:
            if icons and (kind != "address" or last_kind != "address"):
                self.icon(kind, x, y + size // 6, int(size * 0.7))
            self.text((x + int(size * 1.1) if icons else x, y), text, size, anchor=anchor, max_width=max_width)
            y += step
            last_kind = kind
        return y

    def logo(self, x: int, y: int, size: int) -> None:
        a = self.s.accent
        shape = self.rng.randrange(3)
        if shape == 0:
            self.d.rectangle((x, y, x + size, y + size), fill=a)
        elif shape == 1:
            self.d.ellipse((x, y, x + size, y + size), fill=a)
            self.d.ellipse((x + size // 4, y + size // 4, x + 3 * size // 4, y + 3 * size // 4), fill=self.s.paper)
        else:
            self.d.polygon([(x, y + size), (x + size // 2, y), (x + size, y + size)], fill=a)
        if shape != 1 and self.rng.random() < 0.5:  # the company's initials inside the mark, as logos have
            initials = "".join(w[0] for w in self.c.company.split() if w[:1].isalpha())[:3].upper()
            font = self.s.font(max(12, size // (2 + len(initials) // 2)), True)
            self.d.text((x + size // 2, y + (size * 5) // 8), initials, font=font, fill=self.s.paper, anchor="mm")

    def spaced(self, xy: tuple[int, int], text: str, size: int, *, bold: bool = False, fill=None,
               max_width: int = W - 60) -> int:
        """One line with wide letter spacing (tracking), as logos and small capitals are often set."""
        font = self.s.font(size, bold)
        gap = size * 0.25
        while size > 14 and sum(self.d.textlength(ch, font=font) + gap for ch in text) > max_width:
            size -= 1
            font, gap = self.s.font(size, bold), size * 0.25
        x, y = xy
        for ch in text:
            self.d.text((x, y), ch, font=font, fill=fill or self.s.ink)
            x += self.d.textlength(ch, font=font) + gap
        return int(size * 1.35)

    def ident(self, x: int, y: int, name_size: int, *, caps: bool = False, anchor: str = "la",
              max_width: int = W - 60) -> int:
        c = self.c
        y += self.text((x, y), c.name.upper() if caps else c.name, name_size, bold=True, anchor=anchor,
                       max_width=max_width)
        y += self.text((x, y), c.title, int(name_size * 0.55), fill=self.s.accent, anchor=anchor, max_width=max_width)
        if c.department:
            y += self.text((x, y), c.department, int(name_size * 0.5), anchor=anchor, max_width=max_width)
        return y

    def tagline(self, xy: tuple[int, int], *, fill=None, anchor: str = "la", max_width: int = W - 60) -> int:
        """The company's slogan, when the contact has one; returns the height used."""
        text = self.c.extra.get("tagline", "")
        return self.text(xy, text, 19, fill=fill, anchor=anchor, max_width=max_width) if text else 0

    def draw(self) -> Image.Image:
        from .layouts_more import MORE
        if self.layout in MORE:
            MORE[self.layout](self)
        else:
            getattr(self, "draw_" + self.layout)()
        return self.img

    def draw_logo_left(self) -> None:
        self.logo(50, 60, 130)
        self.text((50, 210), self.c.company, 26, bold=True, max_width=300)
        self.tagline((50, 250), max_width=300)
        y = self.ident(390, 50, 46, max_width=620)
        self.rows_block(390, max(y + 20, 230), self.contact_rows(compact=True), 23, max_width=620)

    def draw_centred(self) -> None:
        self.logo(W // 2 - 30, 25, 60)
        y = 100 + self.text((W // 2, 100), self.c.company, 34, bold=True, anchor="ma")
        y += self.tagline((W // 2, y), fill=self.s.accent, anchor="ma")
        y = self.ident(W // 2, y + 5, 40, anchor="ma")
        rows = self.contact_rows(compact=True)
        self.rows_block(W // 2, y + 10, rows, min(22, int((H - y - 20) / max(1, len(rows)) / 1.4)), anchor="ma")

    def draw_two_columns(self) -> None:
        self.ident(50, 50, 44, max_width=560)
        self.text((W - 50, 50), self.c.company, 30, bold=True, anchor="ra", max_width=380)
        self.d.line((50, 250, W - 50, 250), fill=self.s.accent, width=3)
        rows = self.contact_rows()
        left = [r for r in rows if r[0] == "address"]
        right = [r for r in rows if r[0] != "address"]
        self.rows_block(50, 280, left, 23, max_width=420)
        self.rows_block(520, 280, right, 23, max_width=490)

    def draw_name_bottom(self) -> None:
        self.logo(50, 40, 70)
        self.text((140, 55), self.c.company, 34, bold=True, max_width=860)
        rows = self.contact_rows(compact=True)
        self.rows_block(W // 2, 140, rows, min(22, int(270 / max(1, len(rows)) / 1.4)), max_width=480)
        self.ident(50, 440 - (30 if self.c.department else 0), 40, max_width=460)

    def draw_band(self) -> None:
        band = 280
        self.d.rectangle((0, 0, band, H), fill=self.s.accent)
        words, lines, cur = self.c.company.split(), [], ""
        for w in words:
            if cur and len(cur) + len(w) > 14:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        lines.append(cur)
        for i, line in enumerate(lines):
            self.text((30, 60 + i * 40), line, 30, bold=True, fill=(255, 255, 255), max_width=band - 50)
        self.tagline((30, 80 + len(lines) * 40), fill=(255, 255, 255), max_width=band - 50)
        y = self.ident(band + 40, 45, 42, max_width=W - band - 80)
        rows = self.contact_rows(compact=True)
        self.rows_block(band + 40, y + 20, rows, min(23, int((H - y - 40) / max(1, len(rows)) / 1.4)),
                        max_width=W - band - 80)

    def draw_caps_small(self) -> None:
        if self.rng.random() < 0.5:
            self.spaced((50, 40), self.c.company.upper(), 26, bold=True, fill=self.s.accent, max_width=900)
        else:
            self.text((50, 40), self.c.company.upper(), 28, bold=True, fill=self.s.accent, max_width=900)
        y = self.ident(50, 130, 38, caps=True, max_width=900)
        rows = self.contact_rows(compact=True)
        size = min(20, int((H - y - 30) / max(1, len(rows)) / 1.4))
        self.rows_block(50, y + 15, rows, max(18, size), max_width=900)


def render(contact: Contact, layout: str, rng: random.Random, *, evaluation: bool = False
           ) -> tuple[Image.Image, str]:
    """The card drawn in one of the fonts of its set (the evaluation set also draws the evaluation-only ones)."""
    family = rng.choice(sorted(FONTS if evaluation else set(FONTS) - set(EVAL_FONTS)))
    style = Style(family, rng.choice(INK), rng.choice(ACCENT), rng.choice(PAPER),
                  icons=layout in ("caps_small", "logo_left", "band", "right_column") and rng.random() < 0.6)
    style.light = rng.random() < 0.3
    if layout == "dark":  # light text on a dark card
        style = Style(family, rng.choice(LIGHT_INK), rng.choice(LIGHT_ACCENT), rng.choice(DARK_PAPER), style.icons,
                      style.light)
    size = (H, W) if layout == "portrait" else (W, H)
    return Card(contact, layout, style, rng, size).draw(), family
