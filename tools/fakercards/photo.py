"""Place a rendered card in a photo (perspective, textured background, lighting, blur, noise, JPEG) or a flat scan."""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image


def background(rng: random.Random, np_rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    base = np.array(rng.choice([(120, 90, 60), (90, 90, 95), (60, 60, 65), (150, 140, 130), (40, 70, 60)]), float)
    low = cv2.resize(np_rng.normal(0, 1, (h // 80 + 2, w // 80 + 2)), (w, h), interpolation=cv2.INTER_CUBIC)
    img = base[None, None, :] + 18 * low[..., None]
    if rng.random() < 0.5:  # wood-like grain
        rows = np.cumsum(np_rng.normal(0, 1, h))
        grain = 0.6 * np.sin(np.arange(h)[:, None] * rng.uniform(0.05, 0.2) + rows[:, None] * 0.3)
        img += 10 * np.repeat(grain, w, axis=1)[..., None]
    img += np_rng.normal(0, 6, img.shape)
    return img


def as_photo(card: Image.Image, rng: random.Random) -> tuple[np.ndarray, list[list[float]]]:
    np_rng = np.random.default_rng(rng.randrange(2**32))
    src = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR).astype(np.float32)
    ch, cw = src.shape[:2]
    w, h = 1600, 1200
    scale = min(rng.uniform(0.8, 1.25), 0.72 * h / ch)  # a portrait card stays inside the photo
    dw, dh = cw * scale, ch * scale
    cx, cy = w / 2 + rng.uniform(-80, 80), h / 2 + rng.uniform(-80, 80)
    angle = np.deg2rad(rng.uniform(-8, 8))
    corners = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    dst = corners @ rot.T + [cx, cy]
    dst += np_rng.uniform(-0.04, 0.04, (4, 2)) * [dw, dh]  # perspective: each corner moves on its own
    dst = dst.astype(np.float32)
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [cw, 0], [cw, ch], [0, ch]]), dst)
    warped = cv2.warpPerspective(src, m, (w, h))
    mask = cv2.warpPerspective(np.ones((ch, cw), np.float32), m, (w, h))
    shadow = cv2.GaussianBlur(cv2.warpPerspective(np.ones((ch, cw), np.float32), m, (w, h)), (0, 0), 12)
    shadow = np.roll(shadow, (8, 8), axis=(0, 1))
    img = background(rng, np_rng, w, h) * (1 - 0.45 * shadow[..., None])
    img = img * (1 - mask[..., None]) + warped * mask[..., None]
    # lighting: a linear gradient across the photo
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1 + rng.uniform(0.08, 0.22) * ((xx / w - 0.5) * gx + (yy / h - 0.5) * gy) * 2 - rng.uniform(0, 0.1)
    img = img * light[..., None]
    if rng.random() < 0.25:  # glare: a soft bright spot where a lamp reflects off the card
        gx0, gy0, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(120, 320)
        spot = np.exp(-(((xx - gx0) ** 2 + (yy - gy0) ** 2) / (2 * r * r)))
        img = img + rng.uniform(40, 90) * spot[..., None]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 1.2))
    img += np_rng.normal(0, rng.uniform(2, 6), img.shape)
    return np.clip(img, 0, 255).astype(np.uint8), dst.tolist()


def as_scan(card: Image.Image, rng: random.Random) -> tuple[np.ndarray, list[list[float]]]:
    np_rng = np.random.default_rng(rng.randrange(2**32))
    src = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR)
    ch, cw = src.shape[:2]
    w, h = cw + 120, ch + 120
    angle = rng.uniform(-1.5, 1.5)
    m = cv2.getRotationMatrix2D((cw / 2, ch / 2), angle, 1.0)
    m[:, 2] += [60, 60]
    canvas = cv2.warpAffine(src, m, (w, h), borderValue=(238, 238, 236))
    quad = cv2.transform(np.float32([[[0, 0], [cw, 0], [cw, ch], [0, ch]]]), m)[0]
    img = canvas.astype(np.float32) + np_rng.normal(0, 2, canvas.shape)
    return np.clip(img, 0, 255).astype(np.uint8), quad.tolist()
