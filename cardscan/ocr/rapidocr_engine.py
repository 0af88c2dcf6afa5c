"""RapidOCR: PaddleOCR's PP-OCRv6 small detection and recognition models on ONNX Runtime, in-process.

The models ship inside the `rapidocr` wheel (Apache-2.0); they are given to it by path, so it never
looks for them on the network. Set up for cards:
- its own angle classifier stays off: cardscan turns the card itself (reading.read_upright), on this
  engine's own confidence scale (upside-down text still scores 0.7-0.8 here);
- the detector sees the card at most DETECTOR_LONG_SIDE pixels long, and lines are recognised one at a
  time (no padding to the longest line of a batch): on the 57 real development cards the same field
  accuracy as 960 px in batches of six (0.468 both, before the spacing repairs), for ~30 % less CPU;
- `read_small_print` looks again with the detector at up to SMALL_PRINT_LONG_SIDE (the same instance, its
  limit raised for one reading): print a few pixels high on a card that fills little of its photo vanishes
  at 736 px;
- ONNX Runtime's telemetry is switched off before it is first imported (see _import);
- one ONNX Runtime thread, and no memory arena (it held on to ~80 MB more per worker for ~8 % speed):
  parallelism is one worker process per core;
- words are rebuilt from the line's text, each with the boxes of its own characters (its word pieces
  split words), spaces it dropped are put back, and lines are read column by column (rapidocr_text).
"""

from __future__ import annotations

import os
import sys
import types
from importlib import metadata, util
from pathlib import Path
from typing import Any

import numpy as np

from cardscan.errors import MissingDependencyError, MissingLanguageError
from cardscan.model import OcrLine, OcrPage, OcrWord
from cardscan.ocr.base import EngineInfo, split_languages
from cardscan.ocr.lines import union_box
from cardscan.ocr.rapidocr_text import CharBox, column_order, nordic_evidence, repair_line, restore_nordic_a
from cardscan.ocr.registry import REGISTRY

NAME = "rapidocr"
DETECTOR_LONG_SIDE = 736
SMALL_PRINT_LONG_SIDE = 1600
SMALL_PRINT_MIN_SIDE = 920  # 1.25 x DETECTOR_LONG_SIDE: a smaller image gains too little from a closer look
_DETECTOR_MODEL = "PP-OCRv6_det_small.onnx"
_RECOGNISER_MODEL = "PP-OCRv6_rec_small.onnx"
_INSTALL_HINT = "reinstall cardscan (pip install rapidocr onnxruntime), or use --engine tesserocr"

# --lang takes Tesseract's names for every engine; these are the Latin-script languages PP-OCRv6's one
# multilingual model reads (rapidocr's default_models.yaml), by Tesseract name.
LANGUAGES = (
    "Latin", "eng", "deu", "fra", "ita", "nld", "swe", "spa", "por", "dan", "nor", "fin", "isl", "pol", "ces",
    "slk", "slv", "hrv", "hun", "ron", "tur", "cat", "glg", "eus", "est", "lav", "lit", "gle", "cym", "ltz",
    "mlt", "sqi", "vie", "ind", "msa", "afr", "lat",
)  # fmt: skip
# Languages whose writing has å: named with --lang, they are the user's word that the cards are Nordic.
_NORDIC_LANGUAGES = {"swe", "dan", "nor", "isl", "fin"}


def _import() -> Any:
    # ONNX Runtime's Linux wheels carry Microsoft's telemetry client: on import it creates a device id and
    # an event queue under ~/.cache/Microsoft, to upload to a Microsoft server. Off before the first import
    # (turning it off afterwards leaves the queue made); cardscan never sends anything anywhere.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    _without_requests()
    try:
        import onnxruntime  # rapidocr's engine: fail here, clearly, rather than deep inside it
        import rapidocr
    except ImportError as exc:
        raise MissingDependencyError(f"the rapidocr engine cannot be loaded ({exc})", hint=_INSTALL_HINT) from exc
    onnxruntime.disable_telemetry_events()
    return rapidocr


class _NoNetwork(OSError):
    pass


def _without_requests() -> None:
    """rapidocr imports `requests`, only to fetch images given as URLs and to download models, neither of which
    cardscan asks of it; importing requests makes urllib3 open a socket to probe for IPv6. rapidocr gets a
    stand-in that cannot reach any network instead (unless the real one is loaded already)."""
    if "requests" in sys.modules:
        return
    stand_in = types.ModuleType("requests", "cardscan's stand-in for requests inside the OCR worker: no network")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise _NoNetwork("cardscan does not use the network")

    stand_in.Response = type("Response", (), {})  # type: ignore[attr-defined]
    stand_in.RequestException = _NoNetwork  # type: ignore[attr-defined]
    stand_in.get = refuse  # type: ignore[attr-defined]
    sys.modules["requests"] = stand_in


