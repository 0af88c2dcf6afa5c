"""Finding every business card in a photo.

The photo is shrunk by a whole factor (fast, exact area averaging) to at most 1300
pixels on its long side. Candidate outlines come from several cues (`candidates`);
each group of similar outlines is snapped onto the nearest straight edges and scored
by how much of its outline is a real edge (`outline.EdgeEvidence`): a colour step, or
the thin dark line of a card's cut edge or shadow. The best outlines win:

* the same card found by several cues counts once (the best-scoring, most regular);
* an outline inside another one is a logo, a QR code, a photo or a coloured panel on
  the card: the outer one wins ("no card inside another card"), except when it holds
  two or more separate cards (a tray, a sheet of paper), when its sides run on past its
  corners (the grid of a chequered tablecloth framing a card with a piece of the table;
  the card is then looked for inside), or when it is a sloppy outline around a card that
  has a clean one;
* a winner that is only the plain panel of a card with a coloured band along one side
  is grown over the band (`refine.grow`).

* two outlines side by side that together fill one card-shaped rectangle, one of them not
  card-shaped itself, are one card in two tones (or a portrait beside the text): joined.

The winners' corners are refined on the full-resolution photo. A photo that is a tight
crop of one card (card-shaped, with text, no outline) gives the card: the image borders,
moved in onto the card's edges where a sliver of table shows.

The text decides where the outlines cannot (`textregion`): with no outline found, the card is
the region that holds the photo's lines of text (a white card on a white desk, close up); and a
single outline holding less than half of the text, inside the text's region, is a portrait or a
panel printed on the card: the text's region is the card.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from cardscan.imaging.candidates import PANEL_MIN_ASPECT, candidate_quads, fit_quad, irregularity, plausible
from cardscan.imaging.geometry import Quad, order_quad, polygon_iou, quad_area
from cardscan.imaging.outline import EdgeEvidence, snap_to_edges
from cardscan.imaging.refine import (
    ACCEPT_SCORE,
    WEAK_SCORE,
    Candidate,
    contains,
    grow,
    has_print,
    moved,
    overlap,
    shrink,
    side_span,
)
from cardscan.imaging.sheet import sheet_of_cards
from cardscan.imaging.straighten import text_line_count
from cardscan.imaging.textregion import MIN_LINES, TextLines, share_inside, text_lines, text_quad

__all__ = ["Quad", "find_cards"]

WORK_LONG_SIDE = 1300  # the working copy's long side is at most this (pixels), and over 650 when possible
SMALL_SIDE = 400  # an image of a shorter long side (pixels) is searched enlarged to MIN_WORK_SIDE
MIN_WORK_SIDE = WORK_LONG_SIDE // 2  # the working copy's long side is over this when the photo allows
CARD_ASPECTS = (1.4, 2.0)  # long side / short side of a whole card seen from above, perspective allowed
MIN_JOINED_FILL = 0.75  # two pieces of one card cover most of it (a printed band along a side may not be)
MIN_TEXT_SHARE = 0.15  # a whole card among two holds at least this share of the photo's text
MAX_TEXT_OUTSIDE = 0.5  # outlines holding less than this share of the photo's text are not the whole card
PANEL_SHARE = 0.2  # an outline smaller than this share of a card-shaped photo full of text may be a printed panel
PANEL_TEXT = 0.25  # ... when the outlines hold less than this share of the text
LOGO_SHARE = 0.05  # one outline that small in such a photo, holding as little of its text, is a logo


def find_cards(image: np.ndarray) -> list[Quad]:
    """Every card in a BGR photo, as four corners in the photo's pixel coordinates.

    Corners run clockwise from the corner that is top-left as the card lies in the photo
    (its first side points right, within 45 degrees). Cards are listed in reading order.
    Returns [] when there is no card.
    """
    if image is None or image.ndim < 2 or image.shape[0] < 16 or image.shape[1] < 16:
        return []
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    h, w = image.shape[:2]
    if max(h, w) >= SMALL_SIDE:
        return _find(image)
    # A small image (a thumbnail, a card sent as a small picture): its lines of text are too thin, and a logo's
    # outline too small, for the cues, made for a working copy of 650 pixels or more; it is searched enlarged to
    # that size, and the corners are brought back to its own pixels.
    f = MIN_WORK_SIDE / max(h, w)
    big = cv2.resize(image, (round(w * f), round(h * f)), interpolation=cv2.INTER_CUBIC)
    scale = np.array([big.shape[1] / w, big.shape[0] / h])
    return [order_quad(np.clip((np.array(quad) + 0.5) / scale - 0.5, 0, [w, h])) for quad in _find(big)]


def _find(image: np.ndarray) -> list[Quad]:
    """The cards of a BGR photo, as `find_cards` gives them, at the photo's own size."""
    small, k = downscale(image)
    lab = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_BGR2LAB), (3, 3), 0)
    evidence = EdgeEvidence(lab, image, k)
    area = float(lab.shape[0] * lab.shape[1])
    scored = _score_all(lab, evidence)
    chosen = _choose(scored, lab, evidence)
    sheet = sheet_of_cards(scored, area)
    if len(sheet) > len(chosen) and not any(contains(c.quad, s.quad) for c in chosen for s in sheet):
        chosen = sheet  # a sheet of cards, each outline weak alone (a card's own printed panels are inside it)
    chosen = [grow(c, lab, evidence, chosen) for c in chosen]
    # The text is only asked where two outlines or fewer were found (more: a table of cards).
    lines = text_lines(lab[:, :, 0]) if len(chosen) <= 2 else TextLines.none()
    joined = _join_halves(chosen, evidence, area, lines)
    if len(joined) < len(chosen):  # a joined card may still lack a band printed along a side
        chosen = [grow(c, lab, evidence, joined) if c.source.endswith("+joined") else c for c in joined]
    chosen = [c for c in chosen if plausible(c.quad, area)]
    if not chosen:
        # Nothing clear-cut: a photo filled by one card whose outline is faint in places.
        big = [c for c in scored if c.printed and c.score >= WEAK_SCORE and c.area >= 0.35 * area
               and plausible(c.quad, area)]
        chosen = sorted(big, key=lambda c: c.score, reverse=True)[:1]
    # Three outlines or more, each as small as a logo: the letters or blocks of a logo printed on the card, or cards
    # far away on a table; the text tells which
    tiny = len(chosen) >= 3 and all(c.area < LOGO_SHARE * area for c in chosen)
    if tiny:
        lines = text_lines(lab[:, :, 0])
    small_outlines = tiny or (1 <= len(chosen) <= 2 and all(
        c.area < (PANEL_SHARE if len(chosen) == 2 else LOGO_SHARE) * area for c in chosen))
    if small_outlines and len(lines) < MIN_LINES:  # few lines upright: a card lying at a slant in a cropped photo
        lines = text_lines(lab[:, :, 0], slanted=True)
    if (small_outlines and len(lines) >= MIN_LINES and share_inside(lines, [c.quad for c in chosen]) < PANEL_TEXT
            and is_tight_crop(lab[:, :, 0])):
        # Two small outlines, one tiny one, or three or more tiny ones, holding little of the text of a photo that is
        # itself card-shaped and full of text (a scan, or the card's artwork): panels printed on the card (a boxed
        # slogan, a logo, a logo's letters), not cards. (One larger outline is left to the text's region below: it
        # may be a card far away.)
        chosen = []
    from_text: list[np.ndarray] = []
    if len(chosen) == 1 and len(lines) >= MIN_LINES and share_inside(lines, [chosen[0].quad]) < MAX_TEXT_OUTSIDE:
        # One outline, and most of the text lies outside it: a portrait, a logo panel or part of the
        # card. (With several outlines found, text outside them may be another card's: those are
        # left as they are.)
        quad = text_quad(lines, evidence, lab.shape[:2])
        card = _card_around(quad, chosen[0].quad, area) if quad is not None else None
        if card is not None:
            chosen = []
            from_text.append(card)
    quads: list[Quad] = []
    for cand in chosen:
        q = cand.quad * k + (k - 1) / 2.0
        if k > 1:
            q = snap_to_edges(image, q, reach=1.5 * k + 2)
        quads.append(order_quad(q))
    if not quads and not from_text:
        if is_tight_crop(lab[:, :, 0]):
            quads.append(_crop_outline(image, lab, evidence, k))
        else:
            # No outline stands out (a white card on a white desk, close up, perhaps held at a slant and running
            # out of the frame): the card is where its text is.
            quad = text_quad(lines, evidence, lab.shape[:2]) if len(lines) >= MIN_LINES else None
            if quad is None:  # no block of lines upright: the text may run at a slant, or stand in groups apart
                slanted = text_lines(lab[:, :, 0], slanted=True)
                quad = text_quad(slanted, evidence, lab.shape[:2]) if len(slanted) >= MIN_LINES else None
                most = max(lines, slanted, key=len)
                if quad is None and len(most) >= MIN_LINES:
                    quad = text_quad(most, evidence, lab.shape[:2], groups=True)
            if quad is not None:
                from_text.append(quad)
    for quad in from_text:
        full = np.clip(quad * k + (k - 1) / 2.0, 0, [image.shape[1], image.shape[0]])
        quads.append(order_quad(full))
    return _reading_order(quads, image.shape[0])


