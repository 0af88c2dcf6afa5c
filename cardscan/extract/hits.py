"""What a pattern extractor found in a piece of text, and what it left for the others."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Votes for the card's country: ISO code -> weight of the evidence.
Votes = dict[str, float]

# Consumed text is replaced by this mark, so what is left splits into the pieces around it.
GAP = "\x1f"
_PIECE_STRIP = " \t,;:·|•/\\-–—()[]{}\"'*"
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))
# A sign standing alone at both ends of a piece frames it as an ornament ("+ EXAMPLE AID +", "~ Example ~"); glued on
# it stays ("Example+", "C++ Studio"), and alone at one end it joins the line to the next ("Example +" / "Sample").
_FRAMED = re.compile(r"([+~=])\s+((?=[^\W\d_]).*\S)\s+\1")


def _depths(text: str, opening: str, closing: str) -> tuple[int, int]:
    """(the lowest and the last nesting depth of a bracket pair, read left to right): below 0, a bracket closes one
    opened before the text ("Interim) Director"); above 0 at the end, one is left open ("Director (Sales")."""
    depth = lowest = 0
    for ch in text:
        depth += (ch == opening) - (ch == closing)
        lowest = min(lowest, depth)
    return lowest, depth


@dataclass(frozen=True)
class Hit:
    value: Any
    certainty: float  # how sure the extractor is of the reading, 0..1
    raw: str  # the printed text it came from, whitespace collapsed


def cut(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the given spans replaced by GAP."""
    out = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end <= start:
            continue
        out.append(text[pos:start])
        out.append(GAP)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def pieces(text: str) -> list[str]:
    """The non-empty pieces of a text that had parts cut out."""
    out = []
    for piece in text.split(GAP):
        spaced = re.sub(r"\s+", " ", piece)
        piece = spaced.strip(_PIECE_STRIP + GAP)
        piece = framed.group(2) if (framed := _FRAMED.fullmatch(piece)) else piece
        start = spaced.find(piece)
        for opening, closing in _BRACKETS:
            if _depths(piece, opening, closing)[0] < 0 and spaced[:start].endswith(opening):
                piece = opening + piece  # "(ABC) Example Ltd": a bracket opening one the piece closes stays
                start -= 1
            if _depths(piece, opening, closing)[1] > 0 and spaced[start + len(piece):].startswith(closing):
                piece += closing  # "Manager (Division Head)", "example{lab}": a bracket closing one opened in it stays
        if piece and any(ch.isalnum() for ch in piece):
            out.append(piece)
    return out


def residue(text: str) -> str:
    """What is left of a text, its cut parts counted as spaces."""
    return re.sub(r"\s+", " ", text.replace(GAP, " ")).strip()


@dataclass(frozen=True)
class Piece:
    """Text left of a segment once e-mails, web addresses and phones were taken out of it."""

    text: str
    segment: Any  # lines.Segment (Any keeps this module free of imports)
    index: int  # position of the piece in reading order over the whole card
    residue: bool = False  # what was left beside an e-mail, phone or web address on the same segment

    @property
    def line_index(self) -> int:
        return int(self.segment.line_index)

    @property
    def height(self) -> float:
        return float(self.segment.height)

    @property
    def confidence(self) -> float:
        return float(self.segment.confidence_of(self.text))
