"""Grouping recognised words into lines, shared by the adapters."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from cardscan.model import OcrLine, OcrPage, OcrWord


def union_box(boxes: Iterable[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    boxes = list(boxes)
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def build_page(words: Iterable[tuple[Hashable, OcrWord]], *, engine: str, languages: str) -> OcrPage:
    """Words tagged with the engine's line key (in reading order) -> an OcrPage of lines.

    Empty words (Tesseract reports some) are dropped; a line with no words left is dropped.
    """
    lines: list[OcrLine] = []
    current_key: Hashable = object()
    current: list[OcrWord] = []

    def flush() -> None:
        if current:
            lines.append(OcrLine(words=tuple(current), box=union_box(w.box for w in current)))

    for key, word in words:
        if not word.text.strip():
            continue
        if key != current_key:
            flush()
            current = []
            current_key = key
        current.append(OcrWord(word.text.strip(), word.confidence, word.box))
    flush()
    return OcrPage(lines=tuple(lines), engine=engine, languages=languages)


def weighted_confidence(lines: Iterable[OcrLine]) -> tuple[float, int]:
    """Word confidence weighted by the letters and digits of each word, and how many there were."""
    total = 0
    weighted = 0.0
    for line in lines:
        for word in line.words:
            n = sum(ch.isalnum() for ch in word.text)
            total += n
            weighted += n * word.confidence
    return (weighted / total if total else 0.0), total
