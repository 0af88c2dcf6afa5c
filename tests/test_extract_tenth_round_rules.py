"""Rules of the tenth round, drawn from the failures shared by the opened real sets (parts 2 to 15): which line is
the firm when its mailbox, its logo and its trade line compete. Every card here is invented."""

from __future__ import annotations

from extract_cards import address_of, page

from cardscan.extract import extract_contact
from cardscan.extract.name_repairs import unglue_name


def roles(*rows: str | tuple[str, int]) -> tuple[str | None, str | None]:
    c = extract_contact(page(*rows))
    return (c.name.value if c.name else None, c.company.value if c.company else None)


def test_a_mailbox_spelling_a_line_with_an_organisation_word_is_the_firms() -> None:
    # the mailbox spells the line's words in another order, or with digits between them: still the firm's mailbox,
    # for the line holds an organisation word and no known given name
    assert roles("K.L. ASSOCIATES", "ARCHITECTS & ENGINEERS", "email: associates.kl@gmail.com",
                 "Cell: 99999 99999") == (None, "K.L. ASSOCIATES ARCHITECTS & ENGINEERS")
    assert roles("SAMPLE GREEN TRADERS", "No. 9, Example Road", "sample99green@gmail.com") == \
        (None, "SAMPLE GREEN TRADERS")
    assert roles("Example Consulting", "Anna Example", "consulting@example.com") == \
        ("Anna Example", "Example Consulting")
    # a person's name with a known given name keeps the mailbox that spells it
    assert roles("Anna Example", "Example Consulting", "anna.example@gmail.com") == \
        ("Anna Example", "Example Consulting")


def test_a_line_opening_with_a_glued_dash_leaves_the_line_above_unfinished() -> None:
    # the joined name wins even where the first line alone agrees better with the domain
    assert roles(("SAMPLE", 36), ("-DELUXE", 34), "Du bon, tout simplement", "0799999999",
                 "samplefood@gmail.com", "samplefood.com")[1] == "SAMPLE DELUXE"


def test_one_domain_names_one_firm() -> None:
    # "SAMPLEX" / "Group" spell samplexgroup.com whole; the long line only shares a word with it
    assert roles(("SAMPLEX", 40), "Group", "SAMPLEX-TRADING LLC-branch of Example City",
                 "Tel: +971 55 999 9999", "info@samplexgroup.com | www.samplexgroup.com")[1] == "SAMPLEX Group"
    # a trade line over the brand the domain spells whole: the brand, no wrap of the two
    assert roles(("Café Italien", 30), ("elexemplo", 26), "@ElExemplo", "contact@elexemplo.fr",
                 "07.99.99.99.99")[1] == "elexemplo"


def test_a_line_opening_with_a_romance_street_type_is_no_name() -> None:
    # a street printed without its number, which the address finder leaves: "Rue", "Via", "Calle" name no person
    assert roles("PLOMBERIE", "EXEMPLE", "RUE DES EXEMPLES", "Dépannage rapide")[0] is None
    assert roles("Via della Prova", "Esempio Impianti")[0] is None
    # a name with a known given name stays a name
    assert roles("Anna Via", "Esempio Impianti", "anna.via@example.it")[0] == "Anna Via"


def test_a_national_number_after_a_name_on_its_line() -> None:
    # a trunk "0" and nine digits or more in spaced groups: a phone number, though words stand before it
    c = extract_contact(page("EXEMPLE", "Petits travaux", "Anne Exemple anne.exemple@gmail.com 06 99 88 77 66",
                             "Sampleville"))
    assert [p.value.number for p in c.phones] == ["+33699887766"]
    # a street number and a postcode between words stay no phone number
    assert extract_contact(page("Example AB", "Exempelgatan 122 - 116 99 Stockholm")).phones == []


def test_a_french_postcode_printed_in_two_groups() -> None:
    assert address_of("Studio Exemple", "26, Grand'rue 69 003 Lyon") == ("26, Grand'rue", "69003", "Lyon", "FR")
    # a phone number's groups are no postcode
    assert address_of("Exemple", "Tel 04 99 99 76 62", "12 rue Exemple", "69003 Lyon")[1] == "69003"


def test_a_known_city_and_its_country_after_a_space_end_a_title_line() -> None:
    c = extract_contact(page("Anna Example", "Sound Designer Göteborg Sweden", "anna@example.se"))
    assert c.address is not None and (c.address.value.city, c.address.value.country) == ("Göteborg", "SE")
    assert c.title is not None and c.title.value == "Sound Designer"
    # a city of another country before the country name is no such pair
    c = extract_contact(page("Anna Example", "Sound Designer Göteborg Austria", "anna@example.se"))
    assert c.address is None


def test_an_at_sign_read_as_a_letter_between_a_name_printed_twice() -> None:
    c = extract_contact(page("EJEMPLO BUENO", "Tienda de ibéricos", "ejemplobuenoeejemplobueno.es", "Tel 699 99 99 99"))
    assert [e.value for e in c.emails] == ["ejemplobueno@ejemplobueno.es"] and c.websites == []
    # a host that does not repeat its name around one letter stays a web address
    c = extract_contact(page("EJEMPLO BUENO", "ejemplobuenotienda.es"))
    assert c.emails == [] and [w.value for w in c.websites] == ["https://ejemplobuenotienda.es"]


def test_dot_con_is_dot_com_misread() -> None:
    c = extract_contact(page("Studio Esempio", "info@studioesempio.con"))
    assert [e.value for e in c.emails] == ["info@studioesempio.com"]


