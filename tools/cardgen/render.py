"""Draw a business card (Pillow) from a ContactSpec and a CardStyle: straight, flat, no photo effects."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any

from PIL import Image

from . import vocabulary
from .canvas import MIN_BODY_PT, Canvas
from .contacts import ContactSpec, make_contact, slim
from .layouts import layout_card
from .qr import mecard_payload, vcard_payload
from .styles import CardStyle, random_style


@dataclass
class RenderedCard:
    image: Image.Image  # RGB, the card as designed (portrait cards are taller than wide)
    contact: dict[str, Any]
    locale: str
    style: CardStyle
    qr_payload: str | None
    dpi: int
    fits: bool = True  # False only when no design could hold all the text at a legible size

    def truth(self) -> dict[str, Any]:
        """The card's entry in a photo's truth JSON (without quad/rotation)."""
        out = {"qr": self.qr_payload is not None, "locale": self.locale, "dark": self.style.dark,
               "layout": self.style.layout, "contact": self.contact}
        eval_only = self.eval_only_design()
        if eval_only:
            out["eval_only"] = eval_only
        return out

    def eval_only_design(self) -> list[str]:
        """What of this card's design only the evaluation half draws ("layout:...", "font:..."); empty for others."""
        found = [f"layout:{self.style.layout}"] if self.style.layout in vocabulary.EVAL_ONLY_LAYOUTS else []
        for fam in {f.name: f for f in (self.style.name_font, self.style.body_font) if f is not None}:
            if fam in vocabulary.EVAL_ONLY_FAMILIES:
                found.append(f"font:{fam}")
        return found


def _scaled(style: CardStyle, scale: float) -> CardStyle:
    if scale == 1.0:
        return style
    return replace(style, name_pt=style.name_pt * scale, title_pt=style.title_pt * scale,
                   company_pt=style.company_pt * scale, body_pt=max(MIN_BODY_PT, style.body_pt * scale))


def render_card(spec: ContactSpec, style: CardStyle | None = None, *, dpi: int = 300,
                rng: random.Random | None = None, keep_qr: bool = False) -> RenderedCard:
    """Draw the card for `spec` (a random style from rng when none is given).

    When the text does not fit the design at a legible size, other layouts are tried, then optional items are
    left off the card (and out of its truth), then the QR code (unless keep_qr)."""
    rng = rng or random.Random(0)
    if style is None:
        style = random_style(rng, country=spec.country, n_lines=len(spec.lines))

    def payload_for(s: ContactSpec, st: CardStyle) -> str | None:
        return vcard_payload(s.contact) if st.qr == "vcard" else mecard_payload(s.contact) if st.qr == "mecard" \
            else None

    # The search for a design that fits runs at a low resolution; the chosen one is then drawn at `dpi`.
    probe_dpi = min(dpi, 150)
    fallbacks = ["left", "name-right", "side-band"] if style.qr != "none" else ["two-column", "left", "company-top"]
    layouts = [style.layout] + [x for x in fallbacks if x != style.layout]
    slimmed = 0
    while True:
        payload = payload_for(spec, style)
        for n, layout in enumerate(layouts):
            st = style if n == 0 else replace(style, layout=layout, portrait=False, accent_bar="none",
                                              size_mm=(max(style.size_mm), min(style.size_mm)))
            for scale in (1.0, 0.93, 0.86):
                cv = Canvas(_scaled(st, scale), probe_dpi)
                layout_card(cv, spec, cv.style, payload)
                if cv.overflow:
                    continue
                if probe_dpi != dpi:
                    final = Canvas(cv.style, dpi)
                    layout_card(final, spec, final.style, payload)
                    if final.overflow:
                        continue
                    cv = final
                return RenderedCard(cv.image, spec.contact, spec.locale, cv.style, payload, dpi)
        thinner = slim(spec) if slimmed < 4 else None
        if thinner is not None:
            spec, slimmed = thinner, slimmed + 1
        elif payload is not None and not keep_qr:
            style = replace(style, qr="none")
            layouts = [style.layout, "two-column", "left"]
        else:
            # Nothing left to try: the smallest legible rendering of the last design.
            cv = Canvas(cv.style, dpi)
            layout_card(cv, spec, cv.style, payload)
            return RenderedCard(cv.image, spec.contact, spec.locale, cv.style, payload, dpi, fits=False)


def random_card(seed: int, *, locale: str | None = None, dpi: int = 300, dark: bool | None = None,
                qr: str | bool | None = None, layout: str | None = None, full: bool = False) -> RenderedCard:
    """A straight card image and its truth, no photo effects: quick fresh test data for other parts."""
    rng = random.Random(seed)
    spec = make_contact(rng, locale, full=full)
    qr_kind = {True: "vcard", False: "none"}.get(qr, qr) if isinstance(qr, bool) else qr
    style = random_style(rng, country=spec.country, n_lines=len(spec.lines), dark=dark, qr=qr_kind, layout=layout)
    return render_card(spec, style, dpi=dpi, rng=rng, keep_qr=qr_kind not in (None, "none"))
