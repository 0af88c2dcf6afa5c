"""The connection under a `Library`: opening, transactions and the file's identity.

Every method of the library runs in a short transaction of its own (writes under BEGIN IMMEDIATE, so two
processes wait for each other instead of failing), WAL mode lets readers go on while a scan writes, and
`busy_timeout` covers the wait. `batch()` groups several changes into one transaction and one undo step. After each
change the database file is checked to be the one that was opened (see `cardscan.store.rescue`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from cardscan.errors import LibraryError, LibraryMovedError
from cardscan.store import history
from cardscan.store.connection import connect, library_error
from cardscan.store.files import FileStore
from cardscan.store.paths import LibraryLocation, misplaced_files_dir, resolve_location
from cardscan.store.rescue import file_identity, rescue


class LibraryConnection:
    """Open with `Library.open(path)`; use as a context manager or call `close()`."""

    def __init__(self, location: LibraryLocation, conn: sqlite3.Connection, session: str) -> None:
        self.location = location
        self.session_id = session  # the changes of this Library object; `undo_last()` walks back through them
        self._conn = conn
        self._files = FileStore(location.files_dir)
        self._lock = threading.RLock()
        self._in_transaction = False
        self._step: int | None = None
        self._identity = file_identity(location.database)  # to notice the file deleted or replaced under us

    # --- opening ---

    @classmethod
    def open(cls, path: str | Path | LibraryLocation | None = None, *, create: bool = True,
             session: str | None = None) -> Self:
        """Open (or, with create, make) the library at `path` (None: the default folder).

        Raises LibraryError (missing with create=False, unusable), LibraryCorruptError or LibraryTooNewError; a file
        that is refused is left exactly as it was."""
        location = path if isinstance(path, LibraryLocation) else resolve_location(path)
        conn = connect(location, create=create)
        library = cls(location, conn, session or f"{os.getpid()}-{uuid.uuid4().hex[:12]}")
        library._gather_misplaced_files()
        return library

    def _gather_misplaced_files(self) -> None:
        """Images an older cardscan wrote to `<stem>-files/` beside the database join `files/`."""
        misplaced = misplaced_files_dir(self.location)
        if misplaced is None or not misplaced.is_dir():
            return
        try:
            self._files.adopt(misplaced)
        except (OSError, LibraryError):
            pass  # tried again at the next open; the images stay where they are meanwhile

    @property
    def path(self) -> Path:
        return self.location.database

    def close(self) -> None:
        """Close; the changes made so far are synced to disk first."""
        with self._lock:
            try:
                if not self._conn.in_transaction:
                    self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # syncs the WAL (and what it can copy)
            except sqlite3.Error:
                pass  # closing must not fail: every commit is in the WAL already
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # --- transactions ---

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise library_error(exc, self.path) from exc

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._in_transaction or self._conn.in_transaction:
                yield self._conn
                return
            with self._guard():
                self._conn.execute("BEGIN")
                try:
                    yield self._conn
                finally:
                    if self._conn.in_transaction:
                        self._conn.execute("COMMIT")

    @contextmanager
    def _write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction (joined when one is open). durable: the commit waits until it is on disk (the WAL
        synced: it then survives a power cut; every commit survives a crash of the process anyway)."""
        with self._lock:
            if self._in_transaction:
                yield self._conn
                return
            if self._conn.in_transaction:
                raise RuntimeError("a change cannot be made while reading (inside a read transaction)")
            committed = False
            with self._guard():
                if durable:
                    self._conn.execute("PRAGMA synchronous = FULL")
                self._conn.execute("BEGIN IMMEDIATE")
                self._in_transaction, self._step = True, None
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                    committed = True
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
                finally:
                    self._in_transaction = False
                    if durable:
                        self._conn.execute("PRAGMA synchronous = NORMAL")
            if committed:
                self.check_in_place()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several changes as one transaction (all or nothing) and one undo step."""
        with self._write():
            yield

    # For the store's own modules (cardscan.store.followthrough): the same transactions.

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._read()

    def writing(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._write()

    def _step_id(self, conn: sqlite3.Connection) -> int:
        if self._step is None:
            self._step = history.next_step(conn)
        return self._step

    def check_in_place(self) -> None:
        """Raise LibraryMovedError when the library file was deleted or replaced since it was opened (after each
        change, and whenever the caller likes): the open database, the last change included, is first saved
        (back at its path if that is free, else beside it) and the library goes on with that copy."""
        with self._lock:
            if self._identity is None or self._conn.in_transaction or file_identity(self.path) == self._identity:
                return
            gone = self.path
            try:
                where = rescue(self._conn, gone)
            except (OSError, sqlite3.Error) as exc:
                self._identity = None  # said once
                raise LibraryMovedError(f"{gone}: the library file was deleted or replaced while cardscan was "
                                        f"using it, and its copy could not be saved ({exc})",
                                        hint="changes from now on are lost: quit and check the library") from exc
            self._conn.close()
            self.location = LibraryLocation(where, self.location.files_dir)
            self._conn = connect(self.location, create=False)
            self._identity = file_identity(where)
            raise LibraryMovedError(f"{gone}: the library file was deleted or replaced while cardscan was using it; "
                                    f"everything it held, the changes of this session included, is saved in {where}",
                                    hint="cardscan goes on with that file")
