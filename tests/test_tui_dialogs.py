"""The dialogs of the triage app, driven with Pilot: note, field edits (checked as typed), follow-up date, tags,
duplicates and merging, help, command palette, and the error dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Label, TextArea
from tui_cards import TODAY, add_cards, make_library, new_app, open_session, run, shown_text, wait_for

from cardscan.dates import parse_day
from cardscan.errors import LibraryError
from cardscan.model import SOURCE_USER, Card, Field, Pocket
from cardscan.store import Library
from cardscan.tui.screens.edit import EditScreen
from cardscan.tui.screens.error import ErrorScreen
from cardscan.tui.screens.help import HelpScreen
from cardscan.tui.screens.merge import MergeScreen
from cardscan.tui.screens.note import NoteScreen
from cardscan.tui.screens.triage import TriageScreen


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    make_library(path, 4)
    return path


def fresh_card(path: Path, card_id: int) -> Card:
    """The card as another process reading the library sees it now."""
    with Library.open(path, create=False) as other:
        return other.get_card(card_id)


def edit_input(app: object, field: str, nth: int = 0) -> Input:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, EditScreen)
    return [r.input for r in screen.rows if r.field == field][nth]


def test_note_is_saved_while_typed_and_undone_as_one_step(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            card_id = session.current_id
            assert card_id is not None
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("n")
                assert isinstance(app.screen, NoteScreen)
                await pilot.press(*"Met at the booth", "enter", *"wants a demo")
                # saved a moment after typing stops, with the editor still open
                await wait_for(pilot, lambda: fresh_card(lib_path, card_id).note == "Met at the booth\nwants a demo")
                await pilot.press("enter", *"in May")
                await pilot.press("escape")  # closing saves what was typed since
                assert isinstance(app.screen, TriageScreen)
                assert fresh_card(lib_path, card_id).note == "Met at the booth\nwants a demo\nin May"
                assert "wants a demo" in shown_text(app)
                await pilot.press("u")  # the whole note, however many autosaves it took
                assert fresh_card(lib_path, card_id).note == ""

    run(scenario)


def test_edit_refuses_a_wrong_email_then_saves_a_right_one(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            card_id = session.current_id
            assert card_id is not None
            before = fresh_card(lib_path, card_id).contact.to_dict()
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("e")
                field = edit_input(app, "emails")
                field.focus()
                await pilot.press("ctrl+a", "ctrl+k", *"a@@b..c")
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, EditScreen)
                row = next(r for r in screen.rows if r.input is field)
                assert row.error.display and "not an email address" in str(row.error.render())
                assert field.has_class("-invalid")
                await pilot.press("ctrl+s")
                assert app.screen is screen  # not saved, still editing
                assert "Not saved" in str(screen.query_one("#edit-status", Label).render())
                assert fresh_card(lib_path, card_id).contact.to_dict() == before

                await pilot.press("ctrl+a", "ctrl+k", *"Lena@Example.COM")
                await pilot.pause()
                assert not row.error.display
                await pilot.press("ctrl+s")
                assert isinstance(app.screen, TriageScreen)
                saved = fresh_card(lib_path, card_id).contact
                assert [f.value for f in saved.emails] == ["lena@example.com"]
                assert saved.emails[0].source == SOURCE_USER
                assert "✎ you" in shown_text(app)
                # the scan is kept apart: the edit can be compared with, and undone to, what was read
                assert library.original_contact(card_id).to_dict()["emails"] == before["emails"]
                await pilot.press("u")
                assert fresh_card(lib_path, card_id).contact.to_dict() == before

    run(scenario)


def test_edit_checks_phone_numbers_in_the_cards_country(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            card_id = session.current_id  # a card from Berlin (DE)
            assert card_id is not None
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("e")
                field = edit_input(app, "phones", 1)  # the empty line after the card's number
                field.focus()
                await pilot.press(*"12")
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, EditScreen)
                row = next(r for r in screen.rows if r.input is field)
                assert row.error.display and "not a valid number" in str(row.error.render())
                await pilot.press("ctrl+a", "ctrl+k", *"mobile:01712345678")
                await pilot.pause()
                assert not row.error.display
                await pilot.press("ctrl+s")
                assert isinstance(app.screen, TriageScreen)
                phones = fresh_card(lib_path, card_id).contact.phones
                assert [(p.value.number, p.value.type) for p in phones] == [("+4930901" + "0000", "work"),
                                                                            ("+491712345678", "mobile")]

    run(scenario)


def test_editing_the_name_splits_it_into_its_parts(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            card_id = session.current_id
            assert card_id is not None
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("e")
                await pilot.press("end", *" van Dam", "home", *"Dr. ")  # "Dr. Lena Vogt van Dam"
                await pilot.pause()
                assert edit_input(app, "family_name").value == "van Dam"
                assert edit_input(app, "middle_name").value == "Vogt"
                assert edit_input(app, "prefix").value == "Dr."
                await pilot.press("ctrl+s")
                contact = fresh_card(lib_path, card_id).contact
                assert (contact.value("name"), contact.value("prefix"), contact.value("given_name"),
                        contact.value("middle_name"), contact.value("family_name")) == \
                    ("Dr. Lena Vogt van Dam", "Dr.", "Lena", "Vogt", "van Dam")

    run(scenario)


def test_follow_up_proposes_tomorrow_when_three_days_after_the_event_are_past(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            card_id = session.current_id
            assert card_id is not None
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("f")
                field = app.screen.query_one(Input)
                assert field.value == "2026-10-21"  # met on 2026-10-14, +3 is past on 2026-10-20: tomorrow
                await pilot.press("down", "down")
                assert field.value == "2026-10-19"
                await pilot.press("ctrl+a", "ctrl+k", *"2026-10-10")
                await pilot.pause()
                assert "before the meeting (2026-10-14)" in str(app.screen.query_one("#day-info", Label).render())
                await pilot.press("ctrl+a", "ctrl+k", *"2026-10-19", "enter")
                assert fresh_card(lib_path, card_id).follow_up == date(2026, 10, 19)
                await pilot.press("f")
                await pilot.press("ctrl+a", "ctrl+k", *"2026-13-01")
                await pilot.pause()
                await pilot.press("enter")  # refused: still open
                assert app.screen.query_one(Input).value == "2026-13-01"
                assert fresh_card(lib_path, card_id).follow_up == date(2026, 10, 19)
                await pilot.press("ctrl+a", "ctrl+k", *"+7")
                await pilot.press("enter")
                assert fresh_card(lib_path, card_id).follow_up == date(2026, 10, 27)  # a week after today
                await pilot.press("f", "ctrl+d")  # no follow-up
                assert fresh_card(lib_path, card_id).follow_up is None
                await pilot.press("u")
                assert fresh_card(lib_path, card_id).follow_up == date(2026, 10, 27)

    run(scenario)


def test_follow_up_text_forms() -> None:
    assert parse_day("2026-11-02", TODAY) == date(2026, 11, 2)
    assert parse_day("+3", TODAY) == date(2026, 10, 23)
    assert parse_day("2w", TODAY) == date(2026, 11, 3)
    assert parse_day("tomorrow", TODAY) == date(2026, 10, 21)
    assert parse_day("  ", TODAY) is None
    with pytest.raises(ValueError):
        parse_day("next week", TODAY)


def test_tags_complete_from_the_library(lib_path: Path) -> None:
    with Library.open(lib_path) as library:
        library.set_tags(library.list_cards()[-1].id or 0, ["partner", "hot lead"])

    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            card_id = session.current_id
            assert card_id is not None
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("t", *"ho")
                await pilot.pause()
                await pilot.press("right")  # accepts the completion "hot lead"
                await pilot.press(*", ", *"Demo in May", *", hot lead", "enter")
                assert fresh_card(lib_path, card_id).tags == ["hot lead", "Demo in May"]
                assert "hot lead, Demo in May" in shown_text(app)

    run(scenario)


def test_duplicates_are_shown_and_merged(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    with Library.open(path) as library:
        first = add_cards(library, 2)
        # the same person scanned again at another stand: same e-mail address, a note on each card
        again = add_cards(library, 1, start=0, folder="/photos/second")
        library.set_note(first[0], "met at the booth")
        library.set_note(again[0], "asked for prices")
        assert library.probable_duplicates(first[0]) == again

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                assert "Probable duplicate of #" in shown_text(app)
                await pilot.press("m")
                assert isinstance(app.screen, MergeScreen)
                await pilot.press("1")  # this card's fields win
                assert isinstance(app.screen, TriageScreen)
                assert library.merged_into(again[0]) == first[0]
                merged = fresh_card(path, first[0])
                assert "met at the booth" in merged.note and "asked for prices" in merged.note
                assert [e.id for e in session.entries] == first
                assert "Probable duplicate" not in shown_text(app)
                await pilot.press("u")  # the merge is undone: both cards again
                assert library.merged_into(again[0]) is None
                assert [e.id for e in session.entries] == [*first, *again]
                await pilot.press("x")  # not the same person
                assert library.probable_duplicates(first[0]) == []

    run(scenario)


def test_low_confidence_fields_are_marked_and_ocr_lines_shown(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("pagedown")  # card 2 was read with a shaky title (42 %)
                await pilot.pause()
                text = shown_text(app)
                assert "⚠ 42%" in text and "read with low confidence" in text
                assert "OCR:" not in text
                await pilot.press("o")
                await pilot.pause()
                text = shown_text(app)
                assert "↳ OCR: T 020 123 0001" in text and "↳ OCR: E-mail:" in text
                assert "↳ OCR: Projectmanager" in text
                await pilot.press("o")
                await pilot.pause()
                assert "OCR:" not in shown_text(app)

    run(scenario)


def test_help_lists_every_key_and_palette_runs_actions(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            first = session.current_id
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("question_mark")
                assert isinstance(app.screen, HelpScreen)
                text = shown_text(app)
                for words in ("→/k", "Keep: into the right pocket", "pgdn", "Undo the last step", "ctrl+p"):
                    assert words in text
                await pilot.press("escape")
                await pilot.press("ctrl+p")
                await pilot.press(*"discard")
                await pilot.pause(0.3)
                await pilot.press("enter")
                await wait_for(pilot, lambda: library.get_card(first or 0).pocket == Pocket.DISCARD)

    run(scenario)


def test_a_failed_save_shows_the_error_and_the_app_goes_on(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            first = session.current_id

            def disk_full(card_id: int, pocket: object) -> None:
                raise LibraryError("library.sqlite: the disk is full", hint="free some space; nothing was lost")

            real = library.set_pocket
            library.set_pocket = disk_full  # type: ignore[method-assign]
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("k")
                assert isinstance(app.screen, ErrorScreen)
                assert "the disk is full" in shown_text(app)
                await pilot.press("enter")
                assert isinstance(app.screen, TriageScreen)
                assert session.current_id == first and library.get_card(first or 0).pocket == Pocket.PENDING
                library.set_pocket = real  # type: ignore[method-assign]
                await pilot.press("k")
                assert library.get_card(first or 0).pocket == Pocket.KEEP

    run(scenario)


def test_a_failed_worker_becomes_the_error_dialog(lib_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_scan(*args: object, **kwargs: object) -> None:
        raise LibraryError("library.sqlite: the library stayed busy for over 10 s")

    monkeypatch.setattr("cardscan.tui.app.run_scan", broken_scan)

    async def scenario() -> None:
        with Library.open(lib_path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                app.start_scan(lib_path, None)
                await wait_for(pilot, lambda: isinstance(app.screen, ErrorScreen))
                await pilot.pause()
                assert "Scan failed" in shown_text(app) and "stayed busy" in shown_text(app)
                assert not app.scanning

    run(scenario)


def test_edit_keeps_unchanged_ocr_values_even_when_odd(tmp_path: Path) -> None:
    """A number the scan read that does not validate is kept as it is unless the user changes that line."""
    path = tmp_path / "lib"
    with Library.open(path) as library:
        card_id = add_cards(library, 1)[0]
        library.edit_field(card_id, "emails", [Field("not-an-address", 0.3, "E-mail: not-an-address")])

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("e")
                edit_input(app, "title").focus()
                await pilot.press("ctrl+a", "ctrl+k", *"Sales Director")
                await pilot.press("ctrl+s")
                assert isinstance(app.screen, TriageScreen)
                contact = library.get_card(card_id).contact
                assert contact.value("title") == "Sales Director"
                assert [f.value for f in contact.emails] == ["not-an-address"]

    run(scenario)


def test_note_editor_is_a_text_area(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("n")
                assert isinstance(app.screen.focused, TextArea)

    run(scenario)


def met_again(tmp_path: Path, count: int) -> tuple[Path, list[int], list[int]]:
    """A card discarded at one event, the same person (and `count` - 1 others) met at another event."""
    path = tmp_path / "lib"
    with Library.open(path) as library:
        first = add_cards(library, 1, event="Fair 2026-03-02", folder="/photos/march")
        again = add_cards(library, count, start=0, event="Expo 2026-10-14", folder="/photos/october")
        library.set_pocket(first[0], Pocket.DISCARD)
    return path, first, again


def test_merging_keeps_the_winners_pocket_and_the_second_event(tmp_path: Path) -> None:
    """The card on screen (waiting) wins over an old duplicate that was discarded: it stays waiting, not
    discarded; the other card's event is kept in the note."""
    path, first, again = met_again(tmp_path, 1)

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library, event="Expo 2026-10-14")
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                assert session.current_id == again[0]
                await pilot.press("m")
                assert isinstance(app.screen, MergeScreen)
                await pilot.press("1")  # this card wins
                merged = fresh_card(path, again[0])
                assert merged.pocket == Pocket.PENDING
                assert "--- card 1, Fair 2026-03-02 ---" in merged.note
                assert [e.id for e in session.entries] == again
                assert session.progress().discard == 0
                await pilot.press("u")  # undone: card 1 (another event) comes back to the library, not the stack
                assert library.merged_into(first[0]) is None
                assert [e.id for e in session.entries] == again
                assert session.progress().discard == 0

    run(scenario)


def test_not_a_duplicate_in_an_event_keeps_other_events_out_of_the_stack(tmp_path: Path) -> None:
    path, _first, again = met_again(tmp_path, 2)

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library, event="Expo 2026-10-14")
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("x")  # not the same person as card 1 (another event)
                assert library.probable_duplicates(again[0]) == []
                assert [e.id for e in session.entries] == again
                p = session.progress()
                assert (p.total, p.discard) == (2, 0)

    run(scenario)
