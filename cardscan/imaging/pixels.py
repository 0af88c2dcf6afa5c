"""Decoded pixels of any layout -> BGR uint8, without full-size temporaries of a wider type.

A 16-bit image with alpha, converted the obvious way ((image >> 8).astype(...), then alpha blending in 16 bits),
passes through four or five full-size 16-bit copies: several GB for a large scan. Here the depth goes straight
to 8 bits (one pass, OpenCV) and transparency is blended over white one 8-bit channel at a time.
"""

from __future__ import annotations

import cv2
import numpy as np


def to_bgr8(image: np.ndarray) -> np.ndarray:
    """Any decoded array (grey, grey+alpha, BGR, BGRA; 8 or 16 bit, integer or float) as BGR uint8, transparency
    shown as white paper."""
    if image.dtype == np.uint16:
        image = cv2.convertScaleAbs(image, alpha=255.0 / 65535.0)  # to uint8 at once: no 16-bit temporaries
    elif image.dtype != np.uint8:
        image = stretch_to_uint8(image)
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    channels = image.shape[2]
    if channels == 1:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if channels == 2:
        grey = np.empty(image.shape[:2], np.uint8)
        _over_white(image[:, :, 0], np.ascontiguousarray(image[:, :, 1]), grey)
        return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
    if channels >= 4:
        alpha = np.ascontiguousarray(image[:, :, 3])
        if int(alpha.min()) == 255:
            return np.ascontiguousarray(image[:, :, :3])
        out = np.empty((*image.shape[:2], 3), np.uint8)
        for c in range(3):
            _over_white(image[:, :, c], alpha, out[:, :, c])
        return out
    return image


def _over_white(channel: np.ndarray, alpha: np.ndarray, out: np.ndarray) -> None:
    """One 8-bit channel blended over white into `out`: 255 - (255 - c) * a / 255, in 8-bit arithmetic (rounded),
    with one channel-sized temporary."""
    ink = np.subtract(np.uint8(255), channel)  # 255 - c never wraps: one uint8 array
    cv2.multiply(ink, alpha, dst=ink, scale=1.0 / 255.0)
    np.subtract(np.uint8(255), ink, out=out)


def stretch_to_uint8(image: np.ndarray) -> np.ndarray:
    """Integer or float samples of any range (a 12-bit scan in 16 bits, a float TIFF in [0, 1] or in [0, 4095])
    spread over 0-255: what matters to reading a card is the contrast, not the absolute level."""
    if image.dtype.kind == "f":
        image = np.nan_to_num(image.astype(np.float32), copy=False, nan=0.0, posinf=0.0, neginf=0.0)
    elif image.dtype.itemsize > 2 or image.dtype.kind != "u":
        image = image.astype(np.float32)
    out = cv2.normalize(image, None, 0, 255, cv2.NORM_MINMAX, dtype=cv2.CV_8U)
    return np.asarray(out)
