"""Turn rendered cards into photos: phone shots (1 card or 3-6 on a table), flatbed scans and tight crops."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .contacts import make_contact
from .render import RenderedCard, render_card
from .styles import random_style
from .surfaces import SURFACE_WEIGHTS, SURFACES, low_freq

KINDS = ("phone", "multi", "flatbed", "crop")
# Kinds made only when asked for by name, so that every older seed and default set stays as it was.
EXTRA_KINDS = ("closeup",)
PHONE_SIZE = (4032, 3024)  # 12 MP, landscape (width, height)
A4_300DPI = (2480, 3508)


@dataclass
class Photo:
    """A photo in display orientation plus everything its truth JSON says."""

    image: np.ndarray  # uint8 RGB, as displayed (after EXIF rotation)
    kind: str
    surface: str
    seed: int
    cards: list[dict[str, Any]]
    format: str = "jpeg"  # jpeg | heic | png
    quality: int = 85
    exif_orientation: int = 1
    taken_at: str | None = None
    rendered: list[RenderedCard] = field(default_factory=list, repr=False)

    def truth(self, file_name: str) -> dict[str, Any]:
        return {"photo": file_name, "kind": self.kind, "format": self.format,
                "exif_orientation": self.exif_orientation, "taken_at": self.taken_at, "seed": self.seed,
                "surface": self.surface, "size": [int(self.image.shape[1]), int(self.image.shape[0])],
                "cards": self.cards}


def card_quad(cx: float, cy: float, width: float, aspect: float, angle_deg: float, keystone: tuple[float, float],
              jitter: np.ndarray) -> np.ndarray:
    """Corners (TL, TR, BR, BL of the card) of a card centred at cx, cy, turned clockwise by angle_deg, with a
    perspective keystone (kx shrinks the top edge vs the bottom, ky the left edge vs the right)."""
    w, h = width, width * aspect
    kx, ky = keystone
    pts = np.array([[-w / 2 * (1 - kx), -h / 2 * (1 - ky)], [w / 2 * (1 - kx), -h / 2 * (1 + ky)],
                    [w / 2 * (1 + kx), h / 2 * (1 + ky)], [-w / 2 * (1 + kx), h / 2 * (1 - ky)]], np.float64)
    pts += jitter * w
    a = math.radians(angle_deg)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return pts @ rot.T + np.array([cx, cy])


def rotation_of(quad: np.ndarray) -> int:
    """How the card's text is turned in the photo, clockwise, to the nearest quarter turn."""
    dx, dy = quad[1] - quad[0]
    return round(math.degrees(math.atan2(dy, dx)) / 90.0) % 4 * 90


