"""Development and evaluation halves of the generator's vocabulary, so that a benchmark measures the extractor on
names, titles, companies, streets and cities it was never tuned on.

Every list the generator draws words from (given, middle and family names, titles, departments, company stems,
streets, cities) is split by a stable hash of each entry: one entry in four is for evaluation, the rest for
development. Two font families and two layouts are kept for evaluation too; they also appear in the sample set
(which draws from everything). Further layouts, fonts and address styles are drawn ONLY by the evaluation half
(`eval_only()`): no test and no sample card has ever shown them to anyone tuning the extractor.

    with vocabulary.use("eval"):   # `make bench`
        generate(...)

Outside `use(...)` the generator draws from the half the environment variable CARDGEN_VOCABULARY names ("dev":
the test suite sets it, so no test ever sees an evaluation word, font or layout), else from everything.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
PARTS = ("dev", "eval")
EVAL_SHARE = 4  # one entry in EVAL_SHARE is for evaluation
EVAL_FAMILIES = ("Caladea", "Open Sans Light")
EVAL_LAYOUTS = ("name-right", "portrait")
# Drawn by the evaluation half only (never by "dev" nor by the whole vocabulary the sample set uses): designs,
# font families (fonts.EVAL_ONLY_FAMILIES) and real-card address and name styles (contacts.py).
EVAL_ONLY_LAYOUTS = ("spaced-caps", "label-column", "logo-strip", "address-first")
EVAL_ONLY_FAMILIES = ("URW Gothic", "Nimbus Sans Narrow", "P052", "C059")

_active: str | None = os.environ.get("CARDGEN_VOCABULARY") or None
if _active not in (None, *PARTS):
    raise ValueError(f"CARDGEN_VOCABULARY={_active!r}: one of {', '.join(PARTS)}")


@contextmanager
def use(part: str | None) -> Iterator[None]:
    """Draw from the development or the evaluation half (None: everything) inside the block."""
    global _active
    if part not in (None, *PARTS):
        raise ValueError(f"vocabulary part {part!r}: one of {', '.join(PARTS)}")
    before, _active = _active, part
    try:
        yield
    finally:
        _active = before


def active() -> str | None:
    return _active


def for_evaluation(entry: object) -> bool:
    """True if the entry belongs to the evaluation half (stable across runs and machines)."""
    key = str(getattr(entry, "name", entry))
    return zlib.crc32(key.encode("utf-8")) % EVAL_SHARE == 0


def part(entries: Sequence[T]) -> list[T]:
    """The entries of the active half (all of them if none is active, or if the half would be empty)."""
    if _active is None:
        return list(entries)
    want = _active == "eval"
    chosen = [e for e in entries if for_evaluation(e) == want]
    return chosen or list(entries)


def allowed_family(name: str) -> bool:
    """Development cards never use the evaluation font families."""
    return _active != "dev" or name not in EVAL_FAMILIES


def allowed_layout(name: str) -> bool:
    """Development cards never use the evaluation layouts."""
    return _active != "dev" or name not in EVAL_LAYOUTS


def eval_only() -> bool:
    """True when the evaluation half is active: the eval-only layouts, fonts and styles may be drawn."""
    return _active == "eval"
