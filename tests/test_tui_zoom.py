"""The zoom: `z` shows the region of the card behind the next doubtful field, found by reading the stored card
picture again (real OCR on a generated picture), `l` the lines no field was read from, Esc the whole card."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cardgen import fonts
from PIL import Image, ImageDraw
from textual.widgets import Static
from tui_cards import new_app, open_session, run, wait_for

from cardscan.line_regions import Line, find_line
from cardscan.model import Card, Contact, Field
from cardscan.store import Library
from cardscan.tui.widgets.card_image import CardImage
from cardscan.tui.widgets.zoom import ZoomView, cut_points, wrapped

LINES = [("Lena Vogt", 60), ("Head of Sales", 150), ("lena.vogt@nordlicht.example.de", 240),
         ("Fax +49 30 9010 2345", 330)]


def card_picture() -> bytes:
    image = Image.new("RGB", (1000, 570), (250, 250, 246))
    draw = ImageDraw.Draw(image)
    font = fonts.load(None, 44)
    for text, y in LINES:
        draw.text((70, y), text, fill=(20, 20, 20), font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_cutting_a_line_at_the_gaps_between_letters() -> None:
    font = fonts.load(None, 40)
    image = Image.new("L", (600, 60), 255)
    ImageDraw.Draw(image).text((10, 5), "Head of Sales Nordlicht", fill=0, font=font)
    cuts = cut_points(image, 150)
    assert cuts[0] == 0 and cuts[-1] == 600 and len(cuts) >= 4
    for x in cuts[1:-1]:  # each cut through a column without ink
        assert min(image.crop((x, 0, x + 1, 60)).tobytes()) > 200
    laid = wrapped(image.convert("RGB"), 50, 30)
    assert laid.width == 50 and laid.height >= 12 * 2


@pytest.mark.slow
def test_zoom_on_the_doubtful_field_and_the_unused_lines(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    contact = Contact(name=Field("Lena Vogt", 0.95, "Lena Vogt"), title=Field("Head of Sales", 0.42, "Head of Sales"),
                      emails=[Field("lena.vogt@nordlicht.example.de", 0.97, "lena.vogt@nordlicht.example.de")])
    with Library.open(path) as library:
        card = Card(contact=contact, card_index=0, quad=[(0, 0), (1, 0), (1, 1), (0, 1)], source_path="/p/a.jpg")
        library.add_photo(sha256="a" * 64, source_path="/p/a.jpg", photo_path=None, taken_at=None, event="Fair",
                          cards=[(card, card_picture())])

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                # the fields pane says, without a key, that a printed line gave no field
                note = app.screen.query_one("#unused-note", Static)
                await wait_for(pilot, lambda: note.display, timeout=60)
                assert str(note.render()) == "1 printed line not used · l to see"
                await pilot.press("z")
                zoom = app.screen.query_one(ZoomView)
                assert zoom.display and not app.screen.query_one(CardImage).display
                await wait_for(pilot, lambda: zoom._region is not None, timeout=60)
                assert zoom.caption == "Title ⚠ 42%: Head of Sales" and zoom._hint.startswith("1 of 1 · z: next")
                region = zoom._region
                assert region is not None and 200 < region.width < 600 and 40 < region.height < 120
                await pilot.press("l")
                await pilot.pause()
                assert zoom.caption.startswith("Unused line: Fax")
                await pilot.press("escape")
                assert not zoom.display and app.screen.query_one(CardImage).display

    run(scenario)


def test_finding_a_fields_line() -> None:
    lines = [Line("Lena Vogt", (70, 60, 200, 40)), Line("Head of Sa1es", (70, 150, 280, 40))]
    found = find_line(lines, "Head of Sales")
    assert found is not None and found.box[1] == 150
    assert find_line(lines, "Stichting Kanaal") is None
    assert find_line(lines, "Lena Vogt / 10117 Berlin") == lines[0]  # an address: its first line
