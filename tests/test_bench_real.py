"""scripts/bench_real.py without the real images: the kind of image from the file, and a clean exit
when the images, the labels or the scorer are absent (CI never has them)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import cardgen
import cv2
import numpy as np
import pytest
from PIL import Image
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_script("bench_real")


def test_a_phone_photo_and_a_scan_are_told_apart(bench: ModuleType, tmp_path: Path) -> None:
    phone = cardgen.write_photo(cardgen.make_photo(11, "closeup", feature="plain", fmt="jpeg"), tmp_path, "p")
    assert bench.image_kind(phone) == "photo"  # camera EXIF tags
    big = tmp_path / "big.jpg"  # no EXIF, but a 12-MP 4:3 camera frame
    Image.fromarray(np.full((3024, 4032, 3), 200, np.uint8)).save(big)
    assert bench.image_kind(big) == "photo"
    scan = tmp_path / "scan.png"  # a card-shaped image from a scanner
    cv2.imwrite(str(scan), np.full((550, 880, 3), 240, np.uint8))
    assert bench.image_kind(scan) == "scan"


def test_absent_images_or_labels_end_cleanly(bench: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["bench_real.py", str(tmp_path / "absent")])
    assert bench.main() == 0
    assert "no real card images" in capsys.readouterr().out
    monkeypatch.setattr(sys, "argv", ["bench_real.py", str(tmp_path), "--labels", str(tmp_path / "none.json")])
    assert bench.main() == 0
    assert "not found" in capsys.readouterr().out


def test_each_label_is_scored_in_the_set_of_the_file_it_came_from(bench: ModuleType, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    shared, own = tmp_path / "shared" / "labels.hashed.json", REPO / "bench" / "real" / "labels.hashed.json"
    shared.parent.mkdir()
    shared.write_text('{"a/1.jpg": {"name": ["x"]}, "b/2.jpg": {"name": ["y"]}}')
    later = tmp_path / "later.json"
    later.write_text('{"b/2.jpg": {"name": ["z"]}, "c/3.jpg": {"emails": []}}')
    labels, origin = bench.merge_labels([shared, later])
    assert labels == {"a/1.jpg": {"name": ["x"]}, "b/2.jpg": {"name": ["z"]}, "c/3.jpg": {"emails": []}}
    assert origin == {"a/1.jpg": shared, "b/2.jpg": later, "c/3.jpg": later}  # the later file wins, and says so
    assert "b/2.jpg is labelled in more than one file" in capsys.readouterr().err
    assert bench.set_name(own) == "bench/real/labels.hashed.json"
    assert bench.set_name(shared) == "shared/labels.hashed.json"
