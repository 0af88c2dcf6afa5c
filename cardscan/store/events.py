"""Event names: which meeting a card comes from."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from collections import Counter
from datetime import datetime


def default_event_name(source_path: str, taken_at: datetime | None) -> str:
    """The folder the photo is in plus the day it was taken: "sample_cards 2026-10-14".

    The folder alone when the date is unknown; the date alone (or "photos") when the photo has no folder name.
    A relative path is taken from the current folder.
    """
    folder = os.path.basename(os.path.dirname(os.path.abspath(source_path))) if source_path else ""
    folder = event_text(folder)
    day = taken_at.date().isoformat() if taken_at is not None else ""
    return " ".join(x for x in (folder, day) if x) or "photos"


def event_text(name: str) -> str:
    """An event name in one form: whitespace collapsed and Unicode composed (NFC), so a folder name spelled with
    combining accents (as macOS writes them) and one with precomposed letters make one event."""
    return unicodedata.normalize("NFC", " ".join(name.split()))


def photo_folder(source_path: str) -> str:
    """The folder a photo is in, as an absolute path (a relative path is taken from the current folder)."""
    return os.path.dirname(os.path.abspath(source_path)) if source_path else ""


def _same_folder_photos(conn: sqlite3.Connection, source_path: str, event_like: str,
                        dated: bool) -> list[tuple[int, str]]:
    folder = photo_folder(source_path)
    rows = conn.execute(
        f"SELECT id, source_path, event FROM photos WHERE taken_at IS {'NOT ' if dated else ''}NULL "
        "AND event LIKE ? ESCAPE '\\'", (event_like,)).fetchall()
    return [(r[0], r[2]) for r in rows if photo_folder(r[1]) == folder]


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def folder_event(conn: sqlite3.Connection, source_path: str) -> str | None:
    """The event the dated photos of this photo's folder were given automatically (the most common one), or None."""
    bare = default_event_name(source_path, None)
    found = Counter(event for _id, event in _same_folder_photos(conn, source_path, _like_prefix(bare) + " %",
                                                                dated=True))
    return found.most_common(1)[0][0] if found else None


def gather_undated(conn: sqlite3.Connection, source_path: str, event: str) -> None:
    """A dated photo was stored under `event` (its folder and day): the undated photos of its folder stored
    earlier under the bare folder name join it, with their cards."""
    bare = default_event_name(source_path, None)
    ids = [photo_id for photo_id, _event in _same_folder_photos(conn, source_path, _like_prefix(bare), dated=False)]
    for photo_id in ids:
        conn.execute("UPDATE photos SET event = ? WHERE id = ?", (event, photo_id))
        conn.execute("UPDATE cards SET event = ? WHERE photo_id = ? AND event = ?", (event, photo_id, bare))
