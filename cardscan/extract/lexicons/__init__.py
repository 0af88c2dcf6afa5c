"""The extractor's word lists, as data files beside this module.

Each file starts with `# source:`, `# licence:` and `# made by:` lines. Those built from published data (given
names, cities, country names, function words) are made by tools/lexicons/build.py, the head words of ESCO's
occupations (occupations.txt) by tools/lexicons/occupations.py; the others are compiled by hand from general
knowledge of the languages (never from the sample-card generator) and edited here.

Formats: one entry a line; `#` starts a comment line; in tabbed files the first column is a key (a language or a
country code) and the second the entry; in sectioned files a line `[key]` starts the entries of that key.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of a plain list (one a line; several words a line are one entry)."""
    return tuple(_lines(name))


@cache
def words(name: str) -> tuple[str, ...]:
    """The whitespace-separated words of a plain list."""
    return tuple(w for line in _lines(name) for w in line.split())


@cache
def keyed(name: str) -> tuple[tuple[str, str], ...]:
    """(key, entry) pairs of a tabbed file ("DE<TAB>München")."""
    out: list[tuple[str, str]] = []
    for line in _lines(name):
        key, _, entry = line.partition("\t")
        if entry:
            out.append((key.strip(), entry.strip()))
    return tuple(out)


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """key -> entries of a sectioned file ("[de]" then one entry a line)."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return {k: tuple(v) for k, v in out.items()}
