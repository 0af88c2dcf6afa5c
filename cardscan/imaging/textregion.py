"""Where the text is: the card proposed by its printed lines when no outline stands out.

A white card on a white desk, close up, under a soft shadow has no outline an edge detector can
trust, but its text is plain to see. Text lines are found the way a reader's eye finds them:
small dark-on-light (or light-on-dark) strokes, joined along their line by a closing, become
long thin blobs of a regular height. The card is the rectangle around the main cluster of those
lines (its tilt from the lines themselves), grown by a card's margin, and moved out onto a
straight edge parallel to each side where one shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardscan.imaging.outline import EdgeEvidence
from cardscan.imaging.refine import moved, side_span

MIN_LINES = 3  # fewer text-like lines than this is not legible text
MIN_STROKE = 20  # grey levels across a stroke's edge: printed ink, not the grain of a wooden table
MARGIN = 0.08  # a card's blank margin around its text, as a share of the text block's short side
MARK_REACH = 0.75  # a mark at most this share of the text block's long side away from it is on the card
TILT = 30.0  # degrees: a line of print slanted up to this much is still found
EDGE_REACH = 0.30  # how far past the margin a card edge is looked for, as a share of the block's size


@dataclass
class TextLines:
    boxes: np.ndarray  # (N, 4) x, y, w, h of each line blob, working-copy pixels
    marks: np.ndarray  # (M, 4) x, y, w, h of compact printed marks (QR codes, logos)

    @classmethod
    def none(cls) -> TextLines:
        return cls(np.zeros((0, 4), np.int32), np.zeros((0, 4), np.int32))

    def __len__(self) -> int:
        return len(self.boxes)

    def centres(self) -> np.ndarray:
        return self.boxes[:, :2] + self.boxes[:, 2:] / 2.0

    def areas(self) -> np.ndarray:
        return (self.boxes[:, 2] * self.boxes[:, 3]).astype(np.float64)


def text_lines(gray: np.ndarray, *, slanted: bool = False) -> TextLines:
    """Text-line-shaped blobs in a grey image (either direction: cards lie at any quarter turn).

    With `slanted`, lines printed at a slant of up to TILT degrees count too (the last resort of a
    photo where nothing else was found: other decisions keep to upright lines, which a scrap of
    texture imitates less often)."""
    h, w = gray.shape[:2]
    short = min(h, w)
    grad = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    # Strokes, not soft shading nor texture: Otsu's threshold on the gradient (a shadow's edge is a
    # slow ramp), and at least MIN_STROKE (wood grain and paper texture stay below).
    _, bw = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bw = cv2.bitwise_and(bw, cv2.threshold(grad, MIN_STROKE, 255, cv2.THRESH_BINARY)[1])
    boxes = []
    run = max(3, max(h, w) // 80)
    for horizontal in (True, False):
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1) if horizontal else (1, run))
        closed = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, kernel)
        n, labels, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
        for i in range(1, n):
            x, y, bw_, bh, count = (int(v) for v in stats[i])
            along, across = (bw_, bh) if horizontal else (bh, bw_)
            extent = w if horizontal else h
            if _line_shaped(along, across, count, short, extent):
                boxes.append((x, y, bw_, bh))
            elif slanted and along >= 3 * max(4.0, short * 0.004) and across <= short * 0.3 and count >= 40:
                # A line printed at a slant (a card held at an angle) has a tall upright box: measure it along
                # its own direction instead, within TILT of the direction it was joined in.
                ys, xs = np.nonzero(labels[y : y + bh, x : x + bw_] == i)
                (_, _), (rw, rh), angle = cv2.minAreaRect(np.stack([xs, ys], 1).astype(np.float32))
                slant = min(angle % 90.0, 90.0 - angle % 90.0)
                if slant <= TILT and _line_shaped(max(rw, rh), min(rw, rh), count, short, extent):
                    boxes.append((x, y, bw_, bh))
    if not boxes:
        return TextLines.none()
    arr = _distinct_boxes(np.array(boxes, np.int32))
    return TextLines(arr, _marks(bw, arr))


def _line_shaped(along: float, across: float, count: int, short: int, extent: int) -> bool:
    """A blob as thin and long as a line of print, and filled like one."""
    return (max(4.0, short * 0.004) <= across <= short * 0.08 and 3 * across <= along <= 0.9 * extent
            and count > 0.2 * along * across)


def _marks(bw: np.ndarray, lines: np.ndarray) -> np.ndarray:
    """Printed marks (a QR code, a logo, a portrait, a headline in large type): dense blobs at
    least two text lines tall. They belong to the card when they sit beside its text."""
    h, w = bw.shape[:2]
    height = float(np.median(np.minimum(lines[:, 2], lines[:, 3])))
    size = max(3, round(height * 0.6))
    closed = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, bw_, bh, count = (int(v) for v in stats[i])
        if (2 * height <= min(bw_, bh) <= 0.35 * min(h, w) and max(bw_, bh) <= 0.6 * max(h, w)
                and count > 0.25 * bw_ * bh):
            out.append((x, y, bw_, bh))
    return np.array(out, np.int32).reshape(-1, 4)


def _distinct_boxes(boxes: np.ndarray) -> np.ndarray:
    """Drop a box that lies mostly inside a larger one (the same line found in both directions)."""
    order = np.argsort(-(boxes[:, 2] * boxes[:, 3]))
    kept: list[np.ndarray] = []
    for i in order:
        b = boxes[i]
        inside = False
        for k in kept:
            ix = max(0, min(b[0] + b[2], k[0] + k[2]) - max(b[0], k[0]))
            iy = max(0, min(b[1] + b[3], k[1] + k[3]) - max(b[1], k[1]))
            if ix * iy > 0.6 * b[2] * b[3]:
                inside = True
                break
        if not inside:
            kept.append(b)
    return np.array(kept, np.int32)


def main_cluster(lines: TextLines) -> np.ndarray:
    """Indices of the lines of the main block of text: lines far from the rest (a scrap of print on
    the table, a pattern) are left out, measured against the block's own spread."""
    if len(lines) < MIN_LINES:
        return np.arange(len(lines))
    c = lines.centres()
    weights = lines.areas()
    centre = np.array([_weighted_median(c[:, 0], weights), _weighted_median(c[:, 1], weights)])
    dist = np.hypot(*(c - centre).T)
    spread = max(_weighted_median(dist, weights), float(np.median(lines.boxes[:, 2:].max(axis=1))))
    return np.nonzero(dist <= 2.5 * spread)[0]


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values)
    cum = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cum, cum[-1] / 2.0)])


