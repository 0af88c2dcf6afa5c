"""The command line's shape: entry points, --help, --version, usage errors and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cardscan import __version__
from cardscan.cli import COMMANDS, main

VENV_BIN = Path(sys.executable).parent


def test_version_and_help_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"cardscan {__version__}"
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out


@pytest.mark.parametrize("argv", [[sys.executable, "-m", "cardscan"], [str(VENV_BIN / "cardscan")]])
def test_entry_points(argv: list[str]) -> None:
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"cardscan {__version__}"
    done = subprocess.run([*argv, "scan", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "--json" in done.stdout


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_bad_option_is_a_usage_error_with_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["scan", "--region", "Narnia", "x.jpg"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Narnia" in err and "Traceback" not in err


@pytest.mark.parametrize(("engine", "hint"),
                         [("tesserocr", "tesseract-ocr-klingon"), ("rapidocr", "--engine tesserocr")])
def test_unknown_language_fails_fast_with_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str], engine: str,
                                                 hint: str) -> None:
    code = main(["--library", str(tmp_path / "lib"), "scan", "--engine", engine, "--lang", "eng+klingon",
                 str(tmp_path)])
    assert code == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "klingon" in err and hint in err
    assert not (tmp_path / "lib").exists()  # failed before touching anything
