"""Events: photos without a date join the event of their folder's dated photos (whichever is stored first), and
a folder name in NFC or NFD is one event; `list` keeps the end of an event name, which tells events apart."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from test_store_factory import jpeg, person, photo_sha

from cardscan.cli import main
from cardscan.commands.listing import shorten_middle
from cardscan.model import Card
from cardscan.store import Library

DAY = datetime(2026, 3, 13, 19, 0)


def store(lib: Library, source: str, taken_at: datetime | None, name: str) -> int:
    card = Card(contact=person(name), card_index=0, quad=[(0, 0), (1, 0), (1, 1), (0, 1)], source_path=source)
    (card_id,) = lib.add_photo(sha256=photo_sha(source), source_path=source, photo_path=None, taken_at=taken_at,
                               event=lib.event_for_photo(source, taken_at), cards=[(card, jpeg(len(source)))])
    return card_id


def test_photos_without_a_date_join_their_folders_event(tmp_path: Path) -> None:
    folder = tmp_path / "sample_cards"
    with Library.open(tmp_path / "lib") as lib:
        early = store(lib, str(folder / "a.png"), None, "Anna Vogt")  # before any dated photo of the folder
        store(lib, str(folder / "b.jpg"), DAY, "Ben Holm")
        late = store(lib, str(folder / "c.png"), None, "Cleo Dahl")  # after
        other = store(lib, str(tmp_path / "elsewhere" / "d.png"), None, "Dirk Lund")
        assert lib.get_card(early).event == lib.get_card(late).event == "sample_cards 2026-03-13"
        assert lib.get_card(other).event == "elsewhere"
        assert [name for name, _ in lib.events()] == ["elsewhere", "sample_cards 2026-03-13"]


def test_one_folder_name_in_nfc_and_nfd_is_one_event(tmp_path: Path) -> None:
    nfc, nfd = unicodedata.normalize("NFC", "Messe Zürich"), unicodedata.normalize("NFD", "Messe Zürich")
    assert nfc != nfd
    with Library.open(tmp_path / "lib") as lib:
        a = store(lib, str(tmp_path / nfc / "a.jpg"), DAY, "Anna Vogt")
        b = store(lib, str(tmp_path / nfd / "b.jpg"), DAY, "Ben Holm")
        assert lib.get_card(a).event == lib.get_card(b).event == "Messe Zürich 2026-03-13"
        assert len(lib.events()) == 1


def test_list_shortens_event_names_in_the_middle_and_takes_pocket_all(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert shorten_middle("sample_cards 2026-03-13", 16) == "sampl…2026-03-13"
    assert shorten_middle("short", 16) == "short"
    with Library.open(tmp_path / "lib") as lib:
        a = store(lib, str(tmp_path / "x" / "a.jpg"), DAY, "Anna Vogt")
        store(lib, str(tmp_path / "x" / "b.jpg"), DAY, "Ben Holm")
        lib.set_pocket(a, "keep")
    assert main(["--library", str(tmp_path / "lib"), "list", "--pocket", "all"]) == 0
    assert capsys.readouterr().out.count("\n") == 3  # header and both cards
    assert main(["--library", str(tmp_path / "lib"), "list", "--pocket", "keep"]) == 0
    assert capsys.readouterr().out.count("\n") == 2
