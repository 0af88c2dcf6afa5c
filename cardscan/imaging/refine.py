"""Adjusting chosen card outlines: over a printed band, inside a patterned frame; the tests they use."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardscan.imaging.candidates import PANEL_MIN_ASPECT, plausible
from cardscan.imaging.geometry import quad_area
from cardscan.imaging.outline import EdgeEvidence, intersect, inward_normal, sample_points

ACCEPT_SCORE = 0.62  # share of the outline that must be a real edge
WEAK_SCORE = 0.45  # enough for an inner outline to replace a pattern-framed outer one


@dataclass
class Candidate:
    quad: np.ndarray  # 4x2 float64, working-copy coordinates
    source: str  # the cue that found it
    score: float = 0.0  # EdgeEvidence.score
    area: float = 0.0
    printed: bool = False  # has_print
    continuation: float = -1.0  # EdgeEvidence.continuation, computed when needed


def moved(quad: np.ndarray, offsets: tuple[float, float, float, float]) -> np.ndarray | None:
    """The quad with each side moved outwards by its offset (negative: inwards), corners re-intersected."""
    lines = []
    for i in range(4):
        p, d, n, length = inward_normal(quad, i)
        lines.append((p - n * offsets[i], d / max(length, 1e-9)))
    out = []
    for i in range(4):
        c = intersect(lines[i - 1], lines[i])
        if c is None:
            return None
        out.append(c)
    return np.array(out)


def side_span(quad: np.ndarray, i: int) -> float:
    """The card's extent across side i (the length of the neighbouring sides)."""
    return (inward_normal(quad, (i + 1) % 4)[3] + inward_normal(quad, (i + 3) % 4)[3]) / 2


def grow(cand: Candidate, lab: np.ndarray, evidence: EdgeEvidence, others: list[Candidate]) -> Candidate:
    """Extend an outline over a coloured band printed along a side (the panel was found, not the card).

    The strip gained must be one colour, unlike the table around the card, and the card's shape
    must come closer to a business card's.
    """
    h, w = lab.shape[:2]
    best = cand
    for i in range(4):
        span = side_span(best.quad, i)
        grown: Candidate | None = None
        for off in evidence.parallel_edges(best.quad, i, 0.5 * span):  # the nearest band edge wins
            offsets = [0.0, 0.0, 0.0, 0.0]
            offsets[i] = off
            quad = moved(best.quad, (offsets[0], offsets[1], offsets[2], offsets[3]))
            if quad is None or not plausible(quad, float(h * w), min_aspect=PANEL_MIN_ASPECT):
                continue
            if any(o is not cand and overlap(quad, o.quad) > 0.05 for o in others):
                break
            if not _is_band(lab, best.quad, quad, i, evidence):
                continue  # text inside the band, or a strip of the table
            if _shape_error(quad) >= max(_shape_error(best.quad), 0.22):
                continue  # (perspective makes a card look from 1.3 to 2 times as long as wide)
            score = evidence.score(quad)
            if score >= ACCEPT_SCORE:
                grown = Candidate(quad, best.source + "+band", score, quad_area(quad), True)
                break
        if grown is not None:
            best = grown
    return best


def _shape_error(quad: np.ndarray) -> float:
    """How far the outline's aspect ratio is from a typical business card's (85 x 55 mm)."""
    s = [float(np.hypot(*(quad[(i + 1) % 4] - quad[i]))) for i in range(4)]
    a, b = (s[0] + s[2]) / 2, (s[1] + s[3]) / 2
    return abs(float(np.log(max(a, b) / max(1e-6, min(a, b)) / 1.6)))


