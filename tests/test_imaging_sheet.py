"""A sheet of cards (a printer's proof, a page of cards cut tight at the photo's border): outlines too weak alone are
cards when three or more of one size and shape lie side by side, each with print inside (imaging.sheet). Synthetic
images only."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from cardscan.imaging import find_cards
from cardscan.imaging.geometry import quad_area
from cardscan.imaging.refine import Candidate
from cardscan.imaging.sheet import sheet_of_cards

CARD_W, CARD_H, GAP = 600, 390, 48
NAMES = ["Anna Example", "Jonas Beispiel", "Marie Exemple", "Luca Esempio", "Eva Voorbeeld", "Nils Exempel"]


def _card(draw: ImageDraw.ImageDraw, x: int, y: int, name: str, fill: tuple[int, int, int]) -> None:
    draw.rectangle((x, y, x + CARD_W - 1, y + CARD_H - 1), fill=fill)
    big, small = ImageFont.truetype("DejaVuSans-Bold.ttf", 34), ImageFont.truetype("DejaVuSans.ttf", 22)
    draw.text((x + 40, y + 50), "NORTHWIND", font=big, fill=(30, 50, 120))
    draw.text((x + 40, y + 170), name, font=small, fill=(20, 20, 20))
    draw.text((x + 40, y + 215), "+49 30 1234 5678", font=small, fill=(20, 20, 20))
    draw.text((x + 40, y + 260), "info@northwind-example.de", font=small, fill=(20, 20, 20))


def proof_sheet() -> np.ndarray:
    """Two columns of three white cards on a grey page, cut at the cards' outer edges (no border beyond)."""
    w, h = 2 * CARD_W + GAP, 3 * CARD_H + 2 * GAP
    img = Image.new("RGB", (w, h), (112, 112, 116))
    draw = ImageDraw.Draw(img)
    for i, name in enumerate(NAMES):
        _card(draw, (i % 2) * (CARD_W + GAP), (i // 2) * (CARD_H + GAP), name, (255, 255, 255))
    return np.array(img)[:, :, ::-1].copy()


def test_a_proof_sheet_cut_at_the_cards_edges_gives_every_card() -> None:
    quads = find_cards(proof_sheet())
    assert len(quads) == 6
    for quad in quads:
        assert abs(quad_area(np.array(quad)) - CARD_W * CARD_H) < 0.1 * CARD_W * CARD_H


def _cand(x: float, y: float, w: float, h: float, *, score: float = 0.3, printed: bool = True) -> Candidate:
    quad = np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], float)
    return Candidate(quad, "test", score, w * h, printed)


def test_only_three_or_more_printed_outlines_of_one_size_make_a_sheet() -> None:
    area = 1000.0 * 1000.0
    row = [_cand(20 + i * 320, 100, 300, 180) for i in range(3)]
    assert len(sheet_of_cards(row, area)) == 3
    assert sheet_of_cards(row[:2], area) == []  # two alike: no sheet
    assert sheet_of_cards([*row[:2], _cand(700, 100, 220, 180)], area) == []  # one of another size
    assert sheet_of_cards([*row[:2], _cand(660, 100, 300, 180, printed=False)], area) == []  # a blank patch
    assert sheet_of_cards([*row[:2], _cand(660, 100, 300, 180, score=0.1)], area) == []  # no edge at all
    # the same card found by two cues counts once; the better-scoring outline stays
    twice = [*row, _cand(22, 101, 300, 180, score=0.5)]
    found = sheet_of_cards(twice, area)
    assert len(found) == 3 and max(c.score for c in found) == 0.5
