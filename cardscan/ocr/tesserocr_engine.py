"""tesserocr: Tesseract in-process. One persistent API per worker, so the model loads once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import cv2
import numpy as np
from PIL import Image

from cardscan.errors import MissingDependencyError
from cardscan.imaging._quiet import quiet_native_stderr
from cardscan.model import OcrLine, OcrPage, OcrWord
from cardscan.ocr.base import EngineInfo, split_languages
from cardscan.ocr.lines import build_page, weighted_confidence
from cardscan.ocr.registry import REGISTRY
from cardscan.ocr.tesseract import (
    clamp_confidence,
    installed_languages,
    require_languages,
    require_tessdata,
)

NAME = "tesserocr"


def _import() -> Any:
    try:
        import tesserocr
    except ImportError as exc:  # the wheel is a dependency, but a broken install is possible
        raise MissingDependencyError(
            f"the tesserocr engine cannot be loaded ({exc})",
            hint="reinstall cardscan (pip install --force-reinstall tesserocr), or use --engine pytesseract",
        ) from exc
    return tesserocr


def probe(languages: str) -> EngineInfo:
    """Check that the engine and every language's data are there, without reading anything."""
    tesserocr = _import()
    tessdata = require_tessdata()
    installed = installed_languages(tessdata)
    require_languages(split_languages(languages), installed, tessdata)
    return EngineInfo(NAME, str(tesserocr.tesseract_version()).split()[1], tessdata, installed)


def create(languages: str) -> TesserocrEngine:
    return TesserocrEngine(languages)


class TesserocrEngine:
    name = NAME
    scale = REGISTRY[NAME].scale

    def __init__(self, languages: str, *, psm: int = 11) -> None:
        tesserocr = _import()
        self._psm = psm
        self._tesserocr = tesserocr
        self.languages = languages
        tessdata = require_tessdata()
        require_languages(split_languages(languages), installed_languages(tessdata), tessdata)
        # tessdata_fast (Debian) holds LSTM models only: OEM.LSTM_ONLY.
        self._api = tesserocr.PyTessBaseAPI(
            path=tessdata.rstrip("/") + "/", lang=languages, psm=psm, oem=tesserocr.OEM.LSTM_ONLY
        )
        # Cards are short texts: no dictionary correction of names, e-mails and numbers.
        self._api.SetVariable("load_system_dawg", "0")
        self._api.SetVariable("load_freq_dawg", "0")

    def read_small_print(self, image: np.ndarray) -> OcrPage | None:
        return None  # Tesseract reads the image at its own resolution already

    def read(self, image: np.ndarray) -> OcrPage:
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        # Leptonica writes "Error in boxClipToRectangle..." to the C stderr on some images: not for users.
        with quiet_native_stderr():
            self._api.SetPageSegMode(self._psm)
            self._api.SetImage(Image.fromarray(gray))
            self._api.Recognize()
            page = build_page(self._words(), engine=NAME, languages=self.languages)
            return self._second_look(page, gray.shape[1], gray.shape[0])

    def _second_look(self, page: OcrPage, width: int, height: int) -> OcrPage:
        """Re-read each doubtful line on its own, as a single line.

        Sparse-text segmentation sometimes merges a label into a number ("T 0316" -> "10316") or
        drops a dot in an e-mail; read alone, the line usually comes out right. The better
        reading (by confidence) wins.
        """
        lines = list(page.lines)
        changed = False
        for i, line in enumerate(lines):
            if line.confidence >= self.scale.doubtful_below or not any(ch.isalnum() for ch in line.text):
                continue
            x, y, w, h = line.box
            pad = max(4, h // 3)
            x0, y0 = max(0, x - pad), max(0, y - pad)
            x1, y1 = min(width, x + w + pad), min(height, y + h + pad)
            self._api.SetPageSegMode(self._tesserocr.PSM.SINGLE_LINE)
            self._api.SetRectangle(x0, y0, x1 - x0, y1 - y0)
            self._api.Recognize()
            again = build_page(self._words(), engine=NAME, languages=self.languages).lines
            if len(again) == 1 and _mean_confidence(again[0]) > _mean_confidence(line):
                lines[i] = again[0]
                changed = True
        return OcrPage(lines=tuple(lines), engine=NAME, languages=self.languages) if changed else page

    def _words(self) -> Iterator[tuple[int, OcrWord]]:
        RIL = self._tesserocr.RIL
        it = self._api.GetIterator()
        if it is None:
            return
        line = 0
        first = True
        while True:
            if not it.Empty(RIL.WORD):
                if not first and it.IsAtBeginningOf(RIL.TEXTLINE):
                    line += 1
                first = False
                text = it.GetUTF8Text(RIL.WORD) or ""
                box = it.BoundingBox(RIL.WORD)
                if box is not None:
                    x0, y0, x1, y1 = box
                    yield line, OcrWord(text, clamp_confidence(it.Confidence(RIL.WORD)), (x0, y0, x1 - x0, y1 - y0))
            if not it.Next(RIL.WORD):
                break

    def close(self) -> None:
        self._api.End()


def _mean_confidence(line: OcrLine) -> float:
    return weighted_confidence([line])[0]
