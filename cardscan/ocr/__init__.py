"""OCR engines: a registry (name -> probe, factory, confidence scale), one adapter module per engine."""

from __future__ import annotations

from cardscan.ocr.base import DEFAULT_LANGUAGES, PRODUCT_LANGUAGES, ConfidenceScale, EngineInfo, OcrEngine
from cardscan.ocr.registry import (
    DEFAULT_ENGINE,
    ENGINES,
    REGISTRY,
    EngineSpec,
    create_engine,
    engine_spec,
    probe_engine,
)

__all__ = [
    "DEFAULT_ENGINE",
    "DEFAULT_LANGUAGES",
    "ENGINES",
    "PRODUCT_LANGUAGES",
    "REGISTRY",
    "ConfidenceScale",
    "EngineInfo",
    "EngineSpec",
    "OcrEngine",
    "create_engine",
    "engine_spec",
    "probe_engine",
]
