"""Rules drawn from the sixth round of real cards (mostly Indian phone-app scans): numbers printed without an area
code in lists and under labels, bracketed labels, country codes printed without "+", ranges, a city with its postal
district, the private limited company, degrees after a name. Every card here is invented."""

from __future__ import annotations

from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.evidence import best_region, gather
from cardscan.extract.phones import find_phones


def numbers(text: str, region: str | None) -> list[tuple[str, str]]:
    hits, _ = find_phones(text, region)
    return [(h.value.number, h.value.type) for h in hits]


def test_bracketed_office_and_residence_labels_type_the_numbers() -> None:
    assert numbers("Ph (O): 2345678 (R): 2345679", "IN") == [("+912345678", "work"), ("+912345679", "home")]
    # "(0):" with a colon is an O read as a zero; the trunk "(0)" of an international number stays a trunk digit
    assert numbers("(0): 2345678", "IN") == [("+912345678", "work")]
    assert numbers("Tel.: +44 (0)20 7946 0999", "GB") == [("+442079460999", "work")]
    assert numbers("Ph : (O) 0866-2574999", "IN") == [("+918662574999", "work")]


def test_a_label_glued_to_letters_the_ocr_read_before_it() -> None:
    assert numbers("ScPh23456789", "IN") == [("+9123456789", "work")]
    # a word that only ends in label letters, in lower case, is left alone
    assert numbers("graph23456789", "IN") == []


def test_numbers_without_an_area_code_listed_after_a_label_all_take_it() -> None:
    assert numbers("Phone : 834599, 849699", "IN") == [("+91834599", "work"), ("+91849699", "work")]
    assert numbers("Ph 23456781, 23456782,23456783, Fax:23456784", "IN") == [
        ("+9123456781", "work"), ("+9123456782", "work"), ("+9123456783", "work"), ("+9123456784", "fax")]
    # numbers of different lengths are no list: the second, valid nowhere, is no phone
    assert numbers("Phone : 834599, 8496991", "IN") == [("+91834599", "work")]


def test_a_valid_number_after_a_labelled_one_keeps_its_own_type() -> None:
    found = numbers("Ph: 9030012345 / 9030012346", "IN")
    assert [n for n, _ in found] == ["+919030012345", "+919030012346"]
    assert found[1][1] == "mobile"


def test_a_number_alone_on_the_line_below_a_labelled_one_printed_alike() -> None:
    c = extract_contact(page(("Example Sample", 26), "Sales Officer", "(O): 7159999", "7159998",
                             "Example Road, Hyderabad - 500 999."))
    assert [(p.value.number, p.value.type) for p in c.phones] == [("+917159999", "work"), ("+917159998", "work")]


def test_a_house_number_of_several_groups_is_no_phone_even_after_a_label() -> None:
    assert numbers("Regd. Office:9-99-999/9, 1st Floor", "IN") == []


def test_a_country_code_printed_without_plus_and_a_range_of_lines() -> None:
    assert numbers("Telefax :91-80-5599999", "IN") == [("+91805599999", "fax")]
    # a range gives its first and its last number (the lines between are the switchboard's)
    assert numbers("Tel 91 40 23399941-51", "IN") == [("+914023399941", "work"), ("+914023399951", "work")]
    # digits after a dash that count down are no range's end
    assert numbers("Tel 91 40 23399999-51", "IN") == [("+914023399999", "work")]
    # a German direct-dial number is valid as printed: no range
    assert numbers("Tel 0711 123456-78", "DE") == [("+4971112345678", "work")]


def test_a_known_city_with_its_postal_district_says_the_country() -> None:
    assert best_region(gather(["#9, Example Complex, Sample Nagar, Hyderabad - 99."], [], None)) == "IN"
    assert best_region(gather(["12 Example Road, Dublin 4"], [], None)) == "IE"
    c = extract_contact(page(("K. Example Sample", 26), "Ph :(0) 27669999", "Cell:9812399999",
                             "EXAMPLE OFFSET PRINTERS", "#9, Example Complex, Sample Nagar, Hyderabad - 99."))
    assert [p.value.number for p in c.phones] == ["+9127669999", "+919812399999"]
    assert c.address is not None and (c.address.value.city, c.address.value.country) == ("Hyderabad", "IN")


def test_a_private_limited_company_says_south_asia_not_britain() -> None:
    assert best_region(gather(["Example Lab & Technologies (Pvt.) Ltd."], [], None)) == "IN"
    assert best_region(gather(["Example Engineers Pvt. Ltd."], [], None)) == "IN"
    assert best_region(gather(["Example Private Limited"], [], None)) == "IN"
    assert best_region(gather(["Example Sample Ltd"], [], None)) == "GB"


def test_a_degree_after_the_name_vouches_for_a_person_and_is_no_firm_word() -> None:
    c = extract_contact(page(("G. Example Sample, M.Tech", 24), "Associate Professor", "Dept. of E.E.E",
                             "EXAMPLE INSTITUTE OF", "SCIENCE & TECHNOLOGY", "Sampletown - 524 999."))
    assert c.name is not None and c.name.value == "G. Example Sample, M.Tech"
    assert c.company is not None and "INSTITUTE" in c.company.value


def test_a_line_with_a_street_word_inside_is_no_name() -> None:
    # the person's given name is in no word list: only the street word tells the two name-shaped lines apart
    c = extract_contact(page(("Zorvek Quillam", 24), "Admin. Officer", "Example Education Limited",
                             "Example House", "3rd Floor 9-9-9999/9/9", "Sample Example Road Sampleguda",
                             "Hyderabad 500998 INDIA", "Tel 91 40 23399999"))
    assert c.name is not None and c.name.value == "Zorvek Quillam"


