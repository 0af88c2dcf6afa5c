"""The kinds of photo: one card on a table, 3-6 cards on a table, a flatbed scan, a tight crop (and close-ups)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import cv2
import numpy as np

from .closeups import closeup_photo
from .photo import (
    A4_300DPI,
    EXTRA_KINDS,
    KINDS,
    PHONE_SIZE,
    Photo,
    _card_truth,
    _paper,
    _pick_surface,
    _render,
    card_quad,
    composite_card,
    draw_pen,
    finish,
)
from .render import RenderedCard
from .surfaces import make_surface


def _turn(rng: random.Random, upright: float) -> float:
    """A card's turn in the photo: mostly nearly upright, sometimes a quarter or half turn."""
    r = rng.random()
    base = 0.0 if r < upright else rng.choice([90.0, 270.0, 180.0, 90.0])
    return base + max(-16.0, min(16.0, rng.gauss(0, 6)))


def _aspect(card: RenderedCard) -> float:
    return card.image.height / card.image.width


def _corners(rng: random.Random, card: RenderedCard) -> float:
    """Corner radius in card pixels: most cards are cut square, some have 3-4 mm rounded corners."""
    return card.dpi / 25.4 * rng.uniform(3.0, 4.0) if rng.random() < 0.15 else 0.0


def _fits(quad: np.ndarray, w: int, h: int, margin: float) -> bool:
    return bool(quad[:, 0].min() >= margin and quad[:, 1].min() >= margin and quad[:, 0].max() <= w - margin
                and quad[:, 1].max() <= h - margin)


def _keystone(rng: random.Random, s: float) -> tuple[float, float]:
    return rng.uniform(-s, s), rng.uniform(-s, s)


def _jitter(nrng: np.random.Generator, s: float) -> np.ndarray:
    return nrng.uniform(-s, s, (4, 2))


def phone_photo(rng: random.Random, nrng: np.random.Generator, seed: int, *, portrait: bool | None = None,
                locale: str | None = None, qr: str | None = None, dark: bool | None = None,
                size: tuple[int, int] = PHONE_SIZE) -> Photo:
    if portrait is None:
        portrait = rng.random() < 0.45
    W, H = (size[1], size[0]) if portrait else size
    frac = rng.uniform(0.45, 0.72) if not portrait else rng.uniform(0.55, 0.8)
    angle = _turn(rng, 0.8)
    card = _render(rng, W * frac, locale=locale, qr=qr, dark=dark)
    surface = _pick_surface(rng)
    canvas = make_surface(nrng, surface, H, W)
    quad = None
    long_side = W * frac  # frac sets the card's long side against the photo's width
    for _ in range(60):
        cx, cy = W * rng.uniform(0.38, 0.62), H * rng.uniform(0.38, 0.62)
        width = long_side / max(1.0, _aspect(card))
        q = card_quad(cx, cy, width, _aspect(card), angle, _keystone(rng, 0.07), _jitter(nrng, 0.006))
        if _fits(q, W, H, 0.03 * W):
            quad = q
            break
        long_side *= 0.97
    if quad is None:
        quad = card_quad(W / 2, H / 2, W * 0.45, _aspect(card), angle, (0, 0), np.zeros((4, 2)))
    light_dir = (rng.uniform(-1, 1), rng.uniform(0.2, 1))
    if rng.random() < 0.15:
        draw_pen(canvas, rng, W * frac * rng.uniform(1.3, 1.7), [quad], light_dir)
    composite_card(canvas, _paper(card, nrng), quad, nrng, rng.uniform(0.25, 0.5), light_dir, _corners(rng, card))
    img = finish(canvas, nrng, light=rng.uniform(0.1, 0.3), blur=rng.uniform(0.5, 1.3), noise=rng.uniform(1.5, 3.2),
                 occluder=rng.random() < 0.3, tint=True, motion=rng.uniform(2, 6) if rng.random() < 0.1 else 0.0)
    return Photo(img, "phone", surface, seed, [_card_truth(card, quad)], rendered=[card])


