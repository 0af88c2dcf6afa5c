"""A card outline that runs through its own print: its sides moved out to the photo's border.

A card's edge never cuts its print. When a line read from a straightened card runs up to one of its
sides while the photo goes on beyond that side, the outline found is a frame printed on the card (or
the edge of a coloured panel or band), and the card is larger. Its other sides are then print too, and
a band of text may lie wholly beyond one of them. In a close crop (a scan, or a photo the card all but
fills) the photo's border is the card's edge: the sides near it move out to it. A side far from the
border (a card lying on a table) stays: beyond it comes the table, not more card.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from cardscan.imaging.geometry import Quad, QuadLike, as_array, order_quad
from cardscan.imaging.outline import inward_normal
from cardscan.imaging.refine import moved, side_span

__all__ = ["sides_cutting_print", "widen_to_frame"]

TOUCH = 0.02  # print this close to a side (share of the card's short side) runs up to it: no margin left
MIN_TOUCH_PX = 3.0
MAX_WIDEN = 0.2  # a side moves out by at most this share of the card's extent across it (a close crop)
AT_BORDER = 0.03  # a side this close to the border (share of the extent across it): a strip too thin to hold a letter

Box = tuple[int, int, int, int]


def sides_cutting_print(boxes: Iterable[Box], size: tuple[int, int], rotation: int) -> set[int]:
    """The sides of a straightened card that lines of print run up to.

    `boxes` are the lines' boxes (x, y, width, height) on the card turned upright, `size` that
    image's (width, height), `rotation` the clockwise quarter turn (degrees) that made it upright.
    Sides are numbered as the card's outline runs, on the card before it was turned: 0 is the side
    from the outline's first corner to its second (the top of the straightened card), then clockwise.
    """
    w, h = size
    tol = max(MIN_TOUCH_PX, TOUCH * min(w, h))
    upright: set[int] = set()
    for x, y, bw, bh in boxes:
        if y <= tol:
            upright.add(0)
        if x + bw >= w - tol:
            upright.add(1)
        if y + bh >= h - tol:
            upright.add(2)
        if x <= tol:
            upright.add(3)
    turns = (rotation // 90) % 4
    return {(side - turns) % 4 for side in upright}


def widen_to_frame(quad: QuadLike, sides: Iterable[int], image_size: tuple[int, int]) -> Quad | None:
    """The outline with each of `sides` moved out to the photo's border, where the border lies beyond it
    but near (MAX_WIDEN); None when no side moves. `image_size` is the photo's (width, height)."""
    q = as_array(quad)
    w, h = image_size
    offsets = [0.0, 0.0, 0.0, 0.0]
    for i in sorted(set(sides)):
        p, d, n, _ = inward_normal(q, i)
        reach = _to_border(p + d / 2.0, -n, w, h)
        span = side_span(q, i)
        if AT_BORDER * span < reach <= MAX_WIDEN * span:
            offsets[i] = reach
    if not any(offsets):
        return None
    wider = moved(q, (offsets[0], offsets[1], offsets[2], offsets[3]))
    if wider is None:
        return None
    return order_quad(np.clip(wider, 0.0, [float(w), float(h)]))


def _to_border(point: np.ndarray, direction: np.ndarray, w: int, h: int) -> float:
    """How far from `point` (inside the photo) along the unit `direction` the photo's border lies."""
    reach = np.inf
    for axis, size in ((0, w), (1, h)):
        step = float(direction[axis])
        if step > 1e-9:
            reach = min(reach, (size - float(point[axis])) / step)
        elif step < -1e-9:
            reach = min(reach, -float(point[axis]) / step)
    return max(0.0, float(reach))
