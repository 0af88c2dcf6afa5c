"""Opening the library's SQLite database: checks first, then the connection settings every process uses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cardscan.errors import LibraryCorruptError, LibraryError
from cardscan.store import schema
from cardscan.store.paths import DATABASE_NAME, LibraryLocation

BUSY_TIMEOUT_S = 10.0  # how long a writer waits for another process's transaction before giving up


def connect(location: LibraryLocation, *, create: bool) -> sqlite3.Connection:
    """A connection to the library at `location`: checked, migrated, in WAL mode with foreign keys on.

    An existing library that cannot be opened for writing (a full disk, a read-only file system or folder) is
    opened read-only: listing, showing and exporting still work, and a change says why it cannot be made."""
    db = location.database
    if db.is_dir():
        raise LibraryError(f"{db}: is a folder, not a library file")
    if not db.exists():
        if not create:
            where = location.folder if db.name == DATABASE_NAME else db
            raise LibraryError(f"no card library at {where}",
                               hint="scan photos first (cardscan scan PHOTOS), or point --library at a library")
        try:
            schema.create_database(db)
        except sqlite3.DatabaseError as exc:  # e.g. the disk filled up while the schema was written
            raise library_error(exc, db) from exc
    schema.check_file(db)  # before SQLite touches the file
    try:
        return _open(db, read_only=False)
    except LibraryError as exc:
        if not _cannot_write(exc):
            raise
        for immutable in (False, True):
            try:
                return _open(db, read_only=True, immutable=immutable)
            except LibraryError:
                pass
        raise exc from None


def _wal_has_changes(db: Path) -> bool:
    try:
        return db.with_name(db.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _cannot_write(exc: LibraryError) -> bool:
    cause = str(exc.__cause__ or "").lower()
    return any(word in cause for word in ("disk i/o", "full", "readonly", "read-only", "unable to open"))


def _open(db: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    """read_only: SQLite's read-only mode; immutable: SQLite reads the file as it is, without any lock or -shm
    file (on a full disk SQLite can create neither), only where no write-ahead log holds changes not yet in it."""
    if immutable and _wal_has_changes(db):
        raise LibraryError(f"{db}: the library's recent changes cannot be read without writing")
    try:
        if read_only:
            query = "mode=ro&immutable=1" if immutable else "mode=ro"
            conn = sqlite3.connect(f"{db.as_uri()}?{query}", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise LibraryError(f"{db}: cannot open the library ({exc})") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if read_only:
            # Exclusive locking before the first read: SQLite then keeps the WAL's index in memory instead of the
            # -shm file, which cannot be created on a full disk or a read-only file system. (Nobody else can
            # write meanwhile; nobody could anyway.)
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        schema.verify_open(conn, db)  # nothing is written before this
        conn.execute("PRAGMA foreign_keys = ON")
        # NORMAL: a commit survives a crash of cardscan (kill -9) at once, and a power cut once the WAL is synced
        # (at the next durable commit, checkpoint or close; the OS writes it back within seconds anyway), and the
        # library is consistent in every case. A keypress in triage must not wait for the disk (an fsync takes
        # 0.2 to 10 ms); Library.add_photo commits with FULL: a scan's results are synced before it goes on.
        conn.execute("PRAGMA synchronous = NORMAL")
        if read_only:
            if schema.verify_open(conn, db) != schema.schema_version():
                raise LibraryError(f"{db}: the library needs an update, which cannot be written now",
                                   hint="free some disk space or make the library writable")
        else:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            schema.migrate(conn, db)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise library_error(exc, db) from exc
        raise
    return conn


def library_error(exc: sqlite3.DatabaseError, db: Path) -> LibraryError:
    """The user-facing error for an SQLite error."""
    text = str(exc)
    low = text.lower()
    if "malformed" in low or "not a database" in low or "disk image" in low:
        return LibraryCorruptError(f"{db}: the library file is damaged ({text})",
                                   hint="cardscan leaves it as it is; restore it from a backup")
    if "locked" in low or "busy" in low:
        return LibraryError(f"{db}: the library stayed busy for over {BUSY_TIMEOUT_S:.0f} s ({text})",
                            hint="another cardscan is writing to it; try again")
    if "readonly" in low or "read-only" in low:
        return LibraryError(f"{db}: cannot write to the library (read-only)",
                            hint="the disk may be full, or the file, its folder or the file system read-only; "
                                 "listing, showing and exporting still work")
    if "full" in low:
        return LibraryError(f"{db}: the disk is full", hint="free some space; nothing was lost")
    return LibraryError(f"{db}: {text}")
