"""A library that cannot be used as it is gets a clear error, and is never modified ("repaired") by cardscan."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from test_store_factory import add, person, random_contacts

from cardscan.errors import LibraryCorruptError, LibraryError, LibraryTooNewError
from cardscan.store import Library, schema


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _library(tmp_path: Path, cards: int = 3) -> Path:
    with Library.open(tmp_path / "lib") as lib:
        contacts = random_contacts(cards, seed=3)
        for i, c in enumerate(contacts):
            add(lib, f"p{i}", c)
    return tmp_path / "lib" / "library.sqlite"


def test_random_bytes(tmp_path: Path) -> None:
    db = tmp_path / "cards.sqlite"
    db.write_bytes(random.Random(1).randbytes(8192))
    before = _snapshot(tmp_path)
    with pytest.raises(LibraryCorruptError, match=r"not a cardscan library \(not an SQLite database\)") as err:
        Library.open(db)
    assert str(db) in err.value.user_message()
    assert _snapshot(tmp_path) == before  # not changed, and no -wal/-shm files left beside it


def test_a_text_file_named_as_a_library(tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n")
    with pytest.raises(LibraryCorruptError):
        Library.open(db)  # an existing file is taken as the database, and refused
    assert db.read_text() == "my notes\n"


def test_an_empty_file(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    db.write_bytes(b"")
    with pytest.raises(LibraryCorruptError, match="empty"):
        Library.open(tmp_path)
    assert db.read_bytes() == b""


def test_a_truncated_library(tmp_path: Path) -> None:
    db = _library(tmp_path, cards=30)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = _snapshot(db.parent)
    with pytest.raises(LibraryCorruptError, match="truncated"):
        Library.open(db.parent)
    assert _snapshot(db.parent) == before


def test_damaged_pages_are_reported_not_repaired(tmp_path: Path) -> None:
    db = _library(tmp_path, cards=60)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) > 6 * page
    data[3 * page : 6 * page] = random.Random(2).randbytes(3 * page)  # garbage in the middle, header intact
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    with Library.open(db.parent) as lib, pytest.raises(LibraryCorruptError, match="the library file is damaged"):
        lib.list_cards()
    assert db.read_bytes() == before


def test_an_sqlite_database_of_another_program(tmp_path: Path) -> None:
    db = tmp_path / "places.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(LibraryError, match="another program"):
        Library.open(db)
    assert db.read_bytes() == before


def test_a_library_of_a_newer_cardscan(tmp_path: Path) -> None:
    db = _library(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.schema_version() + 1}")
    conn.commit()
    conn.close()
    before = _snapshot(db.parent)
    with pytest.raises(LibraryTooNewError, match="newer cardscan") as err:
        Library.open(db.parent)
    assert "upgrade cardscan" in err.value.user_message()
    assert _snapshot(db.parent) == before


def test_newer_version_still_in_the_wal_is_seen(tmp_path: Path) -> None:
    """The header on disk can lag behind the WAL: the check on the open database catches that too."""
    db = _library(tmp_path)
    keeper = sqlite3.connect(db)  # keeps the WAL from being checkpointed into the file on close
    keeper.execute("SELECT count(*) FROM cards").fetchone()
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {schema.schema_version() + 5}")
    writer.commit()
    writer.close()
    try:
        assert int.from_bytes(db.read_bytes()[60:64], "big") == schema.schema_version()  # header not updated yet
        with pytest.raises(LibraryTooNewError):
            Library.open(db.parent)
    finally:
        keeper.close()


def test_a_folder_where_the_database_should_be(tmp_path: Path) -> None:
    (tmp_path / "lib" / "library.sqlite").mkdir(parents=True)
    with pytest.raises(LibraryError, match="is a folder"):
        Library.open(tmp_path / "lib")


def test_library_created_atomically_leaves_no_temp_files(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as lib:
        add(lib, "p", person("Anna van den Berg"))
    names = sorted(p.name for p in (tmp_path / "lib").iterdir())
    assert names == ["files", "library.sqlite"]
