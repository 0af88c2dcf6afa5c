"""Cutting a card out of a photo, flat and square, at a resolution Tesseract reads well."""

from __future__ import annotations

import math

import cv2
import numpy as np

from cardscan.imaging.geometry import QuadLike, as_array

__all__ = ["card_size", "rotate_quarter", "text_line_count", "text_orientation_hint", "warp_card"]

# Long side of the straightened card. At 1200-1500 px for an 85 mm card, 6-9 pt body text has an
# x-height of about 15-25 px. Measured with Tesseract (tessdata_fast, LSTM) on 50 generator cards
# (300 name, e-mail and phone tokens): the share of tokens read is the same from 1000 to 1400 px
# (0.91-0.92) and slightly lower from 1500 px up (0.90), while OCR time grows with the pixels.
MIN_LONG_SIDE = 1200
MAX_LONG_SIDE = 1500
MAX_UPSCALE = 1.5  # never invent more than this much resolution


def warp_card(image: np.ndarray, quad: QuadLike, *, long_side: int | None = None) -> np.ndarray:
    """The card inside `quad` (clockwise from its top-left as shown), perspective-corrected.

    The output's first row runs along the quad's first side. Its aspect ratio is estimated
    from the quad (with the camera's perspective taken out where it can be measured); its
    long side is `long_side`, or by default the source's own resolution brought into
    MIN_LONG_SIDE..MAX_LONG_SIDE (1200-1500 px), upscaled by at most 1.5x.
    """
    q = as_array(quad)
    h_img, w_img = image.shape[:2]
    width, height = card_size(q, (w_img, h_img))
    src_long = max(_mean_side(q, 0), _mean_side(q, 1))
    if long_side is None:
        target = min(max(src_long, MIN_LONG_SIDE), MAX_LONG_SIDE)
        target = min(target, src_long * MAX_UPSCALE)
    else:
        target = float(long_side)
    target = max(target, 16.0)
    scale = target / max(width, height)
    out_w, out_h = max(1, round(width * scale)), max(1, round(height * scale))

    # Work on the quad's bounding box only; shrink it first when reducing a lot (warpPerspective
    # does not average, so a large reduction would alias fine print).
    x0, y0 = np.floor(q.min(axis=0)).astype(int) - 2
    x1, y1 = np.ceil(q.max(axis=0)).astype(int) + 3
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(w_img, x1), min(h_img, y1)
    region = image[y0:y1, x0:x1]
    local = q - [x0, y0]
    reduce = target / max(src_long, 1.0)
    if reduce < 0.7:
        f = reduce / 0.85
        region = cv2.resize(region, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        local = local * f
    dst = np.array([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]], np.float32)
    matrix = cv2.getPerspectiveTransform(local.astype(np.float32), dst)
    interp = cv2.INTER_CUBIC if scale * max(width, height) > src_long * 1.05 else cv2.INTER_LINEAR
    return cv2.warpPerspective(region, matrix, (out_w, out_h), flags=interp, borderMode=cv2.BORDER_REPLICATE)


def card_size(quad: QuadLike, image_size: tuple[int, int] | None = None) -> tuple[float, float]:
    """Width (along the first side) and height of the flat rectangle the quad is a picture of.

    With the image size, the aspect ratio is recovered from the perspective (Zhang & He,
    "Whiteboard scanning and image enhancement", 2007), assuming the principal point is the
    image centre; where the perspective is too weak to measure the focal length, or the
    result is implausible, the mean lengths of opposite sides are used.
    """
    q = as_array(quad)
    w_mean, h_mean = _mean_side(q, 0), _mean_side(q, 1)
    if image_size is None:
        return w_mean, h_mean
    aspect = _projective_aspect(q, image_size)
    if aspect is None:
        return w_mean, h_mean
    # Keep the size of the picture, change only the ratio.
    area = w_mean * h_mean
    width = math.sqrt(area * aspect)
    return width, area / width


