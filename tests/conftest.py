"""Settings for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardscan.ocr import DEFAULT_LANGUAGES, OcrEngine, create_engine

# The tests draw synthetic cards from the generator's development vocabulary, fonts and layouts only: the
# evaluation half is for `make bench` (tools/cardgen/vocabulary.py). Set before cardgen is imported, and inherited
# by the processes tests start.
os.environ["CARDGEN_VOCABULARY"] = "dev"


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own config.toml (key maps, image mode): an empty config folder instead."""
    monkeypatch.setenv("CARDSCAN_CONFIG_DIR", str(tmp_path / "config"))


def _engine(name: str) -> Iterator[OcrEngine]:
    engine = create_engine(name, DEFAULT_LANGUAGES)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def rapidocr_engine() -> Iterator[OcrEngine]:
    """One RapidOCR engine for a test module (models load once)."""
    yield from _engine("rapidocr")


@pytest.fixture(scope="module")
def tesserocr_engine() -> Iterator[OcrEngine]:
    """One in-process Tesseract engine for a test module."""
    yield from _engine("tesserocr")
