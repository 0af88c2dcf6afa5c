#!/usr/bin/env python3
"""Benchmark: `cardscan intros` on 100 and 500 kept cards (every pair weighed), beside a naive baseline in the
same run (each pair's companies compared first, from the contacts, as `same_company` does for a single pair).

    .venv/bin/python scripts/bench_intros.py [--cards 100 500] [--repeat 3]

Synthetic contacts from tools/cardgen, each with a tag and a note of two topic words among stop words of two
languages. Prints seconds (best of --repeat) and checks both give the same suggestions.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent.parent / "tests"), str(Path(__file__).parent.parent / "tools")]

from test_store_factory import random_contacts  # noqa: E402

from cardscan.followthrough.intros import (  # noqa: E402
    Suggestion,
    _Library,
    _reasons,
    _suggestion,
    same_company,
    suggest,
)
from cardscan.model import Card, Pocket  # noqa: E402

TOPICS = ["hydrogen", "logistics", "packaging", "Málaga", "Kubernetes", "retail", "pharma", "solar", "Lisbon",
          "robotics", "fintech", "insurance"]


def cards(n: int) -> list[Card]:
    rng = random.Random(n)
    out = []
    for i, c in enumerate(random_contacts(n, seed=n)):
        note = " ".join(rng.sample(TOPICS, 2)) + " und die Kunden, the clients"
        out.append(Card(contact=c, id=i + 1, pocket=Pocket.KEEP, note=note,
                        tags=rng.sample(["food", "energy", "health", "mobility"], 1)))
    return out


def baseline(deck: list[Card], limit: int) -> list[Suggestion]:
    lib = _Library.of(deck)
    out = []
    for a, b in combinations(deck, 2):
        if same_company(a, b):
            continue
        reasons = _reasons(a, b, lib)
        if reasons:
            out.append(_suggestion(a, b, reasons))
    out.sort(key=lambda s: (-s.score, s.a.id or 0, s.b.id or 0))
    return out[:limit]


def best(run: object, repeat: int) -> tuple[float, list[Suggestion]]:
    times, result = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        result = run()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cards", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'cards':>6} {'pairs':>8} {'cardscan':>10} {'baseline':>10} {'speed-up':>9}")
    for n in args.cards:
        deck = cards(n)
        ours, mine = best(lambda deck=deck: suggest(deck, set(), limit=10), args.repeat)
        theirs, naive = best(lambda deck=deck: baseline(deck, 10), args.repeat)
        assert [(s.a.id, s.b.id) for s in mine] == [(s.a.id, s.b.id) for s in naive]
        print(f"{n:>6} {n * (n - 1) // 2:>8} {ours:>9.2f}s {theirs:>9.2f}s {theirs / ours:>8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
