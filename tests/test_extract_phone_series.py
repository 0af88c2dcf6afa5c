"""Phone numbers and Indian addresses as real cards print them (issue 12 §3): national numbers read in the country the
card points to, series of numbers sharing their beginning, direct lines beside a "-0" switchboard number, PIN lines.
Every card here is invented."""

from __future__ import annotations

import pytest
from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.model import Contact


def _card(*rows: str) -> Contact:
    return extract_contact(page(*rows))


def _numbers(*rows: str) -> list[str]:
    return [f.value.number for f in _card(*rows).phones]


def _address(*rows: str) -> tuple[str | None, str | None, str | None, str | None]:
    field = _card(*rows).address
    assert field is not None, rows
    a = field.value
    return a.postcode, a.city, a.region, a.country


@pytest.mark.parametrize(("rows", "want"), [
    # a country-code domain the hand-kept list does not name (".co.in", ".com.vn") says where the card is from
    (["Asha Example", "Example Systems", "M: 98110 12345", "asha@example.co.in"], ["+919811012345"]),
    (["Lan Example", "Example Trading", "0912 345 678", "lan@example.com.vn"], ["+84912345678"]),
    # a labelled PIN and a town on the line above it
    (["Ravi Sample", "Sample Corp", "Plot 7, Sample Area", "New Delhi", "PIN: 110001", "M: 9811012345"],
     ["+919811012345"]),
    # a state's name beside the PIN
    (["Meena Sample", "Sample Traders", "22 Market Road", "Tiruppur 641 602, Tamil Nadu", "Ph: 0421-2345678",
      "Mobile: 94432 12345"], ["+914212345678", "+919443212345"]),
    # toll-free numbers of the card's country
    (["Anil Demo", "Demo Systems", "Bangalore-560 001, Karnataka, India", "Toll Free: 1800 425 1234"],
     ["+9118004251234"]),
    # a generic country-code domain (".io") says nothing: a German card stays German
    (["Max Beispiel", "Beispiel GmbH", "Musterstraße 12", "70173 Stuttgart", "Tel. 0711 1234567",
      "max@beispiel.io"], ["+497111234567"]),
])
def test_a_national_number_takes_the_country_the_card_points_to(rows: list[str], want: list[str]) -> None:
    assert _numbers(*rows) == want


@pytest.mark.parametrize(("rows", "want"), [
    (["Tel: 022 2345 6789 / 2345 6790", "Mumbai - 400 069"], ["+912223456789", "+912223456790"]),
    (["Ph: 040-23456789, 23456790", "Hyderabad - 500 099"], ["+914023456789", "+914023456790"]),
    # only the last digits change: "/ 73" replaces the last two
    (["Cell: 98400 12371 / 73", "Chennai 600017"], ["+919840012371", "+919840012373"]),
    (["Ph: 044-24345678, 79, 80", "Chennai 600017"], ["+914424345678", "+914424345679", "+914424345680"]),
    # a label between: the shorter group is the fax line of the same exchange
    (["Tel 0511 12 34 56, Fax 12 34 57", "30159 Hannover"], ["+49511123456", "+49511123457"]),
    (["Ph: 040-23456789, 23456790, Fax: 23456799", "Hyderabad - 500 099"],
     ["+914023456789", "+914023456790", "+914023456799"]),
    (["Tel.: 022-23456789/90/91", "Mumbai 400 001"], ["+912223456789", "+912223456790", "+912223456791"]),
    # a number after the label that begins with its own area code is a whole number, no tail
    (["Tel 0711/12345-0 · Fax 0711/12345-99", "70173 Stuttgart"], ["+49711123450", "+497111234599"]),
    (["Tel 212-555-0123, Fax 212/555-0199", "New York, NY 10118"], ["+12125550123", "+12125550199"]),
    # a country code and an area code before a slash are no whole number
    (["Tel. +49 (0)6221 / 12 34 - 0", "69117 Heidelberg"], ["+49622112340"]),
    # two numbers joined by a word share the label
    (["Tel. 0711 123456 und 0711 123457", "70173 Stuttgart"], ["+49711123456", "+49711123457"]),
    # two whole numbers stay two whole numbers
    (["Mob: +91 98250 12345, 98250 12346"], ["+919825012345", "+919825012346"]),
    # an area code printed with a spaced slash is no series
    (["Tel 0711 / 12345-0", "70173 Stuttgart"], ["+49711123450"]),
    # a postcode after a number on the same line is no part of it
    (["Tel. 0711 1234567, 70173 Stuttgart", "Musterstraße 12"], ["+497111234567"]),
])
def test_numbers_sharing_their_beginning(rows: list[str], want: list[str]) -> None:
    assert _numbers(*rows) == want


