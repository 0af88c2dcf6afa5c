"""find_cards on the scenes real photos showed: close-ups of a light card on a light desk under a soft
shadow, at quarter and half turns, two-tone cards, printed portraits, QR codes beside the text; and the
text fallback where no outline stands out (synthetic images only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cardgen
import cv2
import numpy as np
import pytest
from cardgen.closeups import FEATURES

from cardscan.imaging import find_cards
from cardscan.imaging.geometry import polygon_iou
from cardscan.ocr import DEFAULT_LANGUAGES, OcrEngine, create_engine
from cardscan.reading import read_photo

CLOSEUPS = [(feature, turn) for feature in FEATURES for turn in (0.0, 90.0, 180.0)]


def best_iou(quads: list, truth: np.ndarray) -> float:
    return max((polygon_iou(truth, q) for q in quads), default=0.0)


@pytest.mark.slow
def test_close_ups_on_a_light_desk_are_found() -> None:
    """Each feature at 0, 90 and 180 degrees: a card is always found; exactly (IoU >= 0.9) for plain cards, printed
    portraits and QR codes. A two-tone card is found as its light part plus most of its dark panel (IoU >= 0.75):
    where the panel's edge meets the desk is the detector's known weak spot (README, Benchmarks)."""
    extra = 0
    for i, (feature, turn) in enumerate(CLOSEUPS):
        photo = cardgen.make_photo(7100 + i, "closeup", feature=feature, turn=turn)
        truth = np.array(photo.cards[0]["quad"], np.float64)
        quads = find_cards(cv2.cvtColor(photo.image, cv2.COLOR_RGB2BGR))
        assert quads, f"{feature} at {turn}: no card found"
        iou = best_iou(quads, truth)
        wanted = 0.75 if feature == "two-tone" else 0.9
        assert iou >= wanted, f"{feature} at {turn}: best IoU {iou:.2f}, wanted {wanted}"
        extra += len(quads) - 1
    assert extra <= 1


def test_closeup_scenes_are_deterministic_and_leave_the_older_kinds_alone() -> None:
    a = cardgen.make_photo(7200, "closeup", feature="two-tone", turn=90.0)
    b = cardgen.make_photo(7200, "closeup", feature="two-tone", turn=90.0)
    assert np.array_equal(a.image, b.image) and a.cards == b.cards
    assert a.cards[0]["feature"] == "two-tone" and a.cards[0]["rotation"] in (90, 270)
    assert "closeup" not in cardgen.KINDS  # default sets and older seeds never make one
    with pytest.raises(ValueError):
        cardgen.make_photo(1, "closeup", feature="hologram")


def white_on_white(angle: float, *, lines: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """A white card on a white desk with no visible outline at all, its text only; BGR image and the
    text block's corners."""
    rng = np.random.default_rng(int(angle) + 5)
    h, w = 1200, 1600
    img = np.full((h, w, 3), 236, np.uint8)
    block = np.zeros((h, w), np.uint8)
    y = 380
    for k in range(lines):
        scale = 1.6 if k == 0 else 0.9
        text = "Lorem Ipsum Dolor" if k == 0 else f"Tel +00 {k}23 456 78{k} sit amet"
        cv2.putText(block, text, (430, y), cv2.FONT_HERSHEY_SIMPLEX, scale, 255, 2, cv2.LINE_AA)
        y += 70 if k == 0 else 50
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    block = cv2.warpAffine(block, rot, (w, h))
    img[block > 0] = (np.array([40, 40, 40]) + (255 - block[block > 0])[:, None] * 0.7).astype(np.uint8)
    noisy = img.astype(np.float32) + rng.normal(0, 2.0, img.shape)
    ys, xs = np.nonzero(block)
    corners = np.array([[xs.min(), ys.min()], [xs.max(), ys.min()], [xs.max(), ys.max()], [xs.min(), ys.max()]])
    return np.clip(noisy, 0, 255).astype(np.uint8), corners.astype(np.float64)


@pytest.mark.parametrize("angle", [0.0, 4.0, 90.0, 12.0, 20.0, 195.0])
def test_no_outline_at_all_the_card_is_where_its_text_is(angle: float) -> None:
    """Upright, or held at a slant (12-20 degrees: its lines' upright boxes are tall, measured along the line)."""
    image, text_box = white_on_white(angle)
    quads = find_cards(image)
    assert len(quads) == 1
    contour = np.array(quads[0], np.float32).reshape(-1, 1, 2)
    for x, y in text_box:  # every corner of the text block is inside (or on) the card found
        assert cv2.pointPolygonTest(contour, (float(x), float(y)), True) >= -3
    # ... and the card is not the whole photo: the blank desk around it is left out.
    assert cv2.contourArea(contour) < 0.6 * image.shape[0] * image.shape[1]


def test_a_blank_light_desk_still_has_no_card() -> None:
    rng = np.random.default_rng(3)
    image = np.clip(np.full((900, 1200, 3), 230.0) + rng.normal(0, 3, (900, 1200, 3)), 0, 255).astype(np.uint8)
    assert find_cards(image) == []


@pytest.fixture(scope="module")
def engine() -> Iterator[OcrEngine]:
    eng = create_engine("tesserocr", DEFAULT_LANGUAGES)
    yield eng
    eng.close()


@pytest.mark.slow
@pytest.mark.parametrize("turn", [0.0, 90.0, 180.0, 270.0])
def test_a_close_up_at_any_quarter_turn_is_read_upright(turn: float, tmp_path: Path, engine: OcrEngine) -> None:
    """Found, turned upright (the crop kept in the library too) and read: the e-mail's domain is in the
    text (text read upside down or sideways is gibberish)."""
    photo = cardgen.make_photo(7300, "closeup", feature="plain", turn=turn, fmt="jpeg", exif_orientation=1)
    path = cardgen.write_photo(photo, tmp_path, "card")
    result = read_photo(str(path), engine)
    assert result.ok and len(result.cards) == 1
    card = result.cards[0]
    domain = photo.cards[0]["contact"]["emails"][0].split("@")[1]
    assert domain in card.text.lower()
    crop = cv2.imdecode(np.frombuffer(card.crop_jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert crop.shape[1] > crop.shape[0]  # a landscape card, upright
