"""The OCR adapters and their registry, on a real rendered card, with the real engines (Tesseract, RapidOCR)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from cardscan.errors import MissingDependencyError, MissingLanguageError, UsageError
from cardscan.ocr import DEFAULT_ENGINE, ENGINES, PRODUCT_LANGUAGES, create_engine, engine_spec, probe_engine
from cardscan.ocr.tesseract import find_tessdata

LINES = ["Dr. Jürgen Müller", "Geschäftsführer", "T +49 30 1234567", "j.mueller@example-gmbh.de"]


def _card() -> np.ndarray:
    img = Image.new("L", (1400, 820), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 44)
    for i, text in enumerate(LINES):
        draw.text((90, 90 + i * 150), text, font=font, fill=0)
    return np.array(img)


@pytest.mark.parametrize("engine", ["tesserocr", "pytesseract", "rapidocr"])
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


@pytest.mark.parametrize("engine", ["tesserocr", "rapidocr"])
def test_blank_image_reads_as_no_lines(engine: str) -> None:
    page = create_engine(engine, "eng").read(np.full((600, 1000), 255, np.uint8))
    assert page.lines == ()


def test_every_registered_engine_has_a_probe_a_factory_and_its_own_scale() -> None:
    assert DEFAULT_ENGINE in ENGINES and set(ENGINES) == {"tesserocr", "pytesseract", "rapidocr"}
    for name in ENGINES:
        spec = engine_spec(name)
        assert 0 < spec.scale.upright_enough < 1 and 0 < spec.scale.doubtful_below <= 1
        assert spec.probe("Latin").name == name
        assert create_engine(name, "Latin").scale == spec.scale
    with pytest.raises(UsageError, match="unknown OCR engine"):
        engine_spec("abbyy")


def test_rapidocr_reads_nordic_a_on_a_nordic_card() -> None:
    # Its model reads å as à on some prints; a Swedish domain tells the adapter which letter it was.
    lines = ["Åsa Håkansson", "Vårdcentralen Gårda", "asa.hakansson@vardcentral.se"]
    img = Image.new("L", (1400, 620), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 44)
    for i, text in enumerate(lines):
        draw.text((90, 90 + i * 150), text, font=font, fill=0)
    page = create_engine("rapidocr", "Latin").read(np.array(img))
    assert [line.text for line in page.lines] == lines


def test_rapidocr_probe_names_its_version_models_and_languages() -> None:
    info = probe_engine("rapidocr", "Latin")
    assert info.version.startswith("3.")
    assert Path(info.data, "PP-OCRv6_det_small.onnx").is_file() and Path(info.data, "PP-OCRv6_rec_small.onnx").is_file()
    assert {"Latin", *PRODUCT_LANGUAGES} <= set(info.languages)


def test_rapidocr_refuses_a_language_it_cannot_read() -> None:
    with pytest.raises(MissingLanguageError) as err:
        probe_engine("rapidocr", "deu+jpn")
    message = err.value.user_message()
    assert "jpn" in message and "--engine tesserocr" in message


@pytest.mark.parametrize("engine", ["tesserocr", "pytesseract"])
def test_tesseract_probe_reports_version_and_languages(engine: str) -> None:
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
    monkeypatch.setattr("cardscan.ocr.tesseract._TESSDATA_CANDIDATES", ())
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