def _is_band(lab: np.ndarray, inner: np.ndarray, outer: np.ndarray, i: int, evidence: EdgeEvidence) -> bool:
    """The strip gained between side i of `inner` and of `outer` is a printed band of the card.

    It must be mostly one colour, and the card's neighbouring sides must go on along its flanks
    as real edges: a strip of table next to the card has no such edges.
    """
    labf = evidence.labf
    p_in, d_in, _, _ = inward_normal(inner, i)
    p_out, d_out, _, _ = inward_normal(outer, i)
    t = np.linspace(0.15, 0.85, 15)
    strip = []
    for f in np.linspace(0.2, 0.8, 5):
        a = p_in + t[:, None] * d_in
        b = p_out + t[:, None] * d_out
        strip.append(a + (b - a) * f)
    s = sample_points(labf, np.concatenate(strip))
    ref = np.median(s, axis=0)
    if float((np.abs(s - ref).max(axis=1) < 15).mean()) < 0.7:
        return False
    outside = []
    for j, corner in (((i + 1) % 4, (i + 1) % 4), ((i + 3) % 4, i)):
        a, b = inner[corner], outer[corner]
        _, _, n, _ = inward_normal(outer, j)
        flank = a + (b - a) * np.linspace(0.15, 0.85, 8)[:, None]
        # The side's line carried on over the band may drift a pixel or two off the band's edge.
        near = np.concatenate([flank + n * o for o in (-3.0, -1.5, 0.0, 1.5, 3.0)])
        if float(evidence.support_at(near, n).reshape(5, -1).any(axis=0).mean()) < 0.75:
            return False
        outside.append(flank - n * 10.0)  # beyond a thin accent bar along that side
    table = np.median(sample_points(labf, np.concatenate(outside)), axis=0)
    return float(np.abs(table - ref).max()) > 22


def shrink(outer: Candidate, lab: np.ndarray, evidence: EdgeEvidence) -> Candidate | None:
    """The card inside an outline framed by the table's pattern: move sides inwards onto edges."""
    h, w = lab.shape[:2]
    choices = []
    for i in range(4):
        span = side_span(outer.quad, i)
        found = evidence.parallel_edges(outer.quad, i, -0.35 * span)[:2]
        choices.append([0.0, *found])
    best: Candidate | None = None
    for a in choices[0]:
        for b in choices[1]:
            for c in choices[2]:
                for d in choices[3]:
                    if a == b == c == d == 0.0:
                        continue
                    quad = moved(outer.quad, (a, b, c, d))
                    if quad is None or not plausible(quad, float(h * w)):
                        continue
                    score = evidence.score(quad)
                    if score < WEAK_SCORE or (best is not None and score <= best.score):
                        continue
                    if evidence.continuation(quad) > 0.3 or not has_print(lab, quad):
                        continue
                    best = Candidate(quad, outer.source + "-pattern", score, quad_area(quad), True)
    return best


def contains(outer: np.ndarray, inner: np.ndarray) -> bool:
    """At least 90 % of `inner` lies inside `outer`."""
    inter, _ = cv2.intersectConvexConvex(outer.astype(np.float32), inner.astype(np.float32))
    return float(inter) >= 0.9 * quad_area(inner)


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection area over the smaller area."""
    inter, _ = cv2.intersectConvexConvex(a.astype(np.float32), b.astype(np.float32))
    return float(inter) / max(1.0, min(quad_area(a), quad_area(b)))


def has_print(lab: np.ndarray, quad: np.ndarray) -> bool:
    """Something is printed inside (text, a logo): a blank rectangle of table is not a card."""
    h, w = lab.shape[:2]
    centre = quad.mean(axis=0)
    inner = centre + (quad - centre) * 0.85
    x0, y0 = np.maximum(np.floor(inner.min(axis=0)).astype(int), 0)
    x1, y1 = np.minimum(np.ceil(inner.max(axis=0)).astype(int), [w, h])
    if x1 - x0 < 4 or y1 - y0 < 4:
        return False
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.fillConvexPoly(mask, np.round(inner - [x0, y0]).astype(np.int32), 255)
    inside = cv2.countNonZero(mask)
    if inside < 16:
        return False
    patch = lab[y0:y1, x0:x1]
    ref = cv2.mean(patch, mask=mask)[:3]
    diff = cv2.absdiff(patch, np.array(ref, np.float64).reshape(1, 1, 3).astype(np.uint8) + np.zeros_like(patch))
    ink = (diff[:, :, 0] > 30) | (diff[:, :, 1] > 20) | (diff[:, :, 2] > 20)
    count = cv2.countNonZero(cv2.bitwise_and(ink.astype(np.uint8), mask))
    return count > 0.004 * inside


