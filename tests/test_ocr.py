"""The OCR adapters, on a real rendered card, with real Tesseract."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.errors import MissingDependencyError, MissingLanguageError
from cardscan.ocr import create_engine, probe_engine
from cardscan.ocr.base import find_tessdata

LINES = ["Dr. Jürgen Müller", "Geschäftsführer", "T +49 30 1234567", "j.mueller@example-gmbh.de"]


def _card() -> np.ndarray:
    img = Image.new("L", (1400, 820), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 44)
    for i, text in enumerate(LINES):
        draw.text((90, 90 + i * 150), text, font=font, fill=0)
    return np.array(img)


@pytest.mark.parametrize("engine", ["tesserocr", "pytesseract"])
def test_engine_reads_words_with_boxes_and_confidences(engine: str) -> None:
    # German first: with eng first, tessdata_fast drops umlauts even on a clean image (Müller -> Muller).
    page = create_engine(engine, "deu+eng").read(_card())
    assert [line.text for line in page.lines] == LINES
    for line in page.lines:
        assert 0.5 < line.confidence <= 1.0
        x, _y, w, h = line.box
        assert 60 < x < 120 and w > 200 and 25 < h < 60
    # reading order and geometry: each line below the previous one
    tops = [line.box[1] for line in page.lines]
    assert tops == sorted(tops)
    assert page.engine == engine and page.languages == "deu+eng"


def test_blank_image_reads_as_no_lines() -> None:
    page = create_engine("tesserocr", "eng").read(np.full((600, 1000), 255, np.uint8))
    assert page.lines == ()


@pytest.mark.parametrize("engine", ["tesserocr", "pytesseract"])
def test_probe_reports_version_and_languages(engine: str) -> None:
    info = probe_engine(engine, "eng+deu+fra+ita+nld+swe+spa+por")
    assert info.version[0].isdigit()
    assert {"eng", "deu", "osd"} <= set(info.languages)


def test_missing_language_fails_fast_naming_the_package() -> None:
    with pytest.raises(MissingLanguageError) as err:
        probe_engine("tesserocr", "eng+xyz")
    message = err.value.user_message()
    assert "xyz" in message and "tesseract-ocr-xyz" in message and "--lang" in message


def test_missing_tessdata_names_what_to_install(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setattr("cardscan.ocr.base._TESSDATA_CANDIDATES", ())
    assert find_tessdata() is None
    with pytest.raises(MissingDependencyError) as err:
        probe_engine("tesserocr", "eng")
    assert "apt-get install tesseract-ocr" in err.value.user_message()


def test_missing_tesseract_command_names_what_to_install(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "tesseract")
    with pytest.raises(MissingDependencyError) as err:
        probe_engine("pytesseract", "eng")
    assert "apt-get install tesseract-ocr" in err.value.user_message()
