"""QR codes printed on cards (vCard or MECARD payloads), decoded with OpenCV.

Most cards have no QR code, so the first step must be cheap: the three finder patterns
(a dark square ring around a dark square, 7:5:3 modules) are looked for as nested contours
on the card crop itself (shrunk only when over 1800 px). Only where they are found is the code decoded, from
a full-resolution crop around them, trying OpenCV's two detectors and a few clean-ups
(sharpening, binarising, enlarging) for blurred photos.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import cv2
import numpy as np

from cardscan.imaging.geometry import Quad, order_quad

__all__ = ["QrCode", "blank_qr", "decode_qr", "find_qr", "find_qr_regions"]

SEARCH_LONG_SIDE = 1800  # finder patterns of a blurred dense code vanish when shrunk further

_local = threading.local()  # OpenCV detector objects are not shared between threads


def _detectors() -> tuple[cv2.QRCodeDetectorAruco, cv2.QRCodeDetector]:
    if not hasattr(_local, "detectors"):
        _local.detectors = (cv2.QRCodeDetectorAruco(), cv2.QRCodeDetector())
    detectors: tuple[cv2.QRCodeDetectorAruco, cv2.QRCodeDetector] = _local.detectors
    return detectors


@dataclass(frozen=True)
class QrCode:
    """A QR code found on a card image."""

    text: str | None  # the payload; None when the code was found but could not be read
    quad: Quad  # its outline in the card image's pixels, clockwise from the top-left


def decode_qr(card_image: np.ndarray) -> str | None:
    """The text of the QR code on the card, or None. Never raises for a bad image."""
    code = find_qr(card_image)
    return code.text if code is not None else None


def find_qr(card_image: np.ndarray) -> QrCode | None:
    """The QR code on a card image (read if possible), or None when there is none. Never raises."""
    try:
        if card_image is None or card_image.size == 0 or min(card_image.shape[:2]) < 21:
            return None
        gray = card_image if card_image.ndim == 2 else cv2.cvtColor(card_image, cv2.COLOR_BGR2GRAY)
        unread: QrCode | None = None
        for box in find_qr_regions(gray):
            x0, y0, x1, y1 = box
            text, corners = _decode_region(gray[y0:y1, x0:x1])
            if corners is None:
                corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
            else:
                corners = corners + np.array([x0, y0], np.float64)
            code = QrCode(text or None, order_quad(corners))
            if text:
                return code
            unread = unread or code
        return unread
    except cv2.error:
        return None


def blank_qr(card_image: np.ndarray, code: QrCode) -> np.ndarray:
    """A copy of the card with the QR code painted over in the card's colour around it (for OCR)."""
    out = card_image.copy()
    q = np.array(code.quad, np.float64)
    centre = q.mean(axis=0)
    grown = centre + (q - centre) * 1.12  # the quiet zone and a little more
    ring = centre + (q - centre) * 1.3
    h, w = out.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(mask, np.round(ring).astype(np.int32), 255)
    inner = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(inner, np.round(grown).astype(np.int32), 255)
    around = cv2.subtract(mask, inner)
    channels = 1 if out.ndim == 2 else out.shape[2]
    colour = cv2.mean(out, mask=around)[:channels] if cv2.countNonZero(around) else (255.0,) * channels
    fill = tuple(float(c) for c in colour) if out.ndim == 3 else float(colour[0])
    cv2.fillConvexPoly(out, np.round(grown).astype(np.int32), fill)
    return out


