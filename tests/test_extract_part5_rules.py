"""Rules drawn from the fifth round of real cards (mostly Indian and American): states spelled out before the ZIP
code, and the other general rules of that round. Every card here is invented."""

from __future__ import annotations

from extract_cards import page

from cardscan.extract import extract_contact


def test_a_us_state_spelled_out_before_the_zip_code_is_read_as_the_state() -> None:
    # the house number above is five digits too: it is no postcode, and the phones are American
    c = extract_contact(page(("Quinn Example", 26), "Software Engineer", "EXAMPLE SYSTEMS, INC.",
                             "12345 EXAMPLE RIDGE DRIVE", "SAMPLETON, VIRGINIA 20999", "(703) 555-0148",
                             "qexample@example.com"))
    assert c.address is not None
    a = c.address.value
    assert (a.postcode, a.city, a.region, a.country) == ("20999", "SAMPLETON", "VA", "US")
    assert [p.value.number for p in c.phones] == ["+17035550148"]


def test_a_state_spelled_out_in_lower_case_with_the_street_on_the_line_above() -> None:
    c = extract_contact(page(("examplecloud", 30), "Rowan Sample", "staff engineer", "t 312 555-0117",
                             "2210 example boulevard, suite 9", "sample falls, illinois 60999", "rsample@example.com"))
    a = c.address.value if c.address else None
    assert a is not None and (a.postcode, a.city, a.country) == ("60999", "sample falls", "US")
    assert [p.value.number for p in c.phones] == ["+13125550117"]


def test_a_state_of_two_words_spelled_out_on_the_street_line() -> None:
    c = extract_contact(page(("Avery Sample", 26), "Sales Consultant",
                             "301 Example Avenue, Sampleton, New Mexico 87999", "Cell 505.555.0199"))
    a = c.address.value if c.address else None
    assert a is not None and (a.postcode, a.city, a.region) == ("87999", "Sampleton", "NM")


def test_an_australian_state_spelled_out_before_the_postcode() -> None:
    c = extract_contact(page(("Avery Sample", 26), "Project Officer", "12 Example Street",
                             "Sampleton Victoria 3999", "+61 3 5550 1234"))
    a = c.address.value if c.address else None
    assert a is not None and (a.postcode, a.city, a.region, a.country) == ("3999", "Sampleton", "VIC", "AU")


def test_a_state_s_name_not_before_a_postcode_is_left_alone() -> None:
    # "Washington" begins a street's name here; the German postcode line is read as before
    c = extract_contact(page(("Avery Sample", 26), "Washington Allee 5", "10115 Berlin", "+49 30 5550 1234"))
    a = c.address.value if c.address else None
    assert a is not None and (a.postcode, a.city, a.country) == ("10115", "Berlin", "DE")
