"""OCR lines made ready for extraction: cleaned text, split into segments.

A printed line often holds several things ("Anna Berg · Projectmanager",
"T 020 123 4567 | M 06 1234 5678"), and Tesseract sometimes joins two columns
into one line. A `Segment` is one such piece: it keeps the words it came from
(with their OCR confidences), its font size (line height), and its position.
Only safe, context-free clean-ups happen here (Unicode normalisation, spaces);
the pattern extractors repair their own OCR breaks.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from dataclasses import dataclass

from cardscan.extract.phone_labels import QUALIFIERS
from cardscan.model import OcrLine, OcrPage, OcrWord

# Standalone tokens that printers use to separate items on one line.
_SEPARATOR_TOKENS_TEXT = """
| · • ∙ ⋅ ● ■ ▪ ◆ ♦ ◇ ○ ◦ ‧ » « ¦ ‖ ∣ ｜
"""
SEPARATOR_TOKENS = frozenset(_SEPARATOR_TOKENS_TEXT.split())
# Weaker separators: not between two digit groups, where they belong to a phone number ("030 — 123456").
# Plain dashes are left to the classifier: "São Paulo - SP" and "Anna Berg - Projectmanager" differ.
WEAK_SEPARATOR_TOKENS = frozenset(["—", "~", "*", "⁄"])
# Separator characters glued to a word ("Berg·Projectmanager", "Berg|").
_GLUED_SEPARATORS = "|·•∙⋅●■▪◆♦◇○◦‧¦‖｜"
_GLUED_RE = re.compile(f"[{re.escape(_GLUED_SEPARATORS)}]")
_SPACES_RE = re.compile(r"\s+")
_CHAR_FIXES = str.maketrans({
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "´": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
    "\ufb01": "fi", "\ufb02": "fl",
    "＠": "@",
})


def clean_text(text: str) -> str:
    """NFC, typographic quotes and odd spaces made plain, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_CHAR_FIXES)
    text = "".join(ch for ch in text if ch.isprintable() or ch == " ")
    if "ñ" in text or "Ñ" in text:
        text = _POLISH_N.sub(lambda m: "ń" if m.group() == "ñ" else "Ń", text)
    return _SPACES_RE.sub(" ", text).strip()


# A tilde over an n before a consonant or at a word's end: no Spanish ñ (a vowel always follows it), the Polish ń the
# OCR read with the wrong accent ("PRZYKŁAÑSKI", "Gdañsk")
_POLISH_N = re.compile(r"[ñÑ](?=[^\W\d_aeiouyáéíóúüAEIOUYÁÉÍÓÚÜ]|\b)")


