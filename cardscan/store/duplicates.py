"""Probable duplicates: the same person met twice.

Two cards are flagged when they share an email address or a phone number, or
when their names are very similar (any case, with or without accents, in any
order) at a similar company (or one of the two has none). A shared address or
number on cards with clearly different names (a switchboard, info@) is not a
duplicate.

Every card has its match keys in `card_keys` (normalised emails, E.164
numbers, name blocks: the first letters of each name word), so a new card is
compared only with the few cards sharing a key, not with the whole library.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from cardscan.model import Contact
from cardscan.text import fold_words

NAME_SCORE = 90  # rapidfuzz token sort ratio (0..100) for "very similar names"
COMPANY_SCORE = 80  # ... and for "a similar company"
DIFFERENT_NAME_SCORE = 60  # below this, two names are clearly different people

# Folded words that are titles, not names.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_HONORIFICS = _words(
    "dr prof ing mag dipl mr mrs ms mme mlle m herr frau sig sra sr ra dott dottssa arch avv lic "
    "phd mba msc bsc ma ba llm md jr jun sen ir drs"
)
_PARTICLES = _words("van von der den de del della di da das dos du la le ten ter zu y e af av")
_LEGAL_FORMS = _words(
    "gmbh ag kg ohg ug mbh co kgaa bv nv vof ltd limited plc llc llp lp inc corp corporation sa sas sarl sarlu sasu "
    "srl spa sl slu lda ab oy as aps se eg ev sc scrl cv"
)


fold = fold_words  # casefolded, accents removed, punctuation turned into spaces (cardscan.text)


def match_name(contact: Contact) -> str:
    """The person's name for comparison: folded, without titles such as Dr. or PhD."""
    parts = [contact.value(k) for k in ("given_name", "middle_name", "family_name")]
    text = " ".join(p for p in parts if p) or (contact.value("name") or "")
    return " ".join(w for w in fold(text).split() if w not in _HONORIFICS)


def match_company(contact: Contact) -> str:
    # Dots go first, so that "B.V." and "S.p.A." fold to the legal forms "bv" and "spa".
    text = (contact.value("company") or "").replace(".", "")
    return " ".join(w for w in fold(text).split() if w not in _LEGAL_FORMS)


def name_blocks(name: str) -> set[str]:
    """Blocking keys: the first three letters of each significant word of the name."""
    return {w[:3] for w in name.split() if len(w) >= 2 and w not in _PARTICLES}


def email_keys(contact: Contact) -> set[str]:
    return {f.value.strip().lower() for f in contact.emails if f.value and "@" in f.value}


def phone_keys(contact: Contact) -> set[str]:
    # A fax number says little about who the person is.
    return {f.value.number for f in contact.phones if f.value.number and f.value.type != "fax"}


def names_similar(a: str, b: str) -> bool:
    """Very similar names, in any word order ("Berg, Anna" = "Anna Berg"). Not a mere subset: "José López" is not
    "Carmen José López Martínez". A single word ("Anna") says too little."""
    from rapidfuzz import fuzz

    if len(a.split()) < 2 or len(b.split()) < 2:
        return False
    return fuzz.token_sort_ratio(a, b) >= NAME_SCORE


def companies_similar(a: str, b: str) -> bool:
    """Similar companies: close spellings, or one name within the other ("Noord" and "Noord Consult")."""
    from rapidfuzz import fuzz

    return not a or not b or fuzz.token_ratio(a, b) >= COMPANY_SCORE


