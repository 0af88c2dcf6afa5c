"""The edit form keeps the card in view: beside it on a wide terminal (the triage screen's picture column), above
it on a narrow one (the card small, and the printed line behind the focused field large, found by reading the
card's picture again with real OCR); its country placeholder follows the card's evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_tui_zoom import card_picture
from textual.widgets import Input
from tui_cards import new_app, open_session, run, wait_for

from cardscan.model import Address, Card, Contact, Field, Phone
from cardscan.store import Library
from cardscan.tui.screens.edit import EditScreen
from cardscan.tui.widgets.card_image import CardImage, HalfBlockImage
from cardscan.tui.widgets.edit_picture import EditPicture
from cardscan.tui.widgets.zoom import ZoomView


def library_with(path: Path, *contacts: Contact) -> None:
    with Library.open(path) as library:
        for i, contact in enumerate(contacts):
            card = Card(contact=contact, card_index=0, quad=[(0, 0), (1, 0), (1, 1), (0, 1)],
                        source_path=f"/p/{i}.jpg")
            library.add_photo(sha256=f"{i:064d}", source_path=f"/p/{i}.jpg", photo_path=None, taken_at=None,
                              event="Fair", cards=[(card, card_picture())])


def lena() -> Contact:
    return Contact(name=Field("Lena Vogt", 0.95, "Lena Vogt"), title=Field("Head of Sales", 0.42, "Head of Sales"),
                   emails=[Field("lena.vogt@nordlicht.example.de", 0.97, "lena.vogt@nordlicht.example.de")])


def edit_row(screen: EditScreen, field: str) -> Input:
    return next(r.input for r in screen.rows if r.field == field)


@pytest.mark.slow
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
def test_narrow_edit_form_shows_the_card_and_the_focused_fields_line(tmp_path: Path, size: tuple[int, int]) -> None:
    library_with(tmp_path / "lib", lena())

    async def scenario() -> None:
        with Library.open(tmp_path / "lib") as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=size) as pilot:
                await pilot.press("e")
                await wait_for(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen._ready)
                screen = app.screen
                assert isinstance(screen, EditScreen)
                picture = screen.query_one(EditPicture)
                card = session.current_card()
                assert card is not None and picture.display and picture.region.height >= 5
                thumbnail = picture.query_one(HalfBlockImage)
                assert thumbnail.path == card.crop_path and thumbnail.region.width >= 20
                zoom = picture.query_one(ZoomView)
                await wait_for(pilot, lambda: zoom._region is not None, timeout=60)
                assert zoom.caption == "Name: Lena Vogt"
                name_region = zoom._region
                edit_row(screen, "title").focus()
                await pilot.pause()
                await wait_for(pilot, lambda: zoom._region is not None and zoom._region is not name_region)
                assert zoom.caption == "Title: Head of Sales"
                assert zoom._region is not None and zoom._region.height < zoom._region.width  # one line
                edit_row(screen, "department").focus()
                await pilot.pause()
                assert zoom.caption == "Department" and zoom._region is None  # nothing printed behind it
                assert screen.query_one("#dialog").region.bottom <= size[1]  # the form stays on the screen

    run(scenario)


@pytest.mark.parametrize("size", [(120, 40), (160, 48), (200, 60)])
def test_wide_edit_form_leaves_the_picture_in_view(tmp_path: Path, size: tuple[int, int]) -> None:
    library_with(tmp_path / "lib", lena())

    async def scenario() -> None:
        with Library.open(tmp_path / "lib") as library:
            app = new_app(open_session(library))
            async with app.run_test(size=size) as pilot:
                await pilot.press("e")
                await wait_for(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen._ready)
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, EditScreen)
                assert not screen.query_one(EditPicture).display
                triage = app.triage_screen
                assert triage is not None
                image = triage.query_one(CardImage)
                assert image.display and image.region.width >= 40
                assert screen.query_one("#dialog").region.x >= image.region.right  # the form beside, not over
                await pilot.resize_terminal(80, 24)  # narrower: the card goes above the form
                await pilot.pause()
                await pilot.pause()
                assert screen.query_one(EditPicture).display
                assert screen.query_one("#dialog").region.x <= 1 and screen.query_one("#dialog").region.right <= 80

    run(scenario)


BR_PHONE = Contact(name=Field("Ana Souza", 0.9, "Ana Souza"),
                   phones=[Field(Phone("+551130901234", "work"), 0.9, "+55 11 3090-1234")])
DE_MAIL = Contact(name=Field("Jonas Brandt", 0.9, "Jonas Brandt"),
                  emails=[Field("jonas@brandt.example.de", 0.9, "jonas@brandt.example.de")])
NL_ADDRESS = Contact(name=Field("Noor Visser", 0.9, "Noor Visser"),
                     phones=[Field(Phone("+551130901234", "work"), 0.9, "+55 11 3090-1234")],
                     address=Field(Address(street="Keizersgracht 1", postcode="1015 CJ", city="Amsterdam",
                                           country="NL"), 0.9, "Keizersgracht 1 / 1015 CJ Amsterdam"))
NOTHING = Contact(name=Field("Sam Lee", 0.9, "Sam Lee"), emails=[Field("sam@example.com", 0.9, "sam@example.com")])


def test_country_placeholder_follows_the_cards_evidence(tmp_path: Path) -> None:
    library_with(tmp_path / "lib", BR_PHONE, DE_MAIL, NL_ADDRESS, NOTHING)

    async def scenario() -> None:
        with Library.open(tmp_path / "lib") as library:
            app = new_app(open_session(library))
            seen = []
            async with app.run_test(size=(120, 40)) as pilot:
                for _ in range(4):
                    await pilot.press("e")
                    await wait_for(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen._ready)
                    screen = app.screen
                    assert isinstance(screen, EditScreen)
                    country = edit_row(screen, "country")
                    seen.append((screen.contact.display_name(), country.value, country.placeholder))
                    await pilot.press("escape", "pagedown")
                    await pilot.pause()
            assert seen[0] == ("Ana Souza", "", "BR (from the phone number) · two-letter code")
            assert seen[1] == ("Jonas Brandt", "", "DE (from the .de address) · two-letter code")
            assert seen[2][:2] == ("Noor Visser", "NL")  # the address's own country, not the phone's
            assert seen[3] == ("Sam Lee", "", "two-letter code: DE, FR, BR…")  # no evidence: no guess

    run(scenario)


MANY_MAILS = Contact(name=Field("Lars Holm", 0.9, "Lars Holm"),
                     emails=[Field(f"lars{i}@holm.example.se", 0.9, f"lars{i}@holm.example.se") for i in range(4)])


def test_the_form_built_once_fits_every_card_and_adds_lines(tmp_path: Path) -> None:
    """The form is filled in per card: a card with more e-mails than lines built gets more lines, the next card
    shows only its own; ctrl+n gives another line, and what is typed there is saved."""
    library_with(tmp_path / "lib", MANY_MAILS, lena())

    async def scenario() -> None:
        with Library.open(tmp_path / "lib") as library:
            session = open_session(library)
            app = new_app(session)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("e")
                await wait_for(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen._ready)
                screen = app.screen
                assert isinstance(screen, EditScreen)

                def shown(field: str) -> list[str]:
                    return [r.input.value for r in screen.rows if r.field == field and r.line.display]

                assert shown("emails") == [f"lars{i}@holm.example.se" for i in range(4)] + [""]
                await pilot.press("escape", "pagedown", "e")
                await wait_for(pilot, lambda: app.screen is screen and screen._ready and
                               screen.contact.display_name() == "Lena Vogt")
                assert shown("emails") == ["lena.vogt@nordlicht.example.de", ""]
                assert shown("phones") == [""]
                edit_row(screen, "phones").focus()
                await pilot.press(*"+49 30 9010 0001", "ctrl+n", *"mobile: +49 171 1234567")
                await pilot.pause()
                assert shown("phones") == ["+49 30 9010 0001", "mobile: +49 171 1234567"]
                await pilot.press("ctrl+s")
                await wait_for(pilot, lambda: app.screen is not screen)
                card = session.current_card()
                assert card is not None
                assert [(p.value.number, p.value.type) for p in card.contact.phones] == [
                    ("+493090100001", "work"), ("+491711234567", "mobile")]

    run(scenario)