@pytest.mark.parametrize(("rows", "want"), [
    (["Beispiel GmbH", "Musterstraße 12", "70173 Stuttgart", "Tel. +49 711 12345-0, Fax -99"],
     [("+49711123450", "work"), ("+497111234599", "fax")]),
    (["Beispiel GmbH", "Musterstraße 12", "70173 Stuttgart", "Telefon +49 711 12345-0", "Telefax -99",
      "Durchwahl -12"], [("+49711123450", "work"), ("+497111234599", "fax"), ("+497111234512", "work")]),
    (["Beispiel GmbH", "Musterstraße 12", "70173 Stuttgart", "Tel 0711/12345-0 · Fax 0711/12345-99"],
     [("+49711123450", "work"), ("+497111234599", "fax")]),
    # a dash between other digits is no direct line ("12 - 14": house numbers)
    (["Beispiel GmbH", "Tel. +49 711 12345-0", "Musterstraße 12 - 14", "70173 Stuttgart"],
     [("+49711123450", "work")]),
    (["Beispiel GmbH", "Musterstraße 12", "70173 Stuttgart", "Tel. +49 711 12345-0, -99"],
     [("+49711123450", "work"), ("+497111234599", "work")]),
    (["Probe AG", "Bahnhofstrasse 1", "8001 Zürich", "T +41 44 123 45 00 / F -09"],
     [("+41441234500", "work")]),  # no "-0" printed: no switchboard, nothing made up
])
def test_direct_lines_beside_a_switchboard_number(rows: list[str], want: list[tuple[str, str]]) -> None:
    assert [(f.value.number, f.value.type) for f in _card(*rows).phones] == want


@pytest.mark.parametrize(("rows", "want"), [
    (["12, Sample Road, Andheri East", "Mumbai - 400 069"], ("400 069", "Mumbai", None, "IN")),
    (["No. 5, Example Street", "Chennai 600017", "Tamil Nadu"], ("600017", "Chennai", "Tamil Nadu", "IN")),
    (["45, Sample Layout", "Bangalore-560 001, Karnataka, India"], ("560 001", "Bangalore", "Karnataka", "IN")),
    # the state printed between the town and the PIN is the region, not the town
    (["7 Sample Street", "Tiruppur, Tamil Nadu 641 602"], ("641 602", "Tiruppur", "Tamil Nadu", "IN")),
    (["Plot 7, Sample Area", "Gurugram", "PIN: 122002"], ("122002", "Gurugram", None, "IN")),
    # a town the city list does not know, with its state
    (["3rd Floor, 12, Sample Nagar,", "Samplepur-302001 Rajasthan (Bharat)"],
     ("302001", "Samplepur", "Rajasthan", "IN")),
    # a state's abbreviation as printed, and a locality in brackets before the town
    (["B-12, Sector-5,", "Noida-201399, (U.P.)"], ("201399", "Noida", "U.P.", "IN")),
    (["Sample Estate, Andheri (East), Mumbai - 400 069"], ("400 069", "Mumbai", None, "IN")),
    # Delhi is a state and a city
    (["Sample House, Example Marg", "Delhi - 110 034"], ("110 034", "Delhi", None, "IN")),
])
def test_indian_pin_lines(rows: list[str], want: tuple[str | None, ...]) -> None:
    assert _address(*rows) == want


