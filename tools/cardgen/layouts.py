"""Where things go on a card: the seven designs (left, centered, two-column, company-top, side-band, name-right,
portrait) and the evaluation-only ones (layouts_eval.py), the QR code's corner, and contact lines in one or two
columns."""

from __future__ import annotations

import numpy as np
from PIL import Image

from .canvas import Box, Canvas, TextItem, font_of, items_of, with_gap
from .contacts import ContactSpec
from .qr import qr_image
from .styles import EVAL_ONLY_LAYOUTS, CardStyle, Color, draw_logo

QR_ERROR = "l"  # error correction level of the printed QR codes


def draw_qr(cv: Canvas, payload: str, box: Box) -> None:
    """Centre the QR code (black on white, with a quiet zone) in box."""
    side = min(box[2] - box[0], box[3] - box[1])
    modules = len(qr_image(payload, 1, quiet=0, error=QR_ERROR))
    quiet = 2 if not cv.style.dark else 3
    module_px = max(2, int(side // (modules + 2 * quiet)))
    arr = qr_image(payload, module_px, quiet=quiet, error=QR_ERROR)
    tile = Image.fromarray(arr).convert("RGB")
    if not cv.style.dark:
        # Light cards: white modules become the card colour (quiet zone stays light enough to decode).
        a = np.asarray(tile).copy()
        a[a[..., 0] > 128] = cv.style.bg
        tile = Image.fromarray(a)
    x = int((box[0] + box[2] - tile.width) / 2)
    y = int((box[1] + box[3] - tile.height) / 2)
    if cv.style.dark:
        pad = int(cv.mm(0.8))
        cv.draw.rounded_rectangle((x - pad, y - pad, x + tile.width + pad, y + tile.height + pad),
                                  radius=pad * 2, fill=(255, 255, 255))
    cv.image.paste(tile, (x, y))


def layout_card(cv: Canvas, spec: ContactSpec, style: CardStyle, payload: str | None) -> None:
    W, H = cv.image.size
    m = cv.mm(5.0)
    left, top, right, bottom = m, m, W - m, H - m
    bar = cv.mm(2.2)
    if style.accent_bar == "top":
        cv.draw.rectangle((0, 0, W, bar), fill=style.accent)
        top += bar * 0.6
    elif style.accent_bar == "bottom":
        cv.draw.rectangle((0, H - bar, W, H), fill=style.accent)
        bottom -= bar * 0.6
    elif style.accent_bar == "left-edge" and style.layout != "side-band":
        cv.draw.rectangle((0, 0, bar, H), fill=style.accent)
        left += bar * 0.6
    qr_box: Box | None = None
    if payload:
        qs = cv.mm(22 if not style.portrait else 20)
        if style.portrait:
            qr_box = ((W - qs) / 2, bottom - qs, (W + qs) / 2, bottom)
            bottom -= qs + cv.mm(2)
        elif style.layout == "left":
            qr_box = (right - qs, top, right, top + qs)  # top right: the contact lines below get the full width
            cv.keep_out = qr_box
        else:
            qr_box = (right - qs, bottom - qs, right, bottom)
            cv.keep_out = qr_box
    logo_px = cv.mm(11)
    bold = font_of(style.name_font, "bold")

    def logo(box: Box, color: Color | None = None, bg: Color | None = None) -> None:
        if style.logo != "none":
            draw_logo(cv.draw, tuple(int(v) for v in box), style.logo, spec.initials, color or style.accent,
                      bg or style.bg, bold)

    lay = style.layout
    it = items_of(spec, style, on_band=style.bg) if lay in ("company-top", "side-band") else items_of(spec, style)
    contacts, address = it["contacts"], it["address"]
    has_logo = style.logo != "none"
    if lay == "left" or lay == "name-right":
        row_h = logo_px if has_logo else cv.measure(it["company"], 1.0)[1]
        if has_logo:
            logo((left, top, left + logo_px, top + logo_px))
        comp_box = (left + (logo_px + cv.mm(3) if has_logo else 0), top, right if lay == "left" else W * 0.5,
                    top + max(row_h, cv.mm(4)))
        comp_used = cv.stack(it["company"], comp_box, "left", "center")
        lower = top + row_h + cv.mm(3) if it["company"] or has_logo else top
        if lay == "left":
            used = cv.stack(it["identity"], (left, lower, right, bottom), "left", "top")
            rest_top = used[3] + cv.mm(2.5)
        else:
            id_left = max(W * 0.45, comp_used[2] + cv.mm(4))
            used = cv.stack(it["identity"], (id_left, top, right, bottom), "right", "top")
            rest_top = max(lower, used[3] + cv.mm(2))
        _contacts_and_address(cv, contacts, address, (left, rest_top, right, bottom),
                              two_cols=lay == "name-right" or len(contacts) > 3)
    elif lay == "two-column":
        # The split follows the widths the two columns need (the contact column gets what it needs if it can).
        need_l = max(cv.measure(it["identity"], 1.0)[0], cv.measure(it["company"], 1.0)[0], logo_px)
        need_r = cv.measure(contacts + address, 1.0)[0]
        inner = right - left - cv.mm(6)
        frac = need_l / max(need_l + need_r, 1)
        split = left + cv.mm(3) + inner * min(0.6, max(0.36, frac))
        y = top
        if has_logo:
            logo((left, y, left + logo_px, y + logo_px))
            y += logo_px + cv.mm(2)
        used = cv.stack(it["company"], (left, y, split - cv.mm(3), bottom), "left", "top")
        cv.stack(it["identity"], (left, max(used[3], y) + cv.mm(3), split - cv.mm(3), bottom), "left", "bottom")
        cv.draw.line((split, top + cv.mm(2), split, bottom - cv.mm(2)), fill=style.accent,
                     width=max(2, int(cv.mm(0.3))))
        cv.stack(contacts + with_gap(address, 1.5), (split + cv.mm(3), top, right, bottom), "left", "center")
    elif lay == "centered" or lay == "portrait":
        y = top
        if has_logo:
            ls = logo_px * (1.2 if style.portrait else 1.0)
            logo(((left + right - ls) / 2, y, (left + right + ls) / 2, y + ls))
            y += ls + cv.mm(2)
        used = cv.stack(it["company"], (left, y, right, bottom), "center", "top")
        y = max(y, used[3]) + cv.mm(3 if style.portrait else 2)
        used = cv.stack(it["identity"], (left, y, right, bottom), "center", "top")
        y = used[3] + cv.mm(3)
        if style.portrait:
            cv.stack(contacts + with_gap(address, 1.5), (left, y, right, bottom), "center", "bottom")
        else:
            _contacts_and_address(cv, contacts, address, (left, y, right, bottom),
                                  two_cols=len(contacts) + len(address) > 4, align="center")
    elif lay == "company-top":
        band_h = H * 0.28
        cv.draw.rectangle((0, 0, W, band_h), fill=style.accent)
        if has_logo:
            lp = band_h - 2 * cv.mm(3.5)
            logo((left, (band_h - lp) / 2, left + lp, (band_h + lp) / 2), color=style.bg, bg=style.accent)
            cx = left + lp + cv.mm(3)
        else:
            cx = left
        cv.stack(it["company"], (cx, cv.mm(1.5), right, band_h - cv.mm(1.5)), "left", "center")
        below = band_h + cv.mm(3)
        used = cv.stack(it["identity"], (left, below, right, bottom), "left", "top")
        _contacts_and_address(cv, contacts, address, (left, used[3] + cv.mm(2), right, bottom), two_cols=True)
    elif lay == "side-band":
        band_w = cv.mm(20)
        cv.draw.rectangle((0, 0, band_w, H), fill=style.accent)
        if has_logo:
            lp = band_w - cv.mm(6)
            logo((cv.mm(3), cv.mm(5), cv.mm(3) + lp, cv.mm(5) + lp), color=style.bg, bg=style.accent)
        tl = band_w + cv.mm(4.5)
        comp = [TextItem(t.text, t.font_path, t.pt, style.company_color if t.role == "company" else style.fg, t.role)
                for t in it["company"]]
        used = cv.stack(it["identity"], (tl, top, right, bottom), "left", "top")
        used = cv.stack(comp, (tl, used[3] + cv.mm(1.5), right, bottom), "left", "top")
        _contacts_and_address(cv, contacts, address, (tl, used[3] + cv.mm(2), right, bottom),
                              two_cols=len(contacts) + len(address) > 5)
    elif lay in EVAL_ONLY_LAYOUTS:
        from .layouts_eval import draw_eval_layout  # evaluation-only designs (they use this module's helpers)

        draw_eval_layout(cv, spec, style, it, (left, top, right, bottom), logo, _contacts_and_address)
    if payload and qr_box:
        draw_qr(cv, payload, qr_box)


def _contacts_and_address(cv: Canvas, contacts: list[TextItem], address: list[TextItem], box: Box,
                          two_cols: bool, align: str = "left") -> None:
    x0, y0, x1, y1 = box
    k = cv.keep_out
    if k is not None and y0 < k[3] and y1 > k[1] and x1 > k[0]:
        x1 = k[0] - cv.mm(2.5)  # the columns end before the QR code
        box = (x0, y0, x1, y1)
    one_col = contacts + with_gap(address, 1.2)
    if two_cols and address and contacts:
        cw, aw = cv.measure(contacts, 1.0)[0], cv.measure(address, 1.0)[0]
        gap = cv.mm(3)
        split = x0 + (x1 - x0 - gap) * cw / max(cw + aw, 1) + gap / 2
        left_box, right_box = (x0, y0, split - gap / 2, y1), (split + gap / 2, y0, x1, y1)
        scale = min(cv.fit_scale(contacts, left_box), cv.fit_scale(address, right_box))
        two_ok = cv.fits(contacts, left_box, scale) and cv.fits(address, right_box, scale)
        # One column when it fits as large as two would.
        if not two_ok or (cv.fits(one_col, box, scale) and cv.fit_scale(one_col, box) >= scale):
            two_cols = False
    else:
        two_cols = False
    if not two_cols:
        cv.stack(one_col, box, align, "bottom")
        return
    if align == "center":
        cv.stack(contacts, left_box, "right", "bottom", scale)
        cv.stack(address, right_box, "left", "bottom", scale)
    else:
        cv.stack(contacts, left_box, "left", "bottom", scale)
        cv.stack(address, right_box, "right", "bottom", scale)


