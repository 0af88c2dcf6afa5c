"""OCR engines: one adapter module per tool, probing kept apart from running."""

from __future__ import annotations

from cardscan.errors import UsageError
from cardscan.ocr.base import DEFAULT_LANGUAGES, PRODUCT_LANGUAGES, EngineInfo, OcrEngine

ENGINES = ("tesserocr", "pytesseract")
DEFAULT_ENGINE = "tesserocr"


def probe_engine(name: str, languages: str) -> EngineInfo:
    """Fail fast (MissingDependencyError with a fix-it hint) when the engine or a language is missing."""
    if name == "tesserocr":
        from cardscan.ocr import tesserocr_engine

        return tesserocr_engine.probe(languages)
    if name == "pytesseract":
        from cardscan.ocr import pytesseract_engine

        return pytesseract_engine.probe(languages)
    raise UsageError(f"unknown OCR engine {name!r}", hint=f"choose one of {', '.join(ENGINES)}")


def create_engine(name: str, languages: str) -> OcrEngine:
    if name == "tesserocr":
        from cardscan.ocr.tesserocr_engine import TesserocrEngine

        return TesserocrEngine(languages)
    if name == "pytesseract":
        from cardscan.ocr.pytesseract_engine import PytesseractEngine

        return PytesseractEngine(languages)
    raise UsageError(f"unknown OCR engine {name!r}", hint=f"choose one of {', '.join(ENGINES)}")


__all__ = [
    "DEFAULT_ENGINE",
    "DEFAULT_LANGUAGES",
    "ENGINES",
    "PRODUCT_LANGUAGES",
    "EngineInfo",
    "OcrEngine",
    "create_engine",
    "probe_engine",
]