def test_six_digits_without_anything_indian_are_no_pin() -> None:
    card = _card("Sample Works", "Example Park 12", "Sampletown 123456", "Tel. +49 30 1234567")
    assert card.address is None or card.address.value.country != "IN"


@pytest.mark.parametrize(("rows", "want"), [
    # "DDI" (direct dial) and "HP" (handphone) label numbers on cards from Singapore and Malaysia
    (["2 Sample Street 62. Singapore 098765", "DDI (65) 6123 4567 HP (65) 9123 4567"],
     [("+6561234567", "work"), ("+6591234567", "mobile")]),
    (["Sample Road", "Mumbai 400 093", "Off: 022-23456789 Res: 022-23456790", "Mob No: 98400 12345"],
     [("+912223456789", "work"), ("+912223456790", "home"), ("+919840012345", "mobile")]),
    # a fax label printed letter-spaced is no "X" (Twitter) handle
    (["Sample Street 1", "NAGOYA, AICHI, 450-0001, JAPAN", "F A X: 81-52-123-4567"], [("+81521234567", "fax")]),
])
def test_labels_of_asian_and_indian_cards(rows: list[str], want: list[tuple[str, str]]) -> None:
    assert [(f.value.number, f.value.type) for f in _card(*rows).phones] == want


@pytest.mark.parametrize("row", ["MST: 0312345678", "CNPJ: 12.345.678/0001-90", "CIN: U72200KA2010PTC012345",
                                 "Tax code: 0101234567", "GSTIN 29ABCDE1234F1Z5"])
def test_tax_and_company_numbers_are_no_phones(row: str) -> None:
    assert _numbers("Sample Company", "Sample Street 1", row) == []


def test_ten_digits_in_two_groups_of_five_point_to_india() -> None:
    """A card with no country, no domain and a town the list does not know: the Indian way of grouping a mobile
    number ("98430 12345") makes its numbers and its PIN Indian."""
    card = _card("Lakshmi Sample", "Sample Textiles", "12/3, Sample Street", "Samplepet - 641 601.",
                 "Ph : 0421 - 2234567, 2234568", "Cell : 98430 12345")
    assert [f.value.number for f in card.phones] == ["+914212234567", "+914212234568", "+919843012345"]
    assert card.address is not None
    assert (card.address.value.postcode, card.address.value.city, card.address.value.country) == \
        ("641 601", "Samplepet", "IN")


@pytest.mark.parametrize(("rows", "want"), [
    (["100 Main Street", "Chicago, IL. 60601"], ("60601", "Chicago", "IL", "US")),  # a full stop after the state
    (["2001 Sample Blvd., Santa Clara, CA, 95054"], ("95054", "Santa Clara", "CA", "US")),  # a comma before the ZIP
    (["1 Market St, Suite 300", "San Francisco, CA 94105-1234"], ("94105-1234", "San Francisco", "CA", "US")),
])
def test_american_city_state_zip_lines(rows: list[str], want: tuple[str | None, ...]) -> None:
    assert _address(*rows) == want


@pytest.mark.parametrize(("printed", "want"), [("Farldabad", "Faridabad"), ("Jarnshedpur", "Jamshedpur"),
                                               ("Samplepur", "Samplepur"), ("Indore", "Indore")])
def test_a_town_one_ocr_confusion_away_from_a_known_indian_city(printed: str, want: str) -> None:
    assert _address("12, Sample Nagar,", f"{printed}-302001 Rajasthan")[1] == want


def test_brazilian_city_comma_state_before_the_cep() -> None:
    assert _address("Rua Exemplo, 99 - Centro", "Campinas, SP - 13010-000", "Tel.: 19 3234-5678") == \
        ("13010-000", "Campinas", "SP", "BR")
