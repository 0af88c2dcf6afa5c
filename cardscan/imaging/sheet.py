"""A sheet of cards: three outlines or more of one size and shape, side by side, each with print inside (a printer's
proof of a firm's cards, cards laid out in rows on a table, a page of scanned cards).

Each outline alone may be weak (cut by the photo's border, its edges faint against a light sheet); the repetition
is the evidence: a table's texture, a logo's letters or a card's printed panels do not repeat one card-shaped
rectangle with print inside three times, none over another.
"""

from __future__ import annotations

import numpy as np

from cardscan.imaging.candidates import plausible
from cardscan.imaging.refine import Candidate, overlap

MIN_CARDS = 3
SAME_SIZE = 0.06  # width and height within this share of each other
SHEET_SCORE = 0.2  # an outline this weak still counts in a sheet (a quarter of its sides or less seen as edges)


def _sides(quad: np.ndarray) -> tuple[float, float]:
    sides = [float(np.hypot(*(quad[(i + 1) % 4] - quad[i]))) for i in range(4)]
    a, b = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    return max(a, b), min(a, b)


def _alike(a: Candidate, b: Candidate) -> bool:
    (la, sa), (lb, sb) = _sides(a.quad), _sides(b.quad)
    return abs(la - lb) <= SAME_SIZE * max(la, lb) and abs(sa - sb) <= SAME_SIZE * max(sa, sb)


def sheet_of_cards(cands: list[Candidate], image_area: float) -> list[Candidate]:
    """The largest set of at least MIN_CARDS printed, card-shaped outlines of one size that do not overlap, the
    best-scoring outline of each place; else []."""
    usable = sorted((c for c in cands if c.printed and c.score >= SHEET_SCORE and plausible(c.quad, image_area)),
                    key=lambda c: c.score, reverse=True)
    best: list[Candidate] = []
    for seed in usable:
        group: list[Candidate] = []
        for c in usable:
            if _alike(seed, c) and all(overlap(c.quad, g.quad) < 0.05 for g in group):
                group.append(c)
        if len(group) > len(best):
            best = group
    return best if len(best) >= MIN_CARDS else []