def find_qr_regions(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1, full-resolution pixels) that hold three QR finder patterns."""
    h, w = gray.shape[:2]
    f = min(1.0, SEARCH_LONG_SIDE / max(h, w))
    small = gray if f == 1.0 else cv2.resize(gray, (round(w * f), round(h * f)), interpolation=cv2.INTER_AREA)
    finders: list[tuple[float, float, float]] = []
    block = max(15, (min(small.shape[:2]) // 12) | 1)
    for binary in (
        cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 8),
        cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1],
    ):
        finders.extend(_finder_patterns(binary))
    boxes: list[tuple[int, int, int, int]] = []
    for group in _triples(finders):
        xs = [x for x, _, _ in group]
        ys = [y for _, y, _ in group]
        size = max(s for _, _, s in group)
        margin = size * 1.2
        box = (
            max(0, math.floor((min(xs) - margin) / f)),
            max(0, math.floor((min(ys) - margin) / f)),
            min(w, math.ceil((max(xs) + margin) / f)),
            min(h, math.ceil((max(ys) + margin) / f)),
        )
        if all(_box_iou(box, b) < 0.5 for b in boxes):
            boxes.append(box)
    return boxes


def _finder_patterns(binary: np.ndarray) -> list[tuple[float, float, float]]:
    """Centres and sizes of dark square rings holding a dark square (nested three deep)."""
    contours, hierarchy = cv2.findContours(binary, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    tree = hierarchy[0]
    out = []
    for i, c in enumerate(contours):
        child = tree[i][2]
        if child < 0 or tree[child][2] < 0:
            continue
        area = cv2.contourArea(c)
        if area < 36:
            continue
        x, y, bw, bh = cv2.boundingRect(c)
        if not 0.5 < bw / bh < 2.0 or area < 0.5 * bw * bh:
            continue
        grandchild = tree[child][2]
        inner = cv2.contourArea(contours[grandchild])
        ratio = inner / area
        if not 0.06 < ratio < 0.45:  # (3/7)^2 = 0.18 for a square seen straight on
            continue
        (cx, cy), _ = cv2.minEnclosingCircle(contours[grandchild])
        ox, oy = x + bw / 2, y + bh / 2
        if math.hypot(cx - ox, cy - oy) > 0.2 * max(bw, bh):
            continue
        out.append((ox, oy, float(max(bw, bh))))
    return out


def _triples(finders: list[tuple[float, float, float]]) -> list[list[tuple[float, float, float]]]:
    """Groups of three finder patterns of similar size, as far apart as a QR code allows."""
    unique: list[tuple[float, float, float]] = []
    for fp in sorted(finders, key=lambda t: -t[2]):
        if all(math.hypot(fp[0] - u[0], fp[1] - u[1]) > 0.5 * u[2] for u in unique):
            unique.append(fp)
    groups = []
    n = len(unique)
    for a in range(n):
        for b in range(a + 1, n):
            for c in range(b + 1, n):
                trio = [unique[a], unique[b], unique[c]]
                sizes = [t[2] for t in trio]
                if max(sizes) > 1.8 * min(sizes):
                    continue
                dists = sorted(math.hypot(p[0] - q[0], p[1] - q[1]) for p, q in
                               ((trio[0], trio[1]), (trio[1], trio[2]), (trio[0], trio[2])))
                size = float(np.mean(sizes))
                # Two equal sides and a hypotenuse (right angle), 2.5 to 26 finder sizes apart.
                if not 2.0 * size < dists[0] < 26 * size:
                    continue
                if dists[1] > 1.4 * dists[0] or not 1.15 < dists[2] / dists[1] < 1.7:
                    continue
                groups.append(trio)
    return groups[:4]


def _box_iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _decode_region(crop: np.ndarray) -> tuple[str | None, np.ndarray | None]:
    """The payload and the corners (crop pixels) of the code in a crop; corners even when unreadable."""
    aruco, standard = _detectors()
    pad = max(8, min(crop.shape[:2]) // 10)
    base = cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)  # the quiet zone
    corners: np.ndarray | None = None
    for variant, scale in _variants(base):
        for detector in (aruco, standard):
            text, points, _ = detector.detectAndDecode(variant)
            if points is not None and len(points) and corners is None:
                corners = points.reshape(-1, 4, 2)[0].astype(np.float64) / scale - pad
            if text:
                if points is not None and len(points):
                    corners = points.reshape(-1, 4, 2)[0].astype(np.float64) / scale - pad
                return str(text), corners
    if corners is not None:
        # Blurred and seen at an angle: straighten the code onto a large square, sharpen, try again.
        size, margin = 700, 70
        square = np.array([[margin, margin], [size + margin, margin], [size + margin, size + margin],
                           [margin, size + margin]], np.float32)
        matrix = cv2.getPerspectiveTransform((corners + pad).astype(np.float32), square)
        flat = cv2.warpPerspective(base, matrix, (size + 2 * margin,) * 2, flags=cv2.INTER_CUBIC, borderValue=255)
        sharp = cv2.addWeighted(flat, 2.0, cv2.GaussianBlur(flat, (0, 0), 3), -1.0, 0)
        binary = cv2.adaptiveThreshold(flat, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 51, 5)
        for variant in (sharp, flat, binary):
            for detector in (standard, aruco):
                text, _, _ = detector.detectAndDecode(variant)
                if text:
                    return str(text), corners
    return None, corners


def _variants(gray: np.ndarray) -> list[tuple[np.ndarray, float]]:
    out = [(gray, 1.0)]
    blur = cv2.GaussianBlur(gray, (0, 0), 2.0)
    out.append((cv2.addWeighted(gray, 1.8, blur, -0.8, 0), 1.0))  # unsharp mask
    block = max(15, (min(gray.shape[:2]) // 8) | 1)
    out.append((cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 5), 1.0))
    if max(gray.shape[:2]) < 600:
        out.append((cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), 2.0))
    return out
