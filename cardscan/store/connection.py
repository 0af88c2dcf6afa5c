"""Opening the library's SQLite database: checks first, then the connection settings every process uses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cardscan.errors import LibraryCorruptError, LibraryError
from cardscan.store import schema
from cardscan.store.paths import DATABASE_NAME, LibraryLocation

BUSY_TIMEOUT_S = 10.0  # how long a writer waits for another process's transaction before giving up


def connect(location: LibraryLocation, *, create: bool) -> sqlite3.Connection:
    """A connection to the library at `location`: checked, migrated, in WAL mode with foreign keys on."""
    db = location.database
    if db.is_dir():
        raise LibraryError(f"{db}: is a folder, not a library file")
    if not db.exists():
        if not create:
            where = location.folder if db.name == DATABASE_NAME else db
            raise LibraryError(f"no card library at {where}",
                               hint="scan photos first (cardscan scan PHOTOS), or point --library at a library")
        schema.create_database(db)
    schema.check_file(db)  # before SQLite touches the file
    try:
        conn = sqlite3.connect(db, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise LibraryError(f"{db}: cannot open the library ({exc})") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        schema.verify_open(conn, db)  # nothing is written before this
        conn.execute("PRAGMA foreign_keys = ON")
        # NORMAL: a commit survives a crash of cardscan (kill -9) at once, and a power cut once the WAL is synced
        # (at the next durable commit, checkpoint or close; the OS writes it back within seconds anyway), and the
        # library is consistent in every case. A keypress in triage must not wait for the disk (an fsync takes
        # 0.2 to 10 ms); Library.add_photo commits with FULL: a scan's results are synced before it goes on.
        conn.execute("PRAGMA synchronous = NORMAL")
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
        return LibraryError(f"{db}: cannot write to the library (read-only)", hint="check the file's permissions")
    if "full" in low:
        return LibraryError(f"{db}: the disk is full", hint="free some space; nothing was lost")
    return LibraryError(f"{db}: {text}")
