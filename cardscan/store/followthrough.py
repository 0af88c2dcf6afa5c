"""What happens after the evening, in the library: follow-ups marked done, keep-warm cadences, calls and
introductions logged, and the history the journal is made of.

Done and keep-warm are changes of the card like any other (logged, undoable step by step in triage); calls and
introductions are entries of their own (`interactions`), one row per person, so each contact's timeline shows
them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from cardscan.errors import CardNotFoundError, LibraryError
from cardscan.model import KEEP_WARM_CADENCES
from cardscan.store.library import Library
from cardscan.store.paths import path_text

KINDS = ("call", "intro")


@dataclass(frozen=True)
class Interaction:
    id: int
    card_id: int
    kind: str  # call or intro
    other_card_id: int | None  # intro: the person introduced to
    note: str
    at: datetime  # aware


@dataclass(frozen=True)
class NoteEntry:
    card_id: int
    at: datetime  # aware: when the note was last changed that day
    text: str  # the note as it stood then


@dataclass(frozen=True)
class DoneEntry:
    card_id: int
    at: datetime
    day: date


def _now() -> datetime:
    return datetime.now(UTC)


def _live(conn: sqlite3.Connection, card_id: int) -> None:
    row = conn.execute("SELECT merged_into FROM cards WHERE id = ?", (card_id,)).fetchone()
    if row is None:
        raise CardNotFoundError(f"no card {card_id} in the library", hint="cardscan list shows the ids")
    if row[0] is not None:
        raise LibraryError(f"card {card_id} was merged into card {row[0]}", hint=f"use card {row[0]}")


def mark_done(library: Library, card_id: int, day: date | None) -> bool:
    """Mark the card's follow-up done on `day` (None: not done). False when it already was so."""
    return library.record_change(card_id, "follow_up_done", day.isoformat() if day else None) is not None


def set_keep_warm(library: Library, card_id: int, cadence: str | None) -> bool:
    """weekly, monthly, quarterly, or None (off). False when it already was so."""
    if cadence is not None and cadence not in KEEP_WARM_CADENCES:
        raise ValueError(f"keep_warm {cadence!r}: one of {', '.join(KEEP_WARM_CADENCES)} or off")
    return library.record_change(card_id, "keep_warm", cadence) is not None


def log_call(library: Library, card_id: int, note: str = "", at: datetime | None = None) -> Interaction:
    return _log(library, [(card_id, None)], "call", note, at)[0]


def log_intro(library: Library, a: int, b: int, note: str = "", at: datetime | None = None) -> list[Interaction]:
    """Log that `a` and `b` were introduced to each other (one entry each)."""
    if a == b:
        raise LibraryError(f"cannot introduce card {a} to itself")
    return _log(library, [(a, b), (b, a)], "intro", note, at)


def _log(library: Library, rows: list[tuple[int, int | None]], kind: str, note: str,
         at: datetime | None) -> list[Interaction]:
    when = (at or _now()).astimezone(UTC)
    text = path_text(note.replace("\r\n", "\n").replace("\r", "\n").strip())
    out = []
    with library.writing() as conn:
        for card_id, other in rows:
            _live(conn, card_id)
            cur = conn.execute(
                "INSERT INTO interactions (card_id, kind, other_card_id, note, at) VALUES (?, ?, ?, ?, ?)",
                (card_id, kind, other, text, when.isoformat(timespec="seconds")))
            out.append(Interaction(int(cur.lastrowid or 0), card_id, kind, other, text, when))
    return out


def interactions(library: Library, card_id: int | None = None, kind: str | None = None,
                 since: datetime | None = None) -> list[Interaction]:
    """Logged calls and introductions, oldest first."""
    where: list[str] = []
    params: list[Any] = []
    for column, value in (("card_id = ?", card_id), ("kind = ?", kind)):
        if value is not None:
            where.append(column)
            params.append(value)
    if since is not None:
        where.append("at >= ?")
        params.append(since.astimezone(UTC).isoformat(timespec="seconds"))
    sql = "SELECT id, card_id, kind, other_card_id, note, at FROM interactions"
    sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY at, id"
    with library.reading() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [Interaction(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5])) for r in rows]


def introduced_pairs(library: Library) -> set[frozenset[int]]:
    """Every pair of cards already introduced to each other."""
    with library.reading() as conn:
        rows = conn.execute("SELECT card_id, other_card_id FROM interactions WHERE kind = 'intro'").fetchall()
    return {frozenset((a, b)) for a, b in rows if b is not None}


def note_history(library: Library, card_id: int | None = None) -> list[NoteEntry]:
    """The note of each card as it stood at the end of each day it was written (notes are saved as they are
    typed: one entry per card and day, not per key), oldest first. Undone changes are left out."""
    sql = "SELECT card_id, at, new FROM changes WHERE kind = 'note' AND undone_at IS NULL"
    params: list[Any] = []
    if card_id is not None:
        sql += " AND card_id = ?"
        params.append(card_id)
    with library.reading() as conn:
        rows = conn.execute(sql + " ORDER BY id", params).fetchall()
    last: dict[tuple[int, date], NoteEntry] = {}
    for cid, at, new in rows:
        when = datetime.fromisoformat(at)
        text = json.loads(new) or ""
        last[(cid, when.astimezone().date())] = NoteEntry(cid, when, text)
    return sorted((e for e in last.values() if e.text.strip()), key=lambda e: (e.at, e.card_id))


def done_history(library: Library, card_id: int | None = None) -> list[DoneEntry]:
    """Follow-ups marked done (and still done), oldest first."""
    sql = "SELECT id, follow_up_done FROM cards WHERE follow_up_done IS NOT NULL AND "
    params: list[Any] = []
    if card_id is None:
        sql += "merged_into IS NULL"
    else:
        sql += "id = ?"
        params.append(card_id)
    with library.reading() as conn:
        rows = conn.execute(sql, params).fetchall()
        out = []
        for cid, day in rows:
            change = conn.execute("SELECT at FROM changes WHERE card_id = ? AND kind = 'follow_up_done' AND "
                                  "undone_at IS NULL ORDER BY id DESC LIMIT 1", (cid,)).fetchone()
            d = date.fromisoformat(day)
            at = datetime.fromisoformat(change[0]) if change else datetime(d.year, d.month, d.day, tzinfo=UTC)
            out.append(DoneEntry(cid, at, d))
    return sorted(out, key=lambda e: (e.day, e.card_id))
