"""The designs only the evaluation half draws (vocabulary.EVAL_ONLY_LAYOUTS), modelled on common real cards:

- spaced-caps: everything centred, the name in capitals, the title letter-spaced, a short rule, contacts below;
- label-column: company across the top; below it person and address on the left and on the right the contact
  data after a column of short labels ("T", "M", "E", "W" or "Tel.", "Mob.", "Email", "Web") in the accent colour;
- logo-strip: a tinted vertical strip on the left with the logo and the company name stacked word by word;
- address-first: the back of a card: company and address block first, a rule, then the person and contacts.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import replace

from .canvas import Box, Canvas, TextItem, with_gap
from .contacts import ContactSpec
from .styles import CardStyle, Color

LogoFn = Callable[[Box, Color | None, Color | None], None]
ContactsFn = Callable[..., None]  # layouts._contacts_and_address

# Label sets of the label column, each: phone, mobile, e-mail, website.
LABEL_SETS = (("T", "M", "E", "W"), ("Tel.", "Mob.", "Email", "Web"), ("t", "m", "e", "w"),
              ("Tel", "Mobile", "Mail", "Web"))


def _pick(spec: ContactSpec, n: int, salt: str) -> int:
    """A choice fixed by the card's contact (layout_card has no random stream of its own)."""
    return zlib.crc32(f"{salt}:{spec.contact.get('name')}".encode()) % n


def _caps(items: list[TextItem], tracking: float) -> list[TextItem]:
    return [replace(it, text=it.text.upper(), tracking=tracking) if it.role == "name" else it for it in items]


def _spaced(items: list[TextItem], tracking: float) -> list[TextItem]:
    return [replace(it, tracking=tracking) if it.role in ("title", "department") else it for it in items]


def _two_lines(text: str) -> list[str]:
    """A company name wrapped onto two lines at the space nearest its middle (one line if it is one word)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return [text]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [text[:cut], text[cut + 1:]]


def _rule(cv: Canvas, x0: float, x1: float, y: float, color: Color) -> None:
    cv.draw.line((x0, y, x1, y), fill=color, width=max(2, int(cv.mm(0.25))))


def draw_eval_layout(cv: Canvas, spec: ContactSpec, style: CardStyle, it: dict[str, list[TextItem]],
                     area: Box, logo: LogoFn, contacts_and_address: ContactsFn) -> None:
    left, top, right, bottom = area
    contacts, address = it["contacts"], it["address"]
    has_logo = style.logo != "none"
    logo_px = cv.mm(10)
    lay = style.layout
    if lay == "spaced-caps":
        y = top
        if has_logo:
            logo(((left + right - logo_px) / 2, y, (left + right + logo_px) / 2, y + logo_px), None, None)
            y += logo_px + cv.mm(1.5)
        used = cv.stack([replace(t, tracking=0.08) if t.role == "company" else t for t in it["company"]],
                        (left, y, right, bottom), "center", "top")
        y = max(y, used[3]) + cv.mm(2)
        identity = _spaced(_caps(it["identity"], 0.06), 0.22)
        used = cv.stack(identity, (left, y, right, bottom), "center", "top")
        y = used[3] + cv.mm(1.5)
        _rule(cv, (left + right) / 2 - cv.mm(6), (left + right) / 2 + cv.mm(6), y, style.accent)
        contacts_and_address(cv, contacts, address, (left, y + cv.mm(2), right, bottom),
                             len(contacts) + len(address) > 4, align="center")
    elif lay == "label-column":
        labels = LABEL_SETS[_pick(spec, len(LABEL_SETS), "labels")]
        by_icon = {"phone": labels[0], "mobile": labels[1], "email": labels[2], "web": labels[3]}
        column: list[TextItem] = []
        for item in contacts:
            label = by_icon.get(item.icon or "")
            if label is None and item.role in ("email", "website") and " " not in item.text:
                label = labels[2] if item.role == "email" else labels[3]
            column.append(replace(item, icon=None, label=label or ""))
        address = [replace(a, icon=None) for a in address]
        cv.label_font = style.body_font.bold if style.body_font else None
        cv.label_column = max(len(x) for x in labels) * 0.55 + 0.7
        y = top
        if has_logo:
            logo((left, y, left + logo_px, y + logo_px), None, None)
        comp_box = (left + (logo_px + cv.mm(2) if has_logo else 0), y, right, y + logo_px if has_logo else bottom)
        used = cv.stack(it["company"], comp_box, "left", "center" if has_logo else "top")
        if has_logo:
            used = (used[0], used[1], used[2], max(used[3], y + logo_px))
        # The split gives each column the share of the width it needs.
        need_l = cv.measure(it["identity"] + address, 1.0)[0]
        need_r = cv.measure(column, 1.0)[0]
        split = left + (right - left) * min(0.7, max(0.25, need_l / max(need_l + need_r, 1)))
        below = (used[3] if it["company"] or has_logo else top) + cv.mm(3)
        cv.stack(it["identity"] + with_gap(address, 1.5), (left, below, split - cv.mm(2), bottom), "left", "bottom")
        cv.stack(column, (split + cv.mm(2), below, right, bottom), "left", "center")
    elif lay == "logo-strip":
        strip = cv.mm(24)
        tint = tuple(round(a * 0.18 + b * 0.82) for a, b in zip(style.accent, style.bg, strict=True))
        cv.draw.rectangle((0, 0, strip, cv.image.size[1]), fill=tint)
        y = top
        if has_logo:
            logo(((strip - logo_px) / 2, y, (strip + logo_px) / 2, y + logo_px), None, tint)  # type: ignore[arg-type]
            y += logo_px + cv.mm(2)
        words = [replace(t, text=w) for t in it["company"] if t.role == "company" for w in _two_lines(t.text)]
        cv.stack(words, (cv.mm(2.5), y, strip - cv.mm(2.5), bottom), "center", "top")
        x0 = strip + cv.mm(4)
        used = cv.stack(it["identity"], (x0, top, right, bottom), "left", "top")
        contacts_and_address(cv, contacts, address, (x0, used[3] + cv.mm(2.5), right, bottom),
                             len(contacts) + len(address) > 5)
    elif lay == "address-first":
        used = cv.stack(it["company"] + with_gap(address, 1.0), (left, top, right, bottom), "left", "top")
        if has_logo:
            logo((right - logo_px, top, right, top + logo_px), None, None)
        y = used[3] + cv.mm(2)
        _rule(cv, left, right, y, style.accent)
        used = cv.stack(it["identity"], (left, y + cv.mm(2), right, bottom), "left", "top")
        cv.stack(contacts, (left, used[3] + cv.mm(2), right, bottom), "right", "bottom")
    else:
        raise ValueError(f"not an evaluation-only layout: {lay}")
