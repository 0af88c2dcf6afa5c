"""`cardscan qr ID`: the printed code is drawn as an image and read with OpenCV; it holds exactly the contact's
vCard as `cardscan export` writes it. Too long: the note is left out, and the command says so."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
from followthrough_cards import PEOPLE, eight_languages
from qr_terminal import decode, terminal_image
from test_cli_library import run
from vcard_validator import assert_valid_vcards

from cardscan.errors import ExitCode
from cardscan.followthrough.qrcode import terminal_text


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "lib"
    return path, eight_languages(path)


def exported(capsys: pytest.CaptureFixture[str], path: Path, folder: Path, name: str) -> str:
    assert run(capsys, path, "export", "--format", "vcard", "--split", str(folder), "--force")[0] == 0
    return (folder / f"{name}.vcf").read_bytes().decode("utf-8")


@pytest.mark.parametrize("lang", ["de", "sv", "pt"])
def test_printed_code_decodes_to_the_vcard_export(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  library: tuple[Path, dict[str, int]], lang: str) -> None:
    path, ids = library
    code, out, err = run(capsys, path, "qr", str(ids[lang]))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len({line.count("\u2580") for line in lines}) == 1  # a rectangle of cells
    assert all(line.endswith("\x1b[0m") for line in lines)  # the colours end with each line
    image = terminal_image(out)
    assert (image[:24, :] == 255).all() and (image[:, :24] == 255).all()  # quiet zone: 4 modules of white
    text = decode(image)
    assert text == exported(capsys, path, tmp_path / "v", str(PEOPLE[lang][0].value("name")))
    assert_valid_vcards(text.encode("utf-8"))


def test_png(capsys: pytest.CaptureFixture[str], tmp_path: Path, library: tuple[Path, dict[str, int]]) -> None:
    path, ids = library
    target = tmp_path / "code.png"
    code, out, err = run(capsys, path, "qr", str(ids["fr"]), "--png", str(target))
    assert code == 0 and out == "" and "version" in err
    text = decode(cv2.imread(str(target), cv2.IMREAD_GRAYSCALE))
    assert text == exported(capsys, path, tmp_path / "v", "Claire Fontaine")
    code, _, _ = run(capsys, path, "qr", str(ids["fr"]), "--png", str(target))
    assert code == ExitCode.OUTPUT_EXISTS


def test_too_long_leaves_out_the_note_and_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  library: tuple[Path, dict[str, int]]) -> None:
    path, ids = library
    note = " ".join(f"Gesprächsnotiz {i}: Wasserstoff, Logistik, Ausschreibung." for i in range(80))
    assert run(capsys, path, "set", str(ids["de"]), f"note={note}")[0] == 0
    code, out, err = run(capsys, path, "qr", str(ids["de"]))
    assert code == 0 and "too long for one QR code: left out the note" in err
    text = decode(terminal_image(out))
    full = exported(capsys, path, tmp_path / "v", "Dr. Katrin Vogel")
    assert "NOTE:" in full and "NOTE:" not in text
    unfolded = full.replace("\r\n ", "")
    assert text == "".join(line + "\r\n" for line in unfolded.split("\r\n")[:-1] if not line.startswith("NOTE:"))


def test_a_small_terminal_gets_the_code_without_the_note() -> None:
    from followthrough_cards import PEOPLE

    from cardscan.followthrough.qrcode import contact_code
    from cardscan.model import Card

    card = Card(contact=PEOPLE["de"][0], id=2, note="Wasserstoff für Stadtbusse\nDemo im November", event="expo")
    full = contact_code(card)
    columns, lines = full.size()
    assert full.dropped == () and contact_code(card, room=(columns, lines)).dropped == ()
    smaller = contact_code(card, room=(columns - 1, lines))
    assert smaller.dropped == ("note",) and smaller.size()[0] < columns
    assert decode(terminal_image(terminal_text(smaller.matrix()))) == smaller.data
    assert "NOTE" not in smaller.data and "CATEGORIES:expo" in smaller.data
    tiny = contact_code(card, room=(20, 10))  # nothing fits: the smallest code, and the caller says so
    assert tiny.data == smaller.data
