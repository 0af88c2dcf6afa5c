"""Real processes on one library: a scan writing while triage reads and writes, two scans of the same photos,
and a scan killed with SIGKILL half-way and run again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store_factory import add, random_contacts

from cardscan.model import Pocket
from cardscan.store import Library

TESTS = Path(__file__).parent
TOOLS = TESTS.parent / "tools"

# A scan: photos `first`..`last` of a reproducible series, one transaction each.
SCAN = """
import sys, time
sys.path[:0] = [{tests!r}, {tools!r}]
from pathlib import Path
from test_store_factory import add, random_contacts
from cardscan.store import Library
library, first, last, per_photo, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
meet = sys.argv[6:] == ["meet"]  # meet a triage process by progress (test_a_scan_and_triage_at_once)
contacts = random_contacts(last * per_photo, seed=5)
while go != "-" and not Path(go).exists():
    time.sleep(0.002)
with Library.open(library) as lib:
    for i in range(first, last):
        add(lib, f"photo{{i}}", *contacts[i * per_photo:(i + 1) * per_photo])
        print(i, time.time(), flush=True)
        if meet and i == first:
            # Overlap set by progress, not by the clock: the rest waits until triage has written once.
            Path(go + ".scan").touch()
            deadline = time.monotonic() + 120
            while not Path(go + ".triage").exists() and time.monotonic() < deadline:
                time.sleep(0.002)
"""

# Triage: pocket and note changes on cards 1..n, and listing, as fast as it can.
TRIAGE = """
import json, sys, time
from pathlib import Path
from cardscan.store import Library
library, n, rounds, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
deadline = time.monotonic() + 120
while not Path(go + ".scan").exists() and time.monotonic() < deadline:  # the scan has stored its first photo
    time.sleep(0.002)
started = time.time()
notes, pockets = {}, {}
with Library.open(library, create=False) as lib:
    for r in range(rounds):
        card_id = 1 + (r * 7) % n
        pocket = "keep" if r % 2 else "discard"
        lib.set_pocket(card_id, pocket)
        lib.set_note(card_id, f"note {r}")
        notes[card_id], pockets[card_id] = f"note {r}", pocket
        if r == 0:
            Path(go + ".triage").touch()  # lets the scan go on: the two now write at the same time
        if r % 10 == 0:
            assert len(lib.list_cards()) >= n
print(json.dumps({"notes": notes, "pockets": pockets, "started": started, "ended": time.time()}))
"""


def _script(template: str) -> str:
    return template.format(tests=str(TESTS), tools=str(TOOLS))


def _start(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_a_scan_and_triage_at_once(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    with Library.open(library) as lib:
        for i, c in enumerate(random_contacts(30, seed=9)):
            add(lib, f"seed{i}", c)
    go = tmp_path / "go"
    scan = _start(_script(SCAN), library, 0, 80, 1, go, "meet")
    triage = _start(TRIAGE, library, 30, 150, go)
    go.touch()  # the two then meet by progress: triage starts after the scan's first photo, the scan goes on after
    # triage's first decision, so they overlap on a slow or a busy machine as on a fast one
    scan_out, scan_err = scan.communicate(timeout=240)
    triage_out, triage_err = triage.communicate(timeout=240)
    assert scan.returncode == 0, scan_err
    assert triage.returncode == 0, triage_err
    assert "locked" not in scan_err + triage_err
    written = json.loads(triage_out)
    scan_times = [float(line.split()[1]) for line in scan_out.splitlines()]
    assert written["started"] < scan_times[-1] and scan_times[0] < written["ended"], "the two did not overlap"
    with Library.open(library, create=False) as lib:
        assert len(lib.list_cards()) == 30 + 80
        for card_id, note in written["notes"].items():
            card = lib.get_card(int(card_id))
            assert card.note == note  # no write was lost
            assert card.pocket == Pocket(written["pockets"][card_id])
        assert lib.check_integrity() == []


@pytest.mark.slow
def test_two_scans_of_the_same_photos_store_each_once(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    Library.open(library).close()
    go = tmp_path / "go"
    scans = [_start(_script(SCAN), library, 0, 40, 2, go) for _ in range(2)]
    time.sleep(1.5)
    go.touch()
    for scan in scans:
        _, err = scan.communicate(timeout=240)
        assert scan.returncode == 0, err
    with Library.open(library, create=False) as lib:
        cards = lib.list_cards()
        assert len(cards) == 80
        assert len({(c.source_path, c.card_index) for c in cards}) == 80
        assert lib.check_integrity() == []


@pytest.mark.slow
def test_a_scan_killed_half_way_leaves_a_consistent_library_and_a_rerun_finishes(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    photos, per_photo = 120, 2
    for kill_after in (10, 45):
        scan = _start(_script(SCAN), library, 0, photos, per_photo, "-")
        assert scan.stdout is not None
        while int((scan.stdout.readline() or str(photos)).split()[0]) < kill_after:
            pass
        os.kill(scan.pid, signal.SIGKILL)
        scan.wait(timeout=30)
        assert scan.returncode == -signal.SIGKILL
        conn = sqlite3.connect(library / "library.sqlite")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Every photo in the library has all its cards: no half-stored photo.
        rows = conn.execute("SELECT p.card_count, count(c.id) FROM photos p LEFT JOIN cards c ON c.photo_id = p.id "
                            "GROUP BY p.id").fetchall()
        conn.close()
        assert len(rows) >= kill_after
        assert all(expected == found for expected, found in rows)
        with Library.open(library, create=False) as lib:
            assert lib.check_integrity() == []
    rerun = _start(_script(SCAN), library, 0, photos, per_photo, "-")
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    with Library.open(library, create=False) as lib:
        cards = lib.list_cards()
        assert len(cards) == photos * per_photo
        assert sorted((c.source_path, c.card_index) for c in cards) == sorted(
            (f"photos/photo{i}.jpg", k) for i in range(photos) for k in range(per_photo))
        assert lib.check_integrity() == []
