"""Rules drawn from the seventh round of real cards (parts 7 and 10 opened): degrees after a name's comma, initials
glued to a name in capitals, a job title that vouches for a name of initials, past roles, ranges, labels printed
after their number, bracketed country codes, postcodes labelled or printed apart, Indian postal lines and mobiles,
building names, extensions. Every card here is invented."""

from __future__ import annotations

from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.emails import find_emails
from cardscan.extract.evidence import best_region, gather
from cardscan.extract.phones import find_phones
from cardscan.extract.roles import past_role, title_score


def numbers(text: str, region: str | None) -> list[tuple[str, str]]:
    hits, _ = find_phones(text, region)
    return [(h.value.number, h.value.type) for h in hits]


def test_degrees_after_the_names_comma_are_no_job_title() -> None:
    c = extract_contact(page(("Sample Medicine", 30), ("Anna C. Example, MD, PhD", 24), "Director, Sample Institute",
                             "Tel: (650) 555-0146", "anna@example.edu"))
    assert c.name is not None and c.name.value.startswith("Anna C. Example")
    assert c.title is not None and c.title.value.startswith("Director")


def test_initials_glued_to_a_name_in_capitals_and_a_title_beside_it_make_a_person() -> None:
    c = extract_contact(page(("M.S.EXAMPLAR", 26), "Customer Support Engineer", "Cell No. : 98400-99999",
                             "EXAMPLE TECHNOLOGIES LIMITED", "9-9-99, Sample Nagar, Hyderabad - 500 999."))
    assert c.name is not None and c.name.value == "M.S. Examplar"
    c = extract_contact(page("Example Info Systems", ("N.P. SAMPLAR", 26), "Managing Partner",
                             "Secunderabad-500 999. A.P. INDIA", "M:9246399999"))
    assert c.name is not None and c.name.value == "N.P. Samplar"
    assert c.title is not None and c.title.value == "Managing Partner"


def test_a_role_marked_retired_in_brackets_is_a_past_role() -> None:
    assert past_role("DIRECTOR(Retd)") and past_role("Director (Retd.)")
    assert not past_role("Director (Sales)")


def test_proprietor_and_its_abbreviation_are_job_titles() -> None:
    assert title_score("Proprietor") > 0.5 and title_score("Prop.") > 0.5


def test_a_range_gives_both_ends_and_a_series_group_before_a_whole_number() -> None:
    assert numbers("Off:040-23889936-37", "IN") == [("+914023889936", "work"), ("+914023889937", "work")]
    assert numbers("T-I: 91-40-23349990/9991/9992/23559999", "IN") == [
        ("+914023349990", "work"), ("+914023349991", "work"), ("+914023349992", "work"), ("+914023559999", "work")]
    # an area code before a slash still starts a whole number
    assert numbers("Tel 212 555 0100, Fax 212/555-0199", "US") == [("+12125550100", "work"), ("+12125550199", "fax")]


def test_a_label_printed_after_its_number_types_it_and_leaves_nothing() -> None:
    found, rest = find_phones("202-555-0199 (fax)", "US")
    assert [(h.value.number, h.value.type) for h in found] == [("+12025550199", "fax")]
    assert not any(ch.isalpha() for ch in rest)
    assert numbers("(312) 555-0114 fax", "US") == [("+13125550114", "fax")]
    assert numbers("2479999 (R)", "IN") == [("+912479999", "home")]
    # a bracket followed by a colon labels the number after it
    found = numbers("Tel:08452-239984(F):239983", "IN")
    assert found[0] == ("+918452239984", "work") and found[1][1] == "fax"


def test_a_country_and_area_code_in_one_bracket() -> None:
    assert numbers("Tel:(86-10)8455-9999", "CN") == [("+861084559999", "work")]


def test_postcodes_labelled_or_printed_apart_and_us_zip_codes_with_what_follows() -> None:
    c = extract_contact(page("EXAMPLE CORP.", ("Anna Example", 24), "33 Sample Road, Beijing", "Post Code: 100999"))
    assert c.address is not None and (c.address.value.city, c.address.value.postcode) == ("Beijing", "100999")
    c = extract_contact(page(("Anna Example", 24), "1 Sample Drive", "Sampleville, PA 17999-1234USA"))
    assert c.address is not None and (c.address.value.postcode, c.address.value.country) == ("17999-1234", "US")
    c = extract_contact(page(("Anna Example", 24), "265 Sample Drive", "Sampletown, CA 94999, MC-9999"))
    assert c.address is not None and (c.address.value.city, c.address.value.postcode) == ("Sampletown", "94999")
    c = extract_contact(page("Example Ltd", "6 Sample Road, Sampleton", "2999, Johannesburg, South Africa"))
    assert c.address is not None
    assert (c.address.value.city, c.address.value.postcode, c.address.value.country) == ("Johannesburg", "2999", "ZA")


