"""Table tops and scanner lids for the photos: wood, fabric, tablecloth, plain and dark surfaces (numpy + OpenCV)."""

from __future__ import annotations

import cv2
import numpy as np

SURFACES = ("wood-light", "wood-dark", "fabric", "tablecloth", "plain-light", "plain-grey", "dark-slate",
            "desk-white", "linen")
SURFACE_WEIGHTS = (3, 2, 2, 2, 2, 2, 2, 2, 2)


def low_freq(rng: np.random.Generator, h: int, w: int, cells: int, octaves: int = 2) -> np.ndarray:
    """Smooth noise in [-1, 1]-ish, `cells` blobs across the longer side."""
    out = np.zeros((h, w), np.float32)
    amp = 1.0
    for o in range(octaves):
        n = cells * (2 ** o)
        gh, gw = max(2, round(n * h / max(h, w))) + 1, max(2, round(n * w / max(h, w))) + 1
        grid = rng.standard_normal((gh, gw)).astype(np.float32)
        out += amp * cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)
        amp *= 0.5
    return out / 1.5


def _mix(a: np.ndarray, b: np.ndarray, t: np.ndarray) -> np.ndarray:
    t = np.clip(t, 0, 1)[..., None]
    return a * (1 - t) + b * t


def _wood(rng: np.random.Generator, h: int, w: int, light: bool) -> np.ndarray:
    sh, sw = h // 4, w // 4
    vertical = rng.random() < 0.5
    if vertical:
        sh, sw = sw, sh
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    warp = low_freq(rng, sh, sw, 3) * sh * 0.08
    rings = np.sin((y + warp + 0.02 * x) * (2 * np.pi / rng.uniform(18, 40)))
    streaks = cv2.resize(rng.standard_normal((sh, max(2, sw // 40))).astype(np.float32), (sw, sh),
                         interpolation=cv2.INTER_LINEAR)
    t = 0.5 + 0.25 * rings + 0.2 * streaks + 0.15 * low_freq(rng, sh, sw, 4)
    if light:
        a, b = np.array([214, 178, 128], np.float32), np.array([168, 120, 72], np.float32)
    else:
        a, b = np.array([104, 66, 40], np.float32), np.array([52, 30, 18], np.float32)
    img = _mix(a, b, t)
    # planks
    n_planks = rng.integers(2, 5)
    for k in range(1, n_planks):
        yy = int(sh * k / n_planks + rng.integers(-10, 10))
        img[max(0, yy - 1):yy + 1] *= 0.55
    if vertical:
        img = np.ascontiguousarray(np.transpose(img, (1, 0, 2)))
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR)


def _fabric(rng: np.random.Generator, h: int, w: int, linen: bool) -> np.ndarray:
    sh, sw = h // 2, w // 2
    period = rng.uniform(3.0, 5.0)
    warp_threads = np.repeat(rng.standard_normal((1, sw), dtype=np.float32), sh, axis=0)
    weft_threads = np.repeat(rng.standard_normal((sh, 1), dtype=np.float32), sw, axis=1)
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    weave = np.sin(x * 2 * np.pi / period) * np.sin(y * 2 * np.pi / period)
    t = 0.5 + 0.12 * weave + 0.06 * (warp_threads + weft_threads) + 0.25 * low_freq(rng, sh, sw, 5)
    if linen:
        a, b = np.array([226, 218, 200], np.float32), np.array([186, 176, 156], np.float32)
    else:
        base = np.array(rng.choice([[60, 80, 120], [110, 40, 45], [70, 95, 70], [120, 120, 125], [50, 50, 60]]),
                        np.float32)
        a, b = base * 1.25, base * 0.7
    return cv2.resize(_mix(a, b, t), (w, h), interpolation=cv2.INTER_LINEAR)


def _tablecloth(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    sh, sw = h // 2, w // 2
    check = rng.uniform(60, 140)
    angle = rng.uniform(-0.3, 0.3)
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    xr, yr = x * np.cos(angle) - y * np.sin(angle), x * np.sin(angle) + y * np.cos(angle)
    sx = (np.floor(xr / check) % 2).astype(np.float32)
    sy = (np.floor(yr / check) % 2).astype(np.float32)
    colour = np.array(rng.choice([[180, 40, 45], [40, 70, 150], [40, 110, 70], [200, 140, 40]]), np.float32)
    white = np.array([240, 238, 232], np.float32)
    t = (sx + sy) / 2
    img = _mix(white, colour, t)
    y2, x2 = np.mgrid[0:sh, 0:sw].astype(np.float32)
    weave = 0.04 * np.sin(x2 * 2.2) * np.sin(y2 * 2.2)
    img *= (1 + weave + 0.06 * low_freq(rng, sh, sw, 3))[..., None]
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR)


def _plain(rng: np.random.Generator, h: int, w: int, colour: list[float], texture: float) -> np.ndarray:
    sh, sw = h // 2, w // 2
    base = np.array(colour, np.float32)
    t = 1 + 0.05 * low_freq(rng, sh, sw, 4) + texture * rng.standard_normal((sh, sw), dtype=np.float32)
    return cv2.resize(base[None, None, :] * t[..., None], (w, h), interpolation=cv2.INTER_LINEAR)


def make_surface(rng: np.random.Generator, kind: str, h: int, w: int) -> np.ndarray:
    """A float32 RGB image (0..255) of the surface."""
    if kind == "wood-light":
        img = _wood(rng, h, w, True)
    elif kind == "wood-dark":
        img = _wood(rng, h, w, False)
    elif kind == "fabric":
        img = _fabric(rng, h, w, False)
    elif kind == "linen":
        img = _fabric(rng, h, w, True)
    elif kind == "tablecloth":
        img = _tablecloth(rng, h, w)
    elif kind == "plain-grey":
        img = _plain(rng, h, w, [150, 152, 155], 0.03)
    elif kind == "dark-slate":
        img = _plain(rng, h, w, [48, 52, 58], 0.06)
    elif kind == "desk-light-grey":  # close-up scenes only (not in SURFACES: older seeds stay as they were)
        img = _plain(rng, h, w, [204, 206, 208], 0.015)
    elif kind == "desk-white":
        img = _plain(rng, h, w, [222, 222, 218], 0.015)
    elif kind == "scanner":
        img = np.full((h, w, 3), 255.0, np.float32)  # the lid saturates the sensor: pure white
    else:
        img = _plain(rng, h, w, [196, 188, 172], 0.02)
    img = img.astype(np.float32, copy=False)
    np.minimum(img, 255, out=img)
    np.maximum(img, 0, out=img)
    return img
