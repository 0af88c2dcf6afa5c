"""The card library: creating, storing scans, reading, editing, events, migrations (real SQLite, real files)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from test_store_factory import add, jpeg, person, photo_sha, random_contacts

from cardscan.errors import CardNotFoundError, InputFileError, LibraryError
from cardscan.model import Address, Card, Phone, Pocket
from cardscan.store import Library, default_event_name, resolve_location, schema
from cardscan.store.files import FileStore


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


def test_a_folder_library_holds_the_database_and_files(tmp_path: Path) -> None:
    folder = tmp_path / "my cards"
    with Library.open(folder) as lib:
        assert lib.path == folder / "library.sqlite"
        assert lib.path.is_file()
        assert not (folder / "files").exists()  # created on the first write only
        add(lib, "p1", person("Anna van den Berg"))
        assert (folder / "files").is_dir()


def test_a_database_path_keeps_its_files_beside_it(tmp_path: Path) -> None:
    loc = resolve_location(tmp_path / "work.sqlite")
    assert loc.database == tmp_path / "work.sqlite"
    assert loc.files_dir == tmp_path / "work-files"
    with Library.open(tmp_path / "work.sqlite") as lib:
        [card_id] = add(lib, "p1", person("Anna van den Berg"))
        assert Path(lib.get_card(card_id).crop_path or "").parent.parent == tmp_path / "work-files"
    # An existing file is the database, whatever its name.
    (tmp_path / "work.sqlite").rename(tmp_path / "cards")
    assert resolve_location(tmp_path / "cards").database == tmp_path / "cards"


def test_a_read_only_command_does_not_create_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="no card library at"):
        Library.open(tmp_path / "nothing", create=False)
    assert not (tmp_path / "nothing").exists()


def test_the_same_photo_twice_adds_nothing(lib: Library) -> None:
    ids = add(lib, "p1", person("Anna van den Berg"), person("Marco Rossi"))
    assert len(ids) == 2
    assert lib.has_photo(photo_sha("p1"))
    assert add(lib, "p1", person("Anna van den Berg"), person("Marco Rossi")) == []
    assert [c.id for c in lib.list_cards()] == ids


def test_cards_come_back_as_stored(lib: Library) -> None:
    contact = random_contacts(1, seed=7)[0]
    [card_id] = lib.add_photo(
        sha256=photo_sha("p"), source_path="photos/p.jpg", photo_path=None, taken_at=datetime(2026, 10, 14, 18, 5),
        event="expo 2026-10-14",
        cards=[(Card(contact=contact, card_index=0, quad=[(1.5, 2), (90, 3), (91, 60), (2, 58)], qr=True,
                     text="all the text"), jpeg(1))],
    )
    card = lib.get_card(card_id)
    assert card.contact == contact
    assert card.pocket == Pocket.PENDING
    assert (card.event, card.met_on, card.source_path) == ("expo 2026-10-14", date(2026, 10, 14), "photos/p.jpg")
    assert card.quad == [(1.5, 2.0), (90.0, 3.0), (91.0, 60.0), (2.0, 58.0)]
    assert card.qr and card.text == "all the text"
    assert card.created_at is not None
    crop = Path(card.crop_path or "")
    assert crop.is_absolute()
    assert crop.read_bytes() == jpeg(1)
    assert crop.name == hashlib.sha256(jpeg(1)).hexdigest() + ".jpg"
    assert crop.parent.name == crop.name[:2]


def test_the_photo_is_kept_content_addressed(tmp_path: Path, lib: Library) -> None:
    photo = tmp_path / "IMG_0001.JPEG"
    photo.write_bytes(b"\xff\xd8 photo bytes " * 100)
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    [card_id] = lib.add_photo(sha256=digest, source_path=str(photo), photo_path=photo, taken_at=None, event=None,
                              cards=[(Card(contact=person("Anna van den Berg")), jpeg(2))])
    info = lib.photo_of(card_id)
    assert info.source_path == str(photo)
    assert info.stored_path is not None and info.stored_path.name == digest + ".jpg"
    assert info.stored_path.read_bytes() == photo.read_bytes()
    # Deleting the original loses nothing.
    photo.unlink()
    assert info.stored_path.read_bytes().startswith(b"\xff\xd8 photo")
    assert lib.check_integrity() == []


def test_a_photo_that_changed_while_scanned_is_refused(tmp_path: Path, lib: Library) -> None:
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"new content")
    with pytest.raises(InputFileError, match="changed while it was being scanned"):
        lib.add_photo(sha256=hashlib.sha256(b"old content").hexdigest(), source_path=str(photo), photo_path=photo,
                      taken_at=None, event=None, cards=[(Card(contact=person("A B")), jpeg(3))])
    assert lib.list_cards() == []
    assert not lib.has_photo(hashlib.sha256(b"old content").hexdigest())


def test_a_photo_without_cards_counts_as_scanned_and_failures_are_remembered(lib: Library) -> None:
    assert add(lib, "empty") == []
    assert lib.has_photo(photo_sha("empty"))
    lib.record_failure("photos/bad.jpg", photo_sha("bad"), "no business card found in the image")
    assert lib.last_failure(photo_sha("bad")) == "no business card found in the image"
    assert not lib.has_photo(photo_sha("bad"))


def test_filters_and_counts(lib: Library) -> None:
    a = add(lib, "p1", person("Anna van den Berg"), person("Marco Rossi"), event="expo")
    b = add(lib, "p2", person("Ines Moreau"), event="summit")
    lib.set_pocket(a[0], Pocket.KEEP)
    lib.set_pocket(b[0], "discard")
    assert [c.id for c in lib.list_cards(pocket="keep")] == [a[0]]
    assert [c.id for c in lib.list_cards(pocket=Pocket.PENDING)] == [a[1]]
    assert [c.id for c in lib.list_cards(event="summit")] == b
    assert [c.id for c in lib.list_cards(order="newest")] == [b[0], a[1], a[0]]
    assert lib.counts() == {Pocket.KEEP: 1, Pocket.DISCARD: 1, Pocket.PENDING: 1}
    assert lib.counts(event="expo") == {Pocket.KEEP: 1, Pocket.DISCARD: 0, Pocket.PENDING: 1}
    assert lib.events() == [("summit", 1), ("expo", 2)]


def test_note_follow_up_tags(lib: Library) -> None:
    [card_id] = add(lib, "p1", person("Anna van den Berg"))
    lib.set_note(card_id, "Wants the catalogue.\r\nCall after the fair.")
    lib.set_follow_up(card_id, date(2026, 10, 17))
    lib.set_tags(card_id, [" supplier ", "NL", "nl", "", "urgent  lead"])
    card = lib.get_card(card_id)
    assert card.note == "Wants the catalogue.\nCall after the fair."
    assert card.follow_up == date(2026, 10, 17)
    assert card.tags == ["supplier", "NL", "urgent lead"]
    lib.set_follow_up(card_id, None)
    assert lib.get_card(card_id).follow_up is None


def test_edits_are_stored_as_edits_and_the_scan_stays(lib: Library) -> None:
    contact = person("Anna van den Berg", company="Stichting Noord", emails=("anna@noord.nl",),
                     phones=("+31201234567",))
    [card_id] = add(lib, "p1", contact)
    lib.edit_field(card_id, "title", "Projectmanager")
    lib.edit_field(card_id, "company", "Stichting Noord")  # unchanged: no edit
    lib.edit_field(card_id, "phones", [Phone("+31201234567", "work", "+31201234567"), Phone("+31612345678", "mobile")])
    lib.edit_field(card_id, "address", Address(city="Amsterdam", country="NL"))
    now = lib.get_card(card_id).contact
    assert now.title is not None and (now.title.value, now.title.confidence, now.title.source) == (
        "Projectmanager", 1.0, "user")
    assert now.phones[0] == contact.phones[0]  # the number that was there keeps its confidence and source
    assert (now.phones[1].value.number, now.phones[1].source) == ("+31612345678", "user")
    assert now.address is not None and now.address.value.city == "Amsterdam"
    assert lib.original_contact(card_id) == contact
    edits = [c for c in lib.history(card_id) if c.kind == "field"]
    assert sorted(c.field for c in edits) == ["address", "phones", "title"]
    lib.edit_field(card_id, "title", None)
    assert lib.get_card(card_id).contact.title is None
    with pytest.raises(ValueError):
        lib.edit_field(card_id, "nickname", "x")


def test_unknown_card(lib: Library) -> None:
    with pytest.raises(CardNotFoundError, match="no card 42"):
        lib.get_card(42)
    with pytest.raises(CardNotFoundError):
        lib.set_pocket(42, "keep")


def test_everything_survives_closing_and_reopening(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as lib:
        [card_id] = add(lib, "p1", person("Anna van den Berg"))
        lib.set_pocket(card_id, "keep")
        lib.set_note(card_id, "Ünïcode note ✓")
        lib.edit_field(card_id, "title", "Directrice")
    with Library.open(tmp_path / "lib", create=False) as lib:
        card = lib.get_card(card_id)
        assert (card.pocket, card.note, card.contact.value("title")) == (Pocket.KEEP, "Ünïcode note ✓", "Directrice")
        assert lib.check_integrity() == []
    conn = sqlite3.connect(tmp_path / "lib" / "library.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version()
    conn.close()


def test_default_event_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_event_name("sample_cards/card1.jpg", datetime(2026, 10, 14, 9, 0)) == "sample_cards 2026-10-14"
    assert default_event_name("/data/Expo  Berlin/x.heic", None) == "Expo Berlin"
    assert default_event_name("/x.jpg", datetime(2026, 1, 2)) == "2026-01-02"
    monkeypatch.chdir(tmp_path)
    assert default_event_name("card.jpg", None) == tmp_path.name


def test_an_older_library_is_migrated_with_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library.open(tmp_path / "lib") as lib:
        [card_id] = add(lib, "p1", person("Anna van den Berg"))
    old_version = schema.schema_version()

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE cards ADD COLUMN rating INTEGER")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_column])
    with Library.open(tmp_path / "lib") as lib:
        assert lib.get_card(card_id).contact.value("name") == "Anna van den Berg"
    db = tmp_path / "lib" / "library.sqlite"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
    assert "rating" in [r[1] for r in conn.execute("PRAGMA table_info(cards)")]
    conn.close()
    backup = sqlite3.connect(tmp_path / "lib" / f"library.sqlite.schema{old_version}.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert backup.execute("SELECT count(*) FROM cards").fetchone()[0] == 1
    backup.close()


def test_files_are_content_addressed_copies_independent_of_the_original(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    photo = tmp_path / "IMG_1.heif"
    photo.write_bytes(b"photo bytes")
    digest = hashlib.sha256(b"photo bytes").hexdigest()
    rel = store.put_file(photo, digest)
    assert rel == f"{digest[:2]}/{digest}.heic"
    assert not os.path.samefile(store.absolute(rel), photo)  # a copy, never a hard link
    assert store.put_file(photo, digest) == rel  # idempotent
    # The user edits the original in place afterwards: the library's copy stays as it was scanned.
    with open(photo, "r+b") as f:
        f.write(b"PHOTO")
    assert store.absolute(rel).read_bytes() == b"photo bytes"
    # A stored file whose content no longer matches its name is replaced, never trusted.
    crop = store.put_bytes(b"crop")
    store.absolute(crop).write_bytes(b"tampered")
    assert store.put_bytes(b"crop") == crop
    assert store.absolute(crop).read_bytes() == b"crop"
    assert not [p for p in (tmp_path / "files").rglob("*.tmp")]
