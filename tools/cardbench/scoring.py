"""Scoring scanned cards against the generator's truth.

A field is right when it equals the truth exactly (lists compared as sets; phones by number and
type). Fields empty in both truth and output are not counted: accuracy is taken over the fields
where at least one side has a value, so empty fields cannot inflate it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

FIELDS = (
    "name", "prefix", "given_name", "middle_name", "family_name", "suffix",
    "title", "department", "company", "emails", "phones", "websites", "social", "address",
)  # fmt: skip


def _canon(name: str, value: Any) -> Any:
    if value in (None, "", [], {}):
        return None
    if name == "phones":
        return frozenset((p["number"], p["type"]) for p in value)
    if name == "social":
        return frozenset((s["service"], s["url"]) for s in value)
    if name in ("emails", "websites"):
        return frozenset(value)
    if name == "address":
        items = {k: v for k, v in value.items() if v}
        return tuple(sorted(items.items())) or None
    return value


def field_right(name: str, truth: dict[str, Any] | None, got: dict[str, Any] | None) -> bool | None:
    """True/False, or None when neither side has the field (not counted)."""
    t = _canon(name, (truth or {}).get(name))
    g = _canon(name, (got or {}).get(name))
    if t is None and g is None:
        return None
    return t == g


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    counted: Counter[str] = field(default_factory=Counter)
    cards: int = 0
    cards_all_right: int = 0
    missed_cards: int = 0
    extra_cards: int = 0
    wrong_examples: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def add_card(self, label: str, truth: dict[str, Any], got: dict[str, Any] | None) -> None:
        self.cards += 1
        if got is None:
            self.missed_cards += 1
        all_right = True
        for name in FIELDS:
            verdict = field_right(name, truth, got)
            if verdict is None:
                continue
            self.counted[name] += 1
            if verdict:
                self.right[name] += 1
            else:
                all_right = False
                if len(self.wrong_examples) < 400:
                    self.wrong_examples.append((label, name, truth.get(name), (got or {}).get(name)))
        self.cards_all_right += all_right

    @property
    def field_accuracy(self) -> float:
        counted = sum(self.counted.values())
        return sum(self.right.values()) / counted if counted else 0.0

    @property
    def card_accuracy(self) -> float:
        return self.cards_all_right / self.cards if self.cards else 0.0

    def per_field(self) -> dict[str, float]:
        return {n: self.right[n] / self.counted[n] for n in FIELDS if self.counted[n]}


def quad_center(quad: Sequence[Sequence[float]]) -> tuple[float, float]:
    arr = np.asarray(quad, dtype=float)
    return float(arr[:, 0].mean()), float(arr[:, 1].mean())


def match_cards(
    truth_cards: Sequence[dict[str, Any]], found: Sequence[tuple[Sequence[Sequence[float]], dict[str, Any]]]
) -> tuple[list[dict[str, Any] | None], int]:
    """Pair each truth card with the found card whose centre lies inside its quad.

    Returns the found contact (or None) for every truth card, and the number of found cards
    that matched no truth card.
    """
    import cv2

    used: set[int] = set()
    out: list[dict[str, Any] | None] = []
    for truth in truth_cards:
        poly = np.asarray(truth["quad"], dtype=np.float32).reshape(-1, 1, 2)
        best = None
        for i, (quad, _contact) in enumerate(found):
            if i in used:
                continue
            if cv2.pointPolygonTest(poly, quad_center(quad), False) >= 0:
                best = i
                break
        if best is None:
            out.append(None)
        else:
            used.add(best)
            out.append(found[best][1])
    return out, len(found) - len(used)


def best_overlap_match(truth_cards: Sequence[dict[str, Any]], contact: dict[str, Any]) -> int:
    """For a reader that cannot separate cards: the truth card sharing most fields with its one contact."""
    def shared(t: dict[str, Any]) -> int:
        return sum(bool(field_right(n, t, contact)) for n in FIELDS)

    return max(range(len(truth_cards)), key=lambda i: shared(truth_cards[i]["contact"]))


def format_report(title: str, score: Score, seconds: float) -> list[str]:
    rate = score.cards / seconds if seconds else 0.0
    lines = [
        f"{title}: {score.cards} cards, field accuracy {score.field_accuracy:.3f}, "
        f"cards with every field right {score.card_accuracy:.1%}, {rate:.2f} cards/s "
        f"({seconds:.1f} s; missed {score.missed_cards}, extra {score.extra_cards})",
    ]
    lines.append("  " + "  ".join(f"{k}={v:.3f}" for k, v in score.per_field().items()))
    return lines


def summarise_errors(score: Score, limit: int = 25) -> Iterable[str]:
    for label, name, truth, got in score.wrong_examples[:limit]:
        yield f"  {label} {name}: truth={truth!r} got={got!r}"
