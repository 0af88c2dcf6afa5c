"""Hostile use of the library commands (issue 13): text with terminal control sequences in file names, events and
fields; stdout on a full device; card ids that do not exist or do not fit; a config nested too deeply; `export
--force` aimed at something that is not a regular file; a library deleted or replaced while it is open. Every case
runs the real command (or the real app through Pilot) on a generated library."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest
from badinputs import CARDSCAN, cardscan_env, run_cardscan, stderr_lines
from tui_cards import make_library, new_app, open_session, run, shown_text

from cardscan.errors import LibraryMovedError
from cardscan.model import Card, Contact, Field
from cardscan.store import Library

# An OSC sequence that retitles the terminal window (ended by BEL), a colour change, a C1 CSI and a bidi override.
HOSTILE = "\x1b]0;pwned\x07\x1b[31m\x9b2J\u202e"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _raw_controls(text: str) -> list[str]:
    return [ch for ch in RAW if ch in text]


@pytest.fixture
def hostile_library(tmp_path: Path) -> tuple[Path, int]:
    """A library with one card whose source path, event, name, note and tags carry control sequences."""
    path = tmp_path / "library"
    with Library.open(path) as library:
        contact = Contact(name=Field(f"Anna {HOSTILE}Berg", 0.9, "Anna Berg"),
                          company=Field(f"Noord{HOSTILE}", 0.9, "Noord"))
        source = f"/photos/fair{HOSTILE}/IMG_0001.jpg"
        card = Card(contact=contact, card_index=0, quad=[(0, 0), (10, 0), (10, 10), (0, 10)], text=HOSTILE,
                    source_path=source)
        (card_id,) = library.add_photo(sha256="ab" * 32, source_path=source, photo_path=None, taken_at=None,
                                       event=f"Fair{HOSTILE} 2026-10-14", cards=[(card, b"")])
        library.set_note(card_id, "first line\nsecond")
    return path, card_id


def test_no_control_character_reaches_the_terminal_from_list_show_and_export(
        hostile_library: tuple[Path, int], tmp_path: Path) -> None:
    library, card_id = hostile_library
    for args in (["list"], ["list", "--json"], ["show", str(card_id)], ["show", "--json", str(card_id)],
                 ["export", "--format", "csv", "--pocket", "all", "--event", "nope", "-o", str(tmp_path / "x.csv")]):
        done = run_cardscan(library, *args)
        out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
        assert not _raw_controls(out) and not _raw_controls(err), (args, out, err)
        assert "Traceback" not in err
    listed = run_cardscan(library, "list")
    assert "\\x1b]0;pwned\\x07" in listed.stdout.decode()  # escaped, visible: the user sees what is there
    # JSON carries the text intact (escaped as JSON): a program reading it gets the real value back.
    record = json.loads(run_cardscan(library, "list", "--json").stdout)
    assert record["contact"]["name"] == f"Anna {HOSTILE}Berg"
    hint = stderr_lines(run_cardscan(library, "export", "--event", "nope", "-o", str(tmp_path / "y.vcf")))
    assert len(hint) == 1 and "events: Fair\\x1b]0;pwned" in hint[0]
    shown = run_cardscan(library, "show", str(card_id)).stdout.decode()
    assert "first line\n" in shown and "second" in shown  # a note keeps its lines


def test_show_on_a_terminal_escapes_the_card_text(hostile_library: tuple[Path, int]) -> None:
    """To a terminal `show` styles its lines (its own escape sequences): the card's sequences never pass."""
    library, card_id = hostile_library
    done = subprocess.run(["script", "-qec", f"{CARDSCAN} --library {library} show {card_id}", "/dev/null"],
                          capture_output=True, timeout=60, env={**cardscan_env(), "COLUMNS": "200", "TERM": "xterm"})
    text = done.stdout.decode("utf-8", "replace")
    assert "Anna " in text and "]0;pwned\x07" not in text and "\x9b" not in text and "\u202e" not in text, text


def test_the_triage_app_shows_the_met_line_and_fields_escaped(hostile_library: tuple[Path, int]) -> None:
    library_path, _ = hostile_library

    async def scenario() -> None:
        with Library.open(library_path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(140, 40)) as pilot:
                await pilot.pause()
                text = shown_text(app)
                assert "Met" in text and "Fair\\x1b]0;pwned\\x07" in text, text
                assert not _raw_controls(text)
                segments = [s.text for strip in app.screen._compositor.render_strips() for s in strip]
                assert not any(_raw_controls(t) for t in segments)

    run(scenario)


def test_set_drops_control_characters(hostile_library: tuple[Path, int]) -> None:
    library, card_id = hostile_library
    done = run_cardscan(library, "set", str(card_id), f"title=Chief{HOSTILE} Officer", f"tags=a{HOSTILE},b",
                        "note=line one\\nline\x1b[2J two", "city=Amster\x07dam")
    assert done.returncode == 0, done.stderr
    with Library.open(library) as lib:
        card = lib.get_card(card_id)
    assert card.contact.value("title") == "Chief]0;pwned[31m2J Officer"
    assert card.tags == ["a]0;pwned[31m2J", "b"]
    assert card.note == "line one\nline[2J two"
    assert card.contact.address is not None and card.contact.address.value.city == "Amsterdam"


