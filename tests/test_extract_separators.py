"""Lines split by printed separators ("|", "·", "•"): a title kept whole as printed, contact lines split into their
fields (issue 12, the independent benchmark's leftovers). Every card here is invented."""

from __future__ import annotations

import pytest
from extract_cards import page

from cardscan.extract import extract_contact


@pytest.mark.parametrize("title", ["Partner | Head of Tax", "Senior Consultant | Digital",
                                   "Senior Consultant · Digital", "Associate • Private Equity"])
def test_a_title_printed_in_parts_is_kept_whole_as_printed(title: str) -> None:
    c = extract_contact(page(("Anna Example", 26), title, "Example Beratung GmbH", "Musterweg 5", "80331 München",
                             "anna.example@example-beratung.de"))
    assert c.name and c.name.value == "Anna Example"
    assert c.title and c.title.value == title
    assert c.company and c.company.value == "Example Beratung GmbH"


@pytest.mark.parametrize(("line", "title", "company"), [
    ("Anna Example · Partner", "Partner", "Example Beratung GmbH"),  # the name repeated beside the title
    ("Sales Manager | Example Trading Ltd", "Sales Manager", "Example Trading Ltd"),  # title and company
])
def test_a_title_shares_its_line_with_no_name_or_company(line: str, title: str, company: str) -> None:
    rows: list[str | tuple[str, int]] = [("Anna Example", 26), line, "anna@example.com"]
    if "Ltd" not in line:
        rows.insert(2, company)
    c = extract_contact(page(*rows))
    assert c.title and c.title.value == title
    assert c.company and c.company.value == company


def test_a_department_beside_the_title_stays_the_department() -> None:
    c = extract_contact(page(("Anna Example", 26), "Geschäftsführerin | Vertrieb", "Example Handel GmbH",
                             "anna@example-handel.de"))
    assert c.title and c.title.value == "Geschäftsführerin"
    assert c.department and c.department.value == "Vertrieb"


@pytest.mark.parametrize("sep", ["|", "·", "•"])
def test_contact_lines_split_by_separators_give_every_field(sep: str) -> None:
    c = extract_contact(page(("Anna Example", 26), "Head of Sales", "Example Handel GmbH", "Musterweg 5",
                             "80331 München",
                             f"T +49 89 1234567 {sep} M +49 171 2345678 {sep} E anna.example@example-handel.de",
                             f"anna@example-handel.de {sep} www.example-handel.de"))
    assert [(p.value.number, p.value.type) for p in c.phones] == [("+49891234567", "work"),
                                                                  ("+491712345678", "mobile")]
    assert [e.value for e in c.emails] == ["anna.example@example-handel.de", "anna@example-handel.de"]
    assert [w.value for w in c.websites] == ["https://www.example-handel.de"]
    assert c.title and c.title.value == "Head of Sales"
    assert c.address and (c.address.value.postcode, c.address.value.city) == ("80331", "München")


def test_an_address_on_one_line_split_by_dots() -> None:
    c = extract_contact(page(("Anna Example", 26), "Head of Sales", "Example Handel GmbH",
                             "Musterweg 5 · 80331 München · Deutschland", "anna@example-handel.de"))
    assert c.address
    a = c.address.value
    assert (a.street, a.postcode, a.city, a.country) == ("Musterweg 5", "80331", "München", "DE")
