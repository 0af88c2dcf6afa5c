"""SVG snapshots of the triage app's screens, compared with the files in tests/snapshots/tui/: the main screens at
120 x 40, and the main screen and the dialogs at 80 x 24 and 200 x 60 (nothing cut off at the smallest size).

Deterministic by construction: fixed synthetic cards and pictures (PNG, drawn shapes), a fixed "today", no
user config (the config folder points at a path that does not exist), half-block pictures, and steady
cursors (no blink). After a deliberate change of the screens, look at the new pictures and accept them:

    CARDSCAN_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_tui_snapshots.py

A failing comparison leaves the new picture beside the test's temporary files and says where. The main
screen's snapshots are also docs/triage.svg (120 x 40), docs/triage-80x24.svg and docs/triage-160x48.svg, the
pictures the README shows.
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
from tui_cards import add_cards, make_library, new_app, open_session, run, wait_for

from cardscan.store import Library
from cardscan.tui.app import TriageApp
from cardscan.tui.widgets.edit_picture import EditPicture

SNAPSHOTS = Path(__file__).parent / "snapshots" / "tui"
DOCS = Path(__file__).parent.parent / "docs"
README_PICTURE = DOCS / "triage.svg"
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


def screenshot(path: Path, steps: Steps | None = None, size: tuple[int, int] = SIZE) -> str:
    shots: list[str] = []

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=size) as pilot:
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


def test_edit_at_80x24_shows_the_card(stack: Path, tmp_path: Path) -> None:
    """Narrow: the card above the form (small), the region behind the focused field beside it."""
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("e")
        picture = app.screen.query_one(EditPicture)
        await wait_for(pilot, lambda: picture._lines is not None, timeout=60)  # the card's lines read again
        rows = app.screen.rows  # type: ignore[attr-defined]
        next(r.input for r in rows if r.field == "title").focus()

    check("edit_80x24", screenshot(stack, steps, (80, 24)), tmp_path)


def test_export_dialog(stack: Path, tmp_path: Path) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("k", "E")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = "/home/user/contacts.vcf"

    check("export", screenshot(stack, steps), tmp_path)


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


def visible_text(svg: str) -> str:
    """The text of a screenshot, for checks that a word is on screen whole."""
    import html

    return html.unescape(" ".join(re.findall(r">([^<]*)</text>", svg))).replace("\xa0", " ")


SIZES = [(80, 24), (200, 60)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_main_screen_at_other_sizes(stack: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("pagedown")

    with Library.open(stack) as library:
        card = library.list_cards()[1]
    svg = screenshot(stack, steps, size)
    text = visible_text(svg)
    # the counters, and the longest values whole (an e-mail never cut mid-address)
    for whole in ("card 2 of 6", "done 0/6", "discard 0", "keep 0", card.contact.value("company") or "",
                  card.contact.emails[0].value):
        assert whole.replace(" ", "") in text.replace(" ", ""), whole
    check(f"main_{size[0]}x{size[1]}", svg, tmp_path)


def test_main_screen_for_the_readme(stack: Path, tmp_path: Path) -> None:
    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("pagedown")

    check("main_160x48", screenshot(stack, steps, (160, 48)), tmp_path, DOCS / "triage-160x48.svg")
    check("main_80x24", screenshot(stack, steps, (80, 24)), tmp_path, DOCS / "triage-80x24.svg")


DIALOG_KEYS = {"edit": "e", "follow_up": "f", "tags": "t", "note": "n", "scan": "s", "help": "question_mark",
               "export": "E"}


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)], ids=["80x24", "120x40", "200x60"])
@pytest.mark.parametrize("dialog", sorted(DIALOG_KEYS))
def test_every_dialog_fits(stack: Path, tmp_path: Path, dialog: str, size: tuple[int, int]) -> None:
    """Each dialog whole on screen: its region inside the screen, its buttons and hint lines uncut."""
    problems: list[str] = []

    async def scenario() -> None:
        with Library.open(stack) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=size) as pilot:
                await pilot.pause()
                await pilot.press(DIALOG_KEYS[dialog])
                await pilot.pause()
                box = app.screen.query_one("#dialog").region
                if box.right > size[0] or box.bottom > size[1] or box.x < 0 or box.y < 0:
                    problems.append(f"dialog {box} outside the screen {size}")
                for widget in app.screen.query("Button, .dialog-hint, .dialog-title"):
                    region = widget.region
                    if widget.display and (region.width == 0 or region.right > box.right or
                                           region.bottom > box.bottom):
                        problems.append(f"{widget!r} at {region} is cut off (dialog {box})")
                    label = str(getattr(widget, "label", "")) or None
                    if label and region.width < len(label):
                        problems.append(f"button {label!r} cut to {region.width} cells")

    run(scenario)
    assert problems == []


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_merge_dialog_fits(tmp_path: Path, size: tuple[int, int]) -> None:
    path = tmp_path / "lib"
    with Library.open(path) as library:
        add_cards(library, 2)
        add_cards(library, 1, start=0, folder="/photos/second")

    async def steps(pilot: Pilot[Any], app: TriageApp) -> None:
        await pilot.press("m")

    svg = screenshot(path, steps, size)
    text = visible_text(svg).replace(" ", "")
    for whole in ("1Merge,thiswins", "2Merge,otherwins", "xTwopeople", "Cancel", "uundoesit"):
        assert whole in text, whole
    check(f"merge_{size[0]}x{size[1]}", svg, tmp_path)