def test_a_known_city_ending_an_address_line_after_a_comma_says_the_country() -> None:
    assert best_region(gather(["9-9-999/A, Example Towers, Sampleguda, Hyderabad."], [], None)) == "IN"
    assert best_region(gather(["Sales, Marketing"], [], None)) is None
    c = extract_contact(page(("P. Example", 26), "Ph.Off.: 23599999", "Cell: 98765 - 44999", "P.V. EXAMPLE ASSOCIATES",
                             "9-9-999/A/1, Second Floor, Example Towers, Sampleguda, Hyderabad."))
    assert "+919876544999" in [p.value.number for p in c.phones]


def test_a_web_label_glued_to_the_address_is_no_part_of_the_host() -> None:
    from cardscan.extract.web import find_web

    found, _, _ = find_web("websiteewww.example-cement.com")
    assert [h.value for h in found] == ["https://www.example-cement.com"]


def test_a_full_width_colon_after_a_label_and_a_dotted_acronym_as_a_title() -> None:
    from cardscan.extract.roles import title_score

    assert numbers("Off：040 23299999", "IN") == [("+914023299999", "work")]
    assert title_score("C.E.O.") >= 0.9 and title_score("M.D.") >= 0.9
    assert title_score("K.V. Example") == 0.0  # initials of a name are no acronym of a role


def test_a_number_of_nine_digits_or_more_unbroken_after_a_word_is_a_phone() -> None:
    assert numbers("Avery 9876599999", "IN") == [("+919876599999", "mobile")]
    assert numbers("Avery @9963179999,9490459999", "IN") == [("+919963179999", "mobile"), ("+919490459999", "mobile")]
    # a street number and a postcode between words stay what they are
    assert numbers("Drottninggatan 122 - 116 74 Stockholm", "SE") == []
    assert numbers("Hauptstrasse 12 70173 Stuttgart", "DE") == []


def test_an_e_mail_label_glued_by_a_hyphen_is_no_part_of_the_address() -> None:
    from cardscan.extract.emails import find_emails

    found, _ = find_emails("Telefax:7199999, E-Mail-sample@example.com")
    assert [h.value for h in found] == ["sample@example.com"]
    found, _ = find_emails("mail-box@example.com")  # a mailbox that begins with the word, in lower case, stays whole
    assert [h.value for h in found] == ["mail-box@example.com"]


def test_a_locality_or_a_state_beside_the_town_after_a_full_stop_is_no_part_of_it() -> None:
    c = extract_contact(page(("Example Sample", 26), "Advocate", "Flat No-9, Street No-9, Near Example Park,",
                             "Samplepally, Hyderabad. Telangana State - 500 997", "Mobile: 98765 19999"))
    assert c.address is not None and (c.address.value.city, c.address.value.postcode) == ("Hyderabad", "500 997")
    c = extract_contact(page(("Example Sample", 26), "Managing Director", "999, Example Block, Example Enclave",
                             "Examplepet. Hyderabad-500 996 (A.P.) INDIA", "Cell: 98765 17999"))
    assert c.address is not None and c.address.value.city == "Hyderabad"


def test_a_standard_and_its_year_are_no_postcode_and_a_capital_glued_together_is_known() -> None:
    c = extract_contact(page(("Example Sample M", 26), "Design Engineer", "EXAMPLE CONSULTANTS PVT. LTD.",
                             "(An ISO 9001 - 2000 Company)", "EXAMPLE HOUSE, 99-C, Example Road",
                             "Samplegir, NewDelhi - 110 999"))
    assert c.address is not None and (c.address.value.city, c.address.value.postcode) == ("New Delhi", "110 999")


def test_a_company_wrapped_before_its_country_and_legal_form_is_read_whole() -> None:
    c = extract_contact(page(("SAMPLER", 34), ("Y. Example Sample", 24), "Director", "m:+91 98765 40999",
                             "e : ysample@samplerindia.com", "Sampler Ground Engineering", "India Pvt. Ltd.",
                             "9th Floor, Example Square.", "Chennai - 600 999, India.", "www.samplerindia.com"))
    assert c.company is not None and c.company.value == "Sampler Ground Engineering India Pvt. Ltd."


def test_a_series_after_a_number_ends_at_the_line_s_full_stop_and_keeps_an_old_plan_s_area_code() -> None:
    assert numbers("Phone : +91 - 040- 2799 0099, 2799 0098.", "IN") == [("+914027990099", "work"),
                                                                         ("+914027990098", "work")]
    # a number of a plan that grew a digit since ("040-3309999", seven digits after the area code): its series keeps
    # the area code
    assert [n for n, _ in numbers("Tel: 040-3309999,3309998", "IN")] == ["+91403309999", "+91403309998"]


def test_a_known_city_alone_on_its_line_under_a_street_and_its_localities() -> None:
    c = extract_contact(page(("S. Example", 26), "Managing Director", "EXAMPLE Enterprises (Pvt) Ltd.",
                             "999, Example Road,", "Sampleville East,", "Sampleville,", "Jaffna.", "021 7 299 199",
                             "0777 99 44 99", "example@gmail.com"))
    assert [p.value.number for p in c.phones] == ["+94217299199", "+94777994499"]  # Sri Lanka, not India
    a = c.address.value if c.address else None
    assert a is not None and (a.city, a.country) == ("Jaffna", "LK")
    assert a.street == "999, Example Road, Sampleville East, Sampleville"
