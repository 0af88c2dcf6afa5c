"""The library's images are found whatever path opens it: a library folder and its `library.sqlite` are one
library with one `files/` folder; images an earlier in-app scan put in `library-files/` are moved back on open."""

from __future__ import annotations

from pathlib import Path

from test_store_factory import add, person

from cardscan.store import Library, resolve_location


def test_the_database_of_a_library_folder_is_the_same_library(tmp_path: Path) -> None:
    folder = resolve_location(tmp_path / "lib")
    by_file = resolve_location(tmp_path / "lib" / "library.sqlite")
    assert by_file == folder
    assert by_file.files_dir == tmp_path / "lib" / "files"
    other = resolve_location(tmp_path / "contacts.sqlite")  # a database named by the user keeps its own folder
    assert other.files_dir == tmp_path / "contacts-files"


def test_opening_by_the_database_file_writes_images_to_the_library_folder(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as lib:
        add(lib, "a", person("Anna Vogt"))
    with Library.open(tmp_path / "lib" / "library.sqlite") as lib:  # what the in-app scan was handed
        add(lib, "b", person("Ben Holm"))
        assert lib.check_integrity() == []
    with Library.open(tmp_path / "lib") as lib:
        assert lib.check_integrity() == []
        crops = [Path(card.crop_path or "") for card in lib.list_cards()]
        assert len(crops) == 2 and all(p.is_file() and p.parent.parent == tmp_path / "lib" / "files" for p in crops)
    assert not (tmp_path / "lib" / "library-files").exists()


def test_images_in_the_wrong_folder_are_moved_back_on_open(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    with Library.open(path) as lib:
        add(lib, "a", person("Anna Vogt"), person("Ben Holm"))
        add(lib, "b", person("Cleo Dahl"))
    files, wrong = path / "files", path / "library-files"
    crops = sorted(p.relative_to(files) for p in files.rglob("*") if p.is_file())
    assert len(crops) == 3
    # What the in-app scan of earlier versions left behind: two images only in library-files/, one in both.
    for relative in crops:
        (wrong / relative).parent.mkdir(parents=True, exist_ok=True)
        (wrong / relative).write_bytes((files / relative).read_bytes())
    for relative in crops[:2]:
        (files / relative).unlink()
    with Library.open(path) as lib:
        assert lib.check_integrity() == []
    assert sorted(p.relative_to(files) for p in files.rglob("*") if p.is_file()) == crops
    assert not wrong.exists()


def test_another_database_named_library_keeps_its_images(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.db") as lib:  # images in library-files/, by its name
        add(lib, "a", person("Anna Vogt"))
    with Library.open(tmp_path) as lib:  # the folder library beside it must not take them
        assert lib.list_cards() == []
    with Library.open(tmp_path / "library.db") as lib:
        assert lib.check_integrity() == []
