"""`cardscan list`, `show`, `set` and `merge`, in-process through cli.main and as the installed command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from test_store_factory import add, person

from cardscan.cli import main
from cardscan.errors import ExitCode
from cardscan.model import Pocket
from cardscan.store import Library

CARDSCAN = Path(sys.executable).parent / "cardscan"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    with Library.open(path) as lib:
        add(lib, "booth", person("Dr. Anna van den Berg", company="Stichting Noord", emails=("anna@noord.nl",),
                                 phones=("+31201234567",), given="Anna", family="van den Berg", country="NL"),
            person("Marco Rossi", company="Rossi Costruzioni", emails=("marco@rossi.it",)), event="expo 2026-10-14")
        add(lib, "later", person("ANNA VAN DEN BERG", company="Noord", emails=("a.berg@gmail.com",)),
            event="summit 2027-03-02")
    return path


def run(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(library), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_lines(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, out, err = run(capsys, library, "list", "--json")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3]
    first = rows[0]
    assert list(first)[:8] == ["id", "pocket", "event", "note", "follow_up", "tags", "contact", "confidence"]
    assert (first["pocket"], first["event"], first["note"], first["follow_up"], first["tags"]) == (
        "pending", "expo 2026-10-14", "", None, [])
    with Library.open(library) as lib:
        assert first["contact"] == lib.get_card(1).contact.to_dict()
        assert first["confidence"] == lib.get_card(1).contact.confidences()
    assert first["contact"]["emails"] == ["anna@noord.nl"]
    assert first["duplicates"] == [3]  # the same name at a similar company


def test_list_filters(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    assert main(["--library", str(library), "set", "2", "pocket=keep"]) == 0
    capsys.readouterr()
    _, out, _ = run(capsys, library, "list", "--json", "--pocket", "keep")
    assert [json.loads(x)["id"] for x in out.splitlines()] == [2]
    _, out, _ = run(capsys, library, "list", "--json", "--event", "summit 2027-03-02", "--pocket", "pending")
    assert [json.loads(x)["id"] for x in out.splitlines()] == [3]
    _, out, _ = run(capsys, library, "list", "--json", "--duplicates")
    assert [json.loads(x)["id"] for x in out.splitlines()] == [1, 3]
    code, out, err = run(capsys, library, "list", "--event", "no such fair")
    assert code == ExitCode.USAGE and out == ""
    assert "no event 'no such fair'" in err and "expo 2026-10-14" in err


def test_list_plain_columns_when_piped(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, out, _ = run(capsys, library, "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert lines[0].split("\t")[:5] == ["id", "pocket", "event", "name", "company"]
    assert lines[1].split("\t")[:5] == ["1", "pending", "expo 2026-10-14", "Dr. Anna van den Berg", "Stichting Noord"]


def test_list_table_on_a_terminal(capsys: pytest.CaptureFixture[str], library: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = run(capsys, library, "list")
    out = re.sub(r"\x1b\[[0-9;]*m", "", out)  # colours
    assert code == 0
    assert "Dr. Anna van den Berg ≈3" in out
    assert "3 cards: 0 keep, 0 discard, 3 pending" in out


def test_show(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    main(["--library", str(library), "set", "1", "note=Wants the catalogue", "follow_up=2026-10-17", "tags=supplier",
          "title=Projectmanager"])
    capsys.readouterr()
    code, out, _ = run(capsys, library, "show", "1")
    assert code == 0
    assert "Card 1: Dr. Anna van den Berg  [pending]" in out
    assert "anna@noord.nl" in out and "+31201234567 (work)" in out
    assert "Projectmanager   (edited by you)" in out
    assert "Title        Projectmanager   (edited by you)\n             as scanned: (empty)" in out
    assert "Wants the catalogue" in out and "2026-10-17" in out and "supplier" in out
    assert "card 3: ANNA VAN DEN BERG, Noord  (cardscan merge 1 3)" in out
    assert "photos/booth.jpg (card 1)" in out
    code, out, _ = run(capsys, library, "show", "1", "--json")
    data = json.loads(out)
    assert data["contact"]["title"] == "Projectmanager" and data["original"]["title"] is None
    assert data["fields"]["title"]["source"] == "user"
    assert Path(data["crop"]).is_file()


def test_show_an_unknown_card(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, out, err = run(capsys, library, "show", "99")
    assert (code, out) == (ExitCode.USAGE, "")
    assert err == "cardscan: no card 99 in the library (cardscan list shows the ids)\n"


def test_set_fields(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, _, err = run(capsys, library, "set", "1", "pocket=keep", "note=Met at the booth\\nCall back",
                       "follow_up=2026-10-20", "tags=supplier, NL", "phone=020 765 4321",
                       "phones+=mobile:06 12345678", "email=Anna.Berg@Noord.NL", "website=www.Noord.nl/",
                       "city=Amsterdam", "company=  Stichting   Noord ")
    assert code == 0, err
    assert "card 1: changed" in err
    with Library.open(library) as lib:
        card = lib.get_card(1)
        assert card.pocket == Pocket.KEEP
        assert card.note == "Met at the booth\nCall back"
        assert card.follow_up == date(2026, 10, 20)
        assert card.tags == ["supplier", "NL"]
        c = card.contact.to_dict()
        assert c["phones"] == [{"number": "+31207654321", "type": "work", "text": "020 765 4321"},
                               {"number": "+31612345678", "type": "mobile", "text": "06 12345678"}]
        assert c["emails"] == ["anna.berg@noord.nl"]
        assert c["websites"] == ["https://www.noord.nl"]
        assert c["address"] == {"street": None, "postcode": None, "city": "Amsterdam", "region": None, "country": "NL"}
        assert c["company"] == "Stichting Noord"
        assert lib.original_contact(1).to_dict()["phones"][0]["number"] == "+31201234567"
        # One `set` is one undo step.
        assert len({ch.step for ch in lib.history(1)}) == 1
    code, _, _ = run(capsys, library, "set", "1", "follow_up=none", "title=")
    assert code == 0
    with Library.open(library) as lib:
        assert lib.get_card(1).follow_up is None


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("colour=red", "'colour' is not a field of a card"),
        ("pocket=maybe", "pocket 'maybe': one of keep, discard, pending"),
        ("follow_up=someday", "“someday” is not a date: write a date as 2026-12-18"),
        ("follow_up=31/02/2027", "is not a date"),
        ("email=anna-at-noord", "is not an email address"),
        ("phone=12", "is not a valid number for NL"),
        ("website=not a site", "is not a web address"),
        ("country=Netherlands", "two-letter ISO code"),
        ("pocket", "write FIELD=VALUE"),
        ("title+=x", "+= adds to lists, tags and the note only"),
    ],
)
def test_set_refuses_bad_values_and_changes_nothing(capsys: pytest.CaptureFixture[str], library: Path,
                                                    assignment: str, message: str) -> None:
    code, _, err = run(capsys, library, "set", "1", "note=should not be stored", assignment)
    assert code == ExitCode.USAGE
    assert message in err and err.count("\n") == 1
    with Library.open(library) as lib:
        assert lib.get_card(1).note == ""
        assert lib.history() == []


def test_a_new_name_brings_its_parts(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    assert run(capsys, library, "set", "2", "name=Ing. Marco De Luca")[0] == 0
    with Library.open(library) as lib:
        c = lib.get_card(2).contact.to_dict()
    assert (c["name"], c["prefix"], c["given_name"], c["family_name"]) == ("Ing. Marco De Luca", "Ing.", "Marco",
                                                                          "De Luca")
    assert run(capsys, library, "set", "2", "name=Marco Rossi", "family_name=Rossi Bianchi")[0] == 0
    with Library.open(library) as lib:
        c = lib.get_card(2).contact.to_dict()
    assert (c["name"], c["prefix"], c["family_name"]) == ("Marco Rossi", "Ing.", "Rossi Bianchi")


def test_set_phone_without_a_country(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, _, err = run(capsys, library, "set", "2", "phone=02 1234567")
    assert code == ExitCode.USAGE and "+country code" in err
    assert run(capsys, library, "set", "2", "phone=+39 02 1234 5678")[0] == 0


def test_merge(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    main(["--library", str(library), "set", "1", "note=first meeting"])
    main(["--library", str(library), "set", "3", "note=second meeting", "tags=quote"])
    capsys.readouterr()
    code, _, err = run(capsys, library, "merge", "1", "3")
    assert code == 0 and "merged card 3 into card 1 (Dr. Anna van den Berg)" in err
    _, out, _ = run(capsys, library, "list", "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == [1, 2]
    assert rows[0]["note"] == "first meeting\n--- card 3, summit 2027-03-02 ---\nsecond meeting"
    assert rows[0]["tags"] == ["quote"]
    assert rows[0]["contact"]["emails"] == ["anna@noord.nl", "a.berg@gmail.com"]
    code, out, _ = run(capsys, library, "show", "3")
    assert "Merged into card 1" in out
    code, _, err = run(capsys, library, "merge", "1", "3")
    assert code == ExitCode.USAGE and "already merged into card 1" in err
    code, _, err = run(capsys, library, "set", "3", "pocket=keep")
    assert code == ExitCode.USAGE and "merged into card 1" in err


def test_read_commands_on_a_missing_library_create_nothing(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    for args in (["list"], ["show", "1"], ["set", "1", "pocket=keep"], ["merge", "1", "2"]):
        code, out, err = run(capsys, tmp_path / "none", *args)
        assert (code, out) == (ExitCode.LIBRARY, "")
        assert "no card library at" in err
    assert not (tmp_path / "none").exists()


def test_a_corrupt_library_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "cards.sqlite"
    db.write_bytes(b"\x00garbage" * 1000)
    code, out, err = run(capsys, db, "list")
    assert (code, out) == (ExitCode.LIBRARY, "")
    assert err.startswith(f"cardscan: {db}: not a cardscan library") and err.count("\n") == 1
    assert db.read_bytes() == b"\x00garbage" * 1000


@pytest.mark.slow
def test_the_installed_command(library: Path, tmp_path: Path) -> None:
    env = {**os.environ, "CARDSCAN_LIBRARY": str(library)}
    done = subprocess.run([str(CARDSCAN), "list", "--json"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["contact"]["name"] for x in done.stdout.splitlines()] == [
        "Dr. Anna van den Berg", "Marco Rossi", "ANNA VAN DEN BERG"]
    done = subprocess.run([str(CARDSCAN), "--library", str(library), "set", "2", "pocket=discard"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([str(CARDSCAN), "list", "--pocket", "discard"], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.stdout.splitlines()[1].startswith("2\tdiscard\texpo 2026-10-14\tMarco Rossi\t")
    # `cardscan list | head -1` stops early without a traceback.
    head = subprocess.run(f"'{CARDSCAN}' list | head -1", shell=True, capture_output=True, text=True, env=env,
                          timeout=60)
    assert head.stdout.startswith("id\t") and head.stderr == ""