def names_clearly_differ(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    if not a or not b:
        return False
    if set(a.split()) & set(b.split()) - _PARTICLES:
        return False
    return fuzz.token_sort_ratio(a, b) < DIFFERENT_NAME_SCORE


@dataclass(frozen=True)
class MatchInfo:
    name: str
    company: str
    emails: frozenset[str]
    phones: frozenset[str]

    @classmethod
    def of(cls, contact: Contact) -> MatchInfo:
        return cls(match_name(contact), match_company(contact), frozenset(email_keys(contact)),
                   frozenset(phone_keys(contact)))

    def keys(self) -> Iterable[tuple[str, str]]:
        yield from (("email", e) for e in self.emails)
        yield from (("phone", p) for p in self.phones)
        yield from (("name", b) for b in name_blocks(self.name))


def duplicate_reason(a: MatchInfo, b: MatchInfo) -> str | None:
    """Why two cards are probably the same person, or None."""
    if a.emails & b.emails and not names_clearly_differ(a.name, b.name):
        return "email"
    if a.phones & b.phones and not names_clearly_differ(a.name, b.name):
        return "phone"
    if names_similar(a.name, b.name) and companies_similar(a.company, b.company):
        return "name"
    return None


# --- the tables ---


def remove_card_keys(conn: sqlite3.Connection, card_id: int) -> None:
    conn.execute("DELETE FROM card_keys WHERE card_id = ?", (card_id,))
    conn.execute("DELETE FROM card_match WHERE card_id = ?", (card_id,))
    conn.execute("DELETE FROM duplicate_pairs WHERE (card_a = ? OR card_b = ?) AND dismissed = 0", (card_id, card_id))


def refresh_card(conn: sqlite3.Connection, card_id: int, contact: Contact | None) -> None:
    """Recompute a card's match keys and probable duplicates (contact None: the card left the library's active
    cards, e.g. merged). Pairs the user dismissed stay dismissed."""
    remove_card_keys(conn, card_id)
    if contact is None:
        return
    info = MatchInfo.of(contact)
    conn.execute("INSERT INTO card_match (card_id, name, company) VALUES (?, ?, ?)",
                 (card_id, info.name, info.company))
    keys = list(info.keys())
    conn.executemany("INSERT OR IGNORE INTO card_keys (kind, key, card_id) VALUES (?, ?, ?)",
                     [(kind, key, card_id) for kind, key in keys])
    if not keys:
        return
    where = " OR ".join("(k.kind = ? AND k.key = ?)" for _ in keys)
    params: list[object] = [x for pair in keys for x in pair]
    rows = conn.execute(
        f"SELECT DISTINCT m.card_id, m.name, m.company FROM card_keys k JOIN card_match m ON m.card_id = k.card_id "
        f"WHERE ({where}) AND k.card_id != ?",
        [*params, card_id],
    ).fetchall()
    if not rows:
        return
    other_ids = [r[0] for r in rows]
    marks = ",".join("?" * len(other_ids))
    contacts: dict[int, tuple[set[str], set[str]]] = {i: (set(), set()) for i in other_ids}
    for cid, kind, key in conn.execute(
        f"SELECT card_id, kind, key FROM card_keys WHERE card_id IN ({marks}) AND kind != 'name'", other_ids
    ):
        contacts[cid][0 if kind == "email" else 1].add(key)
    found = []
    for cid, name, company in rows:
        emails, phones = contacts[cid]
        reason = duplicate_reason(info, MatchInfo(name, company, frozenset(emails), frozenset(phones)))
        if reason:
            found.append((min(cid, card_id), max(cid, card_id), reason))
    conn.executemany("INSERT OR IGNORE INTO duplicate_pairs (card_a, card_b, reason) VALUES (?, ?, ?)", found)


def probable_duplicates(conn: sqlite3.Connection, card_id: int) -> list[int]:
    rows = conn.execute(
        "SELECT card_b FROM duplicate_pairs WHERE card_a = ? AND dismissed = 0 "
        "UNION SELECT card_a FROM duplicate_pairs WHERE card_b = ? AND dismissed = 0",
        (card_id, card_id),
    ).fetchall()
    return sorted(r[0] for r in rows)


def all_duplicates(conn: sqlite3.Connection) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for a, b in conn.execute("SELECT card_a, card_b FROM duplicate_pairs WHERE dismissed = 0"):
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    for ids in out.values():
        ids.sort()
    return out
