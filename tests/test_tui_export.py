"""Export from the triage app: the command palette's "Export the keepers" asks for the format and the file,
writes it in a worker with the export functions of `cardscan export` (atomically), never replaces a file unless
told to, and says where it wrote and how many. The files are read back by independent parsers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from textual.widgets import Checkbox, Input, Label, RadioSet
from tui_cards import make_library, new_app, open_session, run, shown_text, wait_for
from vcard_validator import assert_valid_vcards

from cardscan.store import Library
from cardscan.tui.screens.export import ExportScreen


async def open_export(pilot: object, app: object) -> ExportScreen:
    await pilot.press("ctrl+p")  # type: ignore[attr-defined]
    await pilot.press(*"export the keepers")  # type: ignore[attr-defined]
    await pilot.pause(0.3)  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))  # type: ignore[arg-type,attr-defined]
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ExportScreen)
    await pilot.pause()  # type: ignore[attr-defined]
    return screen


def test_palette_exports_the_keepers_to_vcard_and_csv(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    make_library(path, 4)
    out = tmp_path / "out"
    out.mkdir()

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("k", "d", "k")  # two keepers, one discard, one pending
                screen = await open_export(pilot, app)
                assert "2 cards" in shown_text(app)
                path_input = screen.query_one("#export-path", Input)
                path_input.value = str(out / "contacts.vcf")
                path_input.focus()
                await pilot.press("enter")
                await wait_for(pilot, lambda: (out / "contacts.vcf").exists())
                cards = assert_valid_vcards((out / "contacts.vcf").read_bytes())
                assert len(cards) == 2
                await wait_for(pilot, lambda: any("Wrote 2 contacts to" in str(n.message)
                                                  for n in app._notifications))

                # the same file again: refused, the file untouched, until "replace" is ticked
                before = (out / "contacts.vcf").read_bytes()
                screen = await open_export(pilot, app)
                path_input = screen.query_one("#export-path", Input)
                path_input.value = str(out / "contacts.vcf")
                path_input.focus()
                await pilot.press("enter")
                await pilot.pause()
                assert app.screen is screen
                assert "exists" in str(screen.query_one("#export-status", Label).render())
                assert (out / "contacts.vcf").read_bytes() == before

                # CSV: the file name follows the format
                screen.query_one("#export-format", RadioSet).focus()
                await pilot.press("down", "enter")
                await pilot.pause()
                assert path_input.value == str(out / "contacts.csv")
                path_input.focus()
                await pilot.press("enter")
                await wait_for(pilot, lambda: (out / "contacts.csv").exists())
                rows = list(csv.DictReader(io.StringIO((out / "contacts.csv").read_text(encoding="utf-8-sig"))))
                assert len(rows) == 2

                # replacing, when asked to
                screen = await open_export(pilot, app)
                screen.query_one("#export-path", Input).value = str(out / "contacts.vcf")
                screen.query_one("#export-replace", Checkbox).value = True
                screen.query_one("#export-path", Input).focus()
                await pilot.press("enter")
                await wait_for(pilot, lambda: sum("Wrote 2 contacts" in str(n.message)
                                                  for n in app._notifications) >= 2)
                assert len(assert_valid_vcards((out / "contacts.vcf").read_bytes())) == 2

    run(scenario)


def test_end_of_stack_points_at_the_palette_export(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    make_library(path, 2)

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("k", "k")
                await pilot.pause()
                assert any("export the keepers from the palette" in str(n.message) for n in app._notifications)

    run(scenario)