def _grid(n: int, landscape: bool) -> tuple[int, int]:
    if n <= 3:
        return (n, 1) if landscape else (1, n)
    if n == 4:
        return 2, 2
    return (3, 2) if landscape else (2, 3)


def multi_photo(rng: random.Random, nrng: np.random.Generator, seed: int, *, n_cards: int | None = None,
                portrait: bool | None = None, qr: str | None = None) -> Photo:
    n = n_cards or rng.randint(3, 6)
    if portrait is None:
        portrait = rng.random() < 0.3
    W, H = (PHONE_SIZE[1], PHONE_SIZE[0]) if portrait else PHONE_SIZE
    cols, rows = _grid(n, not portrait)
    cell_w, cell_h = W / cols, H / rows
    surface = _pick_surface(rng)
    canvas = make_surface(nrng, surface, H, W)
    occupied = np.zeros((H // 8, W // 8), np.uint8)
    cells = [(c, r) for r in range(rows) for c in range(cols)]
    rng.shuffle(cells)
    truths, rendered = [], []
    light_dir = (rng.uniform(-1, 1), rng.uniform(0.2, 1))
    for i in range(n):
        c, r = cells[i]
        long_side = max(900.0, min(rng.uniform(940, 1250), cell_w * 0.92, cell_h * 1.3))
        angle = _turn(rng, 0.78)
        card = _render(rng, long_side, qr=qr if i == 0 else None)
        width = long_side / max(1.0, _aspect(card))
        placed = None
        for _ in range(80):
            cx = (c + rng.uniform(0.4, 0.6)) * cell_w
            cy = (r + rng.uniform(0.4, 0.6)) * cell_h
            q = card_quad(cx, cy, width, _aspect(card), angle, _keystone(rng, 0.04), _jitter(nrng, 0.004))
            small = np.zeros_like(occupied)
            cv2.fillConvexPoly(small, (q / 8).astype(np.int32), 1)
            grown = cv2.dilate(small, np.ones((7, 7), np.uint8))
            if _fits(q, W, H, 20) and not (grown & occupied).any():
                placed = q
                occupied |= small
                break
            if width * max(1.0, _aspect(card)) > 905:
                width *= 0.99
            angle = angle * 0.9
        if placed is None:
            continue
        composite_card(canvas, _paper(card, nrng), placed, nrng, rng.uniform(0.25, 0.45), light_dir,
                       _corners(rng, card))
        truths.append(_card_truth(card, placed))
        rendered.append(card)
    if rng.random() < 0.3:
        draw_pen(canvas, rng, 1100 * rng.uniform(1.3, 1.7), [np.array(t["quad"]) for t in truths], light_dir)
    img = finish(canvas, nrng, light=rng.uniform(0.1, 0.25), blur=rng.uniform(0.4, 0.9), noise=rng.uniform(1.5, 3.0),
                 occluder=rng.random() < 0.2, tint=True)
    return Photo(img, "multi", surface, seed, truths, rendered=rendered)


def flatbed_scan(rng: random.Random, nrng: np.random.Generator, seed: int, *, n_cards: int | None = None) -> Photo:
    W, H = A4_300DPI
    n = n_cards or rng.randint(1, 8)
    canvas = make_surface(nrng, "scanner", H, W)
    slots = [(c, r) for r in range(4) for c in range(2)]
    rng.shuffle(slots)
    truths, rendered = [], []
    for i in range(n):
        c, r = slots[i]
        card = _render(rng, 1004)
        card_w_px = card.image.width * 300 / card.dpi
        if card.style.portrait:
            card_w_px *= 1.0
        cx = 180 + (c + 0.5) * (W - 360) / 2 + rng.uniform(-40, 40)
        cy = 200 + (r + 0.5) * (H - 400) / 4 + rng.uniform(-40, 40)
        angle = rng.uniform(-2.5, 2.5) + (180.0 if rng.random() < 0.1 else 0.0)
        q = card_quad(cx, cy, card_w_px, _aspect(card), angle, (0, 0), np.zeros((4, 2)))
        composite_card(canvas, _paper(card, nrng, 0.004), q, nrng, 0.12, (0.3, 0.3))
        truths.append(_card_truth(card, q))
        rendered.append(card)
    img = finish(canvas, nrng, light=0.0, blur=0.55, noise=0.45, occluder=False, tint=False, vignette=False)
    return Photo(img, "flatbed", "scanner", seed, truths, format="png", rendered=rendered)


def crop_photo(rng: random.Random, nrng: np.random.Generator, seed: int, *, locale: str | None = None,
               qr: str | None = None, dark: bool | None = None) -> Photo:
    width = rng.uniform(1200, 1700)
    card = _render(rng, width, locale=locale, qr=qr, dark=dark)
    aspect = _aspect(card)
    W = int(width * rng.uniform(1.05, 1.16))
    H = int(width * aspect + (W - width) * rng.uniform(0.8, 1.2))
    surface = _pick_surface(rng)
    canvas = make_surface(nrng, surface, H, W)
    quad = card_quad(W / 2, H / 2, width, aspect, rng.uniform(-2.5, 2.5), _keystone(rng, 0.02), _jitter(nrng, 0.003))
    composite_card(canvas, _paper(card, nrng), quad, nrng, 0.3, (0.5, 0.8))
    img = finish(canvas, nrng, light=rng.uniform(0.05, 0.15), blur=rng.uniform(0.4, 0.9), noise=rng.uniform(1.2, 2.5),
                 occluder=False, tint=True)
    return Photo(img, "crop", surface, seed, [_card_truth(card, quad)], rendered=[card])


def event_time(rng: random.Random) -> datetime:
    day = datetime(2026, 1, 12) + timedelta(days=rng.randint(0, 300))
    return day.replace(hour=rng.randint(9, 19), minute=rng.randint(0, 59), second=rng.randint(0, 59))


def make_photo(seed: int, kind: str = "phone", *, fmt: str | None = None, exif_orientation: int | None = None,
               taken_at: datetime | None = None, n_cards: int | None = None, locale: str | None = None,
               qr: str | None = None, dark: bool | None = None, portrait: bool | None = None,
               quality: int | None = None, feature: str | None = None, turn: float | None = None) -> Photo:
    """One photo and its truth, fully determined by (seed, kind and the given options).

    `feature` and `turn` are for the "closeup" kind (see closeups.py)."""
    if kind not in KINDS + EXTRA_KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS + EXTRA_KINDS)}")
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    if kind == "phone":
        photo = phone_photo(rng, nrng, seed, portrait=portrait, locale=locale, qr=qr, dark=dark)
    elif kind == "multi":
        photo = multi_photo(rng, nrng, seed, n_cards=n_cards, portrait=portrait, qr=qr)
    elif kind == "flatbed":
        photo = flatbed_scan(rng, nrng, seed, n_cards=n_cards)
    elif kind == "closeup":
        photo = closeup_photo(rng, nrng, seed, feature=feature, turn=turn, locale=locale)
    else:
        photo = crop_photo(rng, nrng, seed, locale=locale, qr=qr, dark=dark)
    if kind in ("phone", "multi", "closeup"):
        photo.format = fmt or ("heic" if rng.random() < 0.15 else "jpeg")
        photo.taken_at = (taken_at or event_time(rng)).isoformat(timespec="seconds")
        if exif_orientation is None:
            exif_orientation = 1 if photo.format == "heic" or rng.random() < 0.8 else rng.choice([6, 6, 8, 3])
        photo.exif_orientation = exif_orientation
        photo.quality = rng.randint(78, 90)
    elif kind == "flatbed":
        photo.format = fmt or ("png" if rng.random() < 0.5 else "jpeg")
        photo.quality = 92
        photo.exif_orientation = exif_orientation or 1
    else:
        photo.format = fmt or "jpeg"
        photo.quality = rng.randint(82, 92)
        photo.exif_orientation = exif_orientation or 1
    if quality is not None:
        photo.quality = quality
    return photo
