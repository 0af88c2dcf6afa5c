"""Every change is logged with its old and new value, and can be undone step by step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_store_factory import add, person

from cardscan.errors import LibraryError
from cardscan.model import Pocket
from cardscan.store import Library, UndoConflictError


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


def _state(lib: Library, card_id: int) -> tuple[object, ...]:
    c = lib.get_card(card_id)
    return c.pocket, c.note, c.follow_up, c.tags, c.contact.to_json(), lib.merged_into(card_id)


def test_undo_walks_back_to_the_start_of_the_session(lib: Library) -> None:
    a, b = add(lib, "p1", person("Anna van den Berg", emails=("anna@noord.nl",)),
               person("Anna van den Berg", emails=("anna@noord.nl",)))
    states = [(_state(lib, a), _state(lib, b))]
    steps = [
        lambda: lib.set_pocket(a, Pocket.KEEP),
        lambda: lib.set_note(a, "Met at the booth"),
        lambda: lib.set_follow_up(a, date(2026, 10, 17)),
        lambda: lib.set_tags(a, ["supplier", "nl"]),
        lambda: lib.edit_field(a, "title", "Projectmanager"),
        lambda: lib.set_note(b, "Second card"),
        lambda: lib.merge(a, b),
        lambda: lib.set_pocket(a, Pocket.DISCARD),
    ]
    for step in steps:
        step()
        states.append((_state(lib, a), _state(lib, b)))
    for expected in reversed(states[:-1]):
        assert lib.undo_last()
        assert (_state(lib, a), _state(lib, b)) == expected
    assert lib.undo_last() == []
    assert all(c.undone and c.undo_result == "reverted" for c in lib.history())


def test_a_change_to_the_same_value_is_not_logged(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg"))
    lib.set_pocket(a, "pending")
    lib.set_note(a, "")
    assert lib.history() == []
    lib.set_pocket(a, "keep")
    [change] = lib.history()
    assert (change.card_id, change.kind, change.old, change.new) == (a, "pocket", "pending", "keep")


def test_undo_touches_only_its_own_session(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as triage, Library.open(tmp_path / "lib") as shell:
        a, b = add(triage, "p1", person("Anna van den Berg"), person("Marco Rossi"))
        triage.set_pocket(a, "keep")
        shell.set_pocket(b, "discard")
        assert [c.card_id for c in triage.undo_last()] == [a]
        assert triage.get_card(b).pocket == Pocket.DISCARD
        assert triage.undo_last() == []
        assert triage.undo_last(shell.session_id)[0].card_id == b  # another session's steps, when asked for


def test_undo_never_overwrites_a_later_change_made_elsewhere(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib") as triage, Library.open(tmp_path / "lib") as shell:
        [a] = add(triage, "p1", person("Anna van den Berg"))
        triage.set_note(a, "first")
        triage.set_pocket(a, "keep")
        shell.set_pocket(a, "discard")
        with pytest.raises(UndoConflictError, match="pocket changed again since"):
            triage.undo_last()
        assert triage.get_card(a).pocket == Pocket.DISCARD
        # The superseded step is passed over: the next undo goes on to the step before.
        triage.undo_last()
        assert triage.get_card(a).note == ""
        assert [c.undo_result for c in triage.history(session=triage.session_id)] == ["superseded", "reverted"]


def test_revert_a_change_by_id(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg"))
    lib.set_note(a, "one")
    lib.set_pocket(a, "keep")
    note_change = next(c for c in lib.history() if c.kind == "note")
    lib.revert_change(note_change.id)
    assert (lib.get_card(a).note, lib.get_card(a).pocket) == ("", Pocket.KEEP)
    with pytest.raises(LibraryError, match="already undone"):
        lib.revert_change(note_change.id)
    lib.set_note(a, "two")
    lib.set_note(a, "three")
    first = lib.history()[1]
    with pytest.raises(UndoConflictError):
        lib.revert_change(first.id)
    assert lib.get_card(a).note == "three"


def test_a_batch_is_one_step_and_all_or_nothing(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg"))
    with lib.batch():
        lib.set_pocket(a, "keep")
        lib.set_note(a, "n")
        lib.set_tags(a, ["t"])
    assert len({c.step for c in lib.history()}) == 1
    with pytest.raises(RuntimeError), lib.batch():
        lib.set_pocket(a, "discard")
        lib.edit_field(a, "title", "CEO")
        raise RuntimeError("interrupted")
    card = lib.get_card(a)
    assert (card.pocket, card.contact.title) == (Pocket.KEEP, None)
    assert len(lib.history()) == 3
    assert len(lib.undo_last()) == 3
    assert (lib.get_card(a).pocket, lib.get_card(a).note, lib.get_card(a).tags) == (Pocket.PENDING, "", [])


def test_field_edit_history_keeps_old_and_new_values(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg", company="Noord"))
    lib.edit_field(a, "company", "Stichting Noord")
    [change] = lib.history(a)
    assert change.kind == "field" and change.field == "company"
    assert change.old["value"] == "Noord" and change.old["source"] == "Noord"
    assert change.new == {"value": "Stichting Noord", "confidence": 1.0, "source": "user"}