def _paper(card: RenderedCard, rng: np.random.Generator, grain_amount: float = 0.012) -> np.ndarray:
    """The card as float RGB with a little paper texture and a slightly darker cut edge."""
    img = np.asarray(card.image, dtype=np.float32)
    h, w = img.shape[:2]
    grain = 1 + grain_amount * cv2.resize(rng.standard_normal((h // 2, w // 2), dtype=np.float32), (w, h))
    img = img * grain[..., None]
    e = max(2, w // 400)
    img[:e] *= 0.9
    img[-e:] *= 0.88
    img[:, :e] *= 0.9
    img[:, -e:] *= 0.88
    if card.style.dark and rng.random() < 0.6:
        # Laminated dark cards catch a soft band of light.
        yy, xx = np.mgrid[0:h:4, 0:w:4].astype(np.float32)
        a = rng.uniform(0.3, 1.2)
        d = (xx * math.cos(a) + yy * math.sin(a)) / max(w, h) - rng.uniform(0.2, 0.8)
        band = cv2.resize(np.exp(-(d**2) / 0.02) * rng.uniform(12, 30), (w, h))
        img += band[..., None]
    return img


def card_mask(h: int, w: int, radius: float) -> np.ndarray:
    """The card's shape (float 0..1): a rectangle, with rounded corners when radius > 0."""
    if radius <= 0:
        return np.ones((h, w), np.float32)
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).rounded_rectangle((0, 0, w - 1, h - 1), radius=radius, fill=255)
    return np.asarray(m, dtype=np.float32) / 255.0


def composite_card(canvas: np.ndarray, card_img: np.ndarray, quad: np.ndarray, rng: np.random.Generator,
                   shadow: float, light_dir: tuple[float, float], corner_radius: float = 0.0) -> None:
    """Warp card_img onto canvas (in place) at quad (the corners of the card's bounding rectangle), with a soft
    drop shadow; corner_radius (card pixels) rounds the corners."""
    H, W = canvas.shape[:2]
    h, w = card_img.shape[:2]
    pad = int(max(np.ptp(quad[:, 0]), np.ptp(quad[:, 1])) * 0.08) + 8
    x0, y0 = max(0, int(quad[:, 0].min()) - pad), max(0, int(quad[:, 1].min()) - pad)
    x1, y1 = min(W, int(quad[:, 0].max()) + pad), min(H, int(quad[:, 1].max()) + pad)
    if x1 <= x0 or y1 <= y0:
        return
    local = (quad - [x0, y0]).astype(np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, local)
    size = (x1 - x0, y1 - y0)
    warped = cv2.warpPerspective(card_img, M, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    # Anti-aliased mask: warp a supersampled-edge mask.
    mask = cv2.warpPerspective(card_mask(h, w, corner_radius), M, size, flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT)
    region = canvas[y0:y1, x0:x1]
    if shadow > 0:
        # The drop shadow is soft, so it is computed at a quarter of the resolution.
        card_w = float(np.linalg.norm(quad[1] - quad[0]))
        small = (max(1, size[0] // 4), max(1, size[1] // 4))
        sm = cv2.resize(mask, small, interpolation=cv2.INTER_AREA)
        dx, dy = light_dir[0] * card_w * 0.012 / 4, light_dir[1] * card_w * 0.012 / 4
        sm = cv2.warpAffine(sm, np.float32([[1, 0, dx], [0, 1, dy]]), small)
        sm = cv2.GaussianBlur(sm, (0, 0), max(0.5, card_w * rng.uniform(0.008, 0.02) / 4))
        sh = cv2.resize(sm, size, interpolation=cv2.INTER_LINEAR)
        region *= cv2.merge([1 - shadow * sh] * 3)
    region[:] = cv2.blendLinear(warped, region, mask, 1 - mask)


def _lighting(rng: np.random.Generator, h: int, w: int, strength: float, vignette: bool = True) -> np.ndarray:
    """A smooth multiplicative light field (uneven light, hot spot, vignette), shape (h, w)."""
    sh, sw = h // 8, w // 8
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    x /= sw
    y /= sh
    a = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(a) * (x - 0.5) + np.sin(a) * (y - 0.5)) * strength * rng.uniform(0.6, 1.0)
    hx, hy = rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)
    hot = np.exp(-((x - hx) ** 2 + (y - hy) ** 2) / rng.uniform(0.05, 0.3)) * strength * rng.uniform(0.2, 0.6)
    vig = -((x - 0.5) ** 2 + (y - 0.5) ** 2) * rng.uniform(0.15, 0.45) * (1.0 if vignette else 0.0)
    field_ = 1 + grad + hot + vig + 0.04 * low_freq(rng, sh, sw, 3)
    return cv2.resize(field_.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)


def _occluder(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """The soft shadow of the phone or a hand over part of the scene, as a darkening factor (h, w)."""
    sh, sw = h // 8, w // 8
    mask = np.zeros((sh, sw), np.float32)
    side = rng.integers(4)
    depth = rng.uniform(0.15, 0.4)
    cx, cy = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8)
    if side == 0:
        pts = [(cx - 0.3, -0.1), (cx + 0.3, -0.1), (cx + 0.2, depth), (cx - 0.25, depth)]
    elif side == 1:
        pts = [(cx - 0.3, 1.1), (cx + 0.3, 1.1), (cx + 0.25, 1 - depth), (cx - 0.2, 1 - depth)]
    elif side == 2:
        pts = [(-0.1, cy - 0.3), (depth, cy - 0.25), (depth, cy + 0.2), (-0.1, cy + 0.3)]
    else:
        pts = [(1.1, cy - 0.3), (1 - depth, cy - 0.2), (1 - depth, cy + 0.25), (1.1, cy + 0.3)]
    poly = np.array([[px * sw, py * sh] for px, py in pts], np.int32)
    cv2.fillPoly(mask, [poly], 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), sw * rng.uniform(0.03, 0.07))
    factor = 1 - rng.uniform(0.12, 0.28) * mask
    return cv2.resize(factor, (w, h), interpolation=cv2.INTER_LINEAR)


def finish(img: np.ndarray, rng: np.random.Generator, *, light: float, blur: float, noise: float,
           occluder: bool, tint: bool, vignette: bool = True, motion: float = 0.0) -> np.ndarray:
    """Camera effects on a float RGB image (light, shadow, white balance, focus and shake blur, sensor noise);
    returns uint8."""
    h, w = img.shape[:2]
    if light > 0:
        img *= _lighting(rng, h, w, light, vignette)[..., None]
    if occluder:
        img *= _occluder(rng, h, w)[..., None]
    if tint:
        t = rng.choice([[1.04, 1.0, 0.9], [1.0, 1.0, 1.0], [0.95, 0.99, 1.05], [1.06, 1.01, 0.86]])
        img *= np.array(t, np.float32)
    if blur > 0:
        cv2.GaussianBlur(img, (0, 0), blur, dst=img)
    if motion >= 2:
        n = round(motion) | 1
        kernel = np.zeros((n, n), np.float32)
        kernel[n // 2, :] = 1.0 / n
        rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), float(rng.uniform(0, 180)), 1.0)
        kernel = cv2.warpAffine(kernel, rot, (n, n))
        cv2.filter2D(img, -1, kernel / max(kernel.sum(), 1e-6), dst=img)
    if noise > 0:
        nh, nw = h // 2, w // 2
        lum = rng.standard_normal((nh, nw), dtype=np.float32) * noise
        chroma = rng.standard_normal((nh, nw, 3), dtype=np.float32) * (noise * 0.35)
        n = cv2.resize(lum[..., None] + chroma, (w, h), interpolation=cv2.INTER_LINEAR)
        # Near saturation the sensor clips: white paper and a scanner lid carry little visible noise.
        headroom = np.subtract(257.0, img, dtype=np.float32)
        headroom *= 1 / 16
        np.clip(headroom, 0.0, 1.0, out=headroom)
        n *= headroom
        img += n
    img += 0.5  # round, not truncate
    np.minimum(img, 255, out=img)
    np.maximum(img, 0, out=img)
    return img.astype(np.uint8)


def _render(rng: random.Random, target_width_px: float, *, locale: str | None = None, qr: str | None = None,
            dark: bool | None = None) -> RenderedCard:
    spec = make_contact(rng, locale)
    style = random_style(rng, country=spec.country, n_lines=len(spec.lines), qr=qr, dark=dark)
    dpi = int(np.clip(target_width_px / (max(style.size_mm) / 25.4) * 1.1, 200, 900))
    return render_card(spec, style, dpi=dpi, rng=rng)


def _card_truth(card: RenderedCard, quad: np.ndarray) -> dict[str, Any]:
    entry = {"quad": [[round(float(x), 1), round(float(y), 1)] for x, y in quad], "rotation": rotation_of(quad)}
    entry.update(card.truth())
    return entry


def _pick_surface(rng: random.Random) -> str:
    return rng.choices(SURFACES, weights=SURFACE_WEIGHTS)[0]


def draw_pen(canvas: np.ndarray, rng: random.Random, length: float, avoid: list[np.ndarray],
             light_dir: tuple[float, float]) -> bool:
    """A ballpoint pen lying on the table away from the cards (a distractor for card detection)."""
    H, W = canvas.shape[:2]
    width = length * rng.uniform(0.06, 0.08)
    colour = np.array(rng.choice([[25, 30, 60], [20, 20, 22], [170, 172, 178], [150, 25, 30], [230, 230, 228]]),
                      np.float32)
    scale = 8
    occupied = np.zeros((H // scale, W // scale), np.uint8)
    for q in avoid:
        cv2.fillConvexPoly(occupied, (q / scale).astype(np.int32), 1)
    occupied = cv2.dilate(occupied, np.ones((9, 9), np.uint8))
    for _ in range(40):
        cx, cy = rng.uniform(0.1, 0.9) * W, rng.uniform(0.1, 0.9) * H
        a = rng.uniform(0, math.pi)
        d = np.array([math.cos(a), math.sin(a)]) * length / 2
        n = np.array([-math.sin(a), math.cos(a)]) * width / 2
        c = np.array([cx, cy])
        body = np.array([c - d + n, c + d * 0.8 + n, c + d, c + d * 0.8 - n, c - d - n])
        test = np.zeros_like(occupied)
        cv2.fillConvexPoly(test, (body / scale).astype(np.int32), 1)
        inside = body[:, 0].min() > 0 and body[:, 1].min() > 0 and body[:, 0].max() < W and body[:, 1].max() < H
        if not inside or (test & occupied).any():
            continue
        shade = np.zeros((H // 4, W // 4), np.float32)
        off = np.array(light_dir) * width * 0.5
        cv2.fillConvexPoly(shade, ((body + off) / 4).astype(np.int32), 1.0)
        shade = cv2.resize(cv2.GaussianBlur(shade, (0, 0), width / 8), (W, H))
        canvas *= (1 - 0.45 * shade)[..., None]
        pen = np.zeros((H, W), np.uint8)
        cv2.fillConvexPoly(pen, body.astype(np.int32), 1, lineType=cv2.LINE_AA)
        canvas[pen > 0] = colour
        stripe = np.array([c - d * 0.9 + n * 0.35, c + d * 0.75 + n * 0.35, c + d * 0.75 + n * 0.1,
                           c - d * 0.9 + n * 0.1])
        cv2.fillConvexPoly(canvas, stripe.astype(np.int32), tuple(float(min(255, v * 1.6 + 60)) for v in colour),
                           lineType=cv2.LINE_AA)
        clip = np.array([c - d * 0.85 - n * 0.5, c - d * 0.45 - n * 0.5, c - d * 0.45 - n * 0.8,
                         c - d * 0.85 - n * 0.8])
        cv2.fillConvexPoly(canvas, clip.astype(np.int32), (190.0, 190.0, 195.0), lineType=cv2.LINE_AA)
        return True
    return False
