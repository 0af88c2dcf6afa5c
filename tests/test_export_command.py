"""`cardscan export` end to end: a real library filled with the awkward cards, exported through the CLI."""

from __future__ import annotations

import csv
import hashlib
import io
import os
from pathlib import Path

import icalendar
import pytest
import vobject
from export_cards import awkward_cards
from PIL import Image, ImageDraw
from vcard_validator import validate_vcards

from cardscan.cli import main
from cardscan.errors import ExitCode
from cardscan.model import Card, Pocket
from cardscan.store import Library

KEEP_IDS = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112}


def _crop(text: str) -> bytes:
    image = Image.new("RGB", (900, 520), (246, 244, 238))
    draw = ImageDraw.Draw(image)
    draw.rectangle((30, 30, 870, 490), outline=(40, 40, 40), width=4)
    draw.text((60, 80), text, fill=(20, 20, 20))
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=90)
    return buf.getvalue()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with the awkward cards, pockets, notes, tags and dates as in the fixtures. Maps fixture ids too."""
    folder = tmp_path_factory.mktemp("lib") / "library"
    with Library.open(folder) as lib:
        for card in awkward_cards():
            new = Card(contact=card.contact, card_index=0, event=card.event, met_on=card.met_on)
            digest = hashlib.sha256(f"photo-{card.id}".encode()).hexdigest()
            (card_id,) = lib.add_photo(sha256=digest, source_path=card.source_path, photo_path=None,
                                       taken_at=None, event=card.event,
                                       cards=[(new, _crop(card.contact.display_name()))])
            assert card_id == card.id - 100  # ids 1..13 in fixture order
            lib.set_pocket(card_id, card.pocket)
            if card.note:
                lib.set_note(card_id, card.note)
            if card.follow_up:
                lib.set_follow_up(card_id, card.follow_up)
            if card.tags:
                lib.set_tags(card_id, card.tags)
    return folder


def run(library: Path, *args: str) -> int:
    return main(["--library", str(library), "export", *args])


def test_vcard_of_the_keep_pocket(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "contacts.vcf"
    assert run(library, "-o", str(out)) == ExitCode.OK
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"cardscan: wrote 12 contacts to {out}\n"
    data = out.read_bytes()
    assert validate_vcards(data) == []
    names = [c.fn.value for c in vobject.readComponents(data.decode())]
    assert len(names) == 12 and "Rui Costa" not in names  # the discarded card stays out
    assert "Dr. Anna van den Berg" in names
    anna = next(c for c in vobject.readComponents(data.decode()) if c.fn.value == "Dr. Anna van den Berg")
    assert anna.note.value.startswith("Wants a demo; call after 15:00")
    assert anna.categories.value == ["Web Summit Lisbon", "lead", "pilot"]


def test_stdout(library: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert run(library, "--format", "google", "--pocket", "all", "-o", "-") == ExitCode.OK
    captured = capsysbinary.readouterr()
    assert captured.out.startswith(b"First Name,Middle Name,Last Name,")
    rows = list(csv.DictReader(io.StringIO(captured.out.decode(), newline="")))
    assert len(rows) == 13
    assert captured.err == b"cardscan: wrote 13 contacts to stdout\n"


def test_existing_file_needs_force(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "contacts.csv"
    out.write_text("my spreadsheet")
    assert run(library, "--format", "csv", "-o", str(out)) == ExitCode.OUTPUT_EXISTS
    assert out.read_text() == "my spreadsheet"
    assert "file exists (use --force to overwrite it)" in capsys.readouterr().err
    assert run(library, "--format", "csv", "-o", str(out), "--force") == ExitCode.OK
    assert out.read_bytes().startswith(b"\xef\xbb\xbfname,prefix,")


def test_pockets_and_events(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "discard.vcf"
    assert run(library, "--pocket", "discard", "-o", str(out)) == ExitCode.OK
    assert [c.fn.value for c in vobject.readComponents(out.read_text())] == ["Rui Costa"]
    out = tmp_path / "event.vcf"
    assert run(library, "--pocket", "all", "--event", "Web Summit Lisbon", "-o", str(out)) == ExitCode.OK
    names = sorted(c.fn.value for c in vobject.readComponents(out.read_text()))
    assert names == ["Dr. Anna van den Berg", "Rui Costa"]
    capsys.readouterr()
    assert run(library, "--event", "No Such Fair", "-o", str(tmp_path / "x.vcf")) == ExitCode.USAGE
    assert "no event 'No Such Fair'" in capsys.readouterr().err
    assert not (tmp_path / "x.vcf").exists()


def test_empty_pocket(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pending.csv"
    assert run(library, "--format", "outlook", "--pocket", "pending", "-o", str(out)) == ExitCode.OK
    assert capsys.readouterr().err == f"cardscan: wrote 0 contacts to {out} (no cards in the pending pocket)\n"
    assert out.read_bytes().startswith(b'\xef\xbb\xbf"Title","First Name"')


def test_calendar(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "follow-ups.ics"
    assert run(library, "--format", "ics", "-o", str(out)) == ExitCode.OK
    err = capsys.readouterr().err
    # The email-only card and the one found in a drawer have neither a follow-up date nor a date met.
    assert err.startswith(f"cardscan: wrote 10 follow-ups to {out}; skipped 2 cards with neither")
    assert "(ids 3, 9;" in err and err.count("\n") == 1
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 10
    todo = tmp_path / "tasks.ics"
    assert run(library, "--format", "ics", "--todo", "-o", str(todo)) == ExitCode.OK
    assert len(list(icalendar.Calendar.from_ical(todo.read_bytes()).walk("VTODO"))) == 10
    assert "wrote 10 tasks" in capsys.readouterr().err


def test_split(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cards"
    assert run(library, "--split", str(folder), "--vcard-version", "4.0") == ExitCode.OK
    files = sorted(os.listdir(folder))
    assert len(files) == 12
    assert "Dr. Anna van den Berg.vcf" in files and "Café & Bäckerei Müller GmbH.vcf" in files
    assert "Anne-Marie  Annie  O'Neill.vcf" not in files and "Anne-Marie Annie O'Neill.vcf" in files
    for name in files:
        data = (folder / name).read_bytes()
        assert data.count(b"BEGIN:VCARD") == 1 and validate_vcards(data, "4.0") == []
    assert capsys.readouterr().err == f"cardscan: wrote 12 contacts to {folder}\n"
    before = (folder / "Karin Åström.vcf").read_bytes()
    assert run(library, "--split", str(folder)) == ExitCode.OUTPUT_EXISTS
    assert (folder / "Karin Åström.vcf").read_bytes() == before
    assert run(library, "--split", str(folder), "--force") == ExitCode.OK
    assert b"VERSION:3.0" in (folder / "Karin Åström.vcf").read_bytes()


def test_photo(library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "with-photos.vcf"
    assert run(library, "--photo", "-o", str(out)) == ExitCode.OK
    data = out.read_bytes()
    assert validate_vcards(data) == []
    photos = [c.photo.value for c in vobject.readComponents(data.decode())]
    assert len(photos) == 12
    for jpeg in photos:
        assert len(jpeg) <= 60 * 1024
        with Image.open(io.BytesIO(jpeg)) as im:
            assert im.format == "JPEG" and im.width == 600


def test_missing_crop_is_reported_and_the_contact_still_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "library"
    card = awkward_cards()[0]
    with Library.open(folder) as lib:
        (card_id,) = lib.add_photo(sha256="ab" * 32, source_path="p.jpg", photo_path=None, taken_at=None,
                                   event=None, cards=[(Card(contact=card.contact), _crop("x"))])
        lib.set_pocket(card_id, Pocket.KEEP)
        crop = lib.get_card(card_id).crop_path
    assert crop is not None
    Path(crop).unlink()
    out = tmp_path / "c.vcf"
    assert run(folder, "--photo", "-o", str(out)) == ExitCode.SOME_FILES_FAILED
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("cardscan: card 1 (Dr. Anna van den Berg): no photo:") and "not found" in err[0]
    assert err[1] == f"cardscan: wrote 1 contact to {out}"
    assert b"FN:Dr. Anna van den Berg" in out.read_bytes() and b"PHOTO" not in out.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "no output given"),
        (("-o", "a.vcf", "--split", "d"), "not both"),
        (("--format", "csv", "--split", "d"), "--split applies to --format vcard only"),
        (("--format", "ics", "--photo", "-o", "a.ics"), "--photo applies"),
        (("--format", "google", "--vcard-version", "4.0", "-o", "a.csv"), "--vcard-version applies"),
        (("--todo", "-o", "a.vcf"), "--todo applies to --format ics only"),
    ],
)
def test_usage_errors(library: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str) -> None:
    assert run(library, *args) == ExitCode.USAGE
    assert message in capsys.readouterr().err


def test_refuses_to_write_over_the_library(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = library / "library.sqlite"
    before = database.read_bytes()
    assert run(library, "--format", "csv", "--force", "-o", str(database)) == ExitCode.USAGE
    assert "is the card library itself" in capsys.readouterr().err
    assert database.read_bytes() == before


def test_missing_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "no-library", "-o", str(tmp_path / "x.vcf")) == ExitCode.LIBRARY
    assert capsys.readouterr().err.startswith("cardscan: ")
    assert not (tmp_path / "no-library").exists()


def test_apple_grouped_address_only_on_request(tmp_path: Path) -> None:
    """vCard 3.0 writes a plain ADR; --apple adds Apple's grouped item1.X-ABADR; with 4.0 it is refused."""
    from test_store_factory import add, person

    from cardscan.cli import main
    from cardscan.store import Library

    path = tmp_path / "lib"
    with Library.open(path) as lib:
        (card_id,) = add(lib, "a", person("Anna Vogt", emails=("anna@example.org",), country="NL"))
        lib.set_pocket(card_id, "keep")
    plain, apple = tmp_path / "plain.vcf", tmp_path / "apple.vcf"
    assert main(["--library", str(path), "export", "-o", str(plain)]) == 0
    assert main(["--library", str(path), "export", "--apple", "-o", str(apple)]) == 0
    assert "\nADR;TYPE=WORK:" in plain.read_text(encoding="utf-8") and "item1." not in plain.read_text("utf-8")
    assert "item1.X-ABADR:nl" in apple.read_text(encoding="utf-8")
    assert main(["--library", str(path), "export", "--apple", "--vcard-version", "4.0", "-o", "-"]) == 2
