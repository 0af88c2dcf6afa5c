"""CSV exports of the awkward fixture cards: headers, encodings, formula neutralisation, nothing dropped."""

from __future__ import annotations

import csv
import io

import pytest
from export_cards import awkward_cards

from cardscan.export import export_cards, neutralise
from cardscan.export.csv_formats import GOOGLE_BASE_COLUMNS, OUTLOOK_COLUMNS
from cardscan.model import Card, Contact, Field, Phone


def rows(data: bytes, encoding: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode(encoding), newline="")))


def by_id(cards: list[Card], table: list[dict[str, str]], card_id: int) -> dict[str, str]:
    return table[[c.id for c in cards].index(card_id)]


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    return awkward_cards()


@pytest.mark.parametrize(
    ("kind", "bom"), [("csv", True), ("google", False), ("outlook", True)]
)
def test_encoding_line_ends_and_shape(cards: list[Card], kind: str, bom: bool) -> None:
    data = export_cards(cards, kind).data
    assert data.startswith(b"\xef\xbb\xbf") == bom
    text = data.decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert len(parsed) == len(cards) + 1
    assert len({len(r) for r in parsed}) == 1
    # Rows end with CRLF; a line break inside a cell is a bare LF.
    assert text.endswith("\r\n")
    assert text.count("\r\n") == len(cards) + 1


def test_google_header(cards: list[Card]) -> None:
    header = rows(export_cards(cards, "google").data, "utf-8")[0].keys()
    header = list(header)
    assert header[:17] == list(GOOGLE_BASE_COLUMNS)
    assert GOOGLE_BASE_COLUMNS[:3] == ("First Name", "Middle Name", "Last Name")
    assert header[17:19] == ["E-mail 1 - Label", "E-mail 1 - Value"]
    assert "E-mail 4 - Value" in header and "E-mail 5 - Value" not in header  # as many as the longest card needs
    assert "Phone 7 - Value" in header
    assert header[header.index("Address 1 - Label"):header.index("Address 1 - Label") + 9] == [
        "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - PO Box",
        "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country", "Address 1 - Extended Address",
    ]  # fmt: skip
    assert header[-2:] == ["Website 5 - Label", "Website 5 - Value"]


def test_google_values(cards: list[Card]) -> None:
    table = rows(export_cards(cards, "google").data, "utf-8")
    anna = by_id(cards, table, 101)
    assert (anna["Name Prefix"], anna["First Name"], anna["Last Name"]) == ("Dr.", "Anna", "van den Berg")
    assert anna["Organization Department"] == "Innovatie & Zorg"
    assert anna["Labels"] == "* myContacts ::: Web Summit Lisbon ::: lead ::: pilot"
    assert [anna[f"Phone {i} - Label"] for i in (1, 2, 3)] == ["Work", "Mobile", "Work Fax"]
    assert anna["Phone 1 - Value"] == "+31 20 123 4567"
    assert anna["Address 1 - Country"] == "Netherlands"
    assert anna["Notes"].endswith("\n\nMet at Web Summit Lisbon on 2025-11-12")
    karin = by_id(cards, table, 107)
    assert karin["Address 1 - Postal Code"] == "111 51"
    assert (karin["Website 1 - Label"], karin["Website 1 - Value"]) == ("Profile", "https://xing.com/profile/Karin_Astrom")


def test_outlook_header_is_the_classic_one(cards: list[Card]) -> None:
    data = export_cards(cards, "outlook").data
    first_line = data.decode("utf-8-sig").split("\r\n", 1)[0]
    assert first_line == ",".join(f'"{c}"' for c in OUTLOOK_COLUMNS)
    assert len(OUTLOOK_COLUMNS) == 92
    assert OUTLOOK_COLUMNS[:8] == ("Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company",
                                   "Department", "Job Title")
    for column in ("Business Street", "Business Country/Region", "Business Fax", "Business Phone", "Mobile Phone",
                   "E-mail Address", "E-mail Type", "E-mail Display Name", "Notes", "Categories", "Web Page"):
        assert column in OUTLOOK_COLUMNS