def test_a_line_the_domain_spells_is_the_firm_not_a_department() -> None:
    c = extract_contact(page(("EX SERVICE", 30), "PLOMBIER CHAUFFAGISTE", "DÉPANNAGE RAPIDE", "07 99 99 99 99",
                             "ex.service99.pro@gmail.com", "www.exservicepro.fr", ("Rapide & soigné", 30)))
    assert c.company is not None and c.company.value == "EX SERVICE"
    assert c.department is None


def test_a_cards_handle_names_the_firm_where_it_has_no_domain_of_its_own() -> None:
    rows = ("Luca Esempio", "@esempiocaffe", "luca.99@gmail.com", "+39 333 999 9999", "Negozi",
            "esempio", "caffe")
    c = extract_contact(page(*rows))
    assert c.company is not None and c.company.value == "esempio caffe"
    # a handle that begins with a given name is the person's; "@gmail.com" is what an e-mail address left
    c = extract_contact(page("Luca Esempio", "@lucaesempio", "@gmail.com", "+39 333 999 9999"))
    assert c.company is None and c.name is not None and c.name.value == "Luca Esempio"


def test_an_ampersand_spaced_on_one_side_only() -> None:
    assert roles(("EXAMPLE &SAMPLE", 40), "Anna Beispiel", "Rechtsanwältin", "info@example-sample.de")[1] == \
        "EXAMPLE & SAMPLE"
    assert roles(("H&M Example", 40), "Anna Beispiel", "anna@example.de")[1] == "H&M Example"


def test_a_given_name_over_a_family_name_with_its_particle() -> None:
    c = extract_contact(page("anna", "de voorbeeld", "ceo & founder", "+31 (0)6 99 99 99 99", "anna@example.ai",
                             "www.example.ai"))
    assert c.name is not None and c.name.value == "Anna de Voorbeeld"  # set in lower case, stored as written
    assert c.family_name is not None and c.family_name.value == "de Voorbeeld"
    assert roles("Anna", "van der Example", "Architect", "anna@example.nl")[0] == "Anna van der Example"
    # a first line that is no given name joins no particle line ("Studio" / "de Sample")
    assert roles("Studio", "de Sample", "Architect")[0] != "Studio de Sample"


def test_a_one_word_logo_spelled_out_with_spaces_and_a_legal_form() -> None:
    c = extract_contact(page("Kim Example", "Director", "Sales Dept.", "EX KOR CO., LTD.", "KOREA", ("EXKOR", 40),
                             "TEL +82-2-9999-9999", "Email kim@exkor.co.kr", "HomePage www.exkor.co.kr"))
    assert c.company is not None and c.company.value == "EX KOR CO., LTD."


def test_a_postcode_ending_the_street_line_over_a_town_and_its_country() -> None:
    assert address_of("Anna Example", "Beispielpark 9, 9999", "Sampleton Süd, Austria") == \
        ("Beispielpark 9", "9999", "Sampleton Süd", "AT")
    # a country whose postcodes are no four digits: no postcode
    assert address_of("Anna Example", "Suite 9900", "Denver, USA")[1] is None


def test_a_name_wrapped_over_its_abbreviation_and_legal_form_stays_whole() -> None:
    # the lower line spells the domain whole, but its legal form finishes the name begun above
    c = extract_contact(page("Example Coating Systems", "(ECS) India Pvt. Ltd.", "Anna Example",
                             "Sales Engineer", "E-mail: ecsindia29@example.net", "Web: www.ecs-india.com"))
    assert c.company is not None and c.company.value == "Example Coating Systems (ECS) India Pvt. Ltd."


def test_a_logo_mark_read_as_a_small_letter_glued_to_a_wrapped_name() -> None:
    c = extract_contact(page("oSample", "Phone Repair", "Anna Example", "Owner", "+34 699 999 999",
                             "www.samplephonerepair.com", "admin@samplephonerepair.com"))
    assert c.company is not None and c.company.value == "Sample Phone Repair"


def test_a_letter_spaced_name_read_as_one_word_without_an_email_to_split_it() -> None:
    c = extract_contact(page(("CHRISTINEEXAMPLE", 30), "MANAGER", "+33 6 99 99 99 99", "contact@sample.fr",
                             "www.sample.fr", "TOUT POUR VOTRE BUREAU"))
    assert c.name is not None and c.name.value == "Christine Example"
    # words, roles and short tokens are left whole
    for word in ("ENGINEERING", "MARKETING", "TERRITORYMANAGER", "INTERNATIONAL"):
        assert unglue_name(word, []) is None


def test_the_largest_text_is_the_firm_as_often_as_the_person() -> None:
    # a coined word no list knows, in the card's largest type, under the person's name and title
    assert roles("Anna Example", "Managing Director", ("zentrix", 40), "Ph: 040-9999999",
                 "Cell: 99999 99999") == ("Anna Example", "zentrix")
    # a name printed over two lines in large type stays one name: neither half becomes the company (the company is
    # read from the web address, as on any card whose lines name no firm)
    assert roles(("anna", 40), ("de voorbeeld", 40), "ceo & founder", "+31 (0)6 99 99 99 99", "anna@example.ai",
                 "www.example.ai") == ("Anna de Voorbeeld", "Example")
    # a given name over a middle initial and the family name
    assert roles(("ANNA", 36), ("B. EXAMPLE", 36), "Refleksolog", "tlf. 999 99 999",
                 "anna@sample-clinic.no")[0] == "Anna B. Example"
