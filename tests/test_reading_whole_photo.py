"""When the cards found in a photo read next to nothing (the picture side of a card lying beside its printed front,
which the finder missed; a frame in a designer's mock-up), the whole photo is read as one card (reading.photo_pages).
Synthetic images only, real OCR."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.ocr import OcrEngine
from cardscan.reading import SPARSE_PRINT, photo_pages, read_photo

LINES = ["Jonas Example", "Head of Purchasing", "+49 30 1234 5678", "jonas@northwind-example.de"]


@pytest.fixture(scope="module")
def engine(tesserocr_engine: OcrEngine) -> OcrEngine:
    return tesserocr_engine


def table_photo(*, print_beside: bool) -> np.ndarray:
    """A dark table with a blank white card on it (its picture side, no print), and, when `print_beside`, the
    printed front's text beside it on a grey patch too faint against the table to be found as a card."""
    img = Image.new("RGB", (1600, 1000), (70, 70, 72))
    draw = ImageDraw.Draw(img)
    draw.rectangle((80, 260, 680, 600), fill=(250, 250, 248))
    if print_beside:
        draw.rectangle((760, 180, 1560, 760), fill=(86, 86, 88))
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
        for i, text in enumerate(LINES):
            draw.text((800, 260 + i * 110), text, font=font, fill=(250, 250, 250))
    return np.array(img)[:, :, ::-1].copy()


BLANK = [(80.0, 260.0), (680.0, 260.0), (680.0, 600.0), (80.0, 600.0)]  # the blank card's outline


@pytest.mark.slow
def test_a_blank_card_found_beside_print_gives_way_to_the_whole_photo(engine: OcrEngine) -> None:
    # the finder's mistake given outright (as the widening tests do): the blank card as the only card found
    image = table_photo(print_beside=True)
    pages = photo_pages(image, [BLANK], engine)
    assert len(pages) == 1
    text = " ".join(line.text for line in pages[0].page.lines)
    assert "Purchasing" in text and "northwind" in text
    h, w = image.shape[:2]
    assert pages[0].quad == [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]  # the whole photo


@pytest.mark.slow
def test_a_blank_card_alone_stays_the_card_found(engine: OcrEngine) -> None:
    # nothing more to read in the whole photo: the card found is kept (a card with no print is still a card)
    pages = photo_pages(table_photo(print_beside=False), [BLANK], engine)
    assert [p.quad for p in pages] == [BLANK]


@pytest.mark.slow
def test_a_scan_reads_the_print_of_a_photo_whose_cards_read_nothing(engine: OcrEngine, tmp_path: Path) -> None:
    path = tmp_path / "table.png"
    cv2.imwrite(str(path), table_photo(print_beside=True))
    result = read_photo(str(path), engine)
    assert result.error is None and len(result.cards) == 1
    assert [e.value for e in result.cards[0].contact.emails] == ["jonas@northwind-example.de"]


@pytest.mark.slow
def test_a_photo_with_no_card_found_is_read_whole_only_when_it_holds_a_cards_print(engine: OcrEngine) -> None:
    print_only = np.full((900, 1400, 3), 70, np.uint8)
    img = Image.fromarray(print_only)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 44)
    for i, text in enumerate(LINES):
        draw.text((120, 180 + i * 120), text, font=font, fill=(250, 250, 250))
    with_print = np.array(img)
    pages = photo_pages(with_print, [], engine)
    assert len(pages) == 1
    assert sum(ch.isalnum() for line in pages[0].page.lines for ch in line.text) >= SPARSE_PRINT
    assert photo_pages(np.full((900, 1400, 3), 70, np.uint8), [], engine) == []  # nothing to read: no card
