"""Quadrilaterals: the outline of a card in a photo."""

from __future__ import annotations

import math
from collections.abc import Sequence

import cv2
import numpy as np

Point = tuple[float, float]
# Four corners in image pixel coordinates, clockwise on screen (y grows downwards).
Quad = tuple[Point, Point, Point, Point]
QuadLike = Sequence[Sequence[float]] | np.ndarray


def as_array(quad: QuadLike) -> np.ndarray:
    return np.asarray(quad, dtype=np.float64).reshape(4, 2)


def quad_area(quad: QuadLike) -> float:
    a = as_array(quad)
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = a.tolist()
    return 0.5 * abs((x0 * y1 - x1 * y0) + (x1 * y2 - x2 * y1) + (x2 * y3 - x3 * y2) + (x3 * y0 - x0 * y3))


def order_quad(quad: QuadLike) -> Quad:
    """Clockwise on screen, starting at the corner whose first side points right (within 45 degrees).

    That corner is the top-left of the card as it lies in the photo; for a card turned
    by exactly 45 degrees the choice is stable (the side pointing right and slightly down).
    """
    a = as_array(quad)
    centre = a.mean(axis=0)
    angles = np.arctan2(a[:, 1] - centre[1], a[:, 0] - centre[0])
    a = a[np.argsort(angles)]  # increasing angle with y down = clockwise on screen
    best, best_key = 0, math.inf
    for i in range(4):
        d = a[(i + 1) % 4] - a[i]
        ang = math.degrees(math.atan2(d[1], d[0]))  # 0 = pointing right, positive = down
        key = abs(ang - 0.01)  # a tie at exactly +-45 goes to the side pointing down-right
        if key < best_key:
            best, best_key = i, key
    a = np.roll(a, -best, axis=0)
    return tuple((float(x), float(y)) for x, y in a)  # type: ignore[return-value]


def polygon_iou(a: QuadLike, b: QuadLike) -> float:
    """Intersection over union of two convex quadrilaterals."""
    pa = as_array(a).astype(np.float32)
    pb = as_array(b).astype(np.float32)
    inter, _ = cv2.intersectConvexConvex(pa, pb)
    union = quad_area(pa) + quad_area(pb) - float(inter)
    return float(inter) / union if union > 0 else 0.0


def side_lengths(quad: QuadLike) -> tuple[float, float, float, float]:
    a = as_array(quad)
    s = [float(np.hypot(*(a[(i + 1) % 4] - a[i]))) for i in range(4)]
    return s[0], s[1], s[2], s[3]
