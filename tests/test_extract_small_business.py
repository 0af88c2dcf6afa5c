"""Cards of small businesses (a shop, a studio, a trade) that often name no person and use a mailbox named after
the business (issue 12 §3, names and companies). Every card here is invented."""

from __future__ import annotations

from extract_cards import line, page

from cardscan.extract import extract_contact
from cardscan.extract.web import url_host
from cardscan.model import OcrPage


def test_a_mailbox_joining_the_logo_and_the_slogan_names_the_business_not_a_person() -> None:
    # "Quill Brook" is name-shaped and its words are in the e-mail; so is "bakery" from the slogan: the mailbox is
    # the business's, the card names no person
    c = extract_contact(page(("Quill Brook", 30), "Your village bakery since 1990", "01 23 45 67 89",
                             "email: quillbrookbakery@examplemail.com", "3 rue Exemple - 07990 Sampleville"))
    assert c.name is None


def test_a_person_whose_mailbox_spells_the_name_keeps_it() -> None:
    # no known given name, the mailbox spells the name (and nothing printed elsewhere on the card)
    c = extract_contact(page(("Quillan Brookfarrow", 26), "Senior Account Manager", "Example Widgets Ltd",
                             "quillanbrookfarrow@examplemail.com", "+44 20 7946 0000"))
    assert c.name is not None and c.name.value == "Quillan Brookfarrow"


def test_a_mailbox_named_like_the_website_is_the_business_s() -> None:
    # the logo printed on two lines, spelled by both the mailbox and the website: the business, not a person
    c = extract_contact(page(("QUILLBROOK", 40), ("ROWING", 40), ("Anna Example", 24), "Sales & Service",
                             "(212) 555-0134", "quillbrookrowing@examplemail.com", "www.quillbrookrowing.com"))
    assert c.name is None or c.name.value == "Anna Example"
    assert c.company is not None and "QUILLBROOK" in c.company.value.upper()


def test_a_logo_word_the_mailbox_spells_is_the_company_with_the_line_under_it() -> None:
    # "zorvexdesigns@" spells the logo word and goes on into the line under it: one company over both lines
    c = extract_contact(page(("ZORVEX", 40), ("DESIGN SOLUTIONS", 24),
                             "ideas for web & paper zorvexdesigns@examplemail.com"))
    assert c.name is None
    assert c.company is not None and c.company.value == "ZORVEX DESIGN SOLUTIONS"


def test_a_name_on_two_lines_the_mailbox_spells_stays_a_name() -> None:
    c = extract_contact(page(("EXAMPLE SOFT", 30), ("Quillan", 34), ("Brookfarrow", 30), "Director - Technology",
                             "quillan.brookfarrow@examplesoft.com", "www.examplesoft.com"))
    assert c.name is not None and c.name.value.casefold() == "quillan brookfarrow"


def test_an_address_line_is_no_name_whatever_mailbox_shares_a_word() -> None:
    c = extract_contact(page(("QUILLBROOK", 40), ("Group", 20), "Quillbrook Trading LLC",
                             "Sampleton-Ridge Old Example Street, Sampleton, United Arab Emirates",
                             "sampleton@quillbrookgroup.com | www.quillbrookgroup.com"))
    assert c.name is None or "Street" not in c.name.value


def test_a_grouped_number_between_words_is_a_phone_number() -> None:
    # "web & paper 312.555.0134": a number in the dotted groups of a phone number is one, words before it or not
    c = extract_contact(page(("ZORVEX", 40), ("DESIGN SOLUTIONS", 24),
                             "ideas for web & paper 312.555.0134 zorvexdesigns@examplemail.com"))
    assert [p.value.number for p in c.phones] == ["+13125550134"]


def test_a_street_number_and_a_postcode_between_words_stay_no_phone_number() -> None:
    c = extract_contact(page(("Anna Example", 26), "Example AB", "Exempelgatan 122 - 116 74 Stockholm",
                             "anna@example.se"))
    assert c.phones == []


