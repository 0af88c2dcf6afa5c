"""File names for one file per contact (vCards, drafts): from the contact's display name, safe on every file
system (no reserved characters or names, at most 120 bytes), unique case-insensitively within a folder."""

from __future__ import annotations

import re
from pathlib import Path

from cardscan.errors import ExportError, OutputExistsError
from cardscan.export.common import display_name
from cardscan.model import Card

_UNSAFE_FILE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_MAX_NAME_BYTES = 120


def split_file_names(cards: list[Card], suffix: str = ".vcf") -> list[str]:
    """A file name per card, from its display name: safe on every file system, unique (case-insensitively)."""
    names: list[str] = []
    seen: set[str] = set()
    for card in cards:
        stem = _UNSAFE_FILE_CHARS.sub(" ", display_name(card))
        stem = " ".join(stem.split()).strip(". ")
        while len(stem.encode("utf-8")) > _MAX_NAME_BYTES:
            stem = stem[:-1]
        stem = stem.rstrip(". ") or "contact"
        if stem.split(".")[0].upper() in _RESERVED_NAMES:
            stem = f"_{stem}"
        name, n = f"{stem}{suffix}", 1
        while name.casefold() in seen:
            n += 1
            name = f"{stem} ({n}){suffix}"
        seen.add(name.casefold())
        names.append(name)
    return names


def folder_targets(folder: Path, names: list[str], force: bool, what: str) -> list[Path]:
    """The paths of `names` in `folder` (created if missing). Without `force`, every one is checked before any
    file is written: one that exists stops it all (OutputExistsError), so nothing is half done."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder}: not a folder", hint=what)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{folder}: cannot create the folder ({exc.strerror})") from exc
    targets = [folder / name for name in names]
    if not force:
        for target in targets:
            if target.exists():
                raise OutputExistsError(target)
    return targets
