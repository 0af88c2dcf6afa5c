"""Rules drawn from the fifth round of real cards (mostly Indian and American): states spelled out before the ZIP
code, and the other general rules of that round. Every card here is invented."""

from __future__ import annotations

from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.company import domain_spelling, domain_words, legal_form, link_phrase
from cardscan.extract.glued_titles import spaced_title, unglued_role_phrase
from cardscan.extract.mailbox import personal_locals_of, spells_organisation
from cardscan.extract.names import name_shape, split_name
from cardscan.extract.phones import find_phones
from cardscan.extract.roles import past_role
from cardscan.extract.web import url_host


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


def test_dotted_post_nominal_letters_after_the_comma_are_no_part_of_the_name() -> None:
    # "D.V.M." and "B.S.E.E." are on no list of degrees: dotted initials after the name's comma are one
    c = extract_contact(page("Ph: 412-555-0156", ("JORDAN K. EXAMPLE, D.V.M.", 26), "Sampleton Animal Care",
                             "410 S. Example St. Suite 12", "Sampleton, PA 15999"))
    assert c.name is not None and c.name.value == "Jordan K. Example, D.V.M."
    assert c.family_name is not None and c.family_name.value == "Example"
    assert c.suffix is not None and c.suffix.value == "D.V.M."


def test_split_name_takes_several_dotted_post_nominals() -> None:
    parts = split_name("Avery Sample, B.S.E.E., M.Sc.")
    assert (parts.given_name, parts.family_name, parts.suffix) == ("Avery", "Sample", "B.S.E.E., M.Sc.")


def test_a_comma_before_words_that_are_no_initials_is_not_a_suffix() -> None:
    parts = split_name("Avery Sample, Sampleton")
    assert parts.suffix is None


def test_a_mailbox_spelling_the_company_up_to_its_shortened_organisation_word_is_the_business_s() -> None:
    # "quinntechins@" spells "Quinn Tech Ins(urance)": though "Quinn" is a given name, the logo is no person
    c = extract_contact(page(("QUINN TECH INSURANCE", 30), ("SERVICES", 28), ("Avery Jo Sample, B.S.B.A.", 28),
                             "Insurance Agent", "Tel 650.555.0118", "quinntechins@examplemail.com",
                             "301 Example Road · Sampleton, CA 94999"))
    assert c.name is not None and c.name.value.startswith("Avery Jo Sample")
    assert c.company is not None and c.company.value.startswith("QUINN TECH INSURANCE")


def test_a_mailbox_spelling_a_person_s_whole_name_stays_personal() -> None:
    assert not spells_organisation("Quinn Sample", "quinnsample")
    assert spells_organisation("Quinn Tech Insurance", "quinntechinsurance")
    assert not spells_organisation("Quinn Tech Insurance", "quinntechin")  # two letters of it say nothing


def test_the_label_before_a_number_is_no_name_even_when_the_function_mailbox_shares_its_word() -> None:
    # "Contact Desk: 01 ..." beside "contact.exampleinfo@": a label, and a mailbox naming a function, not a person
    c = extract_contact(page(("Exampla-Informatique", 34), "Dépannage ordinateurs et tablettes",
                             "12 rue Exemple", "Contact Desk: 01 23 45 67 89", "60999 Sampleville",
                             "Magasin: 09 55 55 55 55", "contact.exampleinfo@examplemail.com"))
    assert c.name is None


def test_a_line_with_a_label_and_a_colon_is_no_name() -> None:
    # the mailbox holds a word of it, but "Office : ..." labels the second address, it names no person
    c = extract_contact(page(("Quillbrook Thal", 34), "PURE VEG KITCHEN", "C: 5550101234", "www.quillbrookthal.com",
                             "Example Arcade, 3rd Floor,", "Sampleton - 400 999.", "foodqbx@examplemail.com",
                             "Office : QBX FOODS", "4th Floor, Sample House,", "Sampleton - 400 998."))
    assert c.name is None or ":" not in c.name.value


def test_a_function_mailbox_does_not_vouch_for_a_person() -> None:
    assert personal_locals_of(["contact.example", "info", "anna.example"]) == ["anna.example"]


def test_a_role_word_run_into_of_is_two_words_and_the_line_a_title() -> None:
    c = extract_contact(page(("Marisol Example", 28), "Headof Marketing", "+1 212 555 0147", "marisol@example.com",
                             "www.example-games.com", ("EXAMPLE", 34)))
    assert c.title is not None and c.title.value == "Head of Marketing"


