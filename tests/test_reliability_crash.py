"""Crash safety: `cardscan scan` killed with SIGKILL at moments set by its progress (the whole process group,
workers too, as when a laptop's battery dies), then run again; and the triage app killed from inside right
after a number of decisions. Each time the library is consistent and nothing done before the kill is missing.

The triage app is also killed in a real terminal in the middle of typing a note: tests/test_tui_kill.py.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from badinputs import (
    CARDSCAN,
    cardscan_env,
    check_library,
    good_photo,
    photo_sources,
    run_cardscan,
    stderr_lines,
    with_comment,
)

from cardscan.model import Pocket
from cardscan.store import Library

TESTS = Path(__file__).parent
WAIT = 600.0  # seconds: only a hang reaches it, however slow the machine


def photo_folder(root: Path) -> Path:
    """Six photos: four of one card each (one of them the same card photographed again, a different file), a
    12-MP photo of three cards on a table, and a file that is not a photo."""
    folder = root / "photos"
    folder.mkdir()
    for seed in (31, 32, 33):
        (folder / f"card-{seed}.jpg").write_bytes(good_photo(seed))
    (folder / "card-31-again.jpg").write_bytes(with_comment(good_photo(31), "again"))
    (folder / "table.jpg").write_bytes(good_photo(41, "multi", n_cards=3))
    (folder / "unreadable.jpg").write_bytes(b"not a photo")
    return folder


class Scan:
    """`cardscan scan --json` in its own process group, its stdout read as it comes."""

    def __init__(self, library: Path, folder: Path) -> None:
        self.proc = subprocess.Popen(
            [str(CARDSCAN), "--library", str(library), "scan", "--jobs", "2", "--json", str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=cardscan_env(),
            start_new_session=True)
        self.stored: list[dict[str, object]] = []  # a card is printed once its photo is stored
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.stored.append(json.loads(line))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for_photos(self, count: int, timeout: float = WAIT) -> bool:
        """Wait until the scan has reported `count` photos stored; False when it ended before that."""
        def reached() -> bool:
            return len({r["source"] for r in self.stored}) >= count or not self._reader.is_alive()

        with self._changed:
            assert self._changed.wait_for(reached, timeout), f"no progress in {timeout} s"
        return len({r["source"] for r in self.stored}) >= count

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.proc.stderr is not None
        err = self.proc.stderr.read().decode()
        assert "Traceback" not in err, err


def wait_for_file(path: Path, proc: subprocess.Popen[bytes], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() and proc.poll() is None:
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.005)


@pytest.mark.slow
def test_a_scan_killed_at_moments_set_by_its_progress_then_run_again(tmp_path: Path) -> None:
    """The kill moments are defined by what the scan has done, not by the clock, so a slow or busy machine checks
    the same thing as a fast one: as soon as the library file appears (nothing stored yet), right after the first
    photo is reported stored (some photos stored, others not), and right after the next one in a third run."""
    folder = photo_folder(tmp_path)
    clean = tmp_path / "clean"
    done = run_cardscan(clean, "scan", "--jobs", "2", str(folder))
    assert done.returncode == 1, stderr_lines(done)  # the unreadable file
    expected = photo_sources(clean)
    assert len(expected) == 5 and expected[str(folder / "table.jpg")] == 3, expected
    expected_counts = check_library(clean)

    library = tmp_path / "library"
    partial = 0  # kills that left some photos stored and some not
    for moment in ("library created", "one photo stored", "one more photo stored"):
        scan = Scan(library, folder)
        if moment == "library created":
            wait_for_file(library / "library.sqlite", scan.proc)
        elif not scan.wait_for_photos(1):
            break  # it finished before the moment came: the rerun below checks the rest
        if scan.proc.poll() is not None:
            break
        scan.kill()
        if not (library / "library.sqlite").exists():
            continue  # killed before the library was created: nothing to lose
        check_library(library)
        stored = photo_sources(library)
        # Everything the scan reported as stored is there, with all of its cards.
        for record in scan.stored:
            assert record["source"] in stored, record["source"]
        for source, cards in stored.items():
            assert cards == expected[source], source
        partial += 0 < len(stored) < len(expected)
    assert partial >= 1

    rerun = run_cardscan(library, "scan", "--jobs", "2", str(folder))
    assert rerun.returncode == 1, stderr_lines(rerun)
    assert photo_sources(library) == expected  # every photo once, each with the cards a clean scan finds
    counts = check_library(library)
    assert counts["cards"] == expected_counts["cards"]
    with Library.open(library, create=False) as lib:
        assert len(lib.list_cards()) == expected_counts["cards"]


# The triage app, headless, driven by Pilot: `decisions` keys (k: keep, d: discard, u: undo), then SIGKILL from
# inside, with no time for anything to be flushed or closed.
TRIAGE = """
import asyncio, os, signal, sys
sys.path.insert(0, {tests!r})
from tui_cards import new_app, open_session
from cardscan.store import Library
library, keys = sys.argv[1], sys.argv[2]

async def main():
    lib = Library.open(library, create=False)
    session = open_session(lib)
    app = new_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        os.kill(os.getpid(), signal.SIGKILL)

asyncio.run(main())
"""


def _expected_pockets(ids: list[int], keys: str) -> tuple[dict[int, Pocket], int | None]:
    """What the library must hold after `keys`: decisions go to the next undecided card; undo takes back the
    last decision (and goes back to its card)."""
    pockets = dict.fromkeys(ids, Pocket.PENDING)
    done: list[int] = []
    for key in keys:
        if key == "u":
            if done:
                pockets[done.pop()] = Pocket.PENDING
            continue
        current = next((i for i in ids if pockets[i] == Pocket.PENDING), None)
        if current is None:
            continue
        pockets[current] = Pocket.KEEP if key == "k" else Pocket.DISCARD
        done.append(current)
    first_undecided = next((i for i in ids if pockets[i] == Pocket.PENDING), None)
    return pockets, first_undecided


@pytest.mark.slow
@pytest.mark.parametrize("seed", [5, 6])  # keys "ddkukkk" and "kddkkku"
def test_triage_killed_after_some_decisions_keeps_every_one(tmp_path: Path, seed: int) -> None:
    from tui_cards import make_library, open_session

    rng = random.Random(seed)
    library = tmp_path / "library"
    ids = make_library(library, 8)
    keys = "".join(rng.choice("kkdu" if i > 1 else "kd") for i in range(rng.randint(3, 8)))
    done = subprocess.run([sys.executable, "-c", TRIAGE.format(tests=str(TESTS)), str(library), keys],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CARDSCAN_CONFIG_DIR": str(tmp_path / "config")})
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "Traceback" not in done.stderr, done.stderr

    pockets, first_undecided = _expected_pockets(ids, keys)
    assert sum(p != Pocket.PENDING for p in pockets.values()) >= 3
    check_library(library)
    with Library.open(library, create=False) as lib:
        assert {c.id: c.pocket for c in lib.list_cards()} == pockets, keys
        for card in lib.list_cards(pocket=Pocket.KEEP):
            assert card.follow_up is not None  # a keeper gets its follow-up date in the same step
        # Reopened, triage starts at the first card still to decide.
        assert open_session(lib).current_id == first_undecided
