"""`cardscan journal` (by day, Markdown or JSON, --since) and the timeline at the end of `cardscan show`; and
the schema migration that brought the follow-through records."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from followthrough_cards import PEOPLE, eight_languages
from test_cli_library import run

from cardscan.store import Library, schema
from cardscan.store.followthrough import log_call


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "lib"
    ids = eight_languages(path)
    with Library.open(path) as lib:
        lib.set_follow_up(ids["sv"], date(2026, 10, 17))
        lib.set_follow_up(ids["de"], date(2026, 10, 17))
        lib.set_pocket(ids["it"], "discard")
        log_call(lib, ids["de"], "Über die Messe im März gesprochen", at=datetime(2026, 11, 2, 10, 0).astimezone())
    return path, ids


def test_journal_by_day_in_markdown(capsys: pytest.CaptureFixture[str],
                                    library: tuple[Path, dict[str, int]]) -> None:
    path, ids = library
    run(capsys, path, "done", str(ids["sv"]), "--date", "2026-10-16")
    run(capsys, path, "intro", str(ids["fr"]), str(ids["es"]), "-o", "-")
    code, out, _ = run(capsys, path, "journal")
    assert code == 0 and out.startswith("# Journal\n")
    days = [line for line in out.splitlines() if line.startswith("## ")]
    assert days[:3] == ["## 2026-10-14 (Wednesday)", "## 2026-10-16 (Friday)", "## 2026-10-17 (Saturday)"]
    assert days == sorted(days)
    met = out.split("## 2026-10-16")[0]
    assert "- Met Dr. Katrin Vogel (card 2) at expo" in met and "Marco Bellini" not in out  # discarded: left out
    assert "- Followed up: Erik Lundgren (card 6)" in out.split("## 2026-10-16")[1].split("##")[0]
    assert "- Follow-up due: Dr. Katrin Vogel (card 2)" in out.split("## 2026-10-17")[1]
    assert "Erik Lundgren (card 6)" not in out.split("## 2026-10-17")[1].split("##")[0]  # done: no longer due
    assert "- Called Dr. Katrin Vogel (card 2): Über die Messe im März gesprochen" in out
    assert "- Introduced Claire Fontaine (card 3) to Lucía Navarro (card 7)" in out
    assert "- Introduced Lucía Navarro (card 7) to Claire Fontaine (card 3)" in out
    assert "- Note on Sanne Visser (card 5): note nl: first line / second line nl" in out


def test_journal_json_and_since(capsys: pytest.CaptureFixture[str], library: tuple[Path, dict[str, int]]) -> None:
    path, ids = library
    code, out, _ = run(capsys, path, "journal", "--format", "json", "--since", "2026-10-15")
    days = [json.loads(line) for line in out.splitlines()]
    assert days[0]["date"] == "2026-10-17" and all(d["date"] >= "2026-10-15" for d in days)
    entries = [e for d in days for e in d["entries"]]
    assert {"date": "2026-11-02", "kind": "call", "card": ids["de"], "name": "Dr. Katrin Vogel",
            "text": "Über die Messe im März gesprochen", "other": None, "other_name": None} in entries
    assert not [e for e in entries if e["kind"] == "met"]
    code, out, _ = run(capsys, path, "journal", "--since", "today")
    assert "2026-10-14" not in out and date.today().isoformat() in out  # the notes were written today
    code, out, _ = run(capsys, path, "journal", "--since", "3w")
    assert (date.today() - timedelta(days=21)).isoformat() <= out.split("## ")[1][:10]
    code, _, err = run(capsys, path, "journal", "--since", "last tuesday")
    assert code == 2 and "YYYY-MM-DD" in err


def test_show_ends_with_the_timeline(capsys: pytest.CaptureFixture[str],
                                    library: tuple[Path, dict[str, int]]) -> None:
    path, ids = library
    _code, out, _ = run(capsys, path, "show", str(ids["de"]))
    timeline = out.split("\nTimeline\n")[1].splitlines()
    assert timeline[0] == "  2026-10-14  Met at expo"
    assert timeline[1:3] == ["  2026-10-17  Follow-up due", "  2026-11-02  Called: Über die Messe im März gesprochen"]
    assert timeline[3] == f"  {date.today().isoformat()}  Note: note de: first line / second line de"  # written today
    data = json.loads(run(capsys, path, "show", str(ids["de"]), "--json")[1])
    assert [e["kind"] for e in data["timeline"]] == ["met", "follow_up_due", "call", "note"]
    assert data["keep_warm"] is None and data["follow_up_done"] is None
    assert PEOPLE["de"][0].value("name") == data["contact"]["name"]


def test_a_library_of_the_first_schema_is_migrated_keeping_every_change(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("BEGIN")
    schema.execute_script(conn, schema.SCHEMA_V1)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO photos (sha256, source_path, card_count, scanned_at) VALUES ('x', 'p.jpg', 1, 'now')")
    conn.execute("INSERT INTO cards (photo_id, card_index, created_at, updated_at, plain, confidence) "
                 "VALUES (1, 0, '2026-10-14T10:00:00+00:00', 'now', '{}', '{}')")
    conn.execute("INSERT INTO card_contents (card_id, original, contact) VALUES (1, '{}', '{}')")
    conn.execute("INSERT INTO changes (step, session, card_id, kind, old, new, at) "
                 "VALUES (1, 's', 1, 'note', '\"\"', '\"hello\"', '2026-10-14T10:00:00+00:00')")
    conn.execute("COMMIT")
    conn.close()
    with Library.open(db) as lib:
        assert [c.new for c in lib.history(card_id=1)] == ["hello"]
        from cardscan.store.followthrough import mark_done, set_keep_warm

        assert mark_done(lib, 1, date(2026, 10, 20)) and set_keep_warm(lib, 1, "weekly")
        card = lib.get_card(1)
        assert (card.follow_up_done, card.keep_warm) == (date(2026, 10, 20), "weekly")
        assert lib.undo_last() and lib.get_card(1).keep_warm is None  # each one a step that can be undone
        assert lib.check_integrity() == []
    assert (tmp_path / "old.sqlite.schema1.bak").exists()
