"""The OcrEngine protocol and what every adapter shares: languages, tessdata discovery, fix-it messages."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from cardscan.errors import MissingDependencyError, MissingLanguageError
from cardscan.model import OcrPage

if TYPE_CHECKING:
    import numpy as np

# The product's languages, in Tesseract's names.
PRODUCT_LANGUAGES = ("eng", "deu", "fra", "ita", "nld", "swe", "spa", "por")
# The default: Tesseract's Latin-script model (Debian: tesseract-ocr-script-latn), one model trained on
# every Latin-script language. Measured on 150 unseen cards (scripts/bench_scan.py, seed 90210) against
# the eight language models (eng first / deu first): field accuracy 0.973 vs 0.970 / 0.968, cards with
# every field right 88.0% vs 86.7% / 86.0%, and 1.5x the speed (one model instead of eight).
DEFAULT_LANGUAGES = "Latin"

# Debian's package for each language's data, for the fix-it message.
_DEBIAN_PACKAGE = {lang: f"tesseract-ocr-{lang}" for lang in (*PRODUCT_LANGUAGES, "osd")}
_DEBIAN_PACKAGE["Latin"] = "tesseract-ocr-script-latn"

_TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


@dataclass(frozen=True)
class EngineInfo:
    name: str
    version: str
    tessdata: str
    languages: tuple[str, ...]  # installed language data


class OcrEngine(Protocol):
    """Reads the words of one upright card image. One instance per worker process; not thread-safe."""

    name: str
    languages: str

    def read(self, image: np.ndarray) -> OcrPage:
        """Words with boxes and confidences, grouped into lines, in reading order."""
        ...

    def close(self) -> None: ...


def split_languages(languages: str) -> list[str]:
    langs = [x.strip() for x in languages.replace(",", "+").split("+") if x.strip()]
    if not langs:
        raise MissingLanguageError("no OCR language given", hint=f"e.g. --lang {DEFAULT_LANGUAGES}")
    return langs


def find_tessdata() -> str | None:
    """The folder holding Tesseract's *.traineddata: $TESSDATA_PREFIX first, then the usual places."""
    env = os.environ.get("TESSDATA_PREFIX")
    candidates = [env] if env else []
    candidates += list(_TESSDATA_CANDIDATES)
    for folder in candidates:
        if folder and Path(folder, "eng.traineddata").is_file():
            return str(Path(folder))
    for folder in candidates:
        if folder and any(Path(folder).glob("*.traineddata")):
            return str(Path(folder))
    return None


def installed_languages(tessdata: str) -> tuple[str, ...]:
    """Language names as --lang takes them: `deu`, and `Latin` for Debian's script/Latin.traineddata."""
    folder = Path(tessdata)
    names = {p.stem for p in folder.glob("*.traineddata")}
    names |= {f"script/{p.stem}" for p in folder.glob("script/*.traineddata")}
    return tuple(sorted(names))


def require_languages(wanted: Iterable[str], installed: Iterable[str], tessdata: str) -> None:
    """Fail fast, naming the packages to install, when language data is missing."""
    missing = [lang for lang in wanted if lang not in set(installed)]
    if missing:
        packages = " ".join(_DEBIAN_PACKAGE.get(lang, f"tesseract-ocr-{lang}") for lang in missing)
        raise MissingLanguageError(
            f"Tesseract language data missing for {', '.join(missing)} in {tessdata}",
            hint=f"install it: sudo apt-get install {packages} (macOS: brew install tesseract-lang), "
            "or choose other languages with --lang",
        )


def require_tessdata() -> str:
    tessdata = find_tessdata()
    if tessdata is None:
        raise MissingDependencyError(
            "Tesseract language data not found",
            hint="install it: sudo apt-get install tesseract-ocr tesseract-ocr-eng (macOS: brew install tesseract "
            "tesseract-lang), or set TESSDATA_PREFIX to the folder holding *.traineddata",
        )
    return tessdata
