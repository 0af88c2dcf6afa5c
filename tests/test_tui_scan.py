"""Scanning from inside the triage app: real photos from the generator, real OCR, in a worker. The screen keeps
answering keys while the scan runs, a progress bar shows the work, and the cards join the stack as each photo
is read."""

from __future__ import annotations

from pathlib import Path

import cardgen
import pytest
from textual.widgets import ProgressBar
from tui_cards import make_library, new_app, open_session, run, shown_text, wait_for

from cardscan.model import Pocket
from cardscan.store import Library
from cardscan.tui.screens.scan_folder import ScanFolderScreen
from cardscan.tui.screens.triage import TriageScreen

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("photos") / "Fair"
    for seed in (11, 12):
        cardgen.write_photo(cardgen.make_photo(seed, "crop"), folder, f"card{seed}")
    return folder


def test_scan_in_the_app_adds_cards_while_the_screen_answers(tmp_path: Path, photos: Path) -> None:
    path = tmp_path / "lib"
    make_library(path, 2)

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("s")
                assert isinstance(app.screen, ScanFolderScreen)
                await pilot.press("ctrl+a", "ctrl+k", *str(photos), "enter")
                assert isinstance(app.screen, TriageScreen), shown_text(app)
                await wait_for(pilot, lambda: app.scanning, timeout=10)
                await wait_for(pilot, lambda: app.screen.query_one("#scan").display, timeout=60)
                bar = app.screen.query_one(ProgressBar)
                assert bar.total == 2
                # the screen keeps answering while photos are read
                await pilot.press("k")
                assert library.get_card(session.entries[0].id).pocket == Pocket.KEEP
                await wait_for(pilot, lambda: len(session.entries) == 4, timeout=240)
                await wait_for(pilot, lambda: not app.scanning, timeout=60)
                await pilot.pause()
                assert not app.screen.query_one("#scan").display
                assert any("2 photos read, 2 cards added" in n.message for n in app._notifications)
                new = session.entries[2:]
                assert all(library.get_card(e.id).event == "Fair" or library.get_card(e.id).event.startswith("Fair")
                           for e in new)
                assert "done 1/4" in shown_text(app)

        with Library.open(path) as library:
            assert len(library.list_cards()) == 4
            assert library.check_integrity() == []  # every new card has its image, in the library's files/
            assert all(Path(c.crop_path or "").parent.parent == path / "files" for c in library.list_cards())
        assert not (path / "library-files").exists()

    run(scenario)


def test_scanning_the_same_folder_again_adds_nothing(tmp_path: Path, photos: Path) -> None:
    path = tmp_path / "lib"

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                app.start_scan(photos, None)
                await wait_for(pilot, lambda: len(session.entries) == 2, timeout=240)
                await wait_for(pilot, lambda: not app.scanning, timeout=60)
                assert session.current_id == session.entries[0].id  # the empty stack now shows the first new card
                app.start_scan(photos, None)
                await wait_for(pilot, lambda: not app.scanning, timeout=60)
                await pilot.pause()
                assert any("No new photo to scan" in n.message for n in app._notifications)
                assert len(session.entries) == 2

    run(scenario)


def test_the_scan_dialog_offers_the_event_and_the_scan_uses_the_command_line_options(tmp_path: Path,
                                                                                      photos: Path) -> None:
    """`s` proposes the triage's event; the scan reads with the languages given to `cardscan triage` (a language
    Tesseract lacks makes the scan fail at once, naming it: proof the option reached it)."""
    from tui_cards import EVENT, TODAY

    from cardscan.scan_options import ScanOptions
    from cardscan.tui.app import TriageApp
    from cardscan.tui.screens.error import ErrorScreen

    path = tmp_path / "lib"
    make_library(path, 2)

    async def scenario() -> None:
        with Library.open(path) as library:
            session = open_session(library, event=EVENT)
            app = TriageApp(session, today=lambda: TODAY, scan_options=ScanOptions(languages="deu+xyzzy"))
            chosen: list[object] = []
            async with app.run_test(size=(120, 40)) as pilot:
                app.start_scan = lambda folder, event: chosen.append((folder, event))  # type: ignore[method-assign]
                await pilot.press("s")
                assert isinstance(app.screen, ScanFolderScreen)
                assert app.screen.query_one("#scan-event").value == EVENT
                await pilot.press("ctrl+a", "ctrl+k", *str(photos), "enter")
                assert chosen == [(photos, EVENT)]
                del app.start_scan
                app.start_scan(photos, "Fair evening")
                await wait_for(pilot, lambda: isinstance(app.screen, ErrorScreen), timeout=30)
                assert "xyzzy" in shown_text(app)

    run(scenario)