def collapse(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip()


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class Segment:
    """A piece of one printed line that holds one item (or a few, for the extractors to split)."""

    words: tuple[Word, ...]
    line_index: int  # index of the line in reading order
    part: int  # index of this segment inside its line
    height: float  # font size proxy: line height in pixels
    line_text: str  # the whole OCR line, whitespace collapsed

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def ocr_confidence(self) -> float:
        """Mean word confidence, pulled down by the worst word (one bad word spoils a field)."""
        if not self.words:
            return 0.0
        confs = [w.confidence for w in self.words]
        return _clamp(0.5 * statistics.fmean(confs) + 0.5 * min(confs))

    def confidence_of(self, fragment: str) -> float:
        """OCR confidence of the words that make up `fragment` (falls back to the whole segment)."""
        parts = [w for w in self.words if w.text and (w.text in fragment or fragment in w.text)]
        if not parts:
            return self.ocr_confidence
        confs = [w.confidence for w in parts]
        return _clamp(0.5 * statistics.fmean(confs) + 0.5 * min(confs))

    @property
    def top(self) -> int:
        return min((w.box[1] for w in self.words), default=0)

    @property
    def left(self) -> int:
        return min((w.box[0] for w in self.words), default=0)

    @property
    def right(self) -> int:
        return max((w.box[0] + w.box[2] for w in self.words), default=0)

    @property
    def bottom(self) -> int:
        return max((w.box[1] + w.box[3] for w in self.words), default=0)


def _clamp(x: float) -> float:
    if x != x:  # NaN
        return 0.0
    return max(0.0, min(1.0, x))


def _word_from_ocr(w: OcrWord) -> list[Word]:
    """One OCR word, cleaned; separators glued to it become their own tokens."""
    text = clean_text(w.text)
    if not text:
        return []
    conf = _clamp(float(w.confidence))
    icon = _icon_prefix(text)
    if icon:  # "①www.example.com", "✉anna@example.com": an icon read as a glyph, glued to the word it marks
        return [Word(icon, conf, w.box), *_word_from_ocr(OcrWord(text[len(icon):], w.confidence, w.box))]
    if _GLUED_RE.search(text) and len(text) > 1:
        if "@" not in text and "www" not in text.lower():
            parts = re.split(f"([{re.escape(_GLUED_SEPARATORS)}])", text)
        else:  # in an address a dot may read as "·" ("anna·berg@x.de"): split only between two whole addresses
            parts = _between_addresses(text)
        return [Word(piece.strip(), conf, w.box) for piece in parts if piece.strip()]
    return [Word(t, conf, w.box) for t in text.split(" ") if t]


def _between_addresses(text: str) -> list[str]:
    """A word holding an e-mail or web address, split at a glued separator only where one whole address ends or a
    web address begins ("anna@x.de·www.x.de", "www.x.de|anna@x.de", "anna@x.de•+49 89 1234"); in an address a dot
    may read as "·" ("anna·berg@x.de"), and that one stays."""
    out, start = [], 0
    for m in _GLUED_RE.finditer(text):
        before, after = text[start:m.start()], text[m.end():]
        if (_ENDS_WITH_EMAIL.search(before) or _WEB_START.match(after)
                or (_WEB_START.match(before) and "@" in after)):
            out += [before, m.group()]
            start = m.end()
    return [*out, text[start:]]


_ENDS_WITH_EMAIL = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_WEB_START = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)


def _icon_prefix(text: str) -> str:
    """The pictographs or enclosed characters (①, ☎, ✉, ▼, private-use icon glyphs) that start a word of text."""
    n = 0
    while n < len(text) and unicodedata.category(text[n]) in ("So", "No", "Co"):
        n += 1
    return text[:n] if 0 < n < len(text) and text[n].isalnum() else ""


def _line_height(line: OcrLine) -> float:
    heights = sorted(w.box[3] for w in line.words if w.box[3] > 0)
    if line.box[3] > 0:
        # The line box includes ascenders and descenders; the median word is a good check on it.
        if heights:
            return float(min(line.box[3], 1.6 * statistics.median(heights)))
        return float(line.box[3])
    return float(statistics.median(heights)) if heights else 0.0


# Short labels printed before a value with a separator between them ("T | 020 123 4567", "E · anna@x.se"):
# the separator belongs to the item, not between two items.
_LABEL_TOKENS_TEXT = """
t tel tel. tél tél. m mob mob. f fax e e. w web i tfn p d h c mobil gsm email e-mail mail www www.
"""
# ... and a number's qualifier in brackets before it ("(O) 2345678", "(R) 2345679": office, residence)
_LABEL_TOKENS = frozenset(_LABEL_TOKENS_TEXT.split()) | {f"({q})" for q in QUALIFIERS if q.isalpha()}


def _is_label_group(group: list[Word]) -> bool:
    return len(group) == 1 and group[0].text.lower().rstrip(":") in _LABEL_TOKENS


