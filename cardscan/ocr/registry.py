"""The OCR engines cardscan can use: name -> probe, factory and confidence scale.

The adapters are imported only when an engine is probed or made, so a missing optional library costs
nothing until it is asked for. DEFAULT_ENGINE is the one source of the default: the scan command, the
scan inside triage and the benchmarks all take it from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from cardscan.errors import UsageError
from cardscan.ocr.base import ConfidenceScale, EngineInfo, OcrEngine


@dataclass(frozen=True)
class EngineSpec:
    name: str
    summary: str
    module: str  # the adapter: probe(languages) -> EngineInfo, create(languages) -> OcrEngine
    scale: ConfidenceScale

    @property
    def probe(self) -> Callable[[str], EngineInfo]:
        probe: Callable[[str], EngineInfo] = import_module(self.module).probe
        return probe

    @property
    def factory(self) -> Callable[[str], OcrEngine]:
        create: Callable[[str], OcrEngine] = import_module(self.module).create
        return create


# Each engine's confidence scale. scripts/eval_orientation.py reads the 31 cards of sample_cards/ upright
# and upside down: Tesseract scores 0.60-0.95 upright and 0.13-0.44 upside down; RapidOCR 0.93-0.99 and
# 0.44-0.62 (cardscan weighs each word by its least sure letter; RapidOCR's own per-line scores stayed at
# 0.72-0.83 upside down, as measured for issue 11). A card read below upright_enough is read again half a
# turn round and the better reading wins, so a low upright score costs time, never the card.
# doubtful_below: Tesseract's second look at a line (tesserocr_engine); RapidOCR recognises each line
# alone already and takes no second look: its figure marks where another engine's opinion would be asked.
TESSERACT_SCALE = ConfidenceScale(upright_enough=0.80, doubtful_below=0.85)
RAPIDOCR_SCALE = ConfidenceScale(upright_enough=0.80, doubtful_below=0.90)

_SPECS = (
    EngineSpec("tesserocr", "Tesseract in-process (one model load per worker)", "cardscan.ocr.tesserocr_engine",
               TESSERACT_SCALE),
    EngineSpec("pytesseract", "the tesseract command, run once per card", "cardscan.ocr.pytesseract_engine",
               TESSERACT_SCALE),
    EngineSpec("rapidocr", "RapidOCR: PP-OCRv6 small models on ONNX Runtime", "cardscan.ocr.rapidocr_engine",
               RAPIDOCR_SCALE),
)  # fmt: skip
REGISTRY: dict[str, EngineSpec] = {spec.name: spec for spec in _SPECS}
ENGINES = tuple(REGISTRY)
# Chosen by measurement on the 57 real development cards, accuracy first (README, "OCR engines").
DEFAULT_ENGINE = "rapidocr"


def engine_spec(name: str) -> EngineSpec:
    try:
        return REGISTRY[name]
    except KeyError:
        raise UsageError(f"unknown OCR engine {name!r}", hint=f"choose one of {', '.join(ENGINES)}") from None


def probe_engine(name: str, languages: str) -> EngineInfo:
    """Fail fast (MissingDependencyError with a fix-it hint) when the engine or a language is missing."""
    return engine_spec(name).probe(languages)


def create_engine(name: str, languages: str) -> OcrEngine:
    return engine_spec(name).factory(languages)