def _models() -> tuple[Path, Path]:
    """The detection and recognition models inside the wheel: missing, they are an install problem.

    Found without importing rapidocr (and ONNX Runtime), so that probing costs the scan process nothing.
    """
    found = [util.find_spec(name) for name in ("rapidocr", "onnxruntime")]
    if None in found or not found[0] or not found[0].submodule_search_locations:
        raise MissingDependencyError("the rapidocr engine is not installed", hint=_INSTALL_HINT)
    folder = Path(next(iter(found[0].submodule_search_locations)), "models")
    paths = (folder / _DETECTOR_MODEL, folder / _RECOGNISER_MODEL)
    for path in paths:
        if not path.is_file():
            raise MissingDependencyError(f"RapidOCR's model {path.name} is missing from {folder}", hint=_INSTALL_HINT)
    return paths


def _require_languages(languages: str) -> list[str]:
    wanted = split_languages(languages)
    unknown = [lang for lang in wanted if lang not in LANGUAGES]
    if unknown:
        raise MissingLanguageError(
            f"the rapidocr engine does not read {', '.join(unknown)}",
            hint="it reads Latin-script languages (--lang Latin, or e.g. deu+fra); "
            "for other languages use --engine tesserocr",
        )
    return wanted


def probe(languages: str) -> EngineInfo:
    _require_languages(languages)
    detector, _ = _models()
    return EngineInfo(NAME, metadata.version("rapidocr"), str(detector.parent), LANGUAGES)


def create(languages: str) -> RapidocrEngine:
    return RapidocrEngine(languages)


class RapidocrEngine:
    name = NAME
    scale = REGISTRY[NAME].scale

    def __init__(self, languages: str) -> None:
        self.languages = languages
        self._nordic_by_language = bool(_NORDIC_LANGUAGES & set(_require_languages(languages)))
        detector, recogniser = _models()
        self._ocr = _import().RapidOCR(
            params={
                "Global.use_cls": False,
                "Global.log_level": "critical",
                "Det.model_path": str(detector),
                "Rec.model_path": str(recogniser),
                "Det.limit_side_len": DETECTOR_LONG_SIDE,
                "Det.limit_type": "max",
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
                "Rec.rec_batch_num": 1,
            }
        )

    def read_small_print(self, image: np.ndarray) -> OcrPage | None:
        """The detector's size limit raised for one reading (the same models: a second instance would hold them
        twice). None before the first reading has loaded the detector, or where this RapidOCR keeps no such limit."""
        if max(image.shape[:2]) < SMALL_PRINT_MIN_SIDE:
            return None  # the first look saw it at nearly its own size: a closer one sees nothing more
        detector: Any = getattr(self._ocr, "text_det", None)
        if detector is None or not isinstance(getattr(detector, "limit_side_len", None), int):
            return None
        detector.limit_side_len = SMALL_PRINT_LONG_SIDE
        try:
            return self.read(image)
        finally:
            detector.limit_side_len = DETECTOR_LONG_SIDE

    def read(self, image: np.ndarray) -> OcrPage:
        out = self._ocr(image, return_word_box=True, return_single_char_box=True)
        texts = tuple(out.txts or ())
        scores = tuple(out.scores or ())
        quads = () if out.boxes is None else tuple(out.boxes)
        chars = tuple(out.word_results or ())
        if len(chars) != len(texts):  # rapidocr drops the characters of lines it has none for: use none
            chars = ((),) * len(texts)
        lines = []
        for text, score, quad, line_chars in zip(texts, scores, quads, chars, strict=False):
            line = _line(str(text), float(score), np.asarray(quad), line_chars)
            if line is not None:
                lines.append(line)
        ordered = tuple(column_order(lines))
        if self._nordic_by_language or nordic_evidence("\n".join(line.text for line in ordered)):
            ordered = tuple(_with_nordic_a(line) for line in ordered)
        return OcrPage(lines=ordered, engine=NAME, languages=self.languages)

    def close(self) -> None:
        pass


def _line(text: str, score: float, quad: np.ndarray, chars: Any) -> OcrLine | None:
    """One detected line -> words rebuilt from its text, each word boxed by its own characters."""
    boxes = [_char_box(c) for c in chars]
    if sum(not ch.isspace() for ch in text) != len(boxes):  # no per-character figures to trust: spread evenly
        boxes = _even_boxes(text, quad, score)
    words = repair_line(text, boxes)
    if not words:
        return None
    ocr_words = tuple(
        OcrWord(word, min(c.confidence for c in word_boxes), union_box(c.box for c in word_boxes))
        for word, word_boxes in words
    )
    return OcrLine(words=ocr_words, box=union_box(w.box for w in ocr_words))


def _char_box(char: Any) -> CharBox:
    _text, confidence, quad = char
    pts = np.asarray(quad, dtype=float)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    return CharBox((int(x0), int(y0), max(1, int(x1 - x0)), max(1, int(y1 - y0))), float(confidence))


def _even_boxes(text: str, quad: np.ndarray, score: float) -> list[CharBox]:
    x0, y0 = quad.min(axis=0)
    x1, y1 = quad.max(axis=0)
    step = (x1 - x0) / max(1, len(text))
    return [
        CharBox((int(x0 + i * step), int(y0), max(1, int(step)), max(1, int(y1 - y0))), score)
        for i, ch in enumerate(text)
        if not ch.isspace()
    ]


def _with_nordic_a(line: OcrLine) -> OcrLine:
    words = tuple(OcrWord(restore_nordic_a(w.text), w.confidence, w.box) for w in line.words)
    return OcrLine(words=words, box=line.box)
