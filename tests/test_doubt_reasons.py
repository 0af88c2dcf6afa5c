"""Why a field is doubted travels with it: set by the confidence step, kept by the library, shown by triage under
the marked field and by `cardscan show`, dropped when the user edits the value, and in the scan JSON's `doubts`."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from extract_cards import page
from tui_cards import EVENT, TAKEN_AT, card_picture, contact_for, new_app, open_session, run, shown_text

from cardscan.commands.show import format_source
from cardscan.extract.confidence import calibrated
from cardscan.extract.doubt_holds import DOUBTED
from cardscan.extract.ocr_contact import read_fields
from cardscan.model import Card, Contact, Field
from cardscan.store import Library

WHY = "printed fuller on another line"


def _doubted_contact() -> Contact:
    contact = contact_for(0, low_confidence=False)
    assert contact.company is not None
    return replace(contact, company=Field("Quillon", DOUBTED, "Quillon", WHY))


def test_the_reason_survives_storage_and_is_dropped_by_an_edit() -> None:
    contact = _doubted_contact()
    again = Contact.from_json(contact.to_json())
    assert again.company == contact.company and again.company is not None and again.company.doubt == WHY
    assert "doubt" not in contact.to_json()["title"]  # fields nothing speaks against store no reason
    assert contact.doubts() == {"company": WHY}
    assert contact.company is not None and contact.company.with_value("Quillon Trading BV").doubt == ""
    assert format_source(contact.company).endswith(f"; doubt: {WHY}")


def test_the_confidence_step_writes_the_reason_and_the_name_parts_share_it() -> None:
    p = replace(page(("Quillon Insurance Group", 30), "Sales Manager", "jane@example-trading.com"), engine="none")
    contact, hints = read_fields(p)
    contact = replace(contact, name=Field("Quillon Insurance Group", 0.9, "Quillon Insurance Group"),
                      given_name=Field("Quillon", 0.9, "Quillon Insurance Group"))
    out = calibrated(contact, p, {}, hints)
    assert out.name is not None and out.name.doubt == "reads as a company" and out.name.confidence == DOUBTED
    assert out.given_name is not None and out.given_name.doubt == out.name.doubt
    assert "name" in out.doubts() and "title" not in out.doubts()


def test_triage_says_why_a_field_is_marked(tmp_path: Path) -> None:
    path = tmp_path / "lib"
    with Library.open(path) as library:
        source = "/photos/fair/IMG_0001.jpg"
        card = Card(contact=_doubted_contact(), card_index=0, quad=[(0, 0), (1050, 0), (1050, 600), (0, 600)],
                    text="Quillon", source_path=source)
        library.add_photo(sha256=hashlib.sha256(source.encode()).hexdigest(), source_path=source, photo_path=None,
                          taken_at=TAKEN_AT, event=EVENT, cards=[(card, card_picture(0))])

    async def scenario() -> None:
        with Library.open(path) as library:
            app = new_app(open_session(library))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                text = shown_text(app)
                assert "⚠ 50%" in text and f"↳ why: {WHY}" in text

    run(scenario)