def _aspect(quad: np.ndarray) -> float:
    (_, _), (w, h), _ = cv2.minAreaRect(quad.astype(np.float32))
    return max(w, h) / max(1e-6, min(w, h))


def _outer_quad(points: np.ndarray, evidence: EdgeEvidence) -> np.ndarray | None:
    """The four-sided outline around two pieces' corners (their outer corners, in perspective as
    they are), snapped onto the edges nearby."""
    hull = cv2.convexHull(points.astype(np.float32))
    quad = fit_quad(hull)
    if quad is None:
        return None
    quad = np.array(order_quad(quad), np.float64)
    return snap_to_edges(evidence.labf[:, :, 0], quad, reach=4.0)


def _card_around(text: np.ndarray, outline: np.ndarray, area: float) -> np.ndarray | None:
    """The card that holds both the text's region and an outline holding little of the text: the text's
    region where the outline lies inside it (a portrait, a logo printed among the text), else the
    rectangle around both where that is card-shaped and they fill most of it (a dark logo panel beside
    the light part with the text); None when they do not make one card."""
    if contains(text, outline):
        return text
    both = cv2.boxPoints(cv2.minAreaRect(np.concatenate([text, outline]).astype(np.float32))).astype(np.float64)
    panel = outline.astype(np.float32).reshape(-1, 1, 2)
    gap = max(0.0, min(-cv2.pointPolygonTest(panel, (float(x), float(y)), True) for x, y in text))
    (_, _), (w, h), _ = cv2.minAreaRect(panel)
    # A panel is a good part of its card (a quarter or more); the text sits just beside it.
    if plausible(both, area) and quad_area(both) <= 4 * quad_area(outline) and gap <= 0.5 * min(w, h):
        return np.array(order_quad(both), np.float64)
    return None