def test_outlook_puts_what_has_no_column_in_the_notes(cards: list[Card]) -> None:
    table = rows(export_cards(cards, "outlook").data, "utf-8-sig")
    john = by_id(cards, table, 111)
    assert [john[c] for c in ("Business Phone", "Business Phone 2", "Company Main Phone", "Other Phone")] == [
        "+1 212-555-0100", "+1 212-555-0101", "+1 212-555-0102", "+1 212-555-0103"
    ]
    assert john["Mobile Phone"] == "+1 212-555-0104" and john["Business Fax"] == "+1 212-555-0106"
    notes = john["Notes"]
    for text in ("Mobile: +1 212-555-0105", "E-mail: john.public@example.org", "Website: https://blog.example.net",
                 "LinkedIn: https://linkedin.com/in/jqpublic-example", "GitHub: https://github.com/jqpublic-example"):
        assert text in notes
    assert john["E-mail 3 Address"] == "sales@example.com" and john["E-mail Type"] == "SMTP"
    assert john["Web Page"] == "https://example.com"
    assert john["Categories"] == "CES;us"
    anna = by_id(cards, table, 101)
    assert (anna["Title"], anna["Job Title"]) == ("Dr.", "Projectmanager")
    assert anna["Business Country/Region"] == "Netherlands"


def test_generic_csv_has_every_field(cards: list[Card]) -> None:
    table = rows(export_cards(cards, "csv").data, "utf-8-sig")
    header = list(table[0])
    assert header[:9] == ["name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title",
                          "department", "company"]
    assert header[-7:] == ["note", "event", "met_on", "follow_up", "tags", "pocket", "card_id"]
    karin = by_id(cards, table, 107)
    assert (karin["postcode"], karin["city"], karin["country_code"], karin["country"]) == (
        "111 51", "Stockholm", "SE", "Sweden")
    assert [karin[f"phone_{i}_type"] for i in (1, 2, 3)] == ["home", "mobile", "other"]
    assert karin["social_2_service"] == "github"
    long_note = by_id(cards, table, 106)["note"]
    assert long_note == next(c for c in cards if c.id == 106).note and len(long_note) == 2000
    assert by_id(cards, table, 113)["pocket"] == "discard"
    assert by_id(cards, table, 101)["note"].count("\n") == 2


@pytest.mark.parametrize("kind", ["csv", "google", "outlook"])
def test_formula_cells_are_neutralised(cards: list[Card], kind: str) -> None:
    encoding = "utf-8" if kind == "google" else "utf-8-sig"
    text = export_cards(cards, kind).data.decode(encoding)
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
                assert cell.replace(" ", "").replace("-", "").lstrip("+").isdigit(), f"live formula: {cell!r}"
    hans = rows(export_cards(cards, kind).data, encoding)[[c.id for c in cards].index(108)]
    company = {"csv": "company", "google": "Organization Name", "outlook": "Company"}[kind]
    assert hans[company] == "'-Stein Labor GmbH"


@pytest.mark.parametrize(
    ("cell", "phone", "out"),
    [
        ("=1+1", False, "'=1+1"),
        ("+cmd", False, "'+cmd"),
        ("-2", False, "'-2"),
        ("@SUM(A1)", False, "'@SUM(A1)"),
        ("\tx", False, "'\tx"),
        ("\rx", False, "'\rx"),
        ("'=x", False, "''=x"),  # so that stripping one apostrophe always gives the value back
        ("'s-Hertogenbosch", False, "'s-Hertogenbosch"),
        ("+31 20 123 4567", True, "+31 20 123 4567"),
        ("+31201234567", True, "+31201234567"),
        ("+1 212-555-0100", True, "+1 212-555-0100"),
        ("+31 20 123 4567", False, "'+31 20 123 4567"),  # only in a phone column
        ("+1=2", True, "'+1=2"),
        ("Anna", False, "Anna"),
        ("a=b", False, "a=b"),
    ],
)
def test_neutralise(cell: str, phone: bool, out: str) -> None:
    assert neutralise(cell, phone=phone) == out


def test_no_cards_gives_a_header_only() -> None:
    for kind in ("csv", "google", "outlook"):
        table = list(csv.reader(io.StringIO(export_cards([], kind).data.decode("utf-8-sig"), newline="")))
        assert len(table) == 1 and table[0]


def test_unparseable_phone_number_is_written_as_it_is() -> None:
    card = Card(contact=Contact(name=Field("A B"), phones=[Field(Phone("020 123 4567", "work"))]), id=1)
    table = rows(export_cards([card], "google").data, "utf-8")
    assert table[0]["Phone 1 - Value"] == "020 123 4567"
