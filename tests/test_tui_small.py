"""The smaller things of triage a user trips over: counters that go on when a triage resumes, what comes next at
the end, tags that take another one, the OCR view without repeats, the meeting's day said once."""

from __future__ import annotations

from pathlib import Path

from textual import events
from tui_cards import EVENT, make_library, new_app, open_session, run, shown_text, wait_for

from cardscan.model import Pocket
from cardscan.store import Library
from cardscan.tui.screens.tags import TagsScreen


def test_a_resumed_triage_counts_on_and_says_what_comes_next(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    ids = make_library(path, 4)
    with Library.open(path) as library:
        library.set_pocket(ids[0], Pocket.KEEP)
        library.set_pocket(ids[1], Pocket.DISCARD)

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                header = shown_text(app).split("\n")[0]
                assert "done 2/4" in header and "discard 1" in header and "keep 1" in header
                assert "card 1 of 2" in header  # the stack holds the two waiting cards
                await pilot.press("k", "k")
                await pilot.pause()
                header = shown_text(app).split("\n")[0]
                assert "done 4/4" in header and "keep 3" in header
                done = [n.message for n in app._notifications if "All 4 cards decided" in n.message]
                assert done and "cardscan export --format vcard" in done[0] and "--format ics" in done[0]
            assert session.session_summary().startswith("2 kept and 0 discarded this session. Next: export the keepers "
                                                   "from the palette")

    run(scenario)


def test_tags_are_offered_with_a_separator_to_type_the_next(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    ids = make_library(path, 1)
    with Library.open(path) as library:
        library.set_tags(ids[0], ["supplier", "NL"])

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("t")
                assert isinstance(app.screen, TagsScreen)
                await pilot.press("end", *"hot lead", "enter")
                await wait_for(pilot, lambda: not isinstance(app.screen, TagsScreen))
            assert library.get_card(ids[0]).tags == ["supplier", "NL", "hot lead"]

    run(scenario)


def test_the_ocr_view_says_each_line_once_and_the_meeting_day_once(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    ids = make_library(path, 1)
    line = "Keizersgracht 1, 1015 CJ Amsterdam"
    with Library.open(path) as library:
        card = library.get_card(ids[0])
        library.edit_field(ids[0], "title", "Projectmanager")
        contact = card.contact
        assert contact.title is not None
        scanned_title = contact.title.source

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("o")
                await pilot.pause()
                text = shown_text(app)
                assert f"scanned: {scanned_title}  ← {scanned_title}" not in text
                assert f"scanned: {scanned_title}" in text
                assert f"Met        {EVENT}" in text and f"{EVENT} · 2026-10-14" not in text

    run(scenario)
    from cardscan.tui.widgets.card_fields import source_text

    assert source_text(f"{line} / {line}") == line
    assert source_text("Street 1 / 1015 CJ Amsterdam") == "Street 1 / 1015 CJ Amsterdam"


def test_keys_typed_while_the_edit_form_opens_land_in_it(tmp_path: Path) -> None:
    from cardscan.tui.screens.edit import EditScreen

    path = tmp_path / "lib"
    ids = make_library(path, 2)

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                for key in ("e", *" Jr", "k", "d"):  # posted at once, before the form exists
                    app.post_message(events.Key(key, key if len(key) == 1 else None))
                await wait_for(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen._ready)
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, EditScreen)
                assert screen.rows[0].input.value.endswith(" Jrkd")
            assert [library.get_card(i).pocket for i in ids] == [Pocket.PENDING, Pocket.PENDING]  # nothing decided

    run(scenario)