def test_indian_postal_lines_and_mobiles_say_india() -> None:
    assert best_region(gather(["Sampletown - 299999."], [], None)) == "IN"
    assert best_region(gather(["9411199999"], [], None)) == "IN"
    assert best_region(gather(["9876 24 9999"], [], None)) == "IN"
    # a North American number is printed 3-3-4
    assert best_region(gather(["948-111-9999"], [], None)) != "IN"


def test_a_building_line_is_no_name_and_an_extension_line_no_company() -> None:
    c = extract_contact(page("State of Example", ("ANNA EXAMPLE", 26), "Sample Senator",
                             "Anna C. Example Federal Office Building", "Extn. 21", "(202) 555-0154"))
    assert c.name is not None and c.name.value == "Anna Example"
    assert c.company is None or "Extn" not in c.company.value


def test_an_email_domain_with_its_second_level_label_glued_to_the_country() -> None:
    hits, _ = find_emails("info@example.coza")
    assert [h.value for h in hits] == ["info@example.co.za"]
    hits, _ = find_emails("anna@example.cool")
    assert [h.value for h in hits] == ["anna@example.cool"]


def test_a_firms_name_in_large_type_over_its_trade_is_one_company() -> None:
    c = extract_contact(page(("ZELTRA", 40), ("Packers & Movers", 22), ("Anna Example", 24), "Proprietor",
                             "+91 98765 43210"))
    assert c.company is not None and c.company.value == "ZELTRA Packers & Movers"
    # a slogan in lower case under the trade line is no part of the name
    c = extract_contact(page(("ZELTRA", 40), ("Packers & Movers", 22), "safe moves for everyone", "+91 98765 43210"))
    assert c.company is not None and c.company.value == "ZELTRA Packers & Movers"


def test_a_telephone_sign_read_as_a_mark_before_a_colon_labels_the_number() -> None:
    assert numbers("Sampleguda, Hyderabad-500 999. ©: 040-23319999", "IN") == [("+914023319999", "work")]
    # a number with its trunk 0 and area code joined by a dash, after an address, is a phone number too
    assert numbers("Example Road 5, 0711-1234567", "DE") == [("+497111234567", "work")]


def test_initials_that_open_a_name_are_no_legal_form_and_an_address_word_is_no_name() -> None:
    c = extract_contact(page("Off: 040 23229999", ("N.V. Sample Rao", 24), "Deputy Commissioner",
                             "Example Road, Hyderabad 500 999"))
    assert c.name is not None and c.name.value == "N.V. Sample Rao"
    assert c.company is None or c.company.value != "N.V. Sample Rao"
    c = extract_contact(page(("K. Example Rao", 24), "Quality Control Engineer", "Example Associates",
                             "Anita Nagar Mandal", "Hyderabad - 500 999."))
    assert c.name is not None and c.name.value == "K. Example Rao"


def test_a_list_of_wares_is_no_company_and_the_firms_initials_in_its_mailbox_vouch_for_the_firm() -> None:
    c = extract_contact(page(("Green Kite", 30), ("Stationers & Printers", 24), ("Anna Example", 20),
                             "+91 99999 12345", "E-mail: gksp1999@examplemail.com", "Valued Products :",
                             "Letter Pads, Pamphlets, Labels & Boxes", "Example Nagar, Sampletown"))
    assert c.company is not None and c.company.value == "Green Kite Stationers & Printers"


def test_a_line_ending_in_in_is_unfinished() -> None:
    c = extract_contact(page(("EXAMPLE PRINTERS", 30), ("Anna Example", 24), "Proprietor", "SPECIALIST IN",
                             "+91 99999 12345"))
    assert c.title is not None and c.title.value == "Proprietor"
    # a German title in the gendered form ends in "*in" and is finished
    c = extract_contact(page(("Anna Beispiel", 24), "Pflegefachassistent*in", "Vertrieb", "Beispiel GmbH",
                             "Tel. +43 1 234 5678"))
    assert c.title is not None and c.title.value == "Pflegefachassistent*in"


def test_a_line_an_address_label_opens_is_no_company() -> None:
    c = extract_contact(page(("Anna Example", 24), "Sales Officer", "Add : Example College,", "33 Sample Road, Beijing",
                             "Residence & Office:", "Tel: +86 10 8455 9999"))
    assert c.company is None
