"""Doubt the card itself gives (extract/text_doubts.py, confidence.contradicted), on invented cards: a field whose
form no such field has, or that another part of the card speaks against, is held below the triage mark whatever the
calibration model says; right-looking fields keep the model's figure."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from extract_cards import page

from cardscan.extract.confidence import FEATURES, FieldModel, calibrated, field_items
from cardscan.extract.doubt_holds import CONTRADICTIONS, DOUBTED, contradicted
from cardscan.extract.ocr_contact import read_fields
from cardscan.extract.text_doubts import (
    company_doubts,
    cut_end,
    mixed_scripts,
    name_doubts,
    text_doubts,
    title_doubts,
    town_doubts,
)
from cardscan.model import Contact, Field
from cardscan.tui.config import DEFAULT_LOW_CONFIDENCE

MAIL = "jane.example@example-trading.com"


def test_every_contradiction_is_a_lowering_feature_of_its_field_and_the_cap_is_below_the_mark() -> None:
    for field, names in CONTRADICTIONS.items():
        assert all(FEATURES[field][n] == -1 for n in names), field
    assert FEATURES["phones"]["valid"] == 1
    assert DOUBTED < DEFAULT_LOW_CONFIDENCE


def test_a_line_cut_before_its_end_is_told_from_a_whole_one() -> None:
    assert cut_end("Head of") and cut_end("Example Trading and") and cut_end("Example &")
    assert cut_end("DIRECTOR DE") and cut_end("Beispiel und")
    assert not cut_end("Head of Sales") and not cut_end("Jane Example E")  # a closing initial
    assert not cut_end("Example") and not cut_end("Maria De")  # a capitalised particle ends a name
    assert text_doubts("Head of", "Head of")["cut_end"] == 1.0


def test_letters_of_two_scripts_in_one_line_are_odd() -> None:
    assert mixed_scripts("新EXAMPLE") and mixed_scripts("Exampleΐ Trading")
    assert not mixed_scripts("Zoë Ørsted-Müller") and not mixed_scripts("Example 42")
    assert text_doubts("新EXAMPLE TRADING", "新EXAMPLE TRADING")["odd_marks"] == 1.0


def test_a_name_that_reads_as_a_company_or_a_street_or_holds_digits_is_doubted() -> None:
    assert name_doubts("Quillon Insurance Group")["reads_org"] == 1.0
    assert name_doubts("Marten Street North")["reads_street"] == 1.0
    assert name_doubts("Jane Example 2")["digits"] == 1.0
    assert name_doubts("Jane Example") == {"reads_org": 0.0, "reads_street": 0.0, "digits": 0.0}


def test_a_title_with_a_code_a_company_of_generic_words_and_a_town_that_is_a_street() -> None:
    assert title_doubts("Provider 01234X")["digits"] == 1.0 and title_doubts("Sales Manager")["digits"] == 0.0
    assert company_doubts("SERVICES")["generic"] == 1.0 and company_doubts("Group Ltd")["generic"] == 1.0
    assert company_doubts("SOLUTIONS PVT. LTD.")["generic"] == 1.0  # legal forms in capitals are forms too
    assert company_doubts("Deutschland GmbH")["generic"] == 1.0  # a subsidiary's name without its brand
    assert company_doubts("Quillon Deutschland GmbH")["generic"] == 0.0
    assert company_doubts("Quillon Services Ltd")["generic"] == 0.0 and company_doubts("A & B Ltd")["generic"] == 0.0
    assert town_doubts("Marlow Avenue")["town_reads_street"] == 1.0
    assert town_doubts("Maastricht")["town_reads_street"] == 0.0 and town_doubts(None)["town_reads_street"] == 0.0


def test_phones_valid_nowhere_or_read_unsure_are_contradicted_and_others_are_not() -> None:
    assert contradicted("phones", {"valid": 0.0, "raw": 0.9}) and not contradicted("phones", {"valid": 1.0, "raw": 0.9})
    assert contradicted("phones", {"valid": 1.0, "raw": 0.3})  # digits the OCR was unsure of: the own figure is low
    assert contradicted("company", {"fuller_elsewhere": 1.0}) and not contradicted("company", {"domain_exact": 1.0})
    assert not contradicted("websites", {"raw": 0.1})


def test_a_number_printed_without_its_area_code_is_weighed_not_held() -> None:
    # a subscriber's line as printed ("Ph: 2345699" on a card from Hyderabad) is valid in no plan, yet read whole; a
    # nine-digit number valid nowhere is a misread one
    contact, p, _ = _card(("Example Sample", 26), "Sales Officer", "Ph: 2345699", "Fax: 234569911",
                          "Example Road, Hyderabad - 500 999.")
    items = {item.value.text: item.features for item in field_items(contact, p) if item.field == "phones"}
    assert items["Ph: 2345699"]["local"] == 1.0 and not contradicted("phones", items["Ph: 2345699"])
    assert items["Fax: 234569911"]["local"] == 0.0 and contradicted("phones", items["Fax: 234569911"])


def _card(*rows: str | tuple[str, int], chosen: dict[str, str] | None = None) -> tuple[Contact, Any, Any]:
    p = replace(page(*rows), engine="none")
    contact, hints = read_fields(p)
    for field, value in (chosen or {}).items():
        source = next(line.text for line in p.lines if value in line.text)
        contact = replace(contact, **{field: Field(value, 0.9, source)})
    return contact, p, hints


def test_a_contradicted_field_is_held_below_the_mark_however_sure_the_model_is() -> None:
    sure = {f: FieldModel(8.0, {}) for f in FEATURES}  # a model that calls every field right
    contact, p, hints = _card(("Jane Example", 30), "Head of", ("Example Trading GmbH", 20), MAIL,
                              chosen={"title": "Head of", "company": "Example"})
    out = calibrated(contact, p, sure, hints)
    assert out.title is not None and out.title.confidence == DOUBTED  # cut before its end
    assert out.company is not None and out.company.confidence == DOUBTED  # printed fuller, with its legal form
    assert out.name is not None and out.name.confidence > 0.99  # the e-mail spells it: the model's figure stands
    assert out.given_name is not None and out.given_name.confidence == out.name.confidence
    items = {i.field: i.features for i in field_items(contact, p, hints)}
    assert items["company"]["fuller_elsewhere"] == 1.0 and items["title"]["cut_end"] == 1.0


def test_without_a_calibration_the_own_figure_stands_unless_the_card_contradicts_it() -> None:
    contact, p, hints = _card(("Jane Example", 30), "Sales Manager", ("Quillon Insurance Group", 20), MAIL,
                              chosen={"name": "Quillon Insurance Group"})
    out = calibrated(contact, p, {}, hints)
    assert out.name is not None and out.name.confidence == DOUBTED  # a name that reads as a company
    assert out.title == contact.title  # nothing speaks against it: unchanged


def test_a_free_mail_service_neither_confirms_nor_contradicts_the_company() -> None:
    from cardscan.extract.mailbox import free_mail

    assert free_mail("gmail.com") and free_mail("WEB.DE") and not free_mail("example-trading.com")
    contact, p, hints = _card(("Jane Example", 30), ("Quillon Bakery", 20), "quillonbakery@gmail.com",
                              chosen={"company": "Quillon Bakery"})
    company = {i.field: i.features for i in field_items(contact, p, hints)}["company"]
    assert company["domain_disagrees"] == 0.0 and company["domain_agrees"] == 0.0
    own, p2, hints2 = _card(("Jane Example", 30), ("Quillon Bakery", 20), "jane@other-example.com",
                            chosen={"company": "Quillon Bakery"})
    assert {i.field: i.features for i in field_items(own, p2, hints2)}["company"]["domain_disagrees"] == 1.0
