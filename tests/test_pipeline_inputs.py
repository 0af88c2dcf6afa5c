"""Turning the paths a user gives into the photos to read."""

from __future__ import annotations

import os
from pathlib import Path

from cardscan.pipeline import collect_inputs, file_sha256


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folders_are_walked_recursively_in_order_and_non_images_left_alone(tmp_path: Path) -> None:
    _touch(tmp_path / "b" / "IMG_2.JPG")
    _touch(tmp_path / "a" / "deep" / "card 1.heic")
    _touch(tmp_path / "a" / "notes.txt")
    _touch(tmp_path / "a" / "card.truth.json")
    _touch(tmp_path / ".hidden" / "x.jpg")
    _touch(tmp_path / "a" / ".DS_Store")
    _touch(tmp_path / "scan.png")
    png_magic = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    _touch(tmp_path / "no-extension", png_magic)
    inputs = collect_inputs([str(tmp_path)])
    rel = [os.path.relpath(p, tmp_path) for p in inputs.photos]
    assert rel == ["no-extension", "scan.png", os.path.join("a", "deep", "card 1.heic"), os.path.join("b", "IMG_2.JPG")]
    assert inputs.problems == []


def test_explicit_files_are_always_tried_and_given_once(tmp_path: Path) -> None:
    notes = _touch(tmp_path / "notes.txt")
    photo = _touch(tmp_path / "p.jpg")
    inputs = collect_inputs([str(notes), str(photo), str(tmp_path)])
    assert inputs.photos == [str(notes), str(photo)]


def test_missing_paths_and_broken_links_are_problems_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "dangling.jpg").symlink_to(tmp_path / "gone.jpg")
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "dangling2.jpg").symlink_to(tmp_path / "gone2.jpg")
    inputs = collect_inputs([str(tmp_path / "nope.jpg"), str(tmp_path / "dangling.jpg"), str(folder)])
    reasons = sorted(p.reason for p in inputs.problems)
    assert reasons == ["broken symbolic link", "broken symbolic link", "no such file or directory"]
    assert inputs.photos == []


def test_file_sha256_matches_hashlib(tmp_path: Path) -> None:
    import hashlib

    data = os.urandom(3 << 20)
    path = _touch(tmp_path / "big.jpg", data)
    assert file_sha256(str(path)) == hashlib.sha256(data).hexdigest()
