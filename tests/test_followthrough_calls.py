"""Keep warm: `set ID keep_warm=...`, `cardscan calls` (who is due, most overdue first) and `cardscan called`
(logs the call, moves the next due date), on a generated library of several languages."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from followthrough_cards import PEOPLE
from test_cli_library import run
from test_store_factory import add, random_contacts

from cardscan.errors import ExitCode
from cardscan.store import Library


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, list[int]]:
    """Four people met 40 days ago (de, sv, es, pt) and 20 generated ones met 10 days ago."""
    path = tmp_path / "lib"
    long_ago = datetime.now() - timedelta(days=40)
    with Library.open(path) as lib:
        ids = add(lib, "old", *(PEOPLE[x][0] for x in ("de", "sv", "es", "pt")), event="fair", taken_at=long_ago)
        ids += add(lib, "new", *random_contacts(20, seed=15), event="summit",
                   taken_at=datetime.now() - timedelta(days=10))
        for i in ids:
            lib.set_pocket(i, "keep")
    return path, ids


def test_calls_lists_the_overdue_most_overdue_first(capsys: pytest.CaptureFixture[str],
                                                    library: tuple[Path, list[int]]) -> None:
    path, ids = library
    de, sv, es, pt, gen1, gen2 = ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]
    assert run(capsys, path, "calls")[1] == "Nobody to call today. (Mark contacts with `cardscan set ID " \
                                            "keep_warm=monthly`.)\n"
    for card_id, cadence in ((de, "monthly"), (sv, "weekly"), (es, "quarterly"), (gen1, "weekly"),
                             (gen2, "monthly"), (pt, "off")):
        assert run(capsys, path, "set", str(card_id), f"keep_warm={cadence}")[0] == 0
    _, out, _ = run(capsys, path, "calls", "--json", "--all")
    rows = [json.loads(line) for line in out.splitlines()]
    # sv weekly: 40 - 7 = 33 days overdue; de monthly: 10; gen1 weekly: 3; es quarterly and gen2 monthly: not due.
    assert [(r["id"], r["overdue_days"]) for r in rows] == [(sv, 33), (de, 10), (gen1, 3)]
    assert rows[0]["keep_warm"] == "weekly" and rows[0]["last_spoke"] is None
    assert rows[0]["phones"] == [{"number": "+46311234567", "type": "work"}]
    _code, out, _ = run(capsys, path, "calls", "--today", "2")
    assert out.count("[card ") == 2 and "Erik Lundgren (Lundgren Verkstad AB)" in out
    assert "weekly, 33 days overdue; last spoke: never" in out and "phone: +46 31 123 45 67 (work)" in out
    assert run(capsys, path, "calls", "--today", "0")[0] == ExitCode.USAGE


def test_called_logs_the_call_and_moves_the_due_date(capsys: pytest.CaptureFixture[str],
                                                     library: tuple[Path, list[int]]) -> None:
    path, ids = library
    de, sv = ids[0], ids[1]
    run(capsys, path, "set", str(de), "keep_warm=monthly", "note=Fährt im Winter nach Lissabon")
    run(capsys, path, "set", str(sv), "keep_warm=weekly")
    code, _, err = run(capsys, path, "called", str(sv), "--note", "Pratade om nya fabriken i Göteborg")
    assert code == 0 and f"next call due {(date.today() + timedelta(days=7)).isoformat()} (weekly)" in err
    rows = [json.loads(line) for line in run(capsys, path, "calls", "--json")[1].splitlines()]
    assert [r["id"] for r in rows] == [de]  # the one just called is no longer due
    assert rows[0]["last_note"] == "Fährt im Winter nach Lissabon"  # no call yet: the back of the card
    code, out, _ = run(capsys, path, "called", str(de), "--note", "Demo im März vereinbart", "--json")
    logged = json.loads(out)
    assert logged["next_due"] == (date.today() + timedelta(days=30)).isoformat()
    with Library.open(path) as lib:
        from cardscan.store.followthrough import interactions, log_call

        assert [i.note for i in interactions(lib, card_id=de)] == ["Demo im März vereinbart"]
        log_call(lib, sv, "", at=datetime.now().astimezone() - timedelta(days=9))  # an older call, logged late
    rows = [json.loads(line) for line in run(capsys, path, "calls", "--json")[1].splitlines()]
    assert rows == []  # the latest call counts, not the last one logged
    code, out, _ = run(capsys, path, "show", str(sv))
    assert "Called: Pratade om nya fabriken i Göteborg" in out and "Keep warm    weekly" in out


def test_keep_warm_values_and_a_contact_not_kept_warm(capsys: pytest.CaptureFixture[str],
                                                      library: tuple[Path, list[int]]) -> None:
    path, ids = library
    code, _, err = run(capsys, path, "set", str(ids[0]), "keep_warm=daily")
    assert code == ExitCode.USAGE and "weekly, monthly, quarterly or off" in err
    code, _, err = run(capsys, path, "called", str(ids[0]))
    assert code == 0 and "not kept warm" in err
    code, _, err = run(capsys, path, "called", "999")
    assert code != 0 and "no card 999" in err


def test_no_control_character_reaches_the_terminal(capsys: pytest.CaptureFixture[str],
                                                   library: tuple[Path, list[int]]) -> None:
    path, ids = library
    with Library.open(path) as lib:
        lib.set_note(ids[1], "line one\x1b[31m red\x07\nline two")
    run(capsys, path, "set", str(ids[1]), "keep_warm=weekly", "tags=a\x1b]0;x\x07b")
    for command in (["calls"], ["journal"], ["show", str(ids[1])], ["intros"]):
        out = run(capsys, path, *command)[1]
        if command[0] == "show":  # its timeline (the lines above it are show's own, escaped there)
            out = out.split("\nTimeline\n")[1]
        assert "\x1b" not in out and "\x07" not in out, command
    assert "line one[31m red / line two" in run(capsys, path, "calls")[1]
