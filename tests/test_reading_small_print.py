"""A card read with little text is read again for small print (OcrEngine.read_small_print): RapidOCR finds its lines
on a copy at most 736 pixels long, where print a few pixels high on a card that filled little of its photo
vanishes; its closer look sees the card up to 1600 pixels. Synthetic images only, real OCR."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.ocr import OcrEngine
from cardscan.reading import SMALL_PRINT_BELOW, _print_read, prepare_for_ocr, read_card_page

SMALL_LINES = ["Jonas Example, Head of Purchasing", "+49 30 1234 5678", "jonas@northwind-example.de",
               "Beispielstrasse 12, 99999 Sampletown"]


@pytest.fixture(scope="module")
def rapidocr(rapidocr_engine: OcrEngine) -> OcrEngine:
    return rapidocr_engine


def small_print_card() -> np.ndarray:
    """A dark card with a large firm's name and four lines of light small print, photographed from afar: drawn at
    1600 x 900, shrunk to 800 pixels wide (what the photo held) and straightened back up to 1600."""
    img = Image.new("RGB", (1600, 900), (30, 40, 70))
    draw = ImageDraw.Draw(img)
    draw.text((120, 120), "NORTHWIND", font=ImageFont.truetype("DejaVuSans-Bold.ttf", 110), fill=(120, 170, 230))
    small = ImageFont.truetype("DejaVuSans.ttf", 12)
    for i, text in enumerate(SMALL_LINES):
        draw.text((120, 560 + i * 60), text, font=small, fill=(120, 170, 230))
    blurred = img.resize((800, 450), Image.Resampling.BILINEAR).resize((1600, 900), Image.Resampling.BICUBIC)
    return np.array(blurred)[:, :, ::-1].copy()


@pytest.mark.slow
def test_small_print_missed_at_first_is_read_by_the_closer_look(rapidocr: OcrEngine) -> None:
    card = small_print_card()
    first = rapidocr.read(prepare_for_ocr(card))
    assert _print_read(first) < SMALL_PRINT_BELOW  # the first look misses most of the small print
    assert not any("northwind-example" in line.text for line in first.lines)
    read = read_card_page(card, [(0.0, 0.0), (1600.0, 0.0), (1600.0, 900.0), (0.0, 900.0)], rapidocr)
    text = " ".join(line.text for line in read.page.lines)
    assert "1234 5678" in text and "Purchasing" in text and "northwind-example.de" in text
    assert _print_read(read.page) > _print_read(first)


@pytest.mark.slow
def test_no_closer_look_where_the_first_saw_the_image_at_its_size(rapidocr: OcrEngine) -> None:
    small = np.full((500, 880, 3), 255, np.uint8)  # under 1.25 x 736 pixels long
    assert rapidocr.read_small_print(small) is None


@pytest.mark.slow
def test_tesseract_needs_no_closer_look(tesserocr_engine: OcrEngine) -> None:
    assert tesserocr_engine.read_small_print(small_print_card()) is None  # it reads at the image's own size
