"""Lines that repeat the address: a photo or mock-up showing a card two or three times (one copy turned, one cut by
the edge) prints its address line more than once, and the address is read from one copy only. The others are no
name, title or company ("69288 Sampleville Cedex 02 France" left over as the firm)."""

from __future__ import annotations

from difflib import SequenceMatcher

from cardscan.extract.hits import Piece
from cardscan.text import fold

MIN_LETTERS = 6  # shorter, a line may be a word of the address by chance ("Lyon" beside "Lyon Cedex")
SAME = 0.8  # a copy read a letter or two differently ("Lvon" for "Lyon")
MOST = 0.6  # a copy cut by the photo's edge keeps most of the line


def _compact(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def address_copies(free: list[Piece], used: list[Piece]) -> set[int]:
    """The indices of the free pieces that repeat, whole or cut, a line the address was read from."""
    lines = [c for p in used if len(c := _compact(p.text)) >= MIN_LETTERS]
    out = set()
    for p in free:
        text = _compact(p.text)
        if len(text) < MIN_LETTERS:
            continue
        for line in lines:
            if len(text) >= MOST * len(line) and len(text) <= len(line) / MOST and (
                    text in line or SequenceMatcher(None, text, line).ratio() >= SAME):
                out.add(p.index)
                break
    return out
