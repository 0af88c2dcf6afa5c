"""A card outline that runs through the card's own print (a frame or panel printed near the edge of a close-cropped
card taken for its edge) is widened to the photo's border and the card read again, so that no line loses its
first or last letters (imaging.widen, reading.read_card_page). Synthetic images only, real OCR."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.imaging.widen import sides_cutting_print, widen_to_frame
from cardscan.ocr import OcrEngine
from cardscan.reading import read_card_page, read_photo

W, H = 1000, 560
FRAME = (70, 60, 960, 500)  # a printed frame near the card's edge: left, top, right, bottom
HEADLINE = "NORTHWIND GARDEN TOOLS"
LINES = ["Jonas Example", "Head of Purchasing", "+49 30 1234 5678", "jonas@northwind-example.de"]


@pytest.fixture(scope="module")
def engine(rapidocr_engine: OcrEngine) -> OcrEngine:
    return rapidocr_engine


def framed_card(*, band_text: str | None = HEADLINE) -> np.ndarray:
    """A close crop of a dark card (the image is the card) with a light frame printed near its edge; the
    headline starts left of the frame, across it, and a web address runs along the bottom, below the frame."""
    img = Image.new("RGB", (W, H), (38, 34, 30))
    draw = ImageDraw.Draw(img)
    draw.rectangle(FRAME, outline=(225, 215, 190), width=6)
    big = ImageFont.truetype("DejaVuSans-Bold.ttf", 46)
    body = ImageFont.truetype("DejaVuSans.ttf", 34)
    if band_text:
        draw.text((18, 80), band_text, font=big, fill=(245, 245, 240))
    for i, text in enumerate(LINES):
        draw.text((420, 190 + i * 66), text, font=body, fill=(245, 245, 240))
    draw.text((300, 510), "www.northwind-example.de", font=body, fill=(245, 245, 240))
    return np.array(img)[:, :, ::-1].copy()


def frame_quad() -> list[tuple[float, float]]:
    x0, y0, x1, y1 = FRAME
    return [(float(x0), float(y0)), (float(x1), float(y0)), (float(x1), float(y1)), (float(x0), float(y1))]


def test_print_running_up_to_a_side_names_that_side_on_the_card_as_found() -> None:
    size = (1000, 600)
    assert sides_cutting_print([(2, 100, 300, 40)], size, 0) == {3}  # from the left edge
    assert sides_cutting_print([(700, 100, 298, 40)], size, 0) == {1}
    assert sides_cutting_print([(100, 1, 300, 40), (100, 570, 300, 29)], size, 0) == {0, 2}
    assert sides_cutting_print([(100, 100, 300, 40)], size, 0) == set()  # a margin all round
    # The page was read turned a quarter clockwise: its left side was the bottom of the card as found.
    assert sides_cutting_print([(2, 100, 300, 40)], (600, 1000), 90) == {2}
    assert sides_cutting_print([(2, 100, 300, 40)], (600, 1000), 270) == {0}


def test_a_side_moves_out_to_the_border_only_in_a_close_crop() -> None:
    quad = frame_quad()
    wider = widen_to_frame(quad, {3, 2}, (W, H))
    assert wider is not None
    xs, ys = [p[0] for p in wider], [p[1] for p in wider]
    assert min(xs) == pytest.approx(0.0, abs=0.5) and max(ys) == pytest.approx(H, abs=0.5)
    assert max(xs) == pytest.approx(FRAME[2]) and min(ys) == pytest.approx(FRAME[1])  # the other sides stay
    # A card on a table, the border far beyond its side: the side is the card's edge, nothing moves.
    assert widen_to_frame([(600, 300), (1400, 300), (1400, 800), (600, 800)], {1, 3}, (2400, 1600)) is None
    # A side on the border already: nothing to gain.
    assert widen_to_frame([(5, 0), (W, 0), (W, H), (5, H)], {3}, (W, H)) is None


@pytest.mark.slow
def test_a_printed_frame_taken_for_the_edge_loses_no_letters(engine: OcrEngine) -> None:
    """The finder's mistake given outright: the printed frame as the card's outline. The headline crosses the
    frame's left side and the web address lies below it; the reading keeps both whole, and the outline it
    reports is the widened one."""
    image = framed_card()
    read = read_card_page(image, frame_quad(), engine)
    text = read.page.text.replace(" ", "").lower()
    assert HEADLINE.replace(" ", "").lower() in text
    assert "www.northwind-example.de" in text  # printed below the frame
    assert min(x for x, _ in read.quad) < 5.0 and max(y for _, y in read.quad) > H - 5.0
    # With other cards in the photo the outline is not widened (beyond it may lie the next card).
    alone = read_card_page(image, frame_quad(), engine, alone=False)
    assert alone.quad == frame_quad()


@pytest.mark.slow
def test_a_card_with_a_margin_all_round_is_read_as_found(engine: OcrEngine) -> None:
    """No print runs up to a side: one reading, the outline unchanged."""
    image = framed_card(band_text=None)
    inner = [(60.0, 40.0), (990.0, 40.0), (990.0, 480.0), (60.0, 480.0)]
    read = read_card_page(image, inner, engine)
    assert read.quad == inner
    assert "jonas@northwind-example.de" in read.page.text.replace(" ", "").lower()


@pytest.mark.slow
def test_a_close_cropped_scan_with_a_printed_frame_gives_the_whole_company(tmp_path, engine: OcrEngine) -> None:
    """End to end: the scan of a framed card read as a photo; the headline's first letters are not cut off."""
    import cv2

    path = tmp_path / "framed.png"
    cv2.imwrite(str(path), framed_card())
    result = read_photo(str(path), engine)
    assert result.ok and len(result.cards) == 1
    assert HEADLINE.replace(" ", "").lower() in result.cards[0].text.replace(" ", "").lower()