def _join_halves(chosen: list[Candidate], evidence: EdgeEvidence, area: float, lines: TextLines) -> list[Candidate]:
    """One card found as two pieces side by side (a two-tone card's panels, a printed portrait beside
    the text): the pair fills one card-shaped rectangle whose outline is a real edge, and one piece is
    not a card by itself: not card-shaped, or without text while the other holds it. Two whole cards
    lying side by side are each card-shaped and each hold text."""

    def whole_card(c: Candidate) -> bool:
        shaped = CARD_ASPECTS[0] <= _aspect(c.quad) <= CARD_ASPECTS[1]
        return shaped and (len(lines) < MIN_LINES or share_inside(lines, [c.quad]) >= MIN_TEXT_SHARE)

    out = list(chosen)
    merged = True
    while merged:
        merged = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                a, b = out[i], out[j]
                if whole_card(a) and whole_card(b):
                    continue
                quad = _outer_quad(np.concatenate([a.quad, b.quad]), evidence)
                if quad is None or not plausible(quad, area) or a.area + b.area < MIN_JOINED_FILL * quad_area(quad):
                    continue
                score = evidence.score(quad)
                if score < WEAK_SCORE:
                    continue
                out[i] = Candidate(quad, a.source + "+joined", score, quad_area(quad), True)
                del out[j]
                merged = True
                break
            if merged:
                break
    return out


