"""The library's tables, their migrations, and the checks made before a file is touched.

The schema version lives in `PRAGMA user_version`; `PRAGMA application_id`
marks the file as a cardscan library. A file that is not SQLite, is damaged or
truncated, belongs to another program, or was written by a newer cardscan is
refused with a clear error and left exactly as it is.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from cardscan.errors import InputFileError, LibraryCorruptError, LibraryError, LibraryTooNewError
from cardscan.fileio import open_regular

APPLICATION_ID = 0x43415244  # "CARD"
SQLITE_MAGIC = b"SQLite format 3\x00"

# Version 1: the first schema.
SCHEMA_V1 = """
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    source_path TEXT NOT NULL,             -- the photo as given to `cardscan scan`
    stored_file TEXT,                      -- its copy in files/ (relative path), if kept
    taken_at TEXT,                         -- ISO 8601, from EXIF
    event TEXT,
    card_count INTEGER NOT NULL,
    scanned_at TEXT NOT NULL
);

CREATE TABLE scan_failures (
    id INTEGER PRIMARY KEY,
    source_path TEXT NOT NULL,
    sha256 TEXT,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX scan_failures_sha256 ON scan_failures(sha256);

-- One row per card, kept narrow (listing 10,000 cards reads this table only); the bulky JSON is in card_contents.
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photos(id),
    card_index INTEGER NOT NULL,
    pocket TEXT NOT NULL DEFAULT 'pending' CHECK (pocket IN ('pending', 'keep', 'discard')),
    event TEXT,
    met_on TEXT,                           -- YYYY-MM-DD, the day the photo was taken
    follow_up TEXT,                        -- YYYY-MM-DD
    merged_into INTEGER REFERENCES cards(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    qr INTEGER NOT NULL DEFAULT 0,
    crop_file TEXT,                        -- straightened card image in files/ (relative path)
    note TEXT NOT NULL DEFAULT '',
    -- Derived from the contact (card_contents.contact) with every change of it, for fast listing:
    name TEXT,
    company TEXT,
    email TEXT,                            -- the first one
    phone TEXT,                            -- the first one (E.164)
    plain TEXT NOT NULL,                   -- the contact as Contact.to_dict() (the scan contract)
    confidence TEXT NOT NULL,              -- the contact's Contact.confidences()
    UNIQUE (photo_id, card_index)
);
CREATE TABLE card_contents (
    card_id INTEGER PRIMARY KEY REFERENCES cards(id),
    original TEXT NOT NULL,                -- Contact.to_json() as scanned, never changed
    contact TEXT NOT NULL,                 -- the same with the user's edits (changes of kind 'field') applied
    quad TEXT NOT NULL DEFAULT '[]',       -- JSON [[x, y], ...] in the photo
    ocr_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cards_event ON cards(event);
CREATE INDEX cards_pocket ON cards(pocket);
CREATE INDEX cards_created_at ON cards(created_at, id);

CREATE TABLE card_tags (
    card_id INTEGER NOT NULL REFERENCES cards(id),
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (card_id, position)
) WITHOUT ROWID;
CREATE INDEX card_tags_tag ON card_tags(tag);

-- Every change a user makes, with the value before and after (JSON), so that each step can be undone.
-- A step is one user action (a merge or a `cardscan set` with several fields is one step of several changes).
-- Changes of kind 'field' are the user's edits of contact fields: the OCR as scanned stays in card_contents.
CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    step INTEGER NOT NULL,
    session TEXT NOT NULL,
    card_id INTEGER NOT NULL REFERENCES cards(id),
    kind TEXT NOT NULL CHECK (kind IN ('pocket', 'note', 'follow_up', 'tags', 'field', 'merged_into',
                                       'not_duplicate')),
    field TEXT NOT NULL DEFAULT '',
    old TEXT NOT NULL,
    new TEXT NOT NULL,
    at TEXT NOT NULL,
    undone_at TEXT,
    undo_result TEXT CHECK (undo_result IN ('reverted', 'superseded'))
);
CREATE INDEX changes_step ON changes(step);
CREATE INDEX changes_session ON changes(session, step);
CREATE INDEX changes_card ON changes(card_id, kind, field);

-- What duplicate detection compares, kept up to date with each card's contact.
CREATE TABLE card_match (
    card_id INTEGER PRIMARY KEY REFERENCES cards(id),
    name TEXT NOT NULL,                    -- folded (case, accents) name without titles
    company TEXT NOT NULL                  -- folded company without legal form
);
CREATE TABLE card_keys (
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'name')),
    key TEXT NOT NULL,                     -- normalised email, E.164 phone, or name block
    card_id INTEGER NOT NULL REFERENCES cards(id),
    PRIMARY KEY (kind, key, card_id)
) WITHOUT ROWID;
CREATE INDEX card_keys_card ON card_keys(card_id);

