"""scripts/bench_real.py without the real images: the kind of image from the file, a clean exit when the
images, the labels or the scorer are absent (CI never has them), and the labels files in bench/real: hashed,
each photo in one part, the held-out parts scored but never fitted on."""

from __future__ import annotations

import json
import re
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


def test_the_held_out_confidence_check_ends_cleanly_without_images(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    held = load_script("confidence_held_out")
    # the newest parts, which nobody has tuned cardscan on
    assert [p.name for p in held.HELD_OUT] == [f"labels{n}.hashed.json" for n in range(52, 56)]
    monkeypatch.setattr(sys, "argv", ["confidence_held_out.py", str(tmp_path / "absent")])
    assert held.main() == 0
    assert "no real card images" in capsys.readouterr().out


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


# bench/real parts 52 to 55 (bench/real/SOURCES.md); parts 5, 6, 7, 9 and 11 to 51 were opened
HELD_OUT = tuple(f"labels{n}.hashed.json" for n in range(52, 56))


def test_held_out_parts_are_scored_as_their_own_sets_but_never_fitted_on(bench: ModuleType) -> None:
    own = REPO / "bench" / "real"
    scored = {p.name for p in bench.default_labels() if p.parent == own}
    assert set(HELD_OUT) <= scored  # make bench-real reads every bench/real/*.json and reports each file apart
    calibrate = load_script("calibrate_confidence")
    fitted = {p.name for p in calibrate.CALIBRATION_LABELS.values() if p.parent == own}
    # parts 2-51 only: the held-out parts keep measuring
    assert fitted == {"labels.hashed.json", *(f"labels{n}.hashed.json" for n in range(4, 52))}
    assert not fitted & set(HELD_OUT)


def test_the_labels_in_the_repository_are_hashed_and_each_photo_is_in_one_part() -> None:
    seen: dict[str, str] = {}
    for f in sorted((REPO / "bench" / "real").glob("*.json")):
        for key, value in json.loads(f.read_text()).items():
            assert key not in seen, f"{key} is labelled in {seen[key]} and in {f.name}"
            seen[key] = f.name
            for card in value if isinstance(value, list) else [value]:
                for name, hashes in card.items():  # sha256 prefixes only: no readable value from a card
                    assert hashes == [] or all(re.fullmatch(r"[0-9a-f]{16}", h) for h in hashes), (f.name, key, name)
    assert len(seen) >= 100


def test_the_perturbed_benchmark_ends_cleanly_without_images(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    perturbed = load_script("bench_perturbed")
    monkeypatch.setattr(sys, "argv", ["bench_perturbed.py", str(tmp_path / "absent")])
    assert perturbed.main() == 0
    assert "nothing to do" in capsys.readouterr().out


def test_each_perturbation_makes_the_photo_worse_the_way_it_says(tmp_path: Path) -> None:
    from cardscan.imaging import load_photo

    perturbed = load_script("bench_perturbed")
    card = cv2.cvtColor(np.asarray(cardgen.random_card(7, dpi=150).image), cv2.COLOR_RGB2BGR)
    h, w = card.shape[:2]
    kinds = perturbed.KINDS
    assert kinds["half"](card).shape[:2] == (h // 2, w // 2)
    assert max(kinds["small"](card).shape[:2]) == 350
    assert kinds["quarter"](card).shape[:2] == (w, h)
    for name in ("tilt7", "jpeg25", "dim"):
        out = kinds[name](card)
        assert out.shape == card.shape and float(np.abs(out.astype(int) - card).mean()) > 1.0, name
    # the copies keep the labels' keys (a .jpg key holding PNG data: cardscan reads images by their content)
    source = tmp_path / "in" / "set" / "card.jpg"
    source.parent.mkdir(parents=True)
    cv2.imwrite(str(source), card)
    out = tmp_path / "out"
    assert perturbed.write_copies(tmp_path / "in", ["set/card.jpg", "set/absent.jpg"], kinds["half"], out) == 1
    assert load_photo(str(out / "set" / "card.jpg")).image.shape[:2] == (h // 2, w // 2)