def _crop_outline(image: np.ndarray, lab: np.ndarray, evidence: EdgeEvidence, k: int) -> Quad:
    """The card in a photo that is a tight crop of it: the image borders moved in onto the card's
    edges when a sliver of table shows along at least three of them, else the whole image (an
    edge found along one or two borders only is more likely a band printed on the card)."""
    h, w = lab.shape[:2]
    frame = np.array([[0.5, 0.5], [w - 1.5, 0.5], [w - 1.5, h - 1.5], [0.5, h - 1.5]])
    offsets = []
    for i in range(4):
        found = evidence.parallel_edges(frame, i, -0.12 * side_span(frame, i))
        offsets.append(found[0] if found else 0.0)
    quad = moved(frame, (offsets[0], offsets[1], offsets[2], offsets[3]))
    if (sum(o != 0.0 for o in offsets) < 3 or quad is None or not plausible(quad, float(h * w))
            or quad_area(quad) < 0.6 * h * w):
        H, W = image.shape[:2]
        return ((0.0, 0.0), (float(W), 0.0), (float(W), float(H)), (0.0, float(H)))
    q = quad * k + (k - 1) / 2.0
    if k > 1:
        q = snap_to_edges(image, q, reach=1.5 * k + 2)
    return order_quad(np.clip(q, 0, [image.shape[1], image.shape[0]]))