def text_quad(lines: TextLines, evidence: EdgeEvidence, shape: tuple[int, int], *,
              groups: bool = False) -> np.ndarray | None:
    """The card around the main block of text lines (working-copy coordinates), or None.

    The tightest rotated rectangle around the lines, grown by a margin; each side then moves out
    onto the nearest straight edge parallel to it, if one shows within reach (the card's cut edge
    or its shadow). A rectangle that leaves the frame becomes its upright bounding box, cut to it.

    With `groups`, lines of which no main block stands out are all taken, as the card's text in groups apart (a
    name in one corner, the contact lines in another); their places say nothing of the card's slant, so the card is
    taken upright around them.
    """
    keep = main_cluster(lines)
    apart = groups and len(keep) < MIN_LINES
    if apart:
        keep = np.arange(len(lines))
    if len(keep) < MIN_LINES:
        return None
    sub = lines.boxes[keep]
    x0, y0 = sub[:, :2].min(axis=0)
    x1, y1 = (sub[:, :2] + sub[:, 2:]).max(axis=0)
    if len(lines.marks):  # marks beside the block of text (a QR code, a logo), less than a block away
        m = lines.marks
        reach = MARK_REACH * max(x1 - x0, y1 - y0)
        gap_x = np.maximum(0, np.maximum(x0 - (m[:, 0] + m[:, 2]), m[:, 0] - x1))
        gap_y = np.maximum(0, np.maximum(y0 - (m[:, 1] + m[:, 3]), m[:, 1] - y1))
        sub = np.concatenate([sub, m[np.hypot(gap_x, gap_y) <= reach]])
    x, y, w, h = sub[:, 0], sub[:, 1], sub[:, 2], sub[:, 3]
    pts = np.concatenate([np.stack([x, y], 1), np.stack([x + w, y + h], 1), np.stack([x + w, y], 1),
                          np.stack([x, y + h], 1)]).astype(np.float32)
    (cx, cy), (rw, rh), angle = cv2.minAreaRect(pts)
    if apart:
        (x, y), (x1, y1) = pts.min(axis=0), pts.max(axis=0)
        (cx, cy), (rw, rh), angle = ((x + x1) / 2, (y + y1) / 2), (x1 - x, y1 - y), 0.0
    if min(rw, rh) < 4:
        return None
    margin = MARGIN * min(rw, rh)
    rect = cv2.boxPoints(((cx, cy), (rw + 2 * margin, rh + 2 * margin), angle)).astype(np.float64)
    offsets = []
    for i in range(4):
        found = evidence.parallel_edges(rect, i, EDGE_REACH * side_span(rect, i))
        offsets.append(found[0] if found else 0.0)
    grown = moved(rect, (offsets[0], offsets[1], offsets[2], offsets[3]))
    quad = grown if grown is not None else rect
    H, W = shape
    if quad[:, 0].min() < -1 or quad[:, 1].min() < -1 or quad[:, 0].max() > W or quad[:, 1].max() > H:
        x0, y0 = np.clip(quad.min(axis=0), 0, [W - 1, H - 1])
        x1, y1 = np.clip(quad.max(axis=0), 0, [W - 1, H - 1])
        quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    return quad


def share_inside(lines: TextLines, quads: list[np.ndarray]) -> float:
    """The share of the text (by line area) whose centre lies inside one of the quads."""
    if not len(lines):
        return 1.0
    c = lines.centres().astype(np.float32)
    inside = np.zeros(len(lines), bool)
    for q in quads:
        contour = q.astype(np.float32).reshape(-1, 1, 2)
        inside |= np.array([cv2.pointPolygonTest(contour, (float(x), float(y)), False) >= 0 for x, y in c])
    a = lines.areas()
    return float(a[inside].sum() / max(1.0, a.sum()))
