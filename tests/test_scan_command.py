"""`cardscan scan` end to end on committed sample photos: real OCR, real library, the JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cardbench.scoring import FIELDS, field_right, match_cards

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_cards"
CARDSCAN = str(Path(sys.executable).parent / "cardscan")
# A plain phone photo, three cards on a table (one with a QR code), a tight crop.
PHOTOS = ["003-phone.jpg", "014-multi.jpg", "019-crop.jpg"]
CONTACT_KEYS = {"name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title", "department",
                "company", "emails", "phones", "websites", "social", "address"}

pytestmark = pytest.mark.slow


def _scan(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CARDSCAN, "--library", str(library), "scan", *args],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def _truth(photo: str) -> dict:
    return json.loads((SAMPLES / photo.replace(Path(photo).suffix, ".truth.json")).read_text())


@pytest.fixture(scope="module", params=["tesserocr", "rapidocr"])
def scanned(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The same photos read by each engine that reads in-process (pytesseract: below, on one photo)."""
    library = tmp_path_factory.mktemp("lib")
    done = _scan(library, "--engine", request.param, "--json", "--jobs", "2", *[f"sample_cards/{p}" for p in PHOTOS])
    return library, done


def test_json_lines_follow_the_contract(scanned: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, done = scanned
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 5  # 1 + 3 + 1 cards
    for row in rows:
        assert set(row) == {"source", "card", "quad", "contact", "confidence", "doubts", "qr", "text", "unused"}
        assert set(row["doubts"]) <= set(row["confidence"]) and all(row["confidence"][k] <= 0.5 for k in row["doubts"])
        assert all(isinstance(line, str) and line in row["text"] for line in row["unused"])
        assert set(row["contact"]) == CONTACT_KEYS
        assert len(row["quad"]) == 4 and all(len(p) == 2 for p in row["quad"])
        assert all(0.0 <= v <= 1.0 for v in row["confidence"].values())
        assert set(row["confidence"]) <= {"name", "title", "department", "company", "emails", "phones", "websites",
                                          "social", "address"}
        for phone in row["contact"]["phones"]:
            assert phone["number"].startswith("+") and phone["type"] in {"work", "mobile", "fax", "home", "other"}
        assert row["text"]
    assert [r["source"] for r in rows] == ["sample_cards/" + p for p in PHOTOS for _ in _truth(p)["cards"]]
    assert sum(r["qr"] for r in rows) == 1
    assert "3 photos read, 5 cards found" in done.stderr


def test_every_field_of_these_cards_is_right(scanned: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, done = scanned
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    wrong = []
    for photo in PHOTOS:
        truth = _truth(photo)
        found = [(r["quad"], r["contact"]) for r in rows if r["source"].endswith(photo)]
        matched, extra = match_cards(truth["cards"], found)
        assert extra == 0
        for tcard, got in zip(truth["cards"], matched, strict=True):
            wrong += [(photo, f, tcard["contact"][f], (got or {}).get(f)) for f in FIELDS
                      if field_right(f, tcard["contact"], got) is False]
    assert wrong == []


def test_a_second_scan_of_the_same_photos_adds_nothing(scanned: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    library, _ = scanned
    again = _scan(library, "sample_cards/003-phone.jpg", "sample_cards/014-multi.jpg")
    assert again.returncode == 0
    assert "0 photos read, 0 cards found, 2 already in the library" in again.stderr
    listed = subprocess.run([CARDSCAN, "--library", str(library), "list", "--json"],
                            capture_output=True, text=True, timeout=60, check=True)
    assert len(listed.stdout.splitlines()) == 5


def test_pytesseract_engine_reads_the_same_card(tmp_path: Path) -> None:
    done = _scan(tmp_path / "lib", "--engine", "pytesseract", "--json", "--no-store", "sample_cards/003-phone.jpg")
    assert done.returncode == 0, done.stderr
    (row,) = [json.loads(line) for line in done.stdout.splitlines()]
    truth = _truth("003-phone.jpg")["cards"][0]["contact"]
    assert row["contact"]["emails"] == truth["emails"]
    assert row["contact"]["name"] == truth["name"]
    assert not (tmp_path / "lib").exists()  # --no-store leaves no library behind


def test_summary_table_names_every_card(tmp_path: Path) -> None:
    done = _scan(tmp_path / "lib", "--summary", "sample_cards/014-multi.jpg")
    assert done.returncode == 0, done.stderr
    for card in _truth("014-multi.jpg")["cards"]:
        assert card["contact"]["name"] in done.stdout