CREATE TABLE duplicate_pairs (
    card_a INTEGER NOT NULL REFERENCES cards(id),
    card_b INTEGER NOT NULL REFERENCES cards(id),
    reason TEXT NOT NULL,                  -- email, phone or name
    dismissed INTEGER NOT NULL DEFAULT 0,  -- the user said: not the same person
    PRIMARY KEY (card_a, card_b),
    CHECK (card_a < card_b)
) WITHOUT ROWID;
CREATE INDEX duplicate_pairs_b ON duplicate_pairs(card_b);
"""

Migration = Callable[[sqlite3.Connection], None]


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SQL statements one by one inside the current transaction (unlike executescript, which commits)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement.strip()[:60]}")


def _create_v1(conn: sqlite3.Connection) -> None:
    execute_script(conn, SCHEMA_V1)


# Follow-through (issue 15): a follow-up can be marked done, a contact kept warm with a cadence; calls and
# introductions are logged. The changes table is rebuilt to admit the two new kinds of change (its CHECK).
SCHEMA_FOLLOW_THROUGH = """
ALTER TABLE cards ADD COLUMN follow_up_done TEXT;   -- YYYY-MM-DD: the day the follow-up was marked done
ALTER TABLE cards ADD COLUMN keep_warm TEXT CHECK (keep_warm IN ('weekly', 'monthly', 'quarterly'));

CREATE TABLE changes_new (
    id INTEGER PRIMARY KEY,
    step INTEGER NOT NULL,
    session TEXT NOT NULL,
    card_id INTEGER NOT NULL REFERENCES cards(id),
    kind TEXT NOT NULL CHECK (kind IN ('pocket', 'note', 'follow_up', 'tags', 'field', 'merged_into',
                                       'not_duplicate', 'follow_up_done', 'keep_warm')),
    field TEXT NOT NULL DEFAULT '',
    old TEXT NOT NULL,
    new TEXT NOT NULL,
    at TEXT NOT NULL,
    undone_at TEXT,
    undo_result TEXT CHECK (undo_result IN ('reverted', 'superseded'))
);
INSERT INTO changes_new SELECT id, step, session, card_id, kind, field, old, new, at, undone_at, undo_result
    FROM changes;
DROP TABLE changes;
ALTER TABLE changes_new RENAME TO changes;
CREATE INDEX changes_step ON changes(step);
CREATE INDEX changes_session ON changes(session, step);
CREATE INDEX changes_card ON changes(card_id, kind, field);

