"""A real scan writing to the library while other processes read it and move cards between pockets: through the
library's API as fast as they can, and through `cardscan list` and `cardscan set`. No "database is locked", no
lost write. (The store's own version, with synthetic scans and many more writes: tests/test_store_concurrency.py.)
"""

from __future__ import annotations

import json
import subprocess
import sys
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
from tui_cards import make_library

from cardscan.model import Pocket
from cardscan.store import Library

# Until `stop` exists: list the cards, and move a third of those it sees (the scan's new ones too) to another
# pocket, a different third each round.
TRIAGE = """
import json, sys, time
from pathlib import Path
from cardscan.store import Library
library, ready, stop = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
changes, lists = [], 0
with Library.open(library, create=False) as lib:
    ready.touch()
    while not stop.exists():
        cards = [c for c in lib.list_summaries() if c.id > 3]  # cards 1-3 are the command line's
        lists += 1
        for card in cards[lists % 3::3]:
            pocket = "keep" if (card.id + lists) % 2 else "discard"
            lib.set_pocket(card.id, pocket)
            changes.append((card.id, pocket, time.time()))
        time.sleep(0.01)
print(json.dumps({"changes": changes, "lists": lists}))
"""


@pytest.mark.slow
def test_a_scan_while_other_processes_read_and_change_pockets(tmp_path: Path) -> None:
    library = tmp_path / "library"
    make_library(library, 12)  # cards to triage while the scan runs
    folder = tmp_path / "photos"
    folder.mkdir()
    for seed in (51, 52):
        (folder / f"card-{seed}.jpg").write_bytes(good_photo(seed))
        (folder / f"card-{seed}-b.jpg").write_bytes(with_comment(good_photo(seed), "b"))

    ready, stop = tmp_path / "ready", tmp_path / "stop"
    triage = subprocess.Popen([sys.executable, "-c", TRIAGE, str(library), str(ready), str(stop)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while not ready.exists():
        assert triage.poll() is None, triage.communicate()
        time.sleep(0.02)
    scan = subprocess.Popen([str(CARDSCAN), "--library", str(library), "scan", "--jobs", "2", "--json", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cardscan_env())
    # Meanwhile, the command line: list, and set the pocket of the first cards, one after the other.
    commands: dict[int, str] = {}
    errors: list[str] = []
    n = 0
    while scan.poll() is None:
        listed = run_cardscan(library, "list", "--json")
        errors += stderr_lines(listed)
        assert listed.returncode == 0
        card_id = 1 + n % 3
        pocket = ("keep", "discard", "pending")[n % 3]
        done = run_cardscan(library, "set", str(card_id), f"pocket={pocket}")
        errors += stderr_lines(done)
        assert done.returncode == 0
        commands[card_id] = pocket
        n += 1
        time.sleep(0.3)  # leave the two cores to the scan, mostly
    scan_ended = time.time()
    scan_out, scan_err = scan.communicate(timeout=60)
    stop.touch()
    triage_out, triage_err = triage.communicate(timeout=60)

    assert scan.returncode == 0, scan_err.decode()
    assert triage.returncode == 0, triage_err
    everything = "\n".join([scan_err.decode(), triage_err, *errors])
    assert "locked" not in everything and "busy" not in everything and "Traceback" not in everything, everything
    written = json.loads(triage_out)
    assert n >= 2 and written["lists"] >= 5, (n, written["lists"])

    # Every photo stored and every change there: each writer's last pocket for each card it moved.
    assert len(scan_out.splitlines()) == 4
    assert len(photo_sources(library)) == 12 + 4
    check_library(library)
    with Library.open(library, create=False) as lib:
        final = {c.id: c.pocket for c in lib.list_cards()}
    assert len(final) == 12 + 4
    last = {card_id: pocket for card_id, pocket, _ in written["changes"]}
    last.update(commands)
    assert {card_id: final[card_id] for card_id in last} == {k: Pocket(v) for k, v in last.items()}
    # The two really overlapped: cards the scan had just stored were moved while it was still running.
    scanned = set(final) - set(range(1, 13))
    assert any(card_id in scanned and at < scan_ended for card_id, _, at in written["changes"])
