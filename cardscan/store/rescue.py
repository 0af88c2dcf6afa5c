"""A library file deleted or replaced while cardscan has it open.

SQLite keeps writing to the file it opened: once that file is unlinked (deleted by hand, or replaced by a sync
tool or a restore), every later change goes to a file nobody can see, and is lost when cardscan closes. The
`Library` notes the file's identity (device and inode) when it opens it and checks it after each change; when it
no longer matches, `rescue` copies the open database (SQLite's backup: consistent, the last change included) back
to the library's path if that is free, or else beside it, and the library goes on with the copy.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from cardscan.fileio import fsync_dir, remove_quietly

Identity = tuple[int, int]


def file_identity(path: Path) -> Identity | None:
    """(device, inode) of the file at `path`, None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def rescue(conn: sqlite3.Connection, database: Path) -> Path:
    """Copy the open database `conn` to `database` when nothing is there (its folder made again if it is gone),
    else to a new file beside it; returns where it went. Raises OSError or sqlite3.Error when it cannot."""
    folder = database.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{database.name}.", suffix=".rescue", dir=folder)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        where = database
        try:
            os.link(tmp, database)  # never over a file that is there (another library put in its place)
        except FileExistsError:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            where = database.with_name(f"{database.stem}.rescued-{stamp}{database.suffix}")
            os.link(tmp, where)
        fsync_dir(folder)
        return where
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
            remove_quietly(leftover)
