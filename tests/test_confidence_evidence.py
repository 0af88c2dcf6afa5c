"""The evidence the confidence calibration reads that points at mistakes (extract/confidence.py), on invented cards:
a one-word name, a title or company cut from a longer word, a fuller company or a legal form printed on another
line, the field's own least sure OCR word, a web address its company names, marks no name prints, and a known town
inside the street."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from extract_cards import page

from cardscan.extract.confidence import FEATURES, FieldModel, field_items
from cardscan.extract.ocr_contact import read_fields
from cardscan.model import Address, Field

JANE = ("Jane Example", 30)
MAIL = "jane.example@example-trading.com"


def _items(*rows: str | tuple[str, int], confs: dict[str, float] | None = None,
           chosen: dict[str, str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The calibration features of an invented card's fields; `chosen` puts a value read from its own printed line
    in place of the extractor's choice (the mistakes these features are for, whatever the extractor does today)."""
    p = replace(page(*rows, confs=confs), engine="none")
    contact, hints = read_fields(p)
    for field, value in (chosen or {}).items():
        source = next(line.text for line in p.lines if value in line.text)
        contact = replace(contact, **{field: Field(value, 0.8, source)})
    out: dict[str, list[dict[str, Any]]] = {}
    for item in field_items(contact, p, hints):
        out.setdefault(item.field, []).append(item.features | {"_value": item.value})
    return out


def test_every_new_feature_lowers_or_raises_as_its_sign_says() -> None:
    lowering = {"name": ("one_word", "cut_start", "odd_marks"), "title": ("cut_start", "odd_marks"),
                "company": ("cut_start", "fuller_elsewhere", "form_elsewhere", "odd_marks"),
                "address": ("town_in_street",)}
    for field, names in lowering.items():
        assert all(FEATURES[field][n] == -1 for n in names)
    assert FEATURES["websites"]["company_agrees"] == 1
    assert all(FEATURES[f]["ocr_own"] == 1 for f in ("title", "company", "emails"))


def test_a_name_of_one_word_is_told_from_a_full_name() -> None:
    one = _items(("Marijoke Quillon", 30), "Director", MAIL, chosen={"name": "Marijoke"})
    two = _items(JANE, "Director", MAIL)
    assert one["name"][0]["one_word"] == 1.0 and two["name"][0]["one_word"] == 0.0
    model = FieldModel(0.0, {"one_word": -1.0})
    assert model.probability(one["name"][0]) < model.probability(two["name"][0])


def test_a_title_cut_from_a_longer_word_is_doubted_but_a_title_printed_in_lower_case_is_not() -> None:
    cut = _items(JANE, "Manager Sales Europe", MAIL, chosen={"title": "ager Sales Europe"})
    lower = _items(JANE, "managing director", MAIL, chosen={"title": "managing director"})
    whole = _items(JANE, "Sales Manager", MAIL)
    assert cut["title"][0]["cut_start"] == 1.0
    assert lower["title"][0]["cut_start"] == 0.0 and whole["title"][0]["cut_start"] == 0.0
    particle = _items(("van Dijk", 30), "Director", MAIL, chosen={"name": "van Dijk"})
    assert particle["name"][0]["cut_start"] == 0.0


def test_a_company_printed_fuller_on_another_line_is_doubted() -> None:
    """A logo word taken for the company while the card prints the registered name ("Exatra" and "Exatra Shipping
    Co., Ltd."), and a company without a legal form beside a line that holds one."""
    logo = _items(("EXATRA", 40), JANE, "Director", ("Exatra Shipping Co., Ltd.", 18), "jane@exatra.com",
                  chosen={"company": "EXATRA"})
    company = logo["company"][0]
    assert company["_value"] == "EXATRA"
    assert company["fuller_elsewhere"] == 1.0 and company["form_elsewhere"] == 1.0
    alone = _items(JANE, "Director", ("Exatra Shipping Co., Ltd.", 24), "jane@exatra.com")
    assert alone["company"][0]["fuller_elsewhere"] == 0.0 and alone["company"][0]["form_elsewhere"] == 0.0


def test_a_legal_form_of_several_words_in_capitals_counts_as_printed_elsewhere() -> None:
    wrapped = _items(("NORDVIK TRADING", 26), ("JOINT STOCK COMPANY", 18), JANE, "Director", "jane@nordvik.vn",
                     chosen={"company": "NORDVIK TRADING"})
    assert wrapped["company"][0]["_value"] == "NORDVIK TRADING"
    assert wrapped["company"][0]["form_elsewhere"] == 1.0


def test_the_least_sure_word_of_the_field_itself_is_told_from_the_least_sure_word_of_its_line() -> None:
    """A stray mark read beside a title drags down its line, not the title's own words."""
    stray = _items(JANE, "Sales Director xq", MAIL, confs={"xq": 0.1}, chosen={"title": "Sales Director"})
    doubted = _items(JANE, "Sales Director", MAIL, confs={"Director": 0.2})
    assert stray["title"][0]["ocr_min"] == 0.1 and stray["title"][0]["ocr_own"] > 0.9
    assert doubted["title"][0]["ocr_own"] == 0.2


def test_a_web_address_its_company_names_is_told_from_an_unrelated_one() -> None:
    named = _items(JANE, "Director", ("Example Trading Ltd", 24), "www.example-trading.com")
    other = _items(JANE, "Director", ("Example Trading Ltd", 24), "www.quillon.com")
    assert named["websites"][0]["company_agrees"] > 0.5 and other["websites"][0]["company_agrees"] == 0.0


def test_a_known_town_inside_the_street_doubts_an_unknown_chosen_town() -> None:
    """"Postfach 4711 Hamburg 20095 Nordland": the town was taken from the wrong word."""
    p = replace(page(JANE, "Director", MAIL, "Postfach 4711 Hamburg 20095 Nordland"), engine="none")
    contact, hints = read_fields(p)
    source = "Postfach 4711 Hamburg 20095 Nordland"

    def address(street: str, city: str) -> dict[str, float]:
        chosen = replace(contact, address=Field(Address(street=street, postcode="20095", city=city), 0.8, source))
        return next(i.features for i in field_items(chosen, p, hints) if i.field == "address")

    assert address("Postfach 4711 Hamburg", "Nordland")["town_in_street"] == 1.0
    assert address("Postfach 4711 Nordland", "Hamburg")["town_in_street"] == 0.0  # the chosen town is a known one


def test_marks_no_title_prints_are_seen() -> None:
    markup = _items(JANE, "Director", MAIL, "type:Person>", chosen={"title": "type:Person>"})
    plain = _items(JANE, "Director: Sales & Marketing", MAIL, chosen={"title": "Director: Sales & Marketing"})
    assert markup["title"][0]["odd_marks"] == 1.0 and plain["title"][0]["odd_marks"] == 0.0


def test_a_web_address_whose_www_lost_a_letter_still_reads_as_printed_as_one() -> None:
    lost = _items(JANE, "Director", ("Example Trading Ltd", 24), "ww.example-trading.com")
    bare = _items(JANE, "Director", ("Example Trading Ltd", 24), "jane@example-trading.com", "example-trading.com")
    assert lost["websites"][0]["printed_as_web"] == 1.0
    assert [f["printed_as_web"] for f in bare["websites"]] == [0.0]
