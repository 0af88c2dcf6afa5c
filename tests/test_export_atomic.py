"""The atomic writer: whole files only, never a silent overwrite, no temp files left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cardscan.errors import ExitCode, ExportError, OutputExistsError
from cardscan.export import write_atomic


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    write_atomic(target, b"BEGIN:VCARD\r\n")
    assert target.read_bytes() == b"BEGIN:VCARD\r\n"
    assert os.listdir(tmp_path) == ["contacts.vcf"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    target.write_bytes(b"precious")
    with pytest.raises(OutputExistsError) as info:
        write_atomic(target, b"new")
    assert info.value.exit_code == ExitCode.OUTPUT_EXISTS
    assert "--force" in info.value.user_message()
    assert target.read_bytes() == b"precious"
    assert os.listdir(tmp_path) == ["contacts.vcf"]


def test_refuses_a_dangling_symlink_too(tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "nowhere.csv")
    with pytest.raises(OutputExistsError):
        write_atomic(link, b"x")
    assert not (tmp_path / "nowhere.csv").exists()


def test_force_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["contacts.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "contacts.csv"
    target.write_bytes(b"old")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left"):
        write_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["contacts.csv"]


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder does not exist"):
        write_atomic(tmp_path / "nope" / "x.vcf", b"x")
    with pytest.raises(ExportError, match="is a folder"):
        write_atomic(tmp_path, b"x", overwrite=True)


def test_a_name_the_file_system_refuses(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        write_atomic(tmp_path / ("x" * 300 + ".vcf"), b"x")
    assert os.listdir(tmp_path) == []
