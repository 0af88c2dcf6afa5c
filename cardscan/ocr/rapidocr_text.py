"""Turning RapidOCR's line readings into cardscan's words and lines: pure functions, no model.

PP-OCR recognises a whole line at once and gives its text plus one box per character (spaces have
none). Its word pieces do not always fall on word boundaries ("W allace"), and it drops a space where
the printed gap is narrow (a postcode glued to the city, "MANN,GOMEZ"), or puts one after a wide letter
("W arrington"). So words are rebuilt from the line's text, split again where the text shows a boundary
that only a lost space explains (or the print a column gap), joined where a lone consonant stands before
lower case, and boxed by their own characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from cardscan.model import OcrLine

# A gap of this many times the line's median character width is the gap between two columns that the
# detector took as one line (a web address run into the street of the next column). Smaller gaps say
# nothing: each character's box is one average width wide around where the recogniser saw it, so a wide
# letter (W, m) leaves up to a whole width after it, as much as a space.
COLUMN_GAP = 2.0
# Consonants standing alone, then a space, then lower case: the recogniser's split after a wide letter
# ("W arrington", "m arketing"). No product language has a one-consonant word.
_VOWELS = set("aeiouyåäöæøàáâãèéêëìíîïòóôõùúûüý")


@dataclass(frozen=True)
class CharBox:
    box: tuple[int, int, int, int]  # x, y, width, height
    confidence: float


def repair_line(text: str, boxes: Sequence[CharBox]) -> list[tuple[str, list[CharBox]]]:
    """The line's words, each with its characters' boxes; `boxes` has one entry per non-space character."""
    tokens: list[tuple[str, list[CharBox]]] = []
    chars: list[str] = []
    char_boxes: list[CharBox] = []
    it = iter(boxes)
    for ch in text:
        if ch.isspace():
            if chars:
                tokens.append(("".join(chars), char_boxes))
            chars, char_boxes = [], []
        else:
            chars.append(ch)
            char_boxes.append(next(it))
    if chars:
        tokens.append(("".join(chars), char_boxes))
    widths = [b.box[2] for _, bs in tokens for b in bs]
    char_width = median(widths) if widths else 0.0
    words: list[tuple[str, list[CharBox]]] = []
    for token, token_boxes in _join_lone_consonants(tokens):
        start = 0
        for cut in _cuts(token, token_boxes, char_width):
            words.append((token[start:cut], token_boxes[start:cut]))
            start = cut
        words.append((token[start:], token_boxes[start:]))
    return words


def _join_lone_consonants(tokens: list[tuple[str, list[CharBox]]]) -> list[tuple[str, list[CharBox]]]:
    joined: list[tuple[str, list[CharBox]]] = []
    for token, boxes in tokens:
        if joined:
            last, last_boxes = joined[-1]
            if len(last) == 1 and last.isalpha() and last.lower() not in _VOWELS and token[:1].islower():
                joined[-1] = (last + token, last_boxes + boxes)
                continue
        joined.append((token, boxes))
    return joined


_ICON_W = re.compile(r"w+(?=www\.)", re.IGNORECASE)
_ADDRESS_LIKE = re.compile(r"@|/|\bwww\.|\.[a-z]{2,}\b", re.IGNORECASE)
# A postcode glued to the town: 4-5 digits (or a Dutch 1234 AB) before a capitalised word.
_POSTCODE_TOWN = re.compile(r"(?<![\w-])(\d{4,5}|\d{4}[A-Z]{2})(?=[A-ZÀ-Þ][a-zß-ÿ]{2,})")
# A comma or semicolon between two words with no space after it ("MANN,GOMEZ").
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_][,;])(?=[^\W\d_])")


def _cuts(token: str, boxes: Sequence[CharBox], char_width: float) -> list[int]:
    """Where a lost space goes inside one token (indices into the token), in order.

    A vertical bar is a separator, never part of a word; a globe icon before "www." reads as one more w
    (no web address starts with "wwww."), split off so that the address stands alone.
    """
    extra_w = _ICON_W.match(token)
    cuts = {extra_w.end()} if extra_w else set()
    cuts |= {i for i, ch in enumerate(token) if ch == "|"} | {i + 1 for i, ch in enumerate(token) if ch == "|"}
    if not _ADDRESS_LIKE.search(token):
        cuts |= {m.end() for m in _POSTCODE_TOWN.finditer(token)}
        cuts |= {m.start() for m in _GLUED_COMMA.finditer(token)}
    if char_width > 0:
        for i in range(1, len(token)):
            if boxes[i].box[0] - (boxes[i - 1].box[0] + boxes[i - 1].box[2]) > COLUMN_GAP * char_width:
                cuts.add(i)
    return sorted(c for c in cuts if 0 < c < len(token))


def column_order(lines: Sequence[OcrLine]) -> list[OcrLine]:
    """Lines in reading order: top to bottom, and a card laid out in two columns read column by column.

    A column gutter is the widest vertical strip that no narrow line crosses (lines wider than half the
    text, such as a company name across the top, are left out when looking for it). Lines crossing the
    gutter split the card into sections; in each, the left column is read before the right one.
    """
    rows = sorted(lines, key=lambda ln: (ln.box[1], ln.box[0]))
    gutter = _gutter(rows)
    if gutter is None:
        return rows
    middle = sum(gutter) / 2
    ordered: list[OcrLine] = []
    left: list[OcrLine] = []
    right: list[OcrLine] = []
    for line in rows:
        x, _y, w, _h = line.box
        if x + w <= middle:
            left.append(line)
        elif x >= middle:
            right.append(line)
        else:  # across the gutter: ends the section
            ordered += left + right + [line]
            left, right = [], []
    return ordered + left + right


def _gutter(rows: Sequence[OcrLine]) -> tuple[int, int] | None:
    if len(rows) < 4:
        return None
    x_min = min(ln.box[0] for ln in rows)
    x_max = max(ln.box[0] + ln.box[2] for ln in rows)
    narrow = [ln for ln in rows if ln.box[2] < (x_max - x_min) / 2]
    spans = sorted((ln.box[0], ln.box[0] + ln.box[2]) for ln in narrow)
    best: tuple[int, int] | None = None
    reach = spans[0][1] if spans else 0
    for x0, x1 in spans[1:]:
        if x0 > reach and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    if best is None:
        return None
    line_height = median(ln.box[3] for ln in rows)
    left = sum(ln.box[0] + ln.box[2] <= best[0] for ln in narrow)
    right = sum(ln.box[0] >= best[1] for ln in narrow)
    if best[1] - best[0] < 1.5 * line_height or left < 2 or right < 2:
        return None
    return best


# Evidence that a card is Nordic: a Nordic web or e-mail domain, a Nordic country calling code, ø or æ.
_NORDIC = re.compile(r"\.(?:se|no|dk|fi|ax|is)\b|(?:\+|\b00)\s?(?:46|47|45|358|354)\b|[øØæÆ]")


def nordic_evidence(text: str) -> bool:
    return bool(_NORDIC.search(text))


def restore_nordic_a(word: str) -> str:
    """PP-OCR reads the Nordic å as à; on a Nordic card, à inside a word is å (a lone "à" stays)."""
    if len(word) < 2:
        return word
    return word.replace("à", "å").replace("À", "Å")