def test_a_glued_english_title_is_spaced_on_an_english_card() -> None:
    c = extract_contact(page(("Avery Sample", 26), "REGIONALDIRECTOR", "Example Press", "Mobile: +1 415 555 0190",
                             "Email: asample@example.com", "Sales and Marketing for the Western Region"))
    assert c.title is not None and c.title.value == "REGIONAL DIRECTOR"


def test_a_dutch_compound_title_stays_whole() -> None:
    c = extract_contact(page(("Sanne Voorbeeld", 26), "Projectmanager", "Voorbeeld B.V.", "Keizersgracht 1",
                             "1015 CJ Amsterdam", "+31 20 555 0101", "sanne@voorbeeld.nl"))
    assert c.title is not None and c.title.value == "Projectmanager"


def test_spaced_title_makes_a_doubled_dash_one_and_leaves_known_words() -> None:
    assert spaced_title("Sr. Product Executive-- Mapping", ()) == "Sr. Product Executive - Mapping"
    assert spaced_title("Underwriter", ("en",)) == "Underwriter"  # a word of its own, no glued title
    assert spaced_title("Projectmanager", ("nl",)) == "Projectmanager"
    assert unglued_role_phrase("Headof Sales") == "Head of Sales"
    assert unglued_role_phrase("Chairman") == "Chairman"


def test_a_past_role_is_not_the_title_and_degrees_between_do_not_hide_the_name() -> None:
    # name, degrees, the role held before, the role now, the company wrapped over two lines ending open
    c = extract_contact(page(("Dr. QUILLAN BROOKFARROW", 30), "B.Sc. (Engg.), M.E., Ph.D.",
                             "Formerly Senior Scientist, Dept. of Examples", ("MANAGING DIRECTOR", 24),
                             ("SAMPLE RESOURCES INFORMATION &", 28), ("EXAMPLE TECHNOLOGIES LTD.", 28),
                             "Fax: +91-40-5550194, e-mail: info@example.co.in", "Website : www.example.co.in"))
    assert c.title is not None and c.title.value == "MANAGING DIRECTOR"
    assert c.name is not None and c.name.value.casefold() == "dr. quillan brookfarrow"


def test_past_role_markers() -> None:
    assert past_role("Formerly Senior Scientist") and past_role("Ex-Director") and past_role("Retd. Professor")
    assert past_role("ehemals Geschäftsführer")
    assert not past_role("Executive Director") and not past_role("Director")
    assert not past_role("Ex Libris Press")  # "ex" marks a past role only hyphenated


def test_a_phrase_leading_to_another_firm_is_no_company() -> None:
    c = extract_contact(page(("examplex", 40), "In association with", "QUILL BROOK ASSOCIATES",
                             "tel +91 481 5550123", "Door No. 12/3, Example Church Road,", "www.examplex.com",
                             ("Avery Sample", 24), "examplexsampleton@examplemail.com"))
    assert c.company is not None and c.company.value.casefold() in ("examplex", "quill brook associates")
    assert link_phrase("A division of") and link_phrase("Mitglied der") and not link_phrase("Example Group")


def test_a_line_ending_open_does_not_make_the_line_above_it_half_of_a_wrap() -> None:
    # "Managing Director" / "Example Resources &" / "Sample Ltd.": the open end is the company's, going on below
    c = extract_contact(page(("Avery Sample", 30), ("Managing Director", 24), ("Example Resources &", 26),
                             ("Sample Technologies Ltd.", 26), "asample@example.com"))
    assert c.title is not None and c.title.value == "Managing Director"
    assert c.company is not None and c.company.value == "Example Resources & Sample Technologies Ltd."


def test_a_prefix_vouches_for_a_name_no_lexicon_knows() -> None:
    c = extract_contact(page(("Professor Quillan Brookfarrow", 28), "Chair of the Department of Examples",
                             "Example University", "qbrookfarrow@example.edu.au", "+61 3 5550 1234"))
    assert c.name is not None and c.name.value == "Professor Quillan Brookfarrow"
    assert c.prefix is not None and c.prefix.value == "Professor"
    assert [e.value for e in c.emails] == ["qbrookfarrow@example.edu.au"]


def test_a_government_line_names_the_country_of_numbers_and_town() -> None:
    # no "+94" anywhere: "Government of Sri Lanka" says where the national numbers and the town are
    c = extract_contact(page("Ph Off: 081-2555012", "Fax No.: 081-2555013", "E-mail: asample@examplemail.com",
                             ("Avery Sample", 26), "Assistant Director", "Example Bureau of Samples",
                             "Ministry of Examples", "Government of Sri Lanka",
                             "2nd Floor, Block E-2, Example Fund Building, Sample Junction, Kandy."))
    assert sorted(p.value.number for p in c.phones) == ["+94812555012", "+94812555013"]
    assert [p.value.type for p in c.phones if p.value.number.endswith("013")] == ["fax"]
    assert c.address is not None and (c.address.value.city, c.address.value.country) == ("Kandy", "LK")


