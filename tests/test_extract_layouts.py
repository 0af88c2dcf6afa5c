"""General rules found on the independent benchmark's development cards (tools/fakercards, seed 4711): a title
printed above the name, companies listed as names or wrapped beside their domain, addresses glued to a separator,
US territories. Every card here is invented."""

from __future__ import annotations

import pytest
from extract_cards import line, page

from cardscan.extract import extract_contact
from cardscan.model import OcrPage


@pytest.mark.parametrize(("title", "under"), [
    ("Medizininformatiker", ["Beispiel KGaA"]),  # a company under the name
    ("Clinical molecular geneticist", ["Verkoop", "Voorbeeld NV"]),  # a department under the name
    ("Bookseller", ["Keller & Partner"]),
])
def test_a_title_printed_above_the_name(title: str, under: list[str]) -> None:
    c = extract_contact(page(title, ("Anna Example", 26), *under, "Musterweg 5", "12131 Aachen",
                             "anna.example@example.de"))
    assert c.name and c.name.value == "Anna Example"
    assert c.title and c.title.value == title


@pytest.mark.parametrize("above", ["Nordlicht", "Barre"])
def test_a_small_line_over_the_name_with_nothing_under_it_is_no_title(above: str) -> None:
    c = extract_contact(page((above, 18), ("Daniel Example", 26), "daniel.example@gmail.com"))
    assert c.name and c.name.value == "Daniel Example"
    assert c.title is None


def test_a_department_over_the_name_is_no_title() -> None:
    c = extract_contact(page("Platform Development Department", ("Anna Example", 26), ("Example Systems Ltd", 22),
                             "anna@example.co.uk"))
    assert c.title is None


@pytest.mark.parametrize("company", ["Hargreaves, Brown and Miller", "Booker, Brown and White", "Visser & Bakker"])
def test_a_firm_named_after_people_whose_names_are_also_occupations(company: str) -> None:
    c = extract_contact(page(("Eli Example", 26), "Engineer", (company, 22), "eli@example.co.uk"))
    assert c.company and c.company.value == company
    assert c.title and c.title.value == "Engineer"


def test_occupations_listed_with_a_role_word_stay_a_title() -> None:
    c = extract_contact(page(("Eli Example", 26), "Writer, Editor and Translator", ("Example Press Ltd", 22),
                             "eli@examplepress.co.uk"))
    assert c.title and c.title.value == "Writer, Editor and Translator"
    assert c.company and c.company.value == "Example Press Ltd"


@pytest.mark.parametrize(("lines", "domain", "want"), [
    (["Amancio Pareja", "Prat S.A."], "amancio.es", "Amancio Pareja Prat S.A."),
    (["Bujard", "Crevoisier SA"], "bujard.ch", "Bujard Crevoisier SA"),
])
def test_a_company_wrapped_over_two_lines_beside_its_domain(lines: list[str], domain: str, want: str) -> None:
    c = extract_contact(page(*[(line, 22) for line in lines], ("Eli Example", 30), "Ingeniero",
                             f"eli@{domain}", f"www.{domain}"))
    assert c.company and c.company.value == want
    assert c.name and c.name.value == "Eli Example"


@pytest.mark.parametrize(("rows", "company"), [
    ([("Jan Prins", 26), ("Prins BV", 26), "Verkoper", "jan@prins.nl"], "Prins BV"),  # the domain is the company's
    ([("Anna Berg", 26), ("Acme AB", 26), "Säljare", "anna@berg.se"], "Acme AB"),  # the name line is no wrap
])
def test_a_name_over_a_company_is_not_joined_to_it(rows: list[str | tuple[str, int]], company: str) -> None:
    c = extract_contact(page(*rows))
    assert c.company and c.company.value == company
    assert c.name and c.name.value == rows[0][0]


@pytest.mark.parametrize("sep", ["·", "|", "•"])
def test_an_e_mail_and_a_web_address_glued_by_a_separator(sep: str) -> None:
    c = extract_contact(page(("William Example", 26), "Teacher", "Example LLC",
                             f"william.example@example.com{sep}https://www.example.com"))
    assert [e.value for e in c.emails] == ["william.example@example.com"]
    assert [w.value for w in c.websites] == ["https://www.example.com"]
    c = extract_contact(page(("William Example", 26), "Teacher", "Example LLC",
                             f"www.example.com{sep}info@example.com"))
    assert [e.value for e in c.emails] == ["info@example.com"]
    assert [w.value for w in c.websites] == ["https://www.example.com"]


def test_a_us_territory_is_a_state_of_an_address() -> None:
    c = extract_contact(page(("William Example", 26), "Teacher", "Example LLC", "3039 Example Cliff",
                             "Hagatna, GU 96910", "william@example.com"))
    assert c.address
    a = c.address.value
    assert (a.street, a.postcode, a.city, a.region, a.country) == ("3039 Example Cliff", "96910", "Hagatna", "GU", "US")


def _two_columns(right: list[tuple[str, int]], left: list[tuple[str, int]]) -> OcrPage:
    """A card of two columns read row by row: the left column's lines come between the right column's ones."""
    rows = []
    for k in range(max(len(left), len(right))):
        y = 30 + 40 * k
        if k < len(right):
            rows.append(line(right[k][0], height=right[k][1], y=y, x=560))
        if k < len(left):
            rows.append(line(left[k][0], height=left[k][1], y=y + 4, x=40))
    return OcrPage(tuple(rows), engine="test", languages="eng")


def test_a_title_under_the_name_in_its_column_with_the_other_column_read_between() -> None:
    page_ = _two_columns([("Susanna Example", 30), ("Koreanistiker", 18), ("Musterallee 22", 16),
                          ("10778 Lüdinghausen", 16), ("susanna.example@beispiel.de", 16)],
                         [("Beispiel Brookfeld KG", 22), ("Compatible explicit interface", 14)])
    c = extract_contact(page_)
    assert c.name and c.name.value == "Susanna Example"
    assert c.title and c.title.value == "Koreanistiker"
    assert c.company and c.company.value == "Beispiel Brookfeld KG"


def test_a_department_under_the_name_in_its_column_stays_the_department() -> None:
    page_ = _two_columns([("Anna Example", 30), ("Platform Development Department", 18), ("Example Street 5", 16),
                          ("anna@example.co.uk", 16)],
                         [("Example Systems Ltd", 22), ("Sensor Network Section", 14)])
    c = extract_contact(page_)
    assert c.title is None or c.title.value != "Platform Development Department"


def test_a_lower_case_legal_form_the_ocr_misread() -> None:
    c = extract_contact(page(("Interminei s.r.I.", 24), ("Salvatore Example", 26), "Dietista",
                             "salvatore@interminei.it"))
    assert c.company and c.company.value == "Interminei s.r.l."