def test_a_mailbox_named_after_the_town_of_the_address_is_the_office_s() -> None:
    # "adelaide@" is the office in Adelaide (a given name too): it vouches for no person on a card that names none
    c = extract_contact(page(("EXAMPLE", 40), ("Group", 20), "Example Trading Pty Ltd",
                             "Example Street, Adelaide, Australia", "Tel: +61 8 5550 1234",
                             "Help desk- Adelaide Tel: +61 8 5550 1235",
                             "adelaide@examplegroup.com | www.examplegroup.com"))
    assert c.name is None


def test_a_degree_whose_l_the_ocr_read_as_i_is_put_right() -> None:
    c = extract_contact(page(("Quillan B.C. Brookfarrow, LI.B.", 26), "FAMILY LAW", "quillan@example.com"))
    assert c.name is not None and c.name.value == "Quillan B.C. Brookfarrow, LL.B."
    assert c.suffix is not None and c.suffix.value == "LL.B."


def test_an_address_read_twice_with_one_letter_wrong_is_kept_once() -> None:
    # printed in two columns; one reading has "h" read as "b": the one the name spells stays
    c = extract_contact(page(("Anna Example", 26), "Family Law", "Tel: 212 555 0134", "Fax: 212 555 0135",
                             "aexample@example-law.com", "aexamble@example-law.com"))
    assert [e.value for e in c.emails] == ["aexample@example-law.com"]


def test_two_addresses_the_name_tells_nothing_about_both_stay() -> None:
    c = extract_contact(page(("Anna Example", 26), "Sales", "sales1@example.com", "sales2@example.com"))
    assert sorted(e.value for e in c.emails) == ["sales1@example.com", "sales2@example.com"]


def test_an_e_mail_label_glued_before_a_local_part_with_a_middle_initial() -> None:
    # "E" printed as the e-mail's label without a colon, read into the address; the local part is the name with a
    # middle initial the card does not print
    c = extract_contact(page(("Quill Example", 26), "Senior Account Manager", "Equillbexample@example.com.hk"))
    assert [e.value for e in c.emails] == ["quillbexample@example.com.hk"]


def test_an_initial_glued_to_the_next_name_is_set_apart() -> None:
    c = extract_contact(page(("EXAMPLE TECHNOLOGIES PVT. LTD.", 30), ("Q.Quillan Brookfarrow", 24), "Sales Engineer",
                             "quillanb@example.in"))
    assert c.name is not None and c.name.value == "Q. Quillan Brookfarrow"


def test_a_capital_i_read_as_l_at_the_start_of_a_known_given_name() -> None:
    c = extract_contact(page(("Example Logic Ltd.", 30), ("lan Example", 24), "Hardware Engineer",
                             "ian@examplelogic.co.uk"))
    assert c.name is not None and c.name.value == "Ian Example"


def test_a_street_ending_in_road_is_never_the_name_and_the_title_under_the_name_vouches_for_it() -> None:
    # two columns: the name and its title on the left, the address on the right; in reading order a street line
    # comes between the name and its title
    left = [("Quillan Brookfarrow", 350, 60), ("Sales Engineer", 398, 60)]
    right = [("Example Quill Works", 231, 640), ("(EQW) Sample Pvt. Ltd.", 281, 640),
             ("17, Sample Nagar Layout", 328, 640), ("Sampleton Main Road", 378, 640), ("Off Example Road", 418, 640),
             ("E-mail: eqwsample17@examplemail.net", 663, 640)]
    rows = sorted([*left, *right], key=lambda r: r[1])
    lines = tuple(line(text, height=50, y=y, x=x) for text, y, x in rows)
    c = extract_contact(OcrPage(lines, engine="test", languages="eng"))
    assert c.name is not None and c.name.value == "Quillan Brookfarrow"


def test_a_logo_word_misread_in_one_letter_is_spelled_as_the_domain_spells_it() -> None:
    c = extract_contact(page(("Quillwooo", 60), "Window / Gutter Cleaning", "and Roof Repair Services",
                             ("Anna Example", 30), "ROOF TECHNICIAN", "M: 0400 555 123",
                             "E: anna@quillwood7777.com.au", "A: PO Box 123, Sampleton QLD 4999",
                             "WWW.QUILLWOODWINDOWANDROOFSERVICES.COM.AU"))
    assert c.company is not None and c.company.value == "Quillwood"
    assert c.name is not None and c.name.value == "Anna Example"


