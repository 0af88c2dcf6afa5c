"""kill -9 safety: `cardscan triage` runs in a real terminal (a pty), gets keys, and is killed with SIGKILL in
the middle of typing a note. Everything done before is in the library, and the next start resumes at the first
undecided card."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tui_cards import make_library, open_session

from cardscan.model import Pocket
from cardscan.store import Library

pytestmark = pytest.mark.slow

# `cardscan --library LIB triage`, through the command's own entry point
TRIAGE = (
    "import argparse, sys\n"
    "from cardscan.commands.triage import run\n"
    "sys.exit(run(argparse.Namespace(library=sys.argv[1], event=None, all=False, engine='tesserocr', lang='Latin',\n"
    "                                region=None, jobs=0)))\n"
)


class Terminal:
    """`cardscan triage` in a pseudo-terminal of 120 x 40, with everything it draws kept for inspection."""

    def __init__(self, library: Path, config_dir: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "CARDSCAN_CONFIG_DIR": str(config_dir), "COLUMNS": "120",
               "LINES": "40"}
        env.pop("TEXTUAL", None)
        self.proc = subprocess.Popen([sys.executable, "-c", TRIAGE, str(library)],
                                     stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
                                     close_fds=True)
        os.close(slave)
        self.output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.output.extend(data)

    def wait_for_output(self, text: str, timeout: float = 30.0) -> None:
        wait_until(lambda: text.encode() in self.output, timeout, f"the app never showed {text!r}")

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        os.close(self.master)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(what)
        time.sleep(0.05)


def saved(library: Path) -> dict[int, tuple[Pocket, str]]:
    with Library.open(library, create=False) as other:
        return {c.id: (c.pocket, c.note) for c in other.list_cards() if c.id is not None}


def test_sigkill_loses_nothing_and_the_next_start_resumes(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    ids = make_library(library, 5)
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('[triage]\nimage = "halfblock"\n', encoding="utf-8")

    term = Terminal(library, config)
    try:
        term.wait_for_output("Discard")  # the footer is drawn: the app takes keys
        term.type("k")
        wait_until(lambda: saved(library)[ids[0]][0] == Pocket.KEEP, 10, "the keep was not saved")
        term.type("d")
        wait_until(lambda: saved(library)[ids[1]][0] == Pocket.DISCARD, 10, "the discard was not saved")
        term.type("n")
        term.wait_for_output("Saved as you type")
        term.type("Met at the booth")
        wait_until(lambda: saved(library)[ids[2]][1] == "Met at the booth", 10, "the note was not autosaved")
        term.type(", wants")  # still typing when the terminal goes away
        os.killpg(term.proc.pid, signal.SIGKILL)
        term.proc.wait(timeout=10)
        assert term.proc.returncode == -signal.SIGKILL
    finally:
        term.close()

    after = saved(library)
    assert after[ids[0]] == (Pocket.KEEP, "")
    assert after[ids[1]] == (Pocket.DISCARD, "")
    assert after[ids[2]][0] == Pocket.PENDING and after[ids[2]][1].startswith("Met at the booth")
    with Library.open(library, create=False) as check:
        assert check.check_integrity() == []
        session = open_session(check)
        assert session.current_id == ids[2]  # the first undecided card, with its note
        assert [e.id for e in session.entries] == ids[2:]

    again = Terminal(library, config)
    try:
        again.wait_for_output("done 2/5")  # the counters go on: three cards still to decide, the first with the note
        again.wait_for_output("Met at the booth")
        again.type("q")
        again.proc.wait(timeout=20)
        assert again.proc.returncode == 0
    finally:
        again.close()


def test_picture_detection_in_a_terminal_that_does_not_answer(tmp_path: Path) -> None:
    """With image = "auto", the app asks the terminal for Kitty / Sixel graphics before it starts; a terminal
    that stays silent gets half blocks after a short wait, and the keys typed afterwards all arrive."""
    library = tmp_path / "lib"
    ids = make_library(library, 2)
    term = Terminal(library, tmp_path / "no-config")
    try:
        term.wait_for_output("Discard")
        term.wait_for_output("▀")  # the half-block picture
        assert b"\x1b[c" in term.output  # the terminal was asked (and said nothing)
        term.type("k")
        wait_until(lambda: saved(library)[ids[0]][0] == Pocket.KEEP, 10, "the keep was not saved")
        term.type("q")
        term.proc.wait(timeout=20)
        assert term.proc.returncode == 0
    finally:
        term.close()
