"""What every OCR adapter shares: the OcrEngine protocol, the confidence scale it reads on, languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from cardscan.errors import MissingLanguageError
from cardscan.model import OcrPage

if TYPE_CHECKING:
    import numpy as np

# The product's languages, in Tesseract's names (ISO 639-2), which --lang takes for every engine.
PRODUCT_LANGUAGES = ("eng", "deu", "fra", "ita", "nld", "swe", "spa", "por")
# The default: every Latin-script language. For Tesseract it is its Latin-script model (Debian:
# tesseract-ocr-script-latn), one model trained on every Latin-script language. Measured on 150 unseen
# cards (scripts/bench_scan.py, seed 90210) against the eight language models (eng first / deu first):
# field accuracy 0.973 vs 0.970 / 0.968, cards with every field right 88.0% vs 86.7% / 86.0%, and 1.5x
# the speed (one model instead of eight).
DEFAULT_LANGUAGES = "Latin"


@dataclass(frozen=True)
class ConfidenceScale:
    """What an engine's word confidences (0..1) mean; each engine has its own scale.

    upright_enough: a page whose letter-weighted confidence reaches this is taken as read the right way
      up; below it, the card is read again turned half a turn and the better reading wins. It lies
      between the engine's typical score for upright text and for text upside down.
    doubtful_below: a line read with less than this confidence is doubtful: the engine may take a second
      look at it, and it is where another engine's opinion is worth having.
    """

    upright_enough: float
    doubtful_below: float


@dataclass(frozen=True)
class EngineInfo:
    name: str
    version: str
    data: str  # where the engine's models or language data live
    languages: tuple[str, ...]  # the languages it can read


class OcrEngine(Protocol):
    """Reads the words of one upright card image. One instance per worker process; not thread-safe."""

    name: str
    languages: str
    scale: ConfidenceScale

    def read(self, image: np.ndarray) -> OcrPage:
        """Words with boxes and confidences, grouped into lines, in reading order."""
        ...

    def read_small_print(self, image: np.ndarray) -> OcrPage | None:
        """The image read again for print too small for the engine's first look (an engine that finds its lines on
        a shrunk copy looks at a larger one), or None when the first look saw the image at its own resolution."""
        ...

    def close(self) -> None: ...


def split_languages(languages: str) -> list[str]:
    langs = [x.strip() for x in languages.replace(",", "+").split("+") if x.strip()]
    if not langs:
        raise MissingLanguageError("no OCR language given", hint=f"e.g. --lang {DEFAULT_LANGUAGES}")
    return langs
