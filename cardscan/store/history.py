"""Every change a user makes to a card, with its old and new value, so each step can be undone.

A change has a kind (pocket, note, follow_up, tags, field, merged_into,
not_duplicate) and, for kind 'field', the contact field it edits. Values are
kept as JSON. A step groups the changes of one user action; undoing a step
puts back every old value, last change first, but only where the value is
still what the step left: a later change made elsewhere (another process, the
command line) is never overwritten.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cardscan.errors import LibraryError
from cardscan.model import Contact
from cardscan.store import duplicates
from cardscan.store.summaries import DERIVED_COLUMNS, derived_columns

KINDS = ("pocket", "note", "follow_up", "tags", "field", "merged_into", "not_duplicate", "follow_up_done", "keep_warm")
# Kinds that are one column of the cards table.
CARD_COLUMN_KINDS = ("pocket", "note", "follow_up", "merged_into", "follow_up_done", "keep_warm")


class UndoConflictError(LibraryError):
    """A step cannot be undone because its card was changed again since."""


@dataclass(frozen=True)
class Change:
    id: int
    step: int
    session: str
    card_id: int
    kind: str
    field: str  # the contact field (kind 'field'), the other card's id (kind 'not_duplicate'), else ""
    old: Any  # JSON value: str, list, dict, int, bool or None
    new: Any
    at: datetime
    undone_at: datetime | None = None
    undo_result: str | None = None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def describe(self) -> str:
        what = f"{self.field}" if self.kind == "field" else self.kind.replace("_", "-")
        return f"card {self.card_id}: {what}"


CHANGE_COLUMNS = "id, step, session, card_id, kind, field, old, new, at, undone_at, undo_result"


def change_from_row(row: tuple[Any, ...]) -> Change:
    return Change(
        id=row[0], step=row[1], session=row[2], card_id=row[3], kind=row[4], field=row[5],
        old=json.loads(row[6]), new=json.loads(row[7]), at=datetime.fromisoformat(row[8]),
        undone_at=datetime.fromisoformat(row[9]) if row[9] else None, undo_result=row[10],
    )


# --- reading and writing one value of a card ---


def get_value(conn: sqlite3.Connection, card_id: int, kind: str, field: str) -> Any:
    if kind in CARD_COLUMN_KINDS:
        row = conn.execute(f"SELECT {kind} FROM cards WHERE id = ?", (card_id,)).fetchone()
        return row[0]
    if kind == "tags":
        return [r[0] for r in conn.execute("SELECT tag FROM card_tags WHERE card_id = ? ORDER BY position",
                                           (card_id,))]
    if kind == "field":
        contact = json.loads(conn.execute("SELECT contact FROM card_contents WHERE card_id = ?",
                                          (card_id,)).fetchone()[0])
        return contact.get(field) or None
    if kind == "not_duplicate":
        a, b = sorted((card_id, int(field)))
        row = conn.execute("SELECT dismissed FROM duplicate_pairs WHERE card_a = ? AND card_b = ?", (a, b)).fetchone()
        return bool(row and row[0])
    raise ValueError(f"unknown kind of change: {kind}")


def set_value(conn: sqlite3.Connection, card_id: int, kind: str, field: str, value: Any, now: str) -> None:
    if kind in CARD_COLUMN_KINDS:
        conn.execute(f"UPDATE cards SET {kind} = ?, updated_at = ? WHERE id = ?", (value, now, card_id))
        if kind == "merged_into":
            refresh_duplicates(conn, card_id)
    elif kind == "tags":
        conn.execute("DELETE FROM card_tags WHERE card_id = ?", (card_id,))
        conn.executemany("INSERT INTO card_tags (card_id, position, tag) VALUES (?, ?, ?)",
                         [(card_id, i, t) for i, t in enumerate(value)])
        conn.execute("UPDATE cards SET updated_at = ? WHERE id = ?", (now, card_id))
    elif kind == "field":
        contact = json.loads(conn.execute("SELECT contact FROM card_contents WHERE card_id = ?",
                                          (card_id,)).fetchone()[0])
        if value is None or value == []:
            contact.pop(field, None)
        else:
            contact[field] = value
        conn.execute("UPDATE card_contents SET contact = ? WHERE card_id = ?",
                     (json.dumps(contact, ensure_ascii=False), card_id))
        assignments = ", ".join(f"{c} = ?" for c in DERIVED_COLUMNS)
        conn.execute(f"UPDATE cards SET {assignments}, updated_at = ? WHERE id = ?",
                     (*derived_columns(contact), now, card_id))
        refresh_duplicates(conn, card_id)
    elif kind == "not_duplicate":
        a, b = sorted((card_id, int(field)))
        conn.execute("UPDATE duplicate_pairs SET dismissed = ? WHERE card_a = ? AND card_b = ?", (int(value), a, b))
    else:
        raise ValueError(f"unknown kind of change: {kind}")


def refresh_duplicates(conn: sqlite3.Connection, card_id: int) -> None:
    row = conn.execute("SELECT d.contact, c.merged_into FROM cards c JOIN card_contents d ON d.card_id = c.id "
                       "WHERE c.id = ?", (card_id,)).fetchone()
    contact = Contact.from_json(json.loads(row[0])) if row[1] is None else None
    duplicates.refresh_card(conn, card_id, contact)


# --- recording and undoing ---


def record(conn: sqlite3.Connection, *, step: int, session: str, card_id: int, kind: str, field: str,
           new: Any, now: str) -> Change | None:
    """Set a value and log the change; nothing is logged when the value is already `new`."""
    old = get_value(conn, card_id, kind, field)
    if _same(old, new):
        return None
    set_value(conn, card_id, kind, field, new, now)
    cur = conn.execute(
        "INSERT INTO changes (step, session, card_id, kind, field, old, new, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (step, session, card_id, kind, field, _dump(old), _dump(new), now),
    )
    return Change(cur.lastrowid or 0, step, session, card_id, kind, field, old, new, datetime.fromisoformat(now))


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _same(a: Any, b: Any) -> bool:
    return _dump(a) == _dump(b)


def next_step(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(step), 0) + 1 FROM changes").fetchone()[0])


def step_changes(conn: sqlite3.Connection, step: int) -> list[Change]:
    rows = conn.execute(f"SELECT {CHANGE_COLUMNS} FROM changes WHERE step = ? ORDER BY id", (step,)).fetchall()
    return [change_from_row(r) for r in rows]


def conflicts(conn: sqlite3.Connection, changes: list[Change]) -> list[Change]:
    """The changes of a step whose value was changed again after the step."""
    out = []
    for c in changes:
        later = conn.execute(
            "SELECT 1 FROM changes WHERE card_id = ? AND kind = ? AND field = ? AND id > ? AND step != ? "
            "AND undone_at IS NULL LIMIT 1",
            (c.card_id, c.kind, c.field, c.id, c.step),
        ).fetchone()
        if later or not _same(get_value(conn, c.card_id, c.kind, c.field), _last_new(changes, c)):
            out.append(c)
    return out


def _last_new(changes: list[Change], c: Change) -> Any:
    """What the step as a whole left in the value `c` changed (a step may change one value twice)."""
    same = [x for x in changes if (x.card_id, x.kind, x.field) == (c.card_id, c.kind, c.field)]
    return same[-1].new


def revert_step(conn: sqlite3.Connection, changes: list[Change], now: str) -> None:
    for c in reversed(changes):
        set_value(conn, c.card_id, c.kind, c.field, c.old, now)
    mark(conn, changes, now, "reverted")


def mark(conn: sqlite3.Connection, changes: list[Change], now: str, result: str) -> None:
    conn.executemany("UPDATE changes SET undone_at = ?, undo_result = ? WHERE id = ?",
                     [(now, result, c.id) for c in changes])


def last_step(conn: sqlite3.Connection, session: str) -> int | None:
    row = conn.execute(
        "SELECT max(step) FROM changes WHERE session = ? AND undone_at IS NULL", (session,)
    ).fetchone()
    return row[0]


def history(conn: sqlite3.Connection, *, card_id: int | None, session: str | None, limit: int) -> list[Change]:
    where: list[str] = []
    params: list[Any] = []
    if card_id is not None:
        where.append("card_id = ?")
        params.append(card_id)
    if session is not None:
        where.append("session = ?")
        params.append(session)
    sql = f"SELECT {CHANGE_COLUMNS} FROM changes"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    return [change_from_row(r) for r in conn.execute(sql, [*params, limit])]
