"""The triage app driven with Textual's Pilot: deciding, moving, undoing, filtering, quitting and resuming.

Every check of what was saved reads the library through a second connection while the app still runs: a
decision must be in the database the moment it is made, not when the app closes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tui_cards import TODAY, add_cards, make_library, new_app, open_session, run, shown_text

from cardscan.model import Pocket
from cardscan.store import Library
from cardscan.tui.screens.triage import TriageScreen


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    make_library(path, 6)
    return path


def pockets(path: Path) -> dict[int, Pocket]:
    with Library.open(path, create=False) as other:
        return {c.id: c.pocket for c in other.list_cards() if c.id is not None}


def test_keep_and_discard_go_to_the_library_at_once(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            ids = [e.id for e in session.entries]
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                assert session.current_id == ids[0]
                await pilot.press("right")
                assert pockets(lib_path)[ids[0]] == Pocket.KEEP
                assert session.current_id == ids[1]
                await pilot.press("left")
                await pilot.press("k")
                await pilot.press("d")
                saved = pockets(lib_path)
                assert [saved[i] for i in ids[:4]] == [Pocket.KEEP, Pocket.DISCARD, Pocket.KEEP, Pocket.DISCARD]
                assert saved[ids[4]] == Pocket.PENDING
                assert session.current_id == ids[4]
                await pilot.pause()
                text = shown_text(app)
                assert "done 4/6" in text and "discard 2" in text and "keep 2" in text
                assert "card 5 of 6" in text
        with Library.open(lib_path, create=False) as check:
            kept = check.get_card(ids[0])
            # every keeper is to be contacted within three days of the event (met on 2026-10-14), never in the past
            assert kept.follow_up == date(2026, 10, 21)  # 2026-10-17 is past on 2026-10-20: tomorrow
            assert check.get_card(ids[1]).follow_up is None

    run(scenario)


def test_page_keys_move_without_deciding(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            ids = [e.id for e in session.entries]
            async with new_app(session).run_test(size=(120, 40)) as pilot:
                await pilot.press("pagedown", "pagedown")
                assert session.current_id == ids[2]
                await pilot.press("pageup")
                assert session.current_id == ids[1]
                await pilot.press("end")
                assert session.current_id == ids[-1]
                await pilot.press("home")
                assert session.current_id == ids[0]
                await pilot.press("pageup")  # already at the first card: stays
                assert session.current_id == ids[0]
                assert set(pockets(lib_path).values()) == {Pocket.PENDING}

    run(scenario)


def test_deciding_skips_cards_already_decided(lib_path: Path) -> None:
    """After a decision the next undecided card comes, wrapping round to ones skipped earlier."""
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            ids = [e.id for e in session.entries]
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("pagedown")  # skip the first card for now
                await pilot.press("k", "k", "k", "k", "k")
                assert session.current_id == ids[0]  # back to the skipped one
                await pilot.press("d")
                assert session.all_decided()
                await pilot.pause()
                assert "done 6/6" in shown_text(app)
                assert any("All 6 cards decided" in n.message for n in app._notifications)

    run(scenario)


def test_undo_walks_back_every_step_to_the_start(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            ids = [e.id for e in session.entries]
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("k", "d", "k")
                await pilot.press("pageup")
                await pilot.press("t")
                await pilot.press(*"vip", "enter")
                await pilot.pause()
                assert library.get_card(ids[2]).tags == ["vip"]
                await pilot.press("pagedown")

                await pilot.press("u")  # the tags
                assert library.get_card(ids[2]).tags == []
                assert session.current_id == ids[2]
                await pilot.press("u")  # the third decision
                assert pockets(lib_path)[ids[2]] == Pocket.PENDING
                assert session.current_id == ids[2]
                await pilot.press("u")
                assert pockets(lib_path)[ids[1]] == Pocket.PENDING
                assert session.current_id == ids[1]
                await pilot.press("u")
                assert session.current_id == ids[0]
                saved = pockets(lib_path)
                assert set(saved.values()) == {Pocket.PENDING}
                # the keeper's default follow-up came with the decision and went with its undo
                assert library.get_card(ids[0]).follow_up is None
                await pilot.press("u")  # nothing left: says so, changes nothing
                await pilot.pause()
                assert session.current_id == ids[0]
                assert any("Nothing left to undo" in n.message for n in app._notifications)

    run(scenario)


def test_undo_covers_only_this_session(lib_path: Path) -> None:
    with Library.open(lib_path) as library:
        first = open_session(library)
        first.decide(Pocket.KEEP)
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            async with new_app(session).run_test(size=(120, 40)) as pilot:
                await pilot.press("u")
        assert sorted(pockets(lib_path).values()).count(Pocket.KEEP) == 1

    run(scenario)


def test_quit_then_resume_at_the_first_undecided_card(lib_path: Path) -> None:
    async def first_run() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("k", "d", "pagedown", "k")  # the third card is skipped
                await pilot.press("q")
                await pilot.pause()
            assert app.return_code == 0

    async def second_run() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            ids = [e.id for e in session.entries]
            async with new_app(session).run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                # pending cards only, oldest first: the skipped third card and the two after the last decision
                assert len(ids) == 3
                assert session.current_id == ids[0]
                assert library.get_card(ids[0]).pocket == Pocket.PENDING
                assert "done 3/6" in shown_text(pilot.app)  # the counters go on from the first session

    run(first_run)
    with Library.open(lib_path) as library:
        all_ids = [c.id for c in library.list_cards()]
    run(second_run)
    with Library.open(lib_path) as library:
        assert [library.get_card(i).pocket for i in all_ids[:4]] == [Pocket.KEEP, Pocket.DISCARD, Pocket.PENDING,
                                                                     Pocket.KEEP]


def test_all_shows_decided_cards_too_and_event_narrows(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    with Library.open(path) as library:
        add_cards(library, 3, event="Fair A")
        add_cards(library, 2, start=3, event="Fair B")
        library.set_pocket(library.list_cards()[0].id or 0, Pocket.KEEP)
    with Library.open(path) as library:
        assert len(open_session(library).entries) == 4
        assert len(open_session(library, include_decided=True).entries) == 5
        only_b = open_session(library, event="Fair B")
        assert [library.get_card(e.id).event for e in only_b.entries] == ["Fair B", "Fair B"]


def test_filter_narrows_the_stack_by_text(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("slash")
                await pilot.press(*"vetri")  # the company of cards 3 (and 9, 15...): accents and case ignored
                await pilot.pause()
                assert [library.get_card(e.id).contact.value("company") for e in session.visible()] == \
                    ["Vetri Lago S.r.l."]
                assert "filter “vetri”: 1 of 6" in shown_text(app)
                await pilot.press("enter")  # keeps the filter, back to the keys
                await pilot.press("k")
                assert library.get_card(session.visible()[0].id).pocket == Pocket.KEEP
                await pilot.press("escape")  # on the stack, Esc clears the filter kept with Enter
                await pilot.pause()
                assert len(session.visible()) == 6 and "filter" not in shown_text(app).split("\n")[0]
                await pilot.press("slash", *"vetri", "enter")
                await pilot.press("slash", "escape")  # in the filter line too
                await pilot.pause()
                assert len(session.visible()) == 6
                await pilot.press("slash", *"ELODIE")
                await pilot.pause()
                assert [library.get_card(e.id).contact.value("name") for e in session.visible()] == ["Élodie Vogt"]
                await pilot.press(*" marchand")  # every word must match
                await pilot.pause()
                assert session.visible() == []
                assert "No card matches" in shown_text(app)

    run(scenario)


def test_empty_stack_says_what_to_do(tmp_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(tmp_path / "empty") as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                text = shown_text(app)
                assert "No card waiting for triage" in text and "s: scan a folder" in text
                await pilot.press("k", "u")  # nothing to decide or undo: no failure
                assert isinstance(app.screen, TriageScreen)

    run(scenario)


def test_today_is_injected(lib_path: Path) -> None:
    with Library.open(lib_path) as library:
        session = open_session(library)
        card = session.current_card()
        assert card is not None and card.met_on == date(2026, 10, 14)
        assert session.default_follow_up(card) == date(2026, 10, 21)  # +3 is past: tomorrow
        card.met_on = None
        assert session.default_follow_up(card) == date(2026, 10, 23) == TODAY.replace(day=23)


def test_the_command_checks_its_arguments_before_starting(lib_path: Path, tmp_path: Path) -> None:
    from argparse import Namespace

    from cardscan.commands.triage import run as triage
    from cardscan.errors import LibraryError, UsageError

    with pytest.raises(UsageError) as info:
        triage(Namespace(library=str(lib_path), event="Fair 1999", all=False))
    assert "no event 'Fair 1999'" in info.value.message and "Fair 2026-10-14" in (info.value.hint or "")
    with pytest.raises(LibraryError):  # a library named on the command line must exist
        triage(Namespace(library=str(tmp_path / "typo"), event=None, all=False))
    assert not (tmp_path / "typo").exists()
    with pytest.raises(UsageError) as info:  # pytest's stdin is no terminal
        triage(Namespace(library=str(lib_path), event="Fair 2026-10-14", all=True))
    assert "needs a terminal" in info.value.message
