"""Address forms of small-business cards from outside Europe (issue 12 §3, addresses): a town without a postcode, an
American town with its state and no ZIP code, Australian "town STATE postcode", a town at the end of a street line
before a country. Every address here is invented."""

from __future__ import annotations

import pytest
from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.address import find_address
from cardscan.extract.hits import Piece, Votes
from cardscan.extract.lines import segments_of


def _address(*lines: str, evidence: Votes | None = None) -> tuple[str | None, str | None, str | None] | None:
    pieces = [Piece(seg.text, seg, i, False) for i, seg in enumerate(segments_of(page(*lines)))]
    result = find_address(pieces, evidence or {})
    return None if result is None else (result.address.postcode, result.address.city, result.address.country)


@pytest.mark.parametrize(("lines", "want"), [
    (["Cnr Example Road & Sample Street, Quillfield"], (None, "Quillfield", None)),
    (["Sample-Ridge Old Example Street, Al Ain, United Arab Emirates"], (None, "Al Ain", "AE")),
    (["Example Road, Sampletown", "Ireland"], (None, "Sampletown", "IE")),
])
def test_a_street_and_its_town_after_a_comma(lines: list[str], want: tuple[str | None, ...]) -> None:
    assert _address(*lines) == want


@pytest.mark.parametrize("lines", [
    ["Example Street, Suite B"],  # a building's part, no town
    ["Example Street, 4th Floor"],
    ["Sales & Service"],  # no street
])
def test_no_town_after_a_comma_that_is_none(lines: list[str]) -> None:
    found = _address(*lines)
    assert found is None or found[1] is None


def test_an_american_town_and_state_without_a_zip_code() -> None:
    assert _address("Anna Example, Owner", "Quillton, OK") == (None, "Quillton", "US")
    c = extract_contact(page(("Example Logistics, LLC", 30), "Anna Example, Owner", "anna@example.com",
                             "212-555-0172", "Quillton, OK"))
    assert c.address is not None and (c.address.value.city, c.address.value.region) == ("Quillton", "OK")
    # OCR read the comma before the state as a full stop
    assert _address("Anna Example, Owner", "Quillton. OK") == (None, "Quillton", "US")


@pytest.mark.parametrize(("lines", "evidence"), [
    (["Sampleburg, DE"], {"DE": 3.0}),  # a German town with its country's code, not Delaware
    (["Example Holding, NV"], {}),  # a Dutch legal form, not Nevada
    (["Quillton, IN"], {"GB": 2.0}),  # a state's code that is a country's too, on a card whose evidence is not American
])
def test_a_town_and_two_capitals_that_are_no_american_state(lines: list[str], evidence: Votes) -> None:
    found = _address(*lines, evidence=evidence)
    assert found is None or found[2] != "US"


def test_an_australian_town_state_and_postcode() -> None:
    assert _address("A: PO Box 123, Quillwood QLD 4999") == ("4999", "Quillwood", "AU")
    assert _address("12 Example Street, Sampleton, VIC 3999") == ("3999", "Sampleton", "AU")


def test_a_town_at_the_end_of_a_street_line_before_the_country_and_postcode() -> None:
    # a known city (GeoNames) after a district, then the printed country and the postcode
    assert _address("No.12 Example Rd. Sampledistrict Shanghai P.R.China 200999") == ("200999", "Shanghai", "CN")


def test_a_town_geonames_calls_x_city_is_printed_as_x() -> None:
    assert _address("Example Tower, Al Ain", "United Arab Emirates") == (None, "Al Ain", "AE")


def test_a_british_street_before_the_postcode_and_the_town_on_the_line_under_it() -> None:
    assert _address("Address: Example Road 48, CB3 9ZZ,", "Cambridge, UK") == ("CB3 9ZZ", "Cambridge", "GB")
    # the town before the postcode on one line stays the town
    assert _address("12 Example Road", "Cambridge, CB3 9ZZ") == ("CB3 9ZZ", "Cambridge", "GB")


@pytest.mark.parametrize(("lines", "want"), [
    (["3 Sample Cliff", "Grantton", "B56 9ZZ", "Ball, Wheeler and Jones"], ("B56 9ZZ", "Grantton", "GB")),
    (["9 Sample Via", "East Sampleshire", "S2W 9ZZ", "United Kingdom"], ("S2W 9ZZ", "East Sampleshire", "GB")),
])
def test_a_lone_british_postcode_takes_the_town_above_not_the_line_under(lines: list[str],
                                                                         want: tuple[str, ...]) -> None:
    assert _address(*lines) == want
