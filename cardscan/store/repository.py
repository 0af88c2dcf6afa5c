"""Rows to cards and back: the queries behind the library."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cardscan.model import Card, Contact, Pocket
from cardscan.store.summaries import DERIVED_COLUMNS, derived_columns

CARD_COLUMNS = (
    "c.id, d.contact, c.pocket, c.note, c.follow_up, c.event, c.met_on, p.source_path, c.card_index, d.quad, "
    "c.crop_file, c.qr, d.ocr_text, c.created_at, c.follow_up_done, c.keep_warm"
)
ORDERS = {
    "oldest": "c.created_at, c.id",
    "newest": "c.created_at DESC, c.id DESC",
    "id": "c.id",
    "follow_up": "c.follow_up IS NULL, c.follow_up, c.created_at, c.id",
}


def card_from_row(row: tuple[Any, ...], files_root: Path, tags: list[str], duplicates: list[int]) -> Card:
    return Card(
        contact=Contact.from_json(json.loads(row[1])),
        id=row[0],
        pocket=Pocket(row[2]),
        note=row[3],
        follow_up=date.fromisoformat(row[4]) if row[4] else None,
        tags=tags,
        event=row[5],
        met_on=date.fromisoformat(row[6]) if row[6] else None,
        source_path=row[7],
        card_index=row[8],
        quad=[(float(x), float(y)) for x, y in json.loads(row[9])],
        crop_path=str(files_root / row[10]) if row[10] else None,
        qr=bool(row[11]),
        text=row[12],
        created_at=datetime.fromisoformat(row[13]),
        duplicate_of=duplicates,
        follow_up_done=date.fromisoformat(row[14]) if row[14] else None,
        keep_warm=row[15],
    )


def card_filter(*, pocket: Pocket | None, event: str | None, order: str, include_merged: bool = False,
                ids: Iterable[int] | None = None) -> tuple[str, list[Any], str]:
    """The WHERE clause, its parameters and the ORDER BY of a card query (cards c JOIN photos p)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; one of {', '.join(ORDERS)}")
    where: list[str] = []
    params: list[Any] = []
    if not include_merged:
        where.append("c.merged_into IS NULL")
    if pocket is not None:
        where.append("c.pocket = ?")
        params.append(str(pocket))
    if event is not None:
        where.append("c.event = ?")
        params.append(event)
    if ids is not None:
        id_list = list(ids)
        where.append(f"c.id IN ({','.join('?' * len(id_list))})")
        params.extend(id_list)
    return ("WHERE " + " AND ".join(where) if where else ""), params, ORDERS[order]


def select_cards(conn: sqlite3.Connection, *, pocket: Pocket | None, event: str | None, order: str,
                 include_merged: bool = False, ids: Iterable[int] | None = None) -> list[tuple[Any, ...]]:
    where, params, order_by = card_filter(pocket=pocket, event=event, order=order, include_merged=include_merged,
                                          ids=ids)
    sql = (f"SELECT {CARD_COLUMNS} FROM cards c JOIN photos p ON p.id = c.photo_id "
           f"JOIN card_contents d ON d.card_id = c.id {where} ORDER BY {order_by}")
    return conn.execute(sql, params).fetchall()


def tags_by_card(conn: sqlite3.Connection, card_ids: list[int] | None = None) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    if card_ids is None:
        rows: Iterable[tuple[int, str]] = conn.execute("SELECT card_id, tag FROM card_tags ORDER BY card_id, position")
    else:
        marks = ",".join("?" * len(card_ids))
        rows = conn.execute(
            f"SELECT card_id, tag FROM card_tags WHERE card_id IN ({marks}) ORDER BY card_id, position", card_ids
        )
    for card_id, tag in rows:
        out.setdefault(card_id, []).append(tag)
    return out


def active_duplicates(conn: sqlite3.Connection, card_ids: list[int] | None = None) -> dict[int, list[int]]:
    """Probable duplicates (not dismissed, neither side merged), by card."""
    sql = (
        "SELECT d.card_a, d.card_b FROM duplicate_pairs d JOIN cards a ON a.id = d.card_a "
        "JOIN cards b ON b.id = d.card_b WHERE d.dismissed = 0 AND a.merged_into IS NULL AND b.merged_into IS NULL"
    )
    params: list[int] = []
    if card_ids is not None:
        marks = ",".join("?" * len(card_ids))
        sql += f" AND (d.card_a IN ({marks}) OR d.card_b IN ({marks}))"
        params = [*card_ids, *card_ids]
    out: dict[int, list[int]] = {}
    for a, b in conn.execute(sql, params):
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    for v in out.values():
        v.sort()
    return out


def insert_photo(conn: sqlite3.Connection, *, sha256: str, source_path: str, stored_file: str | None,
                 taken_at: datetime | None, event: str | None, card_count: int, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO photos (sha256, source_path, stored_file, taken_at, event, card_count, scanned_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (sha256, source_path, stored_file, taken_at.isoformat() if taken_at else None, event, card_count, now),
    )
    return int(cur.lastrowid or 0)


def insert_card(conn: sqlite3.Connection, *, photo_id: int, card: Card, crop_file: str | None, event: str | None,
                met_on: date | None, now: str) -> int:
    stored = card.contact.to_json()
    contact_json = json.dumps(stored, ensure_ascii=False)
    cur = conn.execute(
        f"INSERT INTO cards (photo_id, card_index, crop_file, qr, {', '.join(DERIVED_COLUMNS)}, pocket, note, "
        "follow_up, event, met_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', NULL, "
        "?, ?, ?, ?)",
        (photo_id, card.card_index, crop_file, int(card.qr), *derived_columns(stored), event,
         met_on.isoformat() if met_on else None, now, now),
    )
    conn.execute(
        "INSERT INTO card_contents (card_id, original, contact, quad, ocr_text) VALUES (?, ?, ?, ?, ?)",
        (cur.lastrowid, contact_json, contact_json, json.dumps([[float(x), float(y)] for x, y in card.quad]),
         card.text),
    )
    return int(cur.lastrowid or 0)


def events(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Events with their number of cards, the most recent first."""
    rows = conn.execute(
        "SELECT event, count(*), max(created_at) AS latest FROM cards WHERE merged_into IS NULL AND event IS NOT NULL "
        "GROUP BY event ORDER BY latest DESC, event"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def counts(conn: sqlite3.Connection, event: str | None) -> dict[Pocket, int]:
    out = {p: 0 for p in Pocket}
    sql = "SELECT pocket, count(*) FROM cards WHERE merged_into IS NULL"
    params: list[str] = []
    if event is not None:
        sql += " AND event = ?"
        params.append(event)
    for pocket, n in conn.execute(sql + " GROUP BY pocket", params):
        out[Pocket(pocket)] = n
    return out
