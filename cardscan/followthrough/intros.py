"""Introductions: pairs of kept contacts who should meet, each with its reasons, best first.

Reasons, with their weights: shared tags (3 each), shared words of substance in the notes (2 each; in any card
language, accent- and case-blind, without the Snowball stop words of the note's languages, and without words
found in so many notes that they say nothing), complementary roles (1.5: e.g. a buyer and a seller), the same
city (1, and never enough on its own). Never two people of the same company (similar company names, or the
same company e-mail domain), never the same person twice (a probable duplicate), never a pair introduced
already.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import combinations
from typing import Any

from cardscan.followthrough.templates import LANGUAGES
from cardscan.model import Card
from cardscan.store.duplicates import companies_similar, fold, match_company

WEIGHTS = {"tags": 3.0, "words": 2.0, "roles": 1.5, "city": 1.0}
MIN_WORD_LENGTH = 3
COMMON_WORD_SHARE = 0.25  # a note word in more than this share of the notes (and in more than 2) is not a reason
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@lru_cache(maxsize=1)
def stop_word_lists() -> dict[str, frozenset[str]]:
    """The Snowball stop words of each card language, folded (see stopwords/*.txt for the sources)."""
    folder = resources.files("cardscan.followthrough").joinpath("stopwords")
    out = {}
    for lang in LANGUAGES:
        lines = folder.joinpath(f"{lang}.txt").read_text("utf-8").splitlines()
        out[lang] = frozenset(fold(w) for w in (line.split("#", 1)[0].strip() for line in lines) if w)
    return out


def stop_words(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    lists = stop_word_lists()
    return frozenset().union(*(lists[lang] for lang in languages))


def note_languages(tokens: list[str]) -> tuple[str, ...]:
    """The languages a note is written in, told by its stop words (the classic way): each language with at least
    half as many of its stop words in the note as the best one. One language's stop word can be another's word
    of substance (Swedish "kunde", could; German "Kunde", customer): only the note's own languages count."""
    hits = {lang: sum(1 for t in tokens if t in words) for lang, words in stop_word_lists().items()}
    best = max(hits.values(), default=0)
    return tuple(lang for lang, n in hits.items() if best and n * 2 >= best)


@lru_cache(maxsize=1)
def _roles() -> tuple[dict[str, frozenset[str]], frozenset[frozenset[str]]]:
    data: dict[str, Any] = tomllib.loads(
        resources.files("cardscan.followthrough").joinpath("roles.toml").read_text("utf-8"))
    families = {name: frozenset(fold(w) for w in words) for name, words in data["families"].items()}
    pairs = frozenset(frozenset(p) for p in data["complements"]["pairs"])
    return families, pairs


def role_families(card: Card) -> set[str]:
    """The role families of the card's title and department."""
    text = " ".join(x for x in (card.contact.value("title"), card.contact.value("department")) if x)
    tokens = fold(text).split()
    families, _ = _roles()
    out = set()
    for name, words in families.items():
        for token in tokens:
            if any(token == w or (len(w) >= 4 and len(token) > len(w) and (token.startswith(w) or token.endswith(w)))
                   for w in words):
                out.add(name)
                break
    return out


def _key(word: str) -> str:
    """A word's comparison form: folded, a plural -s dropped ("projects" = "project")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def note_words(note: str) -> dict[str, str]:
    """Words of substance in a note: comparison form -> the word as written (first time)."""
    words = [(m.group(0), fold(m.group(0)).replace(" ", "")) for m in _WORD.finditer(note)]
    stops = stop_words(note_languages([f for _, f in words]))
    out: dict[str, str] = {}
    for word, folded in words:
        if len(folded) < MIN_WORD_LENGTH or folded in stops:
            continue
        out.setdefault(_key(folded), word)
    return out


def _city(card: Card) -> str:
    a = card.contact.address
    return fold(a.value.city) if a is not None and a.value.city else ""


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower()


def _site_domains(card: Card) -> set[str]:
    out = set()
    for f in card.contact.websites:
        host = f.value.split("//", 1)[-1].split("/", 1)[0].lower()
        out.add(host.removeprefix("www."))
    return out


def _corporate_domains(card: Card) -> set[str]:
    """The card's e-mail domains that are its company's own (its website's), not a mail provider's."""
    return {_domain(f.value) for f in card.contact.emails} & _site_domains(card)


def _same_company(company_a: str, company_b: str, domains_a: set[str], domains_b: set[str]) -> bool:
    return bool(company_a and company_b and companies_similar(company_a, company_b)) or bool(domains_a & domains_b)


def same_company(a: Card, b: Card) -> bool:
    """Similar company names, or the same company e-mail domain."""
    return _same_company(match_company(a.contact), match_company(b.contact), _corporate_domains(a),
                         _corporate_domains(b))


@dataclass(frozen=True)
class Reason:
    kind: str  # tags, words, roles or city
    items: tuple[str, ...]  # the shared tags or words; the two roles; the city

    def describe(self) -> str:
        if self.kind == "tags":
            return "shared tags: " + ", ".join(self.items)
        if self.kind == "words":
            return "both notes mention: " + ", ".join(self.items)
        if self.kind == "roles":
            return f"complementary roles: {self.items[0]} / {self.items[1]}"
        return f"same city: {self.items[0]}"


@dataclass(frozen=True)
class Suggestion:
    a: Card
    b: Card
    score: float
    reasons: tuple[Reason, ...]

    def topics(self) -> list[str]:
        """The shared tags and note words, for the introduction's text."""
        return [item for r in self.reasons if r.kind in ("tags", "words") for item in r.items]


@dataclass(frozen=True)
class _Library:
    """What the reasons of every pair are computed from, once per library."""

    words: dict[int | None, dict[str, str]]
    tags: dict[int | None, dict[str, str]]
    roles: dict[int | None, set[str]]
    common: set[str]
    companies: dict[int | None, str]
    domains: dict[int | None, set[str]]

    @classmethod
    def of(cls, cards: list[Card]) -> _Library:
        words = {c.id: note_words(c.note) for c in cards}
        df: Counter[str] = Counter(k for w in words.values() for k in w)
        notes = sum(1 for w in words.values() if w)
        common = {k for k, n in df.items() if n > 2 and n > COMMON_WORD_SHARE * notes}
        tags = {c.id: {fold(t): t for t in c.tags if fold(t)} for c in cards}
        return cls(words, tags, {c.id: role_families(c) for c in cards}, common,
                   {c.id: match_company(c.contact) for c in cards}, {c.id: _corporate_domains(c) for c in cards})


def _reasons(a: Card, b: Card, lib: _Library) -> list[Reason]:
    reasons = []
    shared_tags = sorted(set(lib.tags[a.id]) & set(lib.tags[b.id]))
    if shared_tags:
        reasons.append(Reason("tags", tuple(lib.tags[a.id][t] for t in shared_tags)))
    shared_words = sorted((set(lib.words[a.id]) & set(lib.words[b.id])) - lib.common - set(shared_tags))
    if shared_words:
        reasons.append(Reason("words", tuple(lib.words[a.id][w] for w in shared_words)))
    _, complements = _roles()
    pair = next(((x, y) for x in sorted(lib.roles[a.id]) for y in sorted(lib.roles[b.id])
                 if x != y and frozenset((x, y)) in complements), None)
    if pair is not None:
        reasons.append(Reason("roles", (_role_text(a, pair[0]), _role_text(b, pair[1]))))
    if not reasons:
        return []  # the same city alone is not enough
    city = _city(a)
    if city and city == _city(b) and a.contact.address is not None:
        reasons.append(Reason("city", (a.contact.address.value.city or "",)))
    return reasons


def _suggestion(a: Card, b: Card, reasons: list[Reason]) -> Suggestion:
    score = sum(WEIGHTS[r.kind] * (len(r.items) if r.kind in ("tags", "words") else 1) for r in reasons)
    return Suggestion(a, b, score, tuple(reasons))


def pair_reasons(a: Card, b: Card) -> Suggestion:
    """Why two given people should meet (whatever their companies): for an introduction asked for by name."""
    return _suggestion(a, b, _reasons(a, b, _Library.of([a, b])))


def suggest(cards: list[Card], introduced: set[frozenset[int]], limit: int | None = 10) -> list[Suggestion]:
    """The best pairs among `cards` (normally the keep pocket), best first."""
    lib = _Library.of(cards)
    out = []
    for a, b in combinations(sorted(cards, key=lambda c: c.id or 0), 2):
        if a.id is None or b.id is None or frozenset((a.id, b.id)) in introduced:
            continue
        if b.id in a.duplicate_of or a.id in b.duplicate_of:
            continue
        reasons = _reasons(a, b, lib)
        if reasons and not _same_company(lib.companies[a.id], lib.companies[b.id], lib.domains[a.id],
                                         lib.domains[b.id]):
            out.append(_suggestion(a, b, reasons))
    out.sort(key=lambda s: (-s.score, s.a.id or 0, s.b.id or 0))
    return out if limit is None else out[:limit]


def _role_text(card: Card, family: str) -> str:
    return " ".join((card.contact.value("title") or family).split())
