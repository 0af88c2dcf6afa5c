"""Candidate card outlines from several independent cues on the small working copy.

* Regions that differ from the table: colour distance to the table's colour (at several
  levels, so a dark card on a dark table is not drowned by the bright ones), brightness
  against the local background (uneven light), Otsu thresholds.
* Closed edge contours (Canny on the Lab channels): for cards whose colour is close to
  the table's, as on a flatbed scan, where only the card's edge separates it from the lid.

Every region becomes a quadrilateral with straight sides fitted to its contour points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import cv2
import numpy as np

from cardscan.imaging.geometry import quad_area
from cardscan.imaging.outline import CHROMA_WEIGHT, Line, fit_line, intersect

MIN_CARD_FRACTION = 0.005  # smallest card, as a fraction of the photo's area
MAX_CARD_FRACTION = 0.97
MIN_ASPECT, MAX_ASPECT = 1.2, 2.4  # long side / short side of a plausible card outline
# A panel of a card with a coloured band along one side can be nearly square; such outlines are
# kept as candidates so that they can be grown over the band, never reported as they are.
PANEL_MIN_ASPECT = 0.98


def candidate_quads(lab: np.ndarray) -> list[tuple[np.ndarray, str]]:
    """Raw card-like quadrilaterals (4x2 float64) with the cue that found each, duplicates removed."""
    h, w = lab.shape[:2]
    area = float(h * w)
    rough: list[tuple[np.ndarray, np.ndarray, str]] = []
    for mask, source in _masks(lab):
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        rough.extend((q, c, source) for q, c in _rough_quads(contours, area))
    # Holes are the insides of closed outlines; outer boundaries hold a whole card even when a
    # printed band or line splits its inside into several holes. Faint outlines (white on white)
    # need low thresholds and a wider closing to bridge their gaps.
    for edges, size, source in ((_edges(lab), 3, "edges"), (cv2.Canny(lab[:, :, 0], 6, 18), 5, "faint-edges")):
        closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
        contours, _ = cv2.findContours(closed, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
        rough.extend((q, c, source) for q, c in _rough_quads(contours, area))
    out = []
    for i in _distinct([q for q, _, _ in rough]):
        quad, contour, source = rough[i]
        refined = _fit_sides(quad, contour.reshape(-1, 2).astype(np.float32))
        if refined is not None and plausible(refined, area, min_aspect=PANEL_MIN_ASPECT):
            out.append((refined, source))
    return out


def _masks(lab: np.ndarray) -> list[tuple[np.ndarray, str]]:
    h, w = lab.shape[:2]
    out: list[tuple[np.ndarray, str]] = []
    # Distance to the table colour, estimated on the photo's border.
    bw = max(2, int(min(h, w) * 0.03))
    border = np.concatenate([lab[:bw:2, ::2].reshape(-1, 3), lab[-bw::2, ::2].reshape(-1, 3),
                             lab[::2, :bw:2].reshape(-1, 3), lab[::2, -bw::2].reshape(-1, 3)])
    bg = np.median(border, axis=0)
    diff = cv2.absdiff(lab, np.full_like(lab, 0) + bg.astype(np.uint8))
    dist = cv2.transform(diff, np.array([[1.0, CHROMA_WEIGHT, CHROMA_WEIGHT]], np.float32))
    dist = cv2.medianBlur(dist, 5)
    t, _ = cv2.threshold(dist, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    for thr in sorted({12.0, 20.0, 32.0, max(12.0, t * 0.6), max(12.0, t)}):
        out.append((cv2.threshold(dist, thr, 255, cv2.THRESH_BINARY)[1], "table-distance"))
    # Brightness against the local background (uneven light), both polarities.
    L = cv2.medianBlur(lab[:, :, 0], 5)
    big = max(31, (min(h, w) // 3) | 1)
    local = cv2.blur(L, (big, big))
    out.append((cv2.threshold(cv2.subtract(L, local), 18, 255, cv2.THRESH_BINARY)[1], "brighter"))
    out.append((cv2.threshold(cv2.subtract(local, L), 18, 255, cv2.THRESH_BINARY)[1], "darker"))
    _, otsu = cv2.threshold(L, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    out.append((otsu, "otsu"))
    out.append((cv2.bitwise_not(otsu), "otsu-inverse"))
    return out


def _edges(lab: np.ndarray) -> np.ndarray:
    e = cv2.bitwise_or(cv2.Canny(lab[:, :, 0], 20, 50), cv2.Canny(lab[:, :, 1], 10, 25))
    return cv2.bitwise_or(e, cv2.Canny(lab[:, :, 2], 10, 25))


def _rough_quads(contours: Sequence[np.ndarray], image_area: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """(four-corner approximation, contour) of the contours that are roughly card-like quadrilaterals."""
    out = []
    for c in contours:
        area = cv2.contourArea(c)
        if area < MIN_CARD_FRACTION * image_area or area > MAX_CARD_FRACTION * image_area:
            continue
        hull = cv2.convexHull(c)
        hull_area = cv2.contourArea(hull)
        if hull_area <= 0 or area / hull_area < 0.8:
            continue
        quad = fit_quad(hull)
        if quad is None:
            continue
        qa = quad_area(quad)
        if qa <= 0 or not 0.82 < hull_area / qa < 1.12:
            continue
        if plausible(quad, image_area, min_aspect=PANEL_MIN_ASPECT * 0.9):
            out.append((quad, c))
    return out


def fit_quad(hull: np.ndarray) -> np.ndarray | None:
    peri = cv2.arcLength(hull, True)
    for f in (0.02, 0.03, 0.015, 0.045, 0.01, 0.06):
        approx = cv2.approxPolyDP(hull, f * peri, True)
        if len(approx) == 4 and cv2.isContourConvex(approx):
            return approx.reshape(4, 2).astype(np.float64)
    if len(hull) >= 4:
        return cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float64)
    return None


def _fit_sides(quad: np.ndarray, pts: np.ndarray) -> np.ndarray | None:
    """Fit a straight line to the contour points along each side; the corners are where the lines meet."""
    lines: list[Line] = []
    for i in range(4):
        p, q = quad[i], quad[(i + 1) % 4]
        d = q - p
        length = float(np.hypot(*d))
        if length < 3:
            return None
        u = d / length
        n = np.array([-u[1], u[0]])
        rel = pts - p
        along = rel @ u
        across = np.abs(rel @ n)
        side = pts[(along > 0.1 * length) & (along < 0.9 * length) & (across < max(2.5, 0.03 * length))]
        if len(side) >= 2 and np.ptp(side @ u) > 0.3 * length:
            lines.append(fit_line(side))
        else:
            lines.append((p, u))
    out = []
    for i in range(4):
        c = intersect(lines[i - 1], lines[i])
        if c is None:
            return None
        out.append(c)
    res = np.array(out)
    if np.abs(res - quad).max() > 0.15 * max(np.ptp(quad[:, 0]), np.ptp(quad[:, 1])):
        return quad
    return res


def plausible(quad: np.ndarray, image_area: float, *, min_aspect: float = MIN_ASPECT) -> bool:
    """Could this be a business card seen from above, perhaps in some perspective?"""
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return False
    area = quad_area(quad)
    if area < MIN_CARD_FRACTION * image_area or area > MAX_CARD_FRACTION * image_area:
        return False
    sides = [float(np.hypot(*(quad[(i + 1) % 4] - quad[i]))) for i in range(4)]
    a, b = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    if min(a, b) <= 0 or not min_aspect <= max(a, b) / min(a, b) <= MAX_ASPECT:
        return False
    # Opposite sides stay close in length in any sensible perspective; corners stay near 90 degrees.
    for a_side, b_side in ((sides[0], sides[2]), (sides[1], sides[3])):
        if max(a_side, b_side) > 1.6 * min(a_side, b_side):
            return False
    for i in range(4):
        v1 = quad[i - 1] - quad[i]
        v2 = quad[(i + 1) % 4] - quad[i]
        cosang = float(np.dot(v1, v2) / (np.linalg.norm(v1) * np.linalg.norm(v2)))
        if abs(cosang) > math.cos(math.radians(50)):  # corners between 50 and 130 degrees
            return False
    return True


def irregularity(quad: np.ndarray) -> float:
    """How far a quad is from a rectangle: the mean |cosine| of its corner angles (0 for a rectangle)."""
    total = 0.0
    for i in range(4):
        v1 = quad[i - 1] - quad[i]
        v2 = quad[(i + 1) % 4] - quad[i]
        total += abs(float(np.dot(v1, v2) / (np.linalg.norm(v1) * np.linalg.norm(v2) + 1e-12)))
    return total / 4


def _distinct(quads: list[np.ndarray]) -> list[int]:
    """Indices of the quads left once near-identical ones (the same card from several cues) are dropped."""
    if not quads:
        return []
    boxes = np.array([np.concatenate([q.min(axis=0), q.max(axis=0)]) for q in quads])
    sizes = np.maximum(1.0, ((boxes[:, 2] - boxes[:, 0]) + (boxes[:, 3] - boxes[:, 1])) / 2)
    kept: list[int] = []
    for i in range(len(quads)):
        if kept and (np.abs(boxes[kept] - boxes[i]).max(axis=1) < 0.01 * sizes[i] + 1.0).any():
            continue
        kept.append(i)
    return kept
