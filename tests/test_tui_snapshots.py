"""SVG snapshots of the triage app's main screens at 120 x 40, compared with the files in tests/snapshots/tui/.

Deterministic by construction: fixed synthetic cards and pictures (PNG, drawn shapes), a fixed "today", no
user config (the config folder points at a path that does not exist), half-block pictures, and steady
cursors (no blink). After a deliberate change of the screens, look at the new pictures and accept them:

    CARDSCAN_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_tui_snapshots.py

A failing comparison leaves the new picture beside the test's temporary files and says where. The main
screen's snapshot is also docs/triage.svg, the picture the README shows.
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea
from tui_cards import add_cards, make_library, new_app, open_session, run

from cardscan.store import Library
from cardscan.tui.app import TriageApp

SNAPSHOTS = Path(__file__).parent / "snapshots" / "tui"
README_PICTURE = Path(__file__).parent.parent / "docs" / "triage.svg"
UPDATE = os.environ.get("CARDSCAN_UPDATE_SNAPSHOTS") == "1"
SIZE = (120, 40)

Steps = Callable[[Pilot[Any], TriageApp], Awaitable[None]]


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fixed path that does not exist: no settings are read, and the help screen shows the same path everywhere.
    monkeypatch.setenv("CARDSCAN_CONFIG_DIR", "/nonexistent/cardscan-config")


def normalise(svg: str) -> str:
    """Rich names the SVG's classes after a hash of the content; the same picture gets the same names."""
    return re.sub(r"\bterminal-\d+-", "terminal-", svg)


def screenshot(path: Path, steps: Steps | None = None) -> str:
    shots: list[str] = []

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=SIZE) as pilot:
                await pilot.pause()
                if steps is not None:
                    await steps(pilot, app)
                for widget in app.screen.query("Input, TextArea"):
                    if isinstance(widget, Input | TextArea):
                        widget.cursor_blink = False
                await pilot.pause()
                await pilot.wait_for_scheduled_animations()
                await pilot.pause()
                shots.append(normalise(app.export_screenshot(title="cardscan triage")))

    run(scenario)
    return shots[0]


def check(name: str, svg: str, tmp_path: Path, *also: Path) -> None:
    targets = [SNAPSHOTS / f"{name}.svg", *also]
    if UPDATE:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(svg, encoding="utf-8")
        return
    for target in targets:
        if not target.exists():
            pytest.fail(f"no snapshot {target}; create it with CARDSCAN_UPDATE_SNAPSHOTS=1 after checking the screen")
        if normalise(target.read_text(encoding="utf-8")) != svg:
            actual = tmp_path / f"{name}.actual.svg"
            actual.write_text(svg, encoding="utf-8")
            pytest.fail(f"{name}: the screen differs from {target}; the new one is {actual}")


@pytest.fixture
def stack(tmp_path: Path) -> Path:
    path = tmp_path / "lib"
    make_library(path, 6)
    return path


def test_main_screen(stack: Path, tmp_path: Path) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("pagedown")  # a card with a low-confidence title

    check("main", screenshot(stack, steps), tmp_path, README_PICTURE)


def test_after_decisions_with_ocr_lines(stack: Path, tmp_path: Path) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("k", "d", "pageup", "pageup", "o")  # back on the kept card, OCR lines shown

    check("kept_with_ocr_lines", screenshot(stack, steps), tmp_path)


def test_edit_with_a_wrong_email(stack: Path, tmp_path: Path) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("e")
        rows = app.screen.rows  # type: ignore[attr-defined]
        next(r.input for r in rows if r.field == "emails").focus()
        await pilot.press("ctrl+a", "ctrl+k", *"lena@@example", "ctrl+s")

    check("edit_wrong_email", screenshot(stack, steps), tmp_path)


def test_note_editor(stack: Path, tmp_path: Path) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("n", *"Met at the booth; wants a demo of the scanner.", "enter", *"Call Tuesday.")

    check("note", screenshot(stack, steps), tmp_path)


def test_help_screen(stack: Path, tmp_path: Path) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("question_mark")

    check("help", screenshot(stack, steps), tmp_path)


def test_probable_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    with Library.open(path) as library:
        add_cards(library, 2)
        add_cards(library, 1, start=0, folder="/photos/second")

    check("duplicate", screenshot(path), tmp_path)


def test_empty_stack(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib"):
        pass
    check("empty", screenshot(tmp_path / "lib"), tmp_path)