def _mean_side(q: np.ndarray, which: int) -> float:
    """Mean length of sides 0 and 2 (which=0: width) or 1 and 3 (which=1: height)."""
    a = float(np.hypot(*(q[(which + 1) % 4] - q[which])))
    b = float(np.hypot(*(q[(which + 3) % 4] - q[(which + 2) % 4])))
    return (a + b) / 2


def _projective_aspect(q: np.ndarray, image_size: tuple[int, int]) -> float | None:
    w_img, h_img = image_size
    centre = np.array([w_img / 2.0, h_img / 2.0])
    # Zhang & He number the corners m1=(0,0), m2=(w,0), m3=(0,h), m4=(w,h).
    m1, m2, m4, m3 = (np.append(p - centre, 1.0) for p in q)
    denom2 = float(np.dot(np.cross(m2, m4), m3))
    denom3 = float(np.dot(np.cross(m3, m4), m2))
    if abs(denom2) < 1e-9 or abs(denom3) < 1e-9:
        return None
    k2 = float(np.dot(np.cross(m1, m4), m3)) / denom2
    k3 = float(np.dot(np.cross(m1, m4), m2)) / denom3
    n2 = k2 * m2 - m1
    n3 = k3 * m3 - m1
    zz = n2[2] * n3[2]
    diag = math.hypot(w_img, h_img)
    if abs(zz) < 1e-12:
        return None
    f2 = -(n2[0] * n3[0] + n2[1] * n3[1]) / zz
    if not (0.25 * diag) ** 2 <= f2 <= (6.0 * diag) ** 2:
        return None  # too little perspective to measure, or not a rectangle's picture
    num = n2[0] ** 2 + n2[1] ** 2 + f2 * n2[2] ** 2
    den = n3[0] ** 2 + n3[1] ** 2 + f2 * n3[2] ** 2
    if num <= 0 or den <= 0:
        return None
    aspect = math.sqrt(num / den)
    simple = _mean_side(q, 0) / max(_mean_side(q, 1), 1e-9)
    if not 0.7 < aspect / simple < 1.4:
        return None
    return aspect


def rotate_quarter(image: np.ndarray, degrees: int) -> np.ndarray:
    """Turn an image clockwise by 0, 90, 180 or 270 degrees (negative values turn anticlockwise)."""
    turn = degrees % 360
    if turn == 0:
        return image
    if turn == 90:
        return cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)
    if turn == 180:
        return cv2.rotate(image, cv2.ROTATE_180)
    if turn == 270:
        return cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE)
    raise ValueError(f"not a quarter turn: {degrees} degrees")


def text_orientation_hint(card: np.ndarray) -> int:
    """0 if the card's text lines run horizontally, 90 if they run vertically (turn it a quarter).

    Letters joined up by a closing along one direction become long thin blobs when the text runs
    that way; the direction with more such lines wins. Cheap: works on a copy ~600 px long.
    """
    gray = card if card.ndim == 2 else cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
    h, w = gray.shape[:2]
    f = 600 / max(h, w)
    if f < 1:
        gray = cv2.resize(gray, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)
    horizontal = text_line_count(gray, horizontal=True)
    vertical = text_line_count(gray, horizontal=False)
    return 90 if vertical > horizontal * 1.2 and vertical >= 2 else 0


def text_line_count(gray: np.ndarray, *, horizontal: bool) -> int:
    """How many text-line-shaped blobs run horizontally (or vertically) once letters are joined up."""
    h, w = gray.shape[:2]
    grad = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    _, bw = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    run = max(3, max(h, w) // 60)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1) if horizontal else (1, run))
    bw = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, kernel)
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    length_limit = (w if horizontal else h) * 0.95
    short = min(h, w)
    lines = 0
    for i in range(1, n):
        along, across = (stats[i, 2], stats[i, 3]) if horizontal else (stats[i, 3], stats[i, 2])
        if (short * 0.012 <= across <= short * 0.2 and 2.5 * across < along < length_limit
                and stats[i, 4] > 0.25 * along * across):
            lines += 1
    return lines
