"""The alternative engine: pytesseract, which runs the `tesseract` command once per card.

Slower than tesserocr (a process start and a model load per call), but it needs nothing but the
command. OMP_THREAD_LIMIT=1 is set for the child: OpenMP threads would fight the worker processes.
"""

from __future__ import annotations

import os
from typing import Any

import cv2
import numpy as np

from cardscan.errors import MissingDependencyError
from cardscan.model import OcrPage, OcrWord
from cardscan.ocr.base import EngineInfo, split_languages
from cardscan.ocr.lines import build_page
from cardscan.ocr.registry import REGISTRY
from cardscan.ocr.tesseract import (
    clamp_confidence,
    installed_languages,
    require_languages,
    require_tessdata,
)

NAME = "pytesseract"
_INSTALL_HINT = "install it: sudo apt-get install tesseract-ocr (macOS: brew install tesseract)"
_NOT_FOUND = "the tesseract command is not installed or not on PATH"


def _import() -> Any:
    import pytesseract

    return pytesseract


def probe(languages: str) -> EngineInfo:
    pytesseract = _import()
    try:
        version = str(pytesseract.get_tesseract_version())
    except pytesseract.TesseractNotFoundError as exc:
        raise MissingDependencyError(_NOT_FOUND, hint=_INSTALL_HINT) from exc
    tessdata = require_tessdata()
    installed = installed_languages(tessdata)
    require_languages(split_languages(languages), installed, tessdata)
    return EngineInfo(NAME, version, tessdata, installed)


def create(languages: str) -> PytesseractEngine:
    return PytesseractEngine(languages)


class PytesseractEngine:
    name = NAME
    scale = REGISTRY[NAME].scale

    def __init__(self, languages: str, *, psm: int = 11) -> None:
        self._pytesseract = _import()
        self.languages = languages
        self._tessdata = require_tessdata()
        require_languages(split_languages(languages), installed_languages(self._tessdata), self._tessdata)
        self._config = f"--oem 1 --psm {psm} -c load_system_dawg=0 -c load_freq_dawg=0"
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def read_small_print(self, image: np.ndarray) -> OcrPage | None:
        return None  # Tesseract reads the image at its own resolution already

    def read(self, image: np.ndarray) -> OcrPage:
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        env_prefix = os.environ.get("TESSDATA_PREFIX")
        os.environ["TESSDATA_PREFIX"] = self._tessdata
        try:
            data = self._pytesseract.image_to_data(
                gray, lang=self.languages, config=self._config, output_type=self._pytesseract.Output.DICT
            )
        except self._pytesseract.TesseractNotFoundError as exc:
            raise MissingDependencyError(_NOT_FOUND, hint=_INSTALL_HINT) from exc
        finally:
            if env_prefix is None:
                os.environ.pop("TESSDATA_PREFIX", None)
            else:
                os.environ["TESSDATA_PREFIX"] = env_prefix
        words = []
        for i, text in enumerate(data["text"]):
            if data["level"][i] != 5:
                continue
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
            words.append((key, OcrWord(str(text), clamp_confidence(float(data["conf"][i])), box)))
        return build_page(words, engine=NAME, languages=self.languages)

    def close(self) -> None:
        pass