def test_a_company_ending_in_its_legal_form_does_not_wrap_into_the_building_under_it() -> None:
    c = extract_contact(page(("Example Consulting LLC", 61), ("Sample Park Building,", 58),
                             ("3-1-9 Sample, Example-ku,", 53), ("Tokyo 100-6999, Japan", 53),
                             ("M: +81 (90) 5555 0134", 54), ("anna.example@jp.example.com", 59), ("example", 193),
                             ("Anna Example", 68), ("Director", 56)))
    assert c.company is not None and c.company.value == "Example Consulting LLC"


def test_a_company_line_ending_in_a_comma_does_not_wrap_into_a_floor() -> None:
    c = extract_contact(page(("QUILL", 70), ("PRIME", 70), ("SOLUTION", 60), ("Anna Example", 70),
                             ("General Manager", 52), ("Quill Prime Solution", 57), ("The Sample Hotel,", 58),
                             ("Example 6th Floor,", 58), ("Sample Road, Example Heights", 60), "Dubai - UAE",
                             "+971 52 555 0134", "anna@qpsfz.ae"))
    assert c.company is None or "Floor" not in c.company.value


def test_a_company_wrapped_before_its_abbreviation_in_brackets_is_read_whole() -> None:
    c = extract_contact(page(("example.", 134), ("Garden Supplies", 62), ("Sample Quill Works", 59),
                             ("(SQW) Example Pvt. Ltd.", 49), ("17, Sample Nagar Layout", 57), "Sampleton - 560 099",
                             "E-mail: sqwexample17@examplemail.net"))
    assert c.company is not None and c.company.value == "Sample Quill Works (SQW) Example Pvt. Ltd."


def test_a_legal_form_with_inner_dots_is_no_glued_initial() -> None:
    c = extract_contact(page(("Ana Ejemplo", 30), "Directora comercial", ("Alimentación YQ S.Coop.", 26),
                             "ana@alimentacionyq.es"))
    assert c.company is not None and c.company.value == "Alimentación YQ S.Coop."


def test_a_company_named_after_its_domain_with_its_legal_form_is_the_company() -> None:
    c = extract_contact(page(("Anna Example", 45), "News Editor", "http://sampleportal.net", "Quillbrook.Net, Inc.",
                             "212-555-0134", "anna.example@sampleportal.net", ("QUILLBROOK", 77),
                             "www.quillbrook.net"))
    assert c.company is not None and c.company.value == "Quillbrook.Net, Inc."
    assert sorted(url_host(w.value) for w in c.websites) == ["sampleportal.net", "www.quillbrook.net"]


def test_an_e_mail_label_glued_to_the_address_without_a_colon() -> None:
    c = extract_contact(page(("Anna Example", 30), "Sales Manager", "CE-mailinfo@examplesystems.com"))
    assert [e.value for e in c.emails] == ["info@examplesystems.com"]


def test_social_network_user_names_are_no_company() -> None:
    c = extract_contact(page(("Instagram:", 207), ("djexample12", 252), ("djexemple345", 260), ("Facebook:", 242),
                             ("Quill Sample", 230)))
    assert c.company is None or not any(ch.isdigit() for ch in c.company.value)


def test_a_given_name_common_outside_western_europe_vouches_for_the_name() -> None:
    # "Mahesh" is common in India (nam_dict), not in the card languages' countries; nothing else vouches for the line
    c = extract_contact(page(("QUILL ROWING, LLC", 60), ("Mahesh Brookfarrow", 40), "Sales & Service",
                             "(212) 555-0189", "quillrowing@examplemail.com", "www.quillrowing.com"))
    assert c.name is not None and c.name.value == "Mahesh Brookfarrow"


def test_a_freelancer_whose_mailbox_and_website_spell_the_name_keeps_the_name() -> None:
    c = extract_contact(page(("Sem Willem Example", 67), ("Projectmanager", 50), "M 06 12345678",
                             "E semexample@semexample.nl", "W www.Semexample.nl",
                             "Nieuwe Voorbeeldweg161 | 3525 GG Utrecht"))
    assert c.name is not None and c.name.value == "Sem Willem Example"
