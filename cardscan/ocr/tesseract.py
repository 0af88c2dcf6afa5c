"""What the two Tesseract adapters share (tesserocr in-process, pytesseract through the command).

Its language data (where it lives, which languages are installed, fix-it messages when some are
missing) and its confidence figures.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from cardscan.errors import MissingDependencyError, MissingLanguageError
from cardscan.ocr.base import PRODUCT_LANGUAGES

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


def clamp_confidence(raw: float) -> float:
    """Tesseract's 0..100 (or -1 for 'no figure') -> 0..1."""
    if raw < 0:
        return 0.0
    return min(1.0, raw / 100.0)
