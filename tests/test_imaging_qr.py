"""cardscan.imaging.qr: vCard and MECARD codes read from card crops, quickly nothing when there is none."""

from __future__ import annotations

import time

import cardgen
import cv2
import numpy as np
import pytest

from cardscan.imaging import blank_qr, decode_qr, find_cards, find_qr, warp_card
from cardscan.imaging.geometry import polygon_iou


def card_bgr(seed: int, qr: str | bool) -> tuple[np.ndarray, str | None]:
    card = cardgen.random_card(seed, qr=qr)
    return cv2.cvtColor(np.asarray(card.image), cv2.COLOR_RGB2BGR), card.qr_payload


@pytest.mark.parametrize(("seed", "kind"), [(1, "vcard"), (2, "mecard"), (3, "vcard"), (4, "mecard")])
def test_payload_of_a_straight_card(seed: int, kind: str) -> None:
    image, payload = card_bgr(seed, kind)
    assert payload and decode_qr(image) == payload
    assert decode_qr(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)) == payload


@pytest.mark.slow
def test_payload_from_a_phone_photo_after_finding_and_straightening() -> None:
    photo = cardgen.make_photo(4242, "phone", qr="vcard")
    image = cv2.cvtColor(photo.image, cv2.COLOR_RGB2BGR)
    (quad,) = find_cards(image)
    crop = warp_card(image, quad)
    assert decode_qr(crop) == photo.rendered[0].qr_payload


def test_a_blurred_slightly_skewed_crop() -> None:
    image, payload = card_bgr(5, "vcard")
    h, w = image.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = src + np.float32([[25, 10], [-15, 20], [-30, -5], [10, -25]])
    skewed = cv2.warpPerspective(image, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=(120, 120, 120))
    skewed = cv2.GaussianBlur(skewed, (0, 0), 1.1)
    skewed = np.clip(skewed + np.random.default_rng(5).normal(0, 3, skewed.shape), 0, 255).astype(np.uint8)
    assert decode_qr(cv2.resize(skewed, (1600, round(1600 * h / w)))) == payload


def test_no_code_is_none_and_quick() -> None:
    timings = []
    for seed in range(6, 12):
        image, payload = card_bgr(seed, False)
        assert payload is None
        image = cv2.resize(image, (1600, round(1600 * image.shape[0] / image.shape[1])))
        decode_qr(image)  # warm-up
        t0 = time.process_time()
        assert decode_qr(image) is None
        assert find_qr(image) is None
        timings.append((time.process_time() - t0) / 2)
    assert sorted(timings)[len(timings) // 2] < 0.1  # CPU seconds (all threads), typically a few ms


def test_find_and_blank_the_code() -> None:
    image, payload = card_bgr(13, "vcard")
    code = find_qr(image)
    assert code is not None and code.text == payload
    quad = np.array(code.quad)
    side = np.linalg.norm(quad[1] - quad[0])
    assert 0.1 * image.shape[1] < side < 0.6 * image.shape[1]
    blanked = blank_qr(image, code)
    assert decode_qr(blanked) is None
    # Only the code (and a thin margin) changed; the rest of the card is untouched.
    changed = np.abs(blanked.astype(int) - image).max(axis=2) > 0
    ys, xs = np.nonzero(changed)
    region = np.array([[xs.min(), ys.min()], [xs.max(), ys.min()], [xs.max(), ys.max()], [xs.min(), ys.max()]])
    assert polygon_iou(region, quad) > 0.6
    assert changed.mean() < 0.25
    assert image is not blanked and find_qr(image) is not None  # the original is left as it was


def test_bad_input_is_none() -> None:
    assert decode_qr(np.zeros((0, 0, 3), np.uint8)) is None
    assert decode_qr(np.zeros((5, 5), np.uint8)) is None
    assert decode_qr(np.random.default_rng(0).integers(0, 256, (400, 600, 3), dtype=np.uint8)) is None