-- What was done with a contact after the evening: a call, or an introduction to another contact (one row per
-- person introduced, so each one's timeline shows it; `pair` groups the two rows of one introduction).
CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    card_id INTEGER NOT NULL REFERENCES cards(id),
    kind TEXT NOT NULL CHECK (kind IN ('call', 'intro')),
    other_card_id INTEGER REFERENCES cards(id),
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL                       -- ISO 8601 with time zone
);
CREATE INDEX interactions_card ON interactions(card_id, kind, at);
CREATE INDEX interactions_at ON interactions(at);
"""


def _add_follow_through(conn: sqlite3.Connection) -> None:
    execute_script(conn, SCHEMA_FOLLOW_THROUGH)


# MIGRATIONS[n] brings a library from version n to n + 1. Append, never edit.
MIGRATIONS: list[Migration] = [_create_v1, _add_follow_through]


def schema_version() -> int:
    """The newest schema this cardscan knows."""
    return len(MIGRATIONS)


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "big")


def check_file(database: Path) -> None:
    """Refuse, without opening it with SQLite, a file that cannot be a usable cardscan library."""
    try:
        with open_regular(str(database), None) as (f, st):  # never a pipe or a device: a regular file
            size = st.st_size
            header = f.read(100)
    except InputFileError as exc:
        if exc.reason != "empty file":
            raise LibraryError(f"{database}: cannot read the library ({exc.reason})") from exc
        size, header = 0, b""
    except OSError as exc:
        raise LibraryError(f"{database}: cannot read the library ({exc.strerror})") from exc
    hint = "cardscan leaves it as it is; point --library at another path, or restore the file from a backup"
    if size == 0:
        raise LibraryCorruptError(f"{database}: the library file is empty (0 bytes)", hint=hint)
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise LibraryCorruptError(f"{database}: not a cardscan library (not an SQLite database)", hint=hint)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise LibraryCorruptError(f"{database}: the library file is damaged (bad header)", hint=hint)
    pages = _u32(header, 28)
    header_size_valid = _u32(header, 24) == _u32(header, 92) and pages > 0
    # With a WAL beside it the file may be in the middle of a checkpoint by another process (its header can then
    # count pages not written yet): SQLite itself judges that case.
    try:
        wal_in_use = database.with_name(database.name + "-wal").stat().st_size > 0
    except OSError:
        wal_in_use = False
    if not wal_in_use and (size % page_size or (header_size_valid and size < pages * page_size)):
        raise LibraryCorruptError(
            f"{database}: the library file is damaged (truncated: {size} bytes of {pages * page_size})", hint=hint
        )
    if _u32(header, 68) != APPLICATION_ID:
        raise LibraryError(
            f"{database}: not a cardscan library (an SQLite database of another program)",
            hint="point --library at a cardscan library or at a new path",
        )
    if _u32(header, 60) > schema_version():
        raise too_new(database, _u32(header, 60))


def too_new(database: Path, version: int) -> LibraryTooNewError:
    return LibraryTooNewError(
        f"{database}: the library was written by a newer cardscan (schema {version}; this cardscan knows up to "
        f"{schema_version()})",
        hint="upgrade cardscan to use it; the library was left as it is",
    )


def verify_open(conn: sqlite3.Connection, database: Path) -> int:
    """Check an open library (authoritative: the header on disk can be older than the WAL). Returns its version."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise LibraryError(f"{database}: not a cardscan library (an SQLite database of another program)")
    if version > schema_version():
        raise too_new(database, version)
    return version


def migrate(conn: sqlite3.Connection, database: Path) -> None:
    """Bring an open library to the current schema, with a backup of the old file first.

    Runs under BEGIN IMMEDIATE, so two processes opening an old library at once migrate it once.
    """
    version = verify_open(conn, database)
    if version == schema_version():
        return
    backup = database.with_name(f"{database.name}.schema{version}.bak")
    if not backup.exists():
        _backup(conn, backup)  # (outside the write transaction: SQLite's backup cannot run inside it)
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = verify_open(conn, database)
        if version < schema_version():
            for step in MIGRATIONS[version:]:
                step(conn)
            conn.execute(f"PRAGMA user_version = {schema_version()}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _backup(conn: sqlite3.Connection, backup: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{backup.name}.", dir=backup.parent)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp)
        try:
            conn.backup(target)
        finally:
            target.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, backup)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def create_database(database: Path) -> None:
    """Create a new, complete library at `database`, atomically: the file appears with its whole schema or not
    at all, so a half-created library never exists. If another process creates it first, theirs is kept."""
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{database.name}.", suffix=".new", dir=database.parent)
    except OSError as exc:
        raise LibraryError(f"{database.parent}: cannot create the library folder ({exc.strerror})") from exc
    os.close(fd)
    os.unlink(tmp)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("BEGIN")
            for step in MIGRATIONS:
                step(conn)
            conn.execute(f"PRAGMA user_version = {schema_version()}")
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        try:
            os.link(tmp, database)  # fails if the file exists: never replaces a library
        except FileExistsError:
            pass
        except OSError:
            # A file system without hard links: fall back to a copy under an exclusive-create open.
            with open(tmp, "rb") as src, open(database, "xb") as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
    except FileExistsError:
        pass
    except OSError as exc:
        raise LibraryError(f"{database}: cannot create the library ({exc.strerror})") from exc
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            Path(leftover).unlink(missing_ok=True)
    fd = os.open(database.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