def test_a_known_town_ending_a_line_without_the_card_naming_its_country_is_no_address() -> None:
    # the same street line, but nothing on the card says Sri Lanka: no address is guessed from the town alone
    c = extract_contact(page(("Avery Sample", 26), "Assistant Director", "asample@examplemail.com",
                             "2nd Floor, Block E-2, Example Fund Building, Sample Junction, Kandy."))
    assert c.address is None


def test_a_web_address_one_letter_pair_off_the_mailbox_domain_takes_the_mailbox_spelling() -> None:
    # "rn" read as "m" in the web address; the e-mail address on the same card spells the domain
    c = extract_contact(page(("Marisol Example", 28), "marisol@quernbyte-games.example.com",
                             "www.quembyte-games.example.com", "+1 212 555 0147"))
    assert [url_host(w.value) for w in c.websites] == ["www.quernbyte-games.example.com"]


def test_a_web_address_of_another_domain_stays_as_printed() -> None:
    c = extract_contact(page(("Marisol Example", 28), "marisol@quernbyte.example.com", "www.clockwork-example.com"))
    assert [url_host(w.value) for w in c.websites] == ["www.clockwork-example.com"]


def test_a_country_after_a_dash_behind_the_town_is_the_printed_country() -> None:
    # "00100 Nairobi - kenya": the postcode's format is European, the printed country says otherwise
    c = extract_contact(page(("Avery Sample", 26), "Deputy Director", "Example School of Engineering",
                             "Example House, 00100 Nairobi - kenya", "asample@example.ac.ke"))
    assert c.address is not None and (c.address.value.city, c.address.value.country) == ("Nairobi", "KE")


def test_a_logo_of_two_words_one_letter_off_the_domain_is_spelled_as_the_domain_spells_it() -> None:
    c = extract_contact(page(("Quillbrokk Thal", 40), "PURE VEG KITCHEN", "C: 5550101234",
                             "Online Order :www.quillbrookthal.com", "Example Arcade, 3rd Floor,",
                             "Sampleton - 400 999."))
    assert c.company is not None and c.company.value == "Quillbrook Thal"


def test_domain_spelling_of_several_words_keeps_breaks_and_leaves_names_alone() -> None:
    assert domain_spelling("SAMPLLE EXAMPLE", ["www.sampleexample.com"]) == "SAMPLE EXAMPLE"
    assert domain_spelling("Sample Exampie", ["sampleexample.com"]) == "Sample Example"
    assert domain_spelling("Anna Bergs", ["annaberg.example"]) is None  # a given name first: a person's name
    assert domain_spelling("Quill Brook", ["otherdomain.com"]) is None


def test_a_word_with_glued_dotted_initials_is_a_person_s_name() -> None:
    # "Quillan K.S": no given name any list knows, but initials written so belong to a person's name
    c = extract_contact(page(("Quillan K.S", 26), "Cell:55501 23456", ("EXAMPLE ENGINEERS", 40),
                             "#90, Building No.13, Example Colony, Sampleton-560 999",
                             "Email:sales@exampleengineers.co.in", "Website: http://exampleengineers.co.in"))
    assert c.name is not None and c.name.value == "Quillan K.S"


def test_glued_initials_are_name_shaped() -> None:
    assert name_shape("Quillan K.S") >= 0.5 and name_shape("Quillan K.S.") >= 0.5


def test_a_logo_spelled_out_in_full_on_its_own_line_gives_the_company_its_full_name() -> None:
    c = extract_contact(page(("Avery Sample", 24), "Territory Manager", ("QUILLBROOK", 44), ("UNIVERSITY PRESS", 30),
                             "Quillbrook University Press Sampleland", "House No. 7-1-212",
                             "www.quillbrooksampleland.org", "Mobile: +91 98765 55555",
                             "Email: asample@quillbrook.org"))
    assert c.company is not None and c.company.value == "Quillbrook University Press Sampleland"


def test_a_line_that_only_begins_with_the_logo_word_and_is_no_organisation_stays_apart() -> None:
    # "Quillbrook Avenue 12" begins with the logo's word but is an address, not the company spelled out
    c = extract_contact(page(("QUILLBROOK", 44), ("Avery Sample", 24), "Sales Director", "Quillbrook reads your mind",
                             "www.quillbrook.com", "asample@quillbrook.com"))
    assert c.company is not None and c.company.value == "QUILLBROOK"


