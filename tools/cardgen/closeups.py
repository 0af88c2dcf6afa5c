"""Close-up phone photos of one card on a light desk: the commonest real photo, and the hardest to outline.

What real photos of printed cards showed (and the older scene kinds lacked): a white card on a white
or light grey desk, filling much of the frame, a soft shadow (the phone's, a hand's) across it, often
lying at a quarter or half turn; cards printed in two tones (a dark panel with the logo beside the
light part with the text), cards with the holder's portrait printed on them, and QR codes beside the
text. Each is a `feature` of the "closeup" kind; the older kinds and their seeds are unchanged.
"""

from __future__ import annotations

import dataclasses
import random

import cv2
import numpy as np
from PIL import Image

from .photo import PHONE_SIZE, Photo, _card_truth, _paper, _render, card_quad, composite_card, finish
from .surfaces import make_surface

FEATURES = ("plain", "two-tone", "portrait", "qr")
LIGHT_DESKS = ("desk-white", "desk-light-grey")


def closeup_photo(rng: random.Random, nrng: np.random.Generator, seed: int, *, feature: str | None = None,
                  turn: float | None = None, locale: str | None = None) -> Photo:
    """One card filling 55-85 % of the frame's width on a light desk, with a soft shadow across it."""
    feature = feature or rng.choice(FEATURES)
    if feature not in FEATURES:
        raise ValueError(f"unknown close-up feature {feature!r}; expected one of {', '.join(FEATURES)}")
    portrait_frame = rng.random() < 0.6
    W, H = (PHONE_SIZE[1], PHONE_SIZE[0]) if portrait_frame else PHONE_SIZE
    if turn is None:
        turn = rng.choice([0.0, 0.0, 90.0, 270.0, 180.0])
    angle = turn + rng.gauss(0, 3)
    across = min(W, H) if turn % 180 else W  # the card's long side runs along this side of the frame
    long_side = across * rng.uniform(0.55, 0.85)
    card = _render(rng, long_side * 0.8, locale=locale, qr="vcard" if feature == "qr" else "none", dark=False)
    if feature in ("two-tone", "portrait"):
        designed = _with_panel(np.asarray(card.image, dtype=np.float32), rng, nrng, feature)
        image = Image.fromarray(np.clip(designed, 0, 255).astype(np.uint8))
        paper = _paper(dataclasses.replace(card, image=image), nrng)
    else:
        paper = _paper(card, nrng)
    aspect = paper.shape[0] / paper.shape[1]
    width = long_side if aspect <= 1 else long_side / aspect
    surface = rng.choice(LIGHT_DESKS)
    canvas = make_surface(nrng, surface, H, W)
    for _ in range(40):
        quad = card_quad(W * rng.uniform(0.42, 0.58), H * rng.uniform(0.42, 0.58), width, aspect, angle,
                         (rng.uniform(-0.05, 0.05), rng.uniform(-0.05, 0.05)), nrng.uniform(-0.004, 0.004, (4, 2)))
        if quad.min() > 0.02 * W and quad[:, 0].max() < W * 0.98 and quad[:, 1].max() < H * 0.98:
            break
        width *= 0.96
    light_dir = (rng.uniform(-1, 1), rng.uniform(0.2, 1))
    composite_card(canvas, paper, quad, nrng, rng.uniform(0.15, 0.3), light_dir)
    canvas *= _soft_shadow(rng, H, W)[..., None]
    img = finish(canvas, nrng, light=rng.uniform(0.1, 0.25), blur=rng.uniform(0.5, 1.1), noise=rng.uniform(1.5, 3.0),
                 occluder=False, tint=True)
    truth = _card_truth(card, quad)
    truth["feature"] = feature
    return Photo(img, "closeup", surface, seed, [truth], rendered=[card])


def _with_panel(paper: np.ndarray, rng: random.Random, nrng: np.random.Generator, feature: str) -> np.ndarray:
    """The card as designed (float RGB) widened by a panel beside its text: a dark panel with a light
    logo (two-tone), or the holder's portrait on the card's own colour. It keeps a card's shape."""
    h, w = paper.shape[:2]
    panel_w = int(w * rng.uniform(0.3, 0.45))
    target_w = int(h * rng.uniform(1.55, 1.75))
    text_w = max(1, target_w - panel_w)
    text = cv2.resize(paper, (text_w, int(h * text_w / w)), interpolation=cv2.INTER_AREA)
    out = np.empty((h, target_w, 3), np.float32)
    paper_colour = np.median(paper.reshape(-1, 3), axis=0)
    out[:] = paper_colour
    top = (h - text.shape[0]) // 2
    left = panel_w if rng.random() < 0.5 else 0
    out[top:top + text.shape[0], left:left + text_w] = text
    x0 = 0 if left else text_w
    panel = out[:, x0:x0 + panel_w]
    if feature == "two-tone":
        panel[:] = np.array(rng.choice([[24, 40, 88], [30, 30, 34], [12, 70, 60], [110, 20, 30]]), np.float32)
        c = (panel_w // 2, h // 2)
        r = int(min(panel_w, h) * 0.22)
        cv2.circle(panel, c, r, (235, 235, 230), max(2, r // 5), cv2.LINE_AA)
        cv2.rectangle(panel, (c[0] - r // 2, c[1] - r // 6), (c[0] + r // 2, c[1] + r // 6), (235, 235, 230), -1)
    else:
        _draw_portrait(panel, rng, nrng)
    return out


def _draw_portrait(panel: np.ndarray, rng: random.Random, nrng: np.random.Generator) -> None:
    """A photo of a head and shoulders in a frame (no real person: ellipses and noise)."""
    h, w = panel.shape[:2]
    pw, ph = int(w * 0.72), int(min(h * 0.7, w * 0.9))
    x0, y0 = (w - pw) // 2, (h - ph) // 2
    photo = np.empty((ph, pw, 3), np.float32)
    photo[:] = np.array(rng.choice([[170, 190, 210], [200, 200, 195], [120, 140, 160]]), np.float32)
    skin = np.array(rng.choice([[224, 188, 160], [190, 140, 110], [120, 85, 60]]), np.float32)
    cloth = np.array(rng.choice([[40, 45, 60], [90, 90, 95], [30, 60, 110]]), np.float32)
    cv2.ellipse(photo, (pw // 2, ph), (int(pw * 0.45), int(ph * 0.32)), 0, 180, 360, cloth.tolist(), -1)
    cv2.ellipse(photo, (pw // 2, int(ph * 0.42)), (int(pw * 0.2), int(ph * 0.25)), 0, 0, 360, skin.tolist(), -1)
    cv2.ellipse(photo, (pw // 2, int(ph * 0.28)), (int(pw * 0.21), int(ph * 0.13)), 0, 180, 360, (50, 40, 35), -1)
    photo += nrng.normal(0, 6, photo.shape).astype(np.float32)
    panel[y0:y0 + ph, x0:x0 + pw] = cv2.GaussianBlur(photo, (0, 0), 1.2)


def _soft_shadow(rng: random.Random, h: int, w: int) -> np.ndarray:
    """A soft-edged shadow band across the scene (the phone's or a hand's), as a darkening factor."""
    sh, sw = h // 8, w // 8
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    a = rng.uniform(0, np.pi)
    d = (x / sw - 0.5) * np.cos(a) + (y / sh - 0.5) * np.sin(a) - rng.uniform(-0.25, 0.25)
    edge = 1 / (1 + np.exp(-d / rng.uniform(0.02, 0.06)))
    factor = 1 - rng.uniform(0.15, 0.35) * edge
    return cv2.resize(factor.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