def test_exit_codes_for_missing_and_impossible_ids(hostile_library: tuple[Path, int]) -> None:
    library, card_id = hostile_library
    for args in (["show", "999"], ["set", "999", "pocket=keep"], ["merge", str(card_id), "999"],
                 ["show", "99999999999999999999"], ["show", "0"], ["set", "-5", "pocket=keep"],
                 ["merge", "1", "99999999999999999999"]):
        done = run_cardscan(library, *args)
        lines = stderr_lines(done)
        assert done.returncode == 2, (args, lines)
        assert any("card" in line and ("id" in line or "no card" in line) for line in lines), lines


def test_a_config_nested_too_deeply_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    done = run_cardscan(tmp_path / "lib", "triage", env=cardscan_env(CARDSCAN_CONFIG_DIR=str(config)))
    lines = stderr_lines(done)
    assert done.returncode == 2 and len(lines) == 1 and "nested too deeply" in lines[0], lines


def test_stdout_on_a_full_device(hostile_library: tuple[Path, int]) -> None:
    library, card_id = hostile_library
    for args in (["list"], ["list", "--json"], ["show", str(card_id)], ["export", "--pocket", "all", "-o", "-"]):
        with open("/dev/full", "wb") as full:
            done = subprocess.run([str(CARDSCAN), "--library", str(library), *args], stdout=full,
                                  stderr=subprocess.PIPE, timeout=60, env=cardscan_env())
        lines = stderr_lines(done)
        assert done.returncode == 1, (args, lines)
        assert "cardscan: cannot write to stdout (no space left on device)" in lines[0], lines


def test_export_force_replaces_regular_files_only(hostile_library: tuple[Path, int], tmp_path: Path) -> None:
    library, _ = hostile_library
    fifo = tmp_path / "pipe.vcf"
    os.mkfifo(fifo)
    target = tmp_path / "real.vcf"
    target.write_text("old")
    link = tmp_path / "link.vcf"
    link.symlink_to(target)
    cases = {fifo: "a named pipe (FIFO)", link: "a symbolic link"}
    if os.geteuid() == 0:  # only root can make a device node: a copy of /dev/null, never /dev/null itself
        device = tmp_path / "null.vcf"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        cases[device] = "a device"
    for path, what in cases.items():
        before = os.lstat(path)
        done = run_cardscan(library, "export", "--pocket", "all", "-o", str(path), "--force", timeout=30)
        lines = stderr_lines(done)
        assert done.returncode == 1 and len(lines) == 1, lines
        assert f"is {what}, not a regular file; --force replaces regular files only" in lines[0]
        after = os.lstat(path)
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert target.read_text() == "old"
    done = run_cardscan(library, "export", "--pocket", "all", "-o", str(target), "--force")
    assert done.returncode == 0 and target.read_text().startswith("BEGIN:VCARD")


def test_a_library_deleted_under_triage_is_saved_and_said_at_once(tmp_path: Path) -> None:
    path = tmp_path / "library"
    ids = make_library(path, 4)
    database = path / "library.sqlite"

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(140, 40)) as pilot:
                await pilot.pause()
                await pilot.press("k")  # keep the first card
                await pilot.pause()
                database.unlink()
                app.check_library()  # what the app's timer does every 2 s
                await pilot.pause()
                assert "deleted or replaced" in shown_text(app)
                await pilot.press("escape")
                await pilot.press("d")  # discard the second card: goes to the saved copy
                await pilot.pause()

    run(scenario)
    with Library.open(path, create=False) as library:
        pockets = {c.id: str(c.pocket) for c in library.list_cards()}
        assert library.check_integrity() == []
    assert pockets[ids[0]] == "keep" and pockets[ids[1]] == "discard", pockets


def test_a_library_replaced_while_open_is_saved_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "library"
    ids = make_library(path, 2)
    other = tmp_path / "other"
    make_library(other, 1)
    with Library.open(path) as library:
        library.set_pocket(ids[0], "keep")
        os.replace(other / "library.sqlite", path / "library.sqlite")  # e.g. a restore or a sync tool
        with pytest.raises(LibraryMovedError) as info:
            library.set_pocket(ids[1], "discard")
        rescued = [p for p in path.iterdir() if ".rescued-" in p.name and p.suffix == ".sqlite"]
        assert len(rescued) == 1 and str(rescued[0]) in info.value.message
        library.set_note(ids[1], "still saved")  # the session goes on, in the rescued copy
    with Library.open(rescued[0], create=False) as saved:
        cards = {c.id: c for c in saved.list_cards()}
    assert str(cards[ids[0]].pocket) == "keep" and str(cards[ids[1]].pocket) == "discard"
    assert cards[ids[1]].note == "still saved"
    with Library.open(path, create=False) as replacement:  # the file put in its place is left alone
        assert len(replacement.list_cards()) == 1
