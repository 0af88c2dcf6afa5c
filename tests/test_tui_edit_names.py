"""The edit form shows the name parts as stored and writes only what the user changed: Iberian double surnames,
Dutch and German particles and hyphenated names keep their split when another field is edited, and a corrected
letter in the name keeps it too."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_store_factory import add, contact_from_dict
from textual.widgets import Input
from tui_cards import new_app, open_session, run

from cardscan.model import Contact
from cardscan.store import Library
from cardscan.store.editing import NAME_PARTS
from cardscan.tui.screens.edit import EditScreen, follow_name
from cardscan.tui.screens.triage import TriageScreen

PEOPLE = [
    # name, prefix, given, middle, family: splits a re-split of the name alone would get wrong or could
    ("João Miguel Pinto Brandão", None, "João", "Miguel", "Pinto Brandão"),
    ("María José García López", None, "María José", None, "García López"),
    ("Jan Willem van der Berg", None, "Jan", "Willem", "van der Berg"),
    ("Dr. Karl-Heinz von und zu Stein", "Dr.", "Karl-Heinz", None, "von und zu Stein"),
    ("Anne-Sophie Müller-Lüdenscheidt", None, "Anne-Sophie", None, "Müller-Lüdenscheidt"),
    ("Pieter de Vries-van Dam", None, "Pieter", None, "de Vries-van Dam"),
]


def stored_person(name: str, prefix: str | None, given: str | None, middle: str | None, family: str | None) -> Contact:
    return contact_from_dict({"name": name, "prefix": prefix, "given_name": given, "middle_name": middle,
                              "family_name": family, "emails": ["someone@example.org"]})


def parts(contact: Contact) -> tuple[str | None, ...]:
    return tuple(contact.value(p) for p in NAME_PARTS)


@pytest.mark.parametrize("who", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_saving_another_field_leaves_the_name_parts_as_stored(tmp_path: Path, who: tuple[str, ...]) -> None:
    name, prefix, given, middle, family = who
    path = tmp_path / "lib"
    with Library.open(path) as lib:
        (card_id,) = add(lib, "a", stored_person(name, prefix, given, middle, family))

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("e")
                await pilot.pause()
                screen = app.screen
                assert isinstance(screen, EditScreen)
                shown = {r.field: r.input.value for r in screen.rows if r.field in ("name", *NAME_PARTS)}
                assert shown == {"name": name, "prefix": prefix or "", "given_name": given or "",
                                 "middle_name": middle or "", "family_name": family or "", "suffix": ""}
                company = next(r.input for r in screen.rows if r.field == "company")
                company.focus()
                await pilot.press(*"Example Lda")
                await pilot.press("ctrl+s")
                assert isinstance(app.screen, TriageScreen)

    run(scenario)
    with Library.open(path) as lib:
        card = lib.get_card(card_id)
        assert parts(card.contact) == (prefix, given, middle, family, None)
        assert card.contact.value("company") == "Example Lda"
        assert {c.field for c in lib.history(card_id)} == {"company"}  # nothing else is "edited by you"


def test_a_corrected_letter_in_the_name_keeps_the_split(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    with Library.open(path) as lib:
        (card_id,) = add(lib, "a", stored_person("Joao Miguel Pinto Brandao", None, "Joao", "Miguel", "Pinto Brandao"))

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("e")
                screen = app.screen
                assert isinstance(screen, EditScreen)
                field = screen.rows[0].input
                assert isinstance(field, Input)
                field.value = "João Miguel Pinto Brandão"
                await pilot.pause()
                await pilot.press("ctrl+s")

    run(scenario)
    with Library.open(path) as lib:
        assert parts(lib.get_card(card_id).contact) == (None, "João", "Miguel", "Pinto Brandão", None)


def test_following_the_name() -> None:
    stored = {"prefix": None, "given_name": "Jan", "middle_name": "Willem", "family_name": "van der Berg",
              "suffix": None}
    same = follow_name(stored, "Jan Willem van der Berg", "Jan Willem van der Berg")
    assert same == stored
    fixed = follow_name(stored, "Jan Willem van der Berg", "Jan Willem van der Burg")
    assert fixed["family_name"] == "van der Burg" and fixed["middle_name"] == "Willem"
    longer = follow_name(stored, "Jan Willem van der Berg", "Dr. Jan van der Berg")  # other words: split anew
    assert (longer["prefix"], longer["given_name"], longer["family_name"]) == ("Dr.", "Jan", "van der Berg")
