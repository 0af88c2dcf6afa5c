"""Rules drawn from the eighth round of real cards (part 9 opened): a US state glued to its ZIP code, a British town
after the street's comma over a lone postcode, an Indian town's side in brackets before its PIN, a city with its
postal zone and state, a known city alone under an address line ending in a comma, a state read with a letter lost, a
label that opens the street, and a lower-case l read as a capital I. Every card here is invented."""

from __future__ import annotations

from extract_cards import address_of, page

from cardscan.extract import extract_contact
from cardscan.extract.address_india import is_state, state_spelling
from cardscan.extract.evidence import best_region, gather
from cardscan.extract.line_kinds import credentials


def test_a_us_state_glued_to_its_zip_code() -> None:
    assert address_of("Jordan Example", "Sales Associate", "tel 217.555.0146", "99 E Sample Road",
                      "Springfield, IL62704") == ("99 E Sample Road", "62704", "Springfield", "US")


def test_a_british_town_after_the_streets_comma_over_a_lone_postcode() -> None:
    assert address_of("Example Motors", "0161 496 0999", "9 Sample Rd, Sampleton", "NG99 9ZZ",
                      "Opp Example Garage") == ("9 Sample Rd", "NG99 9ZZ", "Sampleton", "GB")


def test_an_indian_towns_side_in_brackets_before_its_pin_is_no_town() -> None:
    _, pin, city, country = address_of("PRIYA EXAMPLE", "Mob -: 9800099999", "EXAMPLE INSURANCE CORPORATION",
                                       "Off.: 9 H, Sample Bhavan, Samplewadi, Samplepur (E.) - 400999,")
    assert (pin, city, country) == ("400999", "Samplepur", "IN")


def test_a_city_with_its_postal_zone_then_its_state_and_country() -> None:
    c = extract_contact(page("K. EXAMPLE B.E.", "Software Engineer", "EXAMPLE INFOTECH",
                             "# 909, 9TH FLOOR, SAMPLE ESTATE,", "SAMPLEPET, HYDERABAD - 99 (A.P.) INDIA.",
                             "VOICE : +91-40-6599999"))
    assert c.address is not None
    assert (c.address.value.city, c.address.value.region, c.address.value.country) == ("HYDERABAD", "A.P.", "IN")


def test_a_known_city_alone_under_a_numbered_line_that_ends_in_a_comma() -> None:
    street, _, city, country = address_of("A. Example Rao", "Cell : 90909 09090", "Example Caterers",
                                          "Sample Hills - 9, Sampleguda,", "Hyderabad.")
    assert (street, city, country) == ("Sample Hills - 9, Sampleguda", "Hyderabad", "IN")
    # without a number the line above is no address line of itself: the known city alone is the town, no street
    assert address_of("A. Example Rao", "Example Caterers", "Fine Food,", "Hyderabad.") == (None, None, "Hyderabad",
                                                                                           "IN")


def test_a_state_read_with_one_letter_lost_is_still_the_state() -> None:
    assert is_state("elangana") and state_spelling("elangana") == "Telangana" and state_spelling("Karnatka")
    assert not is_state("Kerela Road") and not is_state("Hyderabad")  # a known city is no misread state
    c = extract_contact(page("Example Training College",
                             "Old Sample Road, Samplebowli, Hyd, elangana – 500 099, India", "Ravi Example"))
    assert c.address is not None
    assert (c.address.value.city, c.address.value.region) == ("Hyd", "Telangana")


def test_a_label_that_opens_the_street_is_no_part_of_it() -> None:
    assert address_of("Example Motors", "Address: 9 Sample Road, Cambridge CB9 9ZZ")[0] == "9 Sample Road"
    street, _, _, _ = address_of("Example Traders", "Regd. Office : 9-C, Sample Market, Delhi - 110099")
    assert street == "9-C, Sample Market"
    # a post-office box or a plot number is part of the address
    assert address_of("Example Traders", "P.O. Box: 9999, Sample Road", "Sampleton, IL 62999")[0].startswith("P.O.")


def test_a_lower_case_l_read_as_a_capital_i_at_a_words_end() -> None:
    c = extract_contact(page(("R.K. Example", 26), "AddI. Director", "Example Department",
                             "Phone: +91 40 2999 9999"))
    assert c.title is not None and c.title.value == "Addl. Director"
    c = extract_contact(page(("Anna ExampeI", 26), "Head of Sales", "Example Ltd", "anna@example.com"))
    assert c.name is not None and c.name.value == "Anna Exampel"
    c = extract_contact(page(("Anna Example", 26), "Head of IT", "Example Ltd", "anna@example.com"))
    assert c.title is not None and c.title.value == "Head of IT"  # capitals after capitals stay


def test_a_line_of_degrees_alone_is_no_name() -> None:
    assert credentials("M. Sc. Ph.d.") and credentials("B.E., MBA") and not credentials("K. V. Example Rao")
    c = extract_contact(page(("Dr. V. Example Sampleson", 26), "M.Sc. Ph.D.", "JOINT DIRECTOR",
                             "Directorate of Sample Studies", "Tel: 040-29999999"))
    assert c.name is not None and c.name.value == "Dr. V. Example Sampleson"
    assert c.company is not None and c.company.value == "Directorate of Sample Studies"


def test_a_line_in_brackets_is_a_note_on_the_firm_not_its_name() -> None:
    c = extract_contact(page(("Anna Example", 24), "Director", "EXAMPLE RESEARCH PRODUCTIONS",
                             "(A Sample Holdings Company)", "9 Sample Road, Sampleton 99999"))
    assert c.company is not None and c.company.value == "EXAMPLE RESEARCH PRODUCTIONS"


def test_an_indian_mobile_grouped_four_four_two_says_india() -> None:
    assert best_region(gather(["Cell: 9999 0000 99"], [], None)) == "IN"
    c = extract_contact(page("Example Architects", ("Er. Anna Example", 24), "Ph: 040-29999999", "Cell: 9999 0000 99"))
    assert sorted(p.value.number for p in c.phones) == ["+914029999999", "+919999000099"]


def test_voice_labels_a_phone_number() -> None:
    # a number of an older plan (a digit short) is kept as printed when a label says it is a phone
    c = extract_contact(page("Anna Example", "Example Infotech", "VOICE : +91-40-6599999", "anna@example.com"))
    assert [p.value.number for p in c.phones] == ["+91406599999"]


def test_a_house_number_with_its_part_after_a_slash_is_no_phone() -> None:
    c = extract_contact(page("Example Publishers", "Admn. Office : 9999/99, Sample House, Opp. Sample School",
                             "Sampleganj, New Delhi-110099", "Phone:29999999 Mobile:9899999999"))
    assert sorted(p.value.number for p in c.phones) == ["+9129999999", "+919899999999"]


def test_a_mobile_grouped_four_then_seven_after_its_trunk_zero_says_pakistan() -> None:
    assert best_region(gather(["Cell:0399-9999999"], [], None)) == "PK"
    assert best_region(gather(["Tel 0399 999 9999"], [], None)) != "PK"  # a British 03 number
    c = extract_contact(page("EXAMPLE RISK MANAGEMENT", "Anna Example", "FINANCIAL CONSULTANT", "Cell:0399-9999999"))
    assert [p.value.number for p in c.phones] == ["+923999999999"]