def _odd_edges(words: list[Word]) -> tuple[int, int]:
    """How many words at the start and at the end of a line are not text of the line: a logo read as "(A)" or
    "NIE", much taller than the words beside it or a short, doubtful scrap."""
    if len(words) < 2:
        return 0, 0
    heights = sorted(w.box[3] for w in words)
    ref = heights[len(heights) // 2]

    def odd(w: Word) -> bool:
        tall = ref > 0 and w.box[3] > 1.6 * ref
        if tall:
            return True
        if w.text.lower().rstrip(":") in _LABEL_TOKENS or w.text in ("&", "+"):
            return False  # a label, or an ampersand that carries the line above on ("Example" / "& Partner")
        doubtful_letters = w.confidence < 0.6 and not any(ch.isdigit() for ch in w.text)
        return len(w.text) <= 4 and (doubtful_letters or not any(ch.isalnum() for ch in w.text) or
                                     bool(re.fullmatch(r"\(?[^\W\d_]{1,3}\)|\([^\W\d_]{1,3}|[|@©®]", w.text)))

    lead = 0
    while lead < len(words) - 1 and odd(words[lead]):
        lead += 1
    trail = 0
    while trail < len(words) - lead - 1 and odd(words[-1 - trail]) and words[-1 - trail].box[3] > 1.6 * ref:
        trail += 1
    return lead, trail


def _group_height(group: list[Word], line_height: float) -> float:
    """Font size of a segment: the tallest of its word boxes that is not an outlier (no logo, no stray mark)."""
    heights = sorted(w.box[3] for w in group if w.box[3] > 0)
    if not heights:
        return line_height
    median = heights[len(heights) // 2]
    return float(max(h for h in heights if h <= 1.3 * median))


def _split_line(words: list[Word], height: float) -> list[list[Word]]:
    """Split a line at separator tokens and at wide horizontal gaps (two columns read as one line)."""
    lead, trail = _odd_edges(words)
    if lead or trail:
        head = [[w] for w in words[:lead]]
        tail = [[w] for w in words[len(words) - trail:]]
        return head + _split_line(words[lead:len(words) - trail], height) + tail
    groups: list[list[Word]] = [[]]
    prev: Word | None = None
    gaps = [b.box[0] - (a.box[0] + a.box[2]) for a, b in itertools.pairwise(words)]
    word_h = sorted(w.box[3] for w in words)[len(words) // 2] if words else height
    for i, w in enumerate(words):
        if w.text in SEPARATOR_TOKENS:
            following = words[i + 1].text if i + 1 < len(words) else ""
            contact_like = bool(re.match(r"[+(\d]", following)) or "@" in following or "." in following
            if _is_label_group(groups[-1]) and contact_like:
                groups[-1].append(w)
                continue
            groups.append([])
            prev = None
            continue
        if w.text in WEAK_SEPARATOR_TOKENS:
            before = words[i - 1].text if i > 0 else ""
            after = words[i + 1].text if i + 1 < len(words) else ""
            if not (before[-1:].isdigit() and after[:1] in "0123456789("):
                groups.append([])
                prev = None
                continue
        if prev is not None and word_h > 0 and i > 0:
            gap = gaps[i - 1]
            others = sorted(g for j, g in enumerate(gaps) if j != i - 1)
            # Two columns read as one line: a gap far wider than the line's word spacing (with too few words to
            # know the spacing, only a very wide gap counts).
            if len(others) >= 2:
                typical = others[len(others) // 2]
                wide = gap > 1.1 * word_h and gap > 2.5 * max(typical, 0.2 * word_h)
            else:
                wide = gap > 2.0 * word_h
            # ... but never inside an address broken by the OCR ("exemple. fr", "anna@ voorbeeld.nl")
            glued = prev.text.endswith((".", "@", "/")) or w.text.startswith((".", "@", "/"))
            if (gap > 2.5 * word_h or wide) and not glued:
                groups.append([])
        groups[-1].append(w)
        prev = w
    return [g for g in groups if g]


def segments_of(page: OcrPage) -> list[Segment]:
    """Every segment of the page, in reading order."""
    out: list[Segment] = []
    for index, line in enumerate(page.lines):
        words: list[Word] = []
        for w in line.words:
            words.extend(_word_from_ocr(w))
        if not words:
            continue
        height = _line_height(line)
        line_text = collapse(" ".join(w.text for w in words))
        for part, group in enumerate(_split_line(words, height)):
            out.append(Segment(tuple(group), index, part, _group_height(group, height), line_text))
    return out