def test_two_capitals_after_a_conjunction_are_a_list_item_not_a_legal_form() -> None:
    assert legal_form("Réparation Mac et PC") is None
    assert legal_form("Web and PC") is None
    assert legal_form("Example Sample PC") == "PC"
    assert legal_form("Berg & Lind AB") == "AB"
    assert legal_form("Example & Co. KG") is not None


def test_a_slogan_listing_pc_is_no_company_and_ln_at_a_word_start_is_in() -> None:
    c = extract_contact(page(("Exa-lnformatique", 40), "Dépannage ordinateurs Mac et PC", "12 rue Exemple",
                             "60999 Sampleville", "Magasin: 09 55 55 55 55"))
    assert c.company is None or "Mac et PC" not in c.company.value
    read = [f.value for f in (c.company, c.department) if f is not None]
    assert "Exa-Informatique" in read and "Exa-lnformatique" not in read


def test_an_australian_state_line_takes_the_town_from_the_end_of_the_street_line_above() -> None:
    c = extract_contact(page(("Professor Quillan Brookfarrow", 26), "School of Examples", "Example Street Sampleton",
                             "Victoria 3999 Australia", "Telephone +61 3 5550 1234", "qbrookfarrow@example.edu.au"))
    a = c.address.value if c.address else None
    assert a is not None and (a.street, a.city, a.region, a.postcode, a.country) == \
        ("Example Street", "Sampleton", "VIC", "3999", "AU")


def test_a_po_box_line_gives_its_town_to_the_state_line_under_it() -> None:
    c = extract_contact(page(("Avery Sample", 26), "PO Box 218 Sampleton", "NSW 2999", "+61 2 5550 1234"))
    a = c.address.value if c.address else None
    assert a is not None and (a.street, a.city, a.region, a.postcode) == ("PO Box 218", "Sampleton", "NSW", "2999")


def test_a_state_line_under_a_line_that_is_no_street_is_no_address_of_that_town() -> None:
    c = extract_contact(page(("Avery Sample", 26), "Senior Example Consultant", "NSW 2999"))
    assert c.address is None or c.address.value.city != "Senior Example Consultant"


def test_a_glued_logo_is_split_where_the_business_mailbox_splits_it() -> None:
    # a logo mark read as a foreign letter before the glued words; the mailbox separates them with a dot
    c = extract_contact(page(("Quillan K.S", 26), "Cell:55501 23456", ("新QUILLBROOKENGINEERS", 40),
                             "#90, Building No.13, Example Colony, Sampleton-560 999",
                             "Email:quillbrook.engineer@examplemail.com",
                             "Website: http://quillbrookengineers.co.in"))
    assert c.company is not None and c.company.value == "QUILLBROOK ENGINEERS"
    assert c.name is not None and c.name.value == "Quillan K.S"


def test_domain_words_needs_the_domain_and_a_mailbox_with_breaks() -> None:
    assert domain_words("SAMPLEEXAMPLE", ["sampleexample.com"], ["sample.example"]) == "SAMPLE EXAMPLE"
    assert domain_words("SAMPLEEXAMPLE", ["sampleexample.com"], ["info"]) is None
    assert domain_words("SAMPLEEXAMPLE", ["other.com"], ["sample.example"]) is None


def test_a_line_with_a_registration_number_is_no_title() -> None:
    # "Provider" is a role word, but the line is the university's registration code; the title wraps over two lines
    c = extract_contact(page(("Professor Quillan Brookfarrow", 26), "Chair of Department of Example and",
                             "Sample Engineering", "EXAMPLE Provider 00999X", "Example Street Sampleton",
                             "Victoria 3999 Australia", "Email qbrookfarrow@example.edu.au"))
    assert c.title is not None and c.title.value == "Chair of Department of Example and Sample Engineering"


def test_a_number_sign_between_the_label_and_the_number_is_dropped() -> None:
    found, _ = find_phones("Phone : # +91 40 5550 8244", "IN")
    assert [h.value.number for h in found] == ["+914055508244"]
    found, _ = find_phones("Cell #: 312 555 0100", "US")
    assert [(h.value.number, h.value.type) for h in found] == [("+13125550100", "mobile")]
    found, rest = find_phones("Road # 44, Sampleton", "IN")  # a house number after "#" stays the address's
    assert not found and "# 44" in rest
