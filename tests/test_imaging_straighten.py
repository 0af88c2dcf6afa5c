"""cardscan.imaging.straighten: flat, square, the right shape and a readable resolution; quarter turns."""

from __future__ import annotations

import cardgen
import cv2
import numpy as np
import pytest

from cardscan.imaging import rotate_quarter, text_orientation_hint, warp_card
from cardscan.imaging.straighten import MAX_LONG_SIDE, MAX_UPSCALE, MIN_LONG_SIDE, card_size


def card_bgr(seed: int = 3, dpi: int = 300) -> np.ndarray:
    return cv2.cvtColor(np.asarray(cardgen.random_card(seed, dpi=dpi, layout="left").image), cv2.COLOR_RGB2BGR)


def photograph(card: np.ndarray, corners: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The card seen in perspective: its corners land on `corners` in a grey photo of `size`."""
    h, w = card.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    return cv2.warpPerspective(card, matrix, size, flags=cv2.INTER_AREA, borderValue=(90, 90, 90))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    ga = cv2.cvtColor(a, cv2.COLOR_BGR2GRAY).astype(np.float32)
    gb = cv2.cvtColor(cv2.resize(b, (a.shape[1], a.shape[0]), interpolation=cv2.INTER_AREA),
                      cv2.COLOR_BGR2GRAY).astype(np.float32)
    return float(np.corrcoef(ga.ravel(), gb.ravel())[0, 1])


def pinhole_view(width_mm: float, height_mm: float, tilt: tuple[float, float, float], distance_mm: float,
                 focal_px: float, size: tuple[int, int]) -> np.ndarray:
    """Where a phone camera (principal point at the image centre) sees the corners of a card lying
    turned by `tilt` (degrees about x, y, z) at `distance_mm`."""
    ax, ay, az = np.radians(tilt)
    rx = np.array([[1, 0, 0], [0, np.cos(ax), -np.sin(ax)], [0, np.sin(ax), np.cos(ax)]])
    ry = np.array([[np.cos(ay), 0, np.sin(ay)], [0, 1, 0], [-np.sin(ay), 0, np.cos(ay)]])
    rz = np.array([[np.cos(az), -np.sin(az), 0], [np.sin(az), np.cos(az), 0], [0, 0, 1]])
    corners = np.array([[-1, -1, 0], [1, -1, 0], [1, 1, 0], [-1, 1, 0]]) * [width_mm / 2, height_mm / 2, 0]
    cam = corners @ (rz @ ry @ rx).T + [0, 0, distance_mm]
    return cam[:, :2] / cam[:, 2:] * focal_px + np.array(size) / 2


def test_a_card_in_strong_perspective_comes_out_flat_with_its_true_shape() -> None:
    card = card_bgr()
    h, w = card.shape[:2]  # 85 x 55 mm: aspect 1.545
    size = (4032, 3024)
    corners = pinhole_view(85, 55, (38, -22, 12), 180, 3000, size)
    photo = photograph(card, corners, size)
    flat = warp_card(photo, corners)
    true_aspect = w / h
    naive = (np.linalg.norm(corners[1] - corners[0]) + np.linalg.norm(corners[2] - corners[3])) / (
        np.linalg.norm(corners[3] - corners[0]) + np.linalg.norm(corners[2] - corners[1]))
    assert abs(naive - true_aspect) / true_aspect > 0.08  # the sides alone would get the shape wrong
    aspect = flat.shape[1] / flat.shape[0]
    assert abs(aspect - true_aspect) / true_aspect < 0.03, aspect
    assert similarity(card, flat) > 0.9
    width, height = card_size(corners, size)
    assert abs(width / height - true_aspect) / true_aspect < 0.03


def test_without_measurable_perspective_the_sides_give_the_shape() -> None:
    card = card_bgr()
    corners = np.array([[1000, 800], [2545, 800], [2545, 1800], [1000, 1800]], np.float64)
    assert card_size(corners, (4000, 3000)) == pytest.approx((1545.0, 1000.0))
    flat = warp_card(photograph(card, corners, (4000, 3000)), corners)
    assert flat.shape[1] / flat.shape[0] == pytest.approx(1.545, rel=0.01)


def test_the_output_runs_along_the_first_side() -> None:
    card = card_bgr()
    corners = np.array([[1000, 800], [2000, 820], [1990, 1470], [1010, 1450]], np.float64)
    photo = photograph(card, corners, (3000, 2400))
    upright = warp_card(photo, corners)
    turned = warp_card(photo, np.roll(corners, -1, axis=0))  # starting at the top-right corner
    assert turned.shape[0] > turned.shape[1]  # the card stands on its side
    assert similarity(upright, rotate_quarter(turned, 90)) > 0.9  # turned the wrong way: about 0.3


def test_resolution_is_what_tesseract_reads_well() -> None:
    card = card_bgr()
    # A card 1100 px long in the photo: upscaled into the readable band (at most 1.5x).
    corners = np.array([[500, 500], [1600, 500], [1600, 1212], [500, 1212]], np.float64)
    photo = photograph(card, corners, (2200, 1800))
    assert max(warp_card(photo, corners).shape[:2]) == MIN_LONG_SIDE
    # A card 3000 px long: reduced to the top of the band, and not aliased.
    big = np.array([[200, 200], [3200, 200], [3200, 2141], [200, 2141]], np.float64)
    out = warp_card(photograph(card_bgr(dpi=900), big, (3400, 2400)), big)
    assert max(out.shape[:2]) == MAX_LONG_SIDE
    # A tiny card: never more than 1.5 times the source.
    small = np.array([[10, 10], [410, 10], [410, 269], [10, 269]], np.float64)
    assert max(warp_card(photograph(card, small, (420, 280)), small).shape[:2]) == round(400 * MAX_UPSCALE)
    # An explicit size wins.
    assert max(warp_card(photo, corners, long_side=1000).shape[:2]) == 1000
    flat = warp_card(photo, corners)
    assert flat.dtype == np.uint8 and flat.ndim == 3
    # A card in the band already keeps its own resolution.
    native = np.array([[100, 100], [1450, 100], [1450, 974], [100, 974]], np.float64)
    assert max(warp_card(photograph(card, native, (1600, 1100)), native).shape[:2]) == 1350


def test_quarter_turns() -> None:
    img = np.arange(24, dtype=np.uint8).reshape(4, 6)
    assert rotate_quarter(img, 0) is img
    assert rotate_quarter(img, 90).shape == (6, 4)
    assert (rotate_quarter(img, 90)[0] == img[::-1, 0]).all()  # clockwise: the left column becomes the top row
    assert (rotate_quarter(img, 180) == img[::-1, ::-1]).all()
    assert (rotate_quarter(img, 270) == rotate_quarter(img, -90)).all()
    assert (rotate_quarter(rotate_quarter(img, 90), 270) == img).all()
    with pytest.raises(ValueError):
        rotate_quarter(img, 45)


@pytest.mark.parametrize("seed", [3, 8, 21])
def test_text_direction_hint(seed: int) -> None:
    card = cv2.cvtColor(np.asarray(cardgen.random_card(seed, layout="left").image), cv2.COLOR_RGB2BGR)
    assert text_orientation_hint(card) == 0
    assert text_orientation_hint(rotate_quarter(card, 180)) == 0
    assert text_orientation_hint(rotate_quarter(card, 90)) == 90
    assert text_orientation_hint(rotate_quarter(card, 270)) == 90
