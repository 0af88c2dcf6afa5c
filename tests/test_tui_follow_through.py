"""The follow-through keys of triage, through Pilot: `w` the draft (copy, write .eml), `F` follow-up done, `c`
keep-warm cadence, `Q` the QR code full screen (read back from the rendered screen with OpenCV)."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import numpy as np
import pytest
from qr_terminal import decode
from tui_cards import TODAY, make_library, new_app, open_session, run, shown_text, wait_for

from cardscan.export import vcard
from cardscan.store import Library
from cardscan.tui.screens.draft import DraftScreen
from cardscan.tui.screens.qr import QrScreen


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    make_library(path, 3)
    return path


def test_w_shows_the_draft_copies_it_and_writes_it(lib_path: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("w")
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, DraftScreen)
                text = shown_text(app)
                assert "Subject: Schön, Sie bei Fair kennengelernt zu haben" in text and "Guten Tag" in text
                await pilot.press("c")
                assert app.clipboard == screen.draft.text()
                await pilot.press("w")
                await wait_for(pilot, lambda: not isinstance(app.screen, DraftScreen))
                written = list(tmp_path.glob("*.eml"))
                assert len(written) == 1
                msg = email.message_from_bytes(written[0].read_bytes(), policy=policy.default)
                assert msg["X-Unsent"] == "1" and msg["Subject"] == screen.draft.subject
                await pilot.press("w")
                await pilot.press("w")  # the file exists: not overwritten, the dialog stays
                await pilot.pause()
                assert isinstance(app.screen, DraftScreen)
                await pilot.press("escape")
                assert not isinstance(app.screen, DraftScreen)

    run(scenario)


def test_done_and_keep_warm_keys_are_undoable_steps(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            first = session.current_id or 0
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("F")
                await wait_for(pilot, lambda: library.get_card(first).follow_up_done == TODAY)
                seen = []
                for _ in range(4):
                    await pilot.press("c")
                    await pilot.pause()
                    seen.append(library.get_card(first).keep_warm)
                assert seen == ["weekly", "monthly", "quarterly", None]
                for _ in range(4):
                    await pilot.press("u")
                    await pilot.pause()
                assert library.get_card(first).keep_warm is None
                await pilot.press("u")
                await wait_for(pilot, lambda: library.get_card(first).follow_up_done is None)

    run(scenario)


def test_Q_shows_the_code_full_screen(lib_path: Path) -> None:
    async def scenario() -> None:
        with Library.open(lib_path) as library:
            session = open_session(library)
            card = library.get_card(session.current_id or 0)
            app = new_app(session)
            async with app.run_test(size=(140, 60)) as pilot:
                await pilot.press("Q")
                await pilot.pause()
                assert isinstance(app.screen, QrScreen)
                rows: list[list[int]] = []
                for strip in app.screen._compositor.render_strips():
                    top: list[int] = []
                    bottom: list[int] = []
                    for segment in strip:
                        style = segment.style
                        for ch in segment.text:
                            if ch != "\u2580" or style is None or style.color is None or style.bgcolor is None:
                                continue
                            top.append(255 if style.color.get_truecolor().red > 127 else 0)
                            bottom.append(255 if style.bgcolor.get_truecolor().red > 127 else 0)
                    if top:
                        rows += [top, bottom]
                image = np.kron(np.array(rows, dtype=np.uint8), np.ones((6, 6), dtype=np.uint8))
                assert decode(image) == vcard(card).decode("utf-8")
                await pilot.press("escape")
                assert not isinstance(app.screen, QrScreen)

    run(scenario)
