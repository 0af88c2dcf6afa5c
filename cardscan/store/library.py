"""The card library: one SQLite database plus its content-addressed image files.

Every method runs in a short transaction of its own (see `cardscan.store.transactions`: the connection,
transactions, `batch()` for several changes as one undo step, and the check that the file is still there).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cardscan.display import strip_unsafe
from cardscan.errors import CardNotFoundError, LibraryError
from cardscan.model import Address, Card, Contact, Pocket
from cardscan.store import history, repository
from cardscan.store.duplicates import refresh_card
from cardscan.store.editing import field_json, normal_tags
from cardscan.store.events import default_event_name, event_text, folder_event, gather_undated
from cardscan.store.files import normal_suffix, sha256_bytes
from cardscan.store.history import Change, UndoConflictError
from cardscan.store.merging import merge_cards
from cardscan.store.paths import path_text
from cardscan.store.summaries import CardSummary, select_summaries, summary_from_row
from cardscan.store.transactions import LibraryConnection


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class PhotoInfo:
    sha256: str
    source_path: str  # as given to scan
    stored_path: Path | None  # the library's copy
    taken_at: datetime | None
    scanned_at: datetime


class Library(LibraryConnection):
    """Open with `Library.open(path)`; use as a context manager or call `close()`."""

    # For the store's own modules (cardscan.store.followthrough): the change log, beside `reading()` and
    # `writing()` of LibraryConnection.

    def record_change(self, card_id: int, kind: str, new: Any) -> Change | None:
        return self._change(card_id, kind, "", new)

    # --- scanning ---

    def has_photo(self, sha256: str) -> bool:
        with self._read() as conn:
            return conn.execute("SELECT 1 FROM photos WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def add_photo(self, *, sha256: str, source_path: str, photo_path: Path | None, taken_at: datetime | None,
                  event: str | None, cards: list[tuple[Card, bytes]], photo_data: bytes | None = None) -> list[int]:
        """Store the cards found in one photo, in one transaction; returns their new ids.

        Idempotent on the photo's sha256: a photo already in the library adds nothing (returns []). The image
        files are written first, so a crash leaves at most unreferenced files, never a card without its image.
        An empty `cards` records the photo as scanned with no card. Probable duplicates are flagged.
        The library keeps a copy of the photo: `photo_data` (the bytes that were read and hashed, preferred: the
        file may have changed or gone since) or else the file `photo_path`, checked against `sha256`.
        """
        indices = [card.card_index for card, _ in cards]
        if len(set(indices)) != len(indices):
            raise ValueError(f"card_index values of one photo must be distinct: {indices}")
        if self.has_photo(sha256):
            return []
        source_path = path_text(source_path)
        event = event_text(path_text(event)) if event is not None else None
        gather = taken_at is not None and event == default_event_name(source_path, taken_at)
        if photo_data is not None:
            if sha256_bytes(photo_data) != sha256:
                raise ValueError("photo_data does not match sha256")
            stored: str | None = self._files.put_bytes(photo_data, normal_suffix(source_path))
        else:
            stored = self._files.put_file(photo_path, sha256) if photo_path is not None else None
        crops = [self._files.put_bytes(data, _image_suffix(data)) if data else None for _, data in cards]
        now = _now()
        with self._write(durable=True) as conn:
            if conn.execute("SELECT 1 FROM photos WHERE sha256 = ?", (sha256,)).fetchone():
                return []  # another process stored it meanwhile
            photo_id = repository.insert_photo(conn, sha256=sha256, source_path=source_path, stored_file=stored,
                                               taken_at=taken_at, event=event, card_count=len(cards), now=now)
            ids = []
            for (card, _), crop in zip(cards, crops, strict=True):
                met_on = card.met_on or (taken_at.date() if taken_at else None)
                card_id = repository.insert_card(conn, photo_id=photo_id, card=card, crop_file=crop,
                                                 event=path_text(card.event) if card.event else event, met_on=met_on,
                                                 now=now)
                refresh_card(conn, card_id, card.contact)
                ids.append(card_id)
            if gather and event is not None:
                gather_undated(conn, source_path, event)
            return ids

    def event_for_photo(self, source_path: str, taken_at: datetime | None) -> str:
        """The event a photo is given when the scan names none: its folder and the day it was taken; a photo
        without a date joins the event of its folder's dated photos (its folder name alone when there are none)."""
        if taken_at is None:
            with self._read() as conn:
                found = folder_event(conn, path_text(source_path))
            if found is not None:
                return found
        return default_event_name(path_text(source_path), taken_at)

    def record_failure(self, source_path: str, sha256: str | None, reason: str) -> None:
        """Remember that a photo could not be scanned (it is not marked as scanned: a rescan tries again)."""
        with self._write() as conn:
            conn.execute("INSERT INTO scan_failures (source_path, sha256, reason, at) VALUES (?, ?, ?, ?)",
                         (path_text(source_path), sha256, path_text(reason), _now()))

    def last_failure(self, sha256: str) -> str | None:
        """Why the last scan of this photo failed, if it did."""
        with self._read() as conn:
            row = conn.execute("SELECT reason FROM scan_failures WHERE sha256 = ? ORDER BY id DESC LIMIT 1",
                               (sha256,)).fetchone()
        return row[0] if row else None

    # --- reading ---

    def list_cards(self, pocket: Pocket | str | None = None, event: str | None = None,
                   order: str = "oldest") -> list[Card]:
        """The cards (merged ones left out), with the user's edits applied and their probable duplicates.
        order: oldest, newest, id or follow_up."""
        with self._read() as conn:
            rows = repository.select_cards(conn, pocket=Pocket(pocket) if pocket else None, event=event, order=order)
            tags = repository.tags_by_card(conn)
            dups = repository.active_duplicates(conn)
        root = self._files.root
        return [repository.card_from_row(r, root, tags.get(r[0], []), dups.get(r[0], [])) for r in rows]

    def list_summaries(self, pocket: Pocket | str | None = None, event: str | None = None,
                       order: str = "oldest") -> list[CardSummary]:
        """As list_cards, as plain values (the scan contract's contact object, as JSON text): many times faster,
        for listing a whole library."""
        where, params, order_by = repository.card_filter(pocket=Pocket(pocket) if pocket else None, event=event,
                                                         order=order)
        with self._read() as conn:
            rows = select_summaries(conn, where, params, order_by)
            tags = repository.tags_by_card(conn)
            dups = repository.active_duplicates(conn)
        return [summary_from_row(r, tags.get(r[0], []), dups.get(r[0], [])) for r in rows]

    def get_card(self, card_id: int) -> Card:
        with self._read() as conn:
            return self._card(conn, card_id)

    def _card(self, conn: sqlite3.Connection, card_id: int) -> Card:
        rows = repository.select_cards(conn, pocket=None, event=None, order="id", include_merged=True,
                                       ids=[card_id])
        if not rows:
            raise CardNotFoundError(f"no card {card_id} in the library", hint="cardscan list shows the ids")
        tags = repository.tags_by_card(conn, [card_id]).get(card_id, [])
        dups = repository.active_duplicates(conn, [card_id]).get(card_id, [])
        return repository.card_from_row(rows[0], self._files.root, tags, dups)

    def original_contact(self, card_id: int) -> Contact:
        """The contact as scanned, before any edit."""
        with self._read() as conn:
            row = conn.execute("SELECT original FROM card_contents WHERE card_id = ?", (card_id,)).fetchone()
        if row is None:
            raise CardNotFoundError(f"no card {card_id} in the library")
        return Contact.from_json(json.loads(row[0]))

    def merged_into(self, card_id: int) -> int | None:
        """The card this one was merged into (it is then hidden from lists), or None."""
        with self._read() as conn:
            return self._merged_into(conn, card_id)

    def _merged_into(self, conn: sqlite3.Connection, card_id: int) -> int | None:
        row = conn.execute("SELECT merged_into FROM cards WHERE id = ?", (card_id,)).fetchone()
        if row is None:
            raise CardNotFoundError(f"no card {card_id} in the library", hint="cardscan list shows the ids")
        return row[0]

    def photo_of(self, card_id: int) -> PhotoInfo:
        with self._read() as conn:
            row = conn.execute(
                "SELECT p.sha256, p.source_path, p.stored_file, p.taken_at, p.scanned_at FROM cards c "
                "JOIN photos p ON p.id = c.photo_id WHERE c.id = ?", (card_id,)).fetchone()
        if row is None:
            raise CardNotFoundError(f"no card {card_id} in the library")
        return PhotoInfo(row[0], row[1], self._files.absolute(row[2]) if row[2] else None,
                         datetime.fromisoformat(row[3]) if row[3] else None, datetime.fromisoformat(row[4]))

    def probable_duplicates(self, card_id: int) -> list[int]:
        with self._read() as conn:
            self._merged_into(conn, card_id)
            return repository.active_duplicates(conn, [card_id]).get(card_id, [])

    def events(self) -> list[tuple[str, int]]:
        """(event, number of cards), the most recent event first."""
        with self._read() as conn:
            return repository.events(conn)

    def counts(self, event: str | None = None) -> dict[Pocket, int]:
        with self._read() as conn:
            return repository.counts(conn, event)

    # --- changing (each change is logged, and can be undone) ---

    def _change(self, card_id: int, kind: str, field: str, new: Any) -> Change | None:
        with self._write() as conn:
            into = self._merged_into(conn, card_id)
            if into is not None and kind != "merged_into":
                raise LibraryError(f"card {card_id} was merged into card {into}", hint=f"change card {into}")
            return history.record(conn, step=self._step_id(conn), session=self.session_id, card_id=card_id,
                                  kind=kind, field=field, new=new, now=_now())

    def set_pocket(self, card_id: int, pocket: Pocket | str) -> None:
        self._change(card_id, "pocket", "", str(Pocket(pocket)))

    def set_note(self, card_id: int, text: str) -> None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._change(card_id, "note", "", strip_unsafe(text, keep_newlines=True))  # no ESC... from a paste

    def set_follow_up(self, card_id: int, day: date | None) -> None:
        self._change(card_id, "follow_up", "", day.isoformat() if day else None)

    def set_tags(self, card_id: int, tags: list[str]) -> None:
        self._change(card_id, "tags", "", normal_tags(tags))

    def edit_field(self, card_id: int, field_name: str, value: str | list[Any] | Address | None) -> None:
        """A user edit of one contact field (stored as an edit: the scanned value stays in `original_contact`).

        value: str for a scalar field, a list for emails/phones/websites/social (str, Phone or SocialProfile items),
        an Address for address; None or empty clears the field. New values get confidence 1.0 and source "user";
        list items equal to ones already there keep theirs.
        """
        with self._write() as conn:
            current = self._card(conn, card_id).contact
            self._change(card_id, "field", field_name, field_json(current, field_name, value))

    def dismiss_duplicate(self, card_id: int, other_id: int) -> None:
        """The user says these two cards are not the same person: stop flagging them."""
        self._change(card_id, "not_duplicate", str(other_id), True)

    def merge(self, keep_id: int, other_id: int) -> Card:
        """Merge `other_id` into `keep_id` (one undo step). The other card is kept, marked merged and hidden."""
        if keep_id == other_id:
            raise LibraryError(f"cannot merge card {keep_id} with itself")
        with self._write() as conn:
            keep, other = self._card(conn, keep_id), self._card(conn, other_id)
            for card in (keep, other):
                into = self._merged_into(conn, card.id or 0)
                if into is not None:
                    raise LibraryError(f"card {card.id} was already merged into card {into}")
            result = merge_cards(keep, other)
            for field_name, value in result.fields.items():
                self._change(keep_id, "field", field_name, value)
            self._change(keep_id, "note", "", result.note)
            self._change(keep_id, "tags", "", result.tags)
            self._change(keep_id, "follow_up", "", result.follow_up.isoformat() if result.follow_up else None)
            self._change(keep_id, "pocket", "", str(result.pocket))
            self._change(other_id, "merged_into", "", keep_id)
            return self._card(conn, keep_id)

    # --- history and undo ---

    def history(self, card_id: int | None = None, session: str | None = None, limit: int = 1000) -> list[Change]:
        """Logged changes, newest first."""
        with self._read() as conn:
            return history.history(conn, card_id=card_id, session=session, limit=limit)

    def undo_last(self, session_id: str | None = None) -> list[Change]:
        """Undo the last step of a session (default: this Library's) not undone yet; returns its changes, [] when
        there is nothing left to undo. Call again to go further back, down to the session's first step.

        If the card was changed again elsewhere since that step, nothing is overwritten: the step is marked
        superseded (the next call goes on to the step before) and UndoConflictError says so."""
        session = session_id or self.session_id
        with self._write() as conn:
            step = history.last_step(conn, session)
            if step is None:
                return []
            changes = history.step_changes(conn, step)
            if history.conflicts(conn, changes):
                history.mark(conn, changes, _now(), "superseded")
            else:
                history.revert_step(conn, changes, _now())
                return changes
        raise _conflict(changes)

    def revert_change(self, change_id: int) -> list[Change]:
        """Undo the step that change `change_id` belongs to; UndoConflictError if its card changed since."""
        with self._write() as conn:
            row = conn.execute("SELECT step, undone_at FROM changes WHERE id = ?", (change_id,)).fetchone()
            if row is None:
                raise LibraryError(f"no change {change_id} in the library")
            if row[1] is not None:
                raise LibraryError(f"change {change_id} was already undone")
            changes = history.step_changes(conn, row[0])
            if not history.conflicts(conn, changes):
                history.revert_step(conn, changes, _now())
                return changes
        raise _conflict(changes)

    # --- checks ---

    def check_integrity(self) -> list[str]:
        """Problems found (empty: all is well): SQLite's integrity check, foreign keys, missing image files."""
        with self._read() as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
            files = [r[0] for r in conn.execute(
                "SELECT crop_file FROM cards WHERE crop_file IS NOT NULL "
                "UNION SELECT stored_file FROM photos WHERE stored_file IS NOT NULL")]
        problems += [f"missing file: {f}" for f in files if not self._files.absolute(f).is_file()]
        return problems


def _conflict(changes: list[Change]) -> UndoConflictError:
    what = ", ".join(sorted({c.describe() for c in changes}))
    return UndoConflictError(f"not undone: {what} changed again since", hint="the later change was kept")


def _image_suffix(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return ".png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return ".jpg"