def downscale(image: np.ndarray, long_side: int = WORK_LONG_SIDE) -> tuple[np.ndarray, int]:
    """A copy with a long side up to `long_side`, shrunk by a whole factor (fast, exact area averaging)."""
    h, w = image.shape[:2]
    k = max(1, math.ceil(max(h, w) / long_side))
    if k == 1:
        return image, 1
    hh, ww = (h // k) * k, (w // k) * k
    return cv2.resize(image[:hh, :ww], (ww // k, hh // k), interpolation=cv2.INTER_AREA), k


def _score_all(lab: np.ndarray, evidence: EdgeEvidence) -> list[Candidate]:
    """Each group of similar outlines (one card found by several cues): its best outline, snapped
    onto the image's edges and scored; the runner-up too when the best does not score well."""
    h, w = lab.shape[:2]
    L = lab[:, :, 0]
    out = []
    for group in _groups(candidate_quads(lab)):
        ranked = sorted(((evidence.score(q), q, s) for q, s in group), key=lambda t: t[0], reverse=True)
        for raw_score, quad, source in ranked[:2]:
            if raw_score < 0.15 or not has_print(lab, quad):
                break  # no edge to speak of, or a blank patch of table (a check of a tablecloth)
            snapped = snap_to_edges(L, quad, reach=4.0)
            if plausible(snapped, float(h * w), min_aspect=PANEL_MIN_ASPECT):
                quad = snapped
            cand = Candidate(quad, source, area=quad_area(quad))
            cand.score = evidence.score(quad)
            cand.printed = has_print(lab, quad)
            out.append(cand)
            if cand.score >= ACCEPT_SCORE and cand.printed:
                break
    return out


def _groups(cands: list[tuple[np.ndarray, str]]) -> list[list[tuple[np.ndarray, str]]]:
    """Outlines grouped by nearly the same bounding box (IoU > 0.9)."""
    if not cands:
        return []
    boxes = np.array([np.concatenate([q.min(axis=0), q.max(axis=0)]) for q, _ in cands])
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    taken = np.zeros(len(cands), bool)
    groups = []
    for i in range(len(cands)):
        if taken[i]:
            continue
        ix0 = np.maximum(boxes[i, 0], boxes[:, 0])
        iy0 = np.maximum(boxes[i, 1], boxes[:, 1])
        ix1 = np.minimum(boxes[i, 2], boxes[:, 2])
        iy1 = np.minimum(boxes[i, 3], boxes[:, 3])
        inter = np.clip(ix1 - ix0, 0, None) * np.clip(iy1 - iy0, 0, None)
        iou = inter / np.maximum(areas[i] + areas - inter, 1e-9)
        members = np.nonzero((iou > 0.9) & ~taken)[0]
        taken[members] = True
        groups.append([cands[j] for j in members])
    return groups


def _choose(cands: list[Candidate], lab: np.ndarray, evidence: EdgeEvidence) -> list[Candidate]:
    usable = [c for c in cands if c.printed and c.score >= WEAK_SCORE]
    usable.sort(key=lambda c: (round(c.score, 2), -irregularity(c.quad)), reverse=True)
    unique: list[Candidate] = []
    for c in usable:  # the same card from several cues: the best-scoring outline
        if all(polygon_iou(c.quad, u.quad) < 0.85 for u in unique):
            unique.append(c)
    strong = [c for c in unique if c.score >= ACCEPT_SCORE]
    weak = [c for c in unique if c.score < ACCEPT_SCORE]

    def continuation(c: Candidate) -> float:
        if c.continuation < 0:
            c.continuation = evidence.continuation(c.quad)
        return c.continuation

    dropped: set[int] = set()
    for outer in strong:
        inner = [u for u in unique if u is not outer and u.area < 0.97 * outer.area and contains(outer.quad, u.quad)]
        if not inner:
            if continuation(outer) >= 0.75:
                dropped.add(id(outer))  # framed by the table's pattern: look for the card inside
            continue
        separate = [u for u in inner if u.score >= ACCEPT_SCORE and u.area < 0.6 * outer.area
                    and all(overlap(u.quad, v.quad) < 0.05 for v in inner if v is not u and v.score >= ACCEPT_SCORE)]
        if len(separate) >= 2:
            dropped.add(id(outer))  # a tray or a sheet holding several cards
        elif any(u.area > 0.5 * outer.area and u.score >= outer.score + 0.2 for u in inner):
            dropped.add(id(outer))  # a sloppy outline around a card that has a clean one
        elif any(u.area > 0.35 * outer.area for u in inner) and continuation(outer) >= 0.75:
            dropped.add(id(outer))  # framed by the table's pattern
    # Weak outlines only count where they replace a dropped pattern-framed outline; where there is
    # none, the card is looked for inside that outline.
    rescued = [c for c in weak if any(id(o) in dropped and contains(o.quad, c.quad) for o in strong)]
    for o in strong:
        if id(o) in dropped and not any(contains(o.quad, c.quad) for c in unique if c is not o):
            inner_card = shrink(o, lab, evidence)
            if inner_card is not None:
                rescued.append(inner_card)
    pool = [c for c in strong if id(c) not in dropped] + rescued
    chosen: list[Candidate] = []
    # Outer outlines first; nearly square ones (a card's panel, to be grown over its band) last,
    # so that they never push a whole card out.
    for c in sorted(pool, key=lambda c: (not plausible(c.quad, float(lab.shape[0] * lab.shape[1])), -c.area)):
        if all(overlap(c.quad, s.quad) <= 0.15 for s in chosen):
            chosen.append(c)
    return chosen


def is_tight_crop(gray: np.ndarray) -> bool:
    """Card-shaped, and holding several lines of text: the photo is the card."""
    h, w = gray.shape[:2]
    if not 1.4 <= max(h, w) / min(h, w) <= 2.0:
        return False
    return max(text_line_count(gray, horizontal=True), text_line_count(gray, horizontal=False)) >= 3


def _reading_order(quads: list[Quad], height: int) -> list[Quad]:
    band = max(1.0, height / 6)
    return sorted(quads, key=lambda q: (min(p[1] for p in q) // band, min(p[0] for p in q)))
