"""Rules of the fifteenth round, drawn from the misses of the opened parts 25 to 29 (mock-ups showing a card several
times, print files and photos from across Europe). Every card here is invented; the towns are large, well-known ones."""

from __future__ import annotations

from extract_cards import address_of, line, page

from cardscan.extract import extract_contact
from cardscan.extract.domain_twins import email_fragments
from cardscan.extract.emails import find_emails
from cardscan.extract.phones import find_phones, fragments
from cardscan.extract.postal import listed_spelling, without_cedex
from cardscan.extract.repairs import email_from_web
from cardscan.extract.roles import is_office_label, title_score
from cardscan.model import OcrPage


def phones(*rows: str | tuple[str, int]) -> list[str]:
    return [p.value.number for p in extract_contact(page(*rows)).phones]


def emails(*rows: str | tuple[str, int]) -> list[str]:
    return [e.value for e in extract_contact(page(*rows)).emails]


def test_the_cut_end_of_an_address_printed_more_often_is_dropped() -> None:
    # a mock-up of three copies of a card, one cut by the edge: "ntact@" and "mpresion@" read as "apresion@"
    rows = ("Example Studio", "contact@example-studio.fi", "contact@example-studio.fi", "ntact@example-studio.fi",
            "contact@example-studio.fi")
    assert emails(*rows) == ["contact@example-studio.fi"]
    assert email_fragments(["impresion@example.es", "impresion@example.es", "apresion@example.es", "on@example.es"]) \
        == {2, 3}


def test_two_mailboxes_printed_once_each_are_both_kept() -> None:
    # "ann@" is the end of "joann@", but printed as often: a mailbox of its own
    assert email_fragments(["joann@example.se", "ann@example.se"]) == set()
    assert email_fragments(["info@example.se", "info@example.com"]) == set()


def test_a_free_mail_domain_that_lost_its_dot_is_mended() -> None:
    hits, _ = find_emails("Mail: anna.example@gmailcom")
    assert [h.value for h in hits] == ["anna.example@gmail.com"]
    assert hits[0].certainty < 0.9  # a repair, not a reading
    assert find_emails("anna@examplecom")[0] == []  # any other domain: no way to know where the dot was


def test_an_at_read_as_a_letter_before_a_free_mail_domain_is_mended_on_a_card_without_an_address() -> None:
    assert email_from_web("anna-exampleagmail.com", ["anna-example.com"], no_email=True) == "anna-example@gmail.com"
    assert email_from_web("anna-exampleagmail.com", ["anna-example.com"]) is None  # the card has an address already
    assert email_from_web("gasweb.de", [], no_email=True) is None  # a short service name ends real hosts' names
    contact = extract_contact(page("{anna_example}", "développeuse web", '"mail": "anna-exampleagmail.com",',
                                   '"portfolio": "anna-example.com",'))
    assert [e.value for e in contact.emails] == ["anna-example@gmail.com"]
    assert [w.value for w in contact.websites] == ["https://anna-example.com"]


def test_a_label_for_the_registered_office_names_no_party() -> None:
    for label in ("Maatschappelijke zetel", "Siège social", "Sede legale:", "Firmensitz", "Huvudkontor"):
        assert is_office_label(label), label
    assert not is_office_label("Sede Esempio Srl")
    contact = extract_contact(page(("Maatschappelijke zetel", 30), "info@voorbeeldhulp.be",
                                   "Voorbeeldlaan 1 | 1000 Brussel", "0497 99 88 77"))
    assert contact.company is None or "zetel" not in contact.company.value


def test_a_list_of_trades_is_neither_the_name_nor_the_company() -> None:
    # the logo's words in three sizes, the firm's trades between dashes in small print under them
    contact = extract_contact(page(("Travaux", 28), ("EXEMPLE", 46), ("Intérieur", 18),
                                   "1bis av. de l'Exemple - 75011 PARIS", ("& Extérieur", 16),
                                   ("AMÉNAGEMENT • OPTIMISATION", 17), ("RÉNOVATION", 16),
                                   ("Cloison - Plomberie - Électricité", 17), "06 12 34 56 78"))
    assert contact.company is not None and contact.company.value == "EXEMPLE"
    assert contact.name is None


def test_a_copy_of_the_address_line_is_no_company() -> None:
    # a mock-up showing the card three times: the address is read from one copy, the others are left over
    contact = extract_contact(page("Anne Exemple", "Chargée de projets", "10, place des Exemples", "69002 Lyon France",
                                   "69002 Lyon France", "anne.exemple@example-univ.fr", "02 Lyon France",
                                   "10, place des Exemples"))
    assert contact.company is None or "Lyon" not in contact.company.value


def test_central_european_and_finnish_job_titles() -> None:
    for title in ("Właściciel", "Członek Zarządu", "Jednatel", "Ředitel", "Tulajdonos", "Član Uprave",
                  "Toimitusjohtaja", "Markkinointijohtaja"):
        assert title_score(title) >= 0.8, title
    contact = extract_contact(page(("Przykładowe Drewno", 30), "JAN", "PRZYKŁADOWY", "WŁAŚCICIEL", "+48 512 345 678",
                                   "jan@przykladowe-drewno.pl"))
    assert contact.title is not None and contact.title.value.lower() == "właściciel"


def test_a_title_ending_in_and_goes_on_whatever_its_measured_height() -> None:
    # "Painter and" has no descenders, "handyman" has one: measured from the letters, their heights differ by a third
    contact = extract_contact(page(("EXAMPLEBEN", 40), "exampleben.co.uk", ("Painter and", 13), ("handyman", 20)))
    assert contact.title is not None and contact.title.value == "Painter and handyman"


def test_a_handle_is_no_job_title() -> None:
    contact = extract_contact(page("Peter Example", "+44 7700 900123", "www.exampledesigner.com",
                                   "peter.example@gmail.com", "@example_designer"))
    assert contact.title is None or "@" not in contact.title.value


def test_cedex_is_no_part_of_the_town() -> None:
    assert without_cedex("Lyon Cedex 02") == "Lyon" and without_cedex("PARIS CEDEX") == "PARIS"
    assert without_cedex("Cedex") == "Cedex"
    assert address_of("10, place des Exemples", "69288 Lyon Cedex 02 France")[2] == "Lyon"


def test_a_town_one_letter_off_the_place_its_postcode_serves_is_put_right() -> None:
    assert listed_spelling("Münchem", "80331") == "München"
    assert listed_spelling("MÜNCHEM", "80331") == "MÜNCHEN"
    assert listed_spelling("München", "80331") is None  # listed as printed
    assert listed_spelling("Müncher", None) is None  # no postcode, no evidence
    assert address_of("Beispielstraße 1", "80331 Münchem")[2] == "München"


def test_an_industrial_estate_is_no_name() -> None:
    contact = extract_contact(page(("EJEMPLO", 40), "Impresión digital", "Pol. Ind. Fuente del Ejemplo",
                                   "Calle de Ejemplo, 7", "28001 Madrid", "info@ejemplo.es"))
    assert contact.name is None


def test_a_country_s_own_code_printed_without_a_plus_is_the_international_form() -> None:
    def numbers(text: str, region: str) -> list[str]:
        return [h.value.number for h in find_phones(text, region)[0]]

    assert numbers("49 172 1234567", "DE") == ["+491721234567"]
    assert numbers("0491 1234567", "DE") == ["+494911234567"]  # printed with its trunk "0": national
    assert numbers("45 12 34 56", "DK") == ["+4545123456"]  # no trunk prefix in Denmark: national


def test_a_given_name_over_a_family_name_is_no_town() -> None:
    # "Vincent" is a French commune's name too; over a family name in the same size it is a person's
    contact = extract_contact(page(("Vincent", 30), ("LE EXEMPLE", 30), "Développeur web", "contact@atelier-nord.fr"))
    assert contact.name is not None and contact.name.value == "Vincent LE EXEMPLE"
    assert contact.address is None


def test_a_domain_of_the_person_s_initials_names_no_firm() -> None:
    # vle.space: the freelancer's initials; the name is the person's, not a company's
    contact = extract_contact(page(("Vincent", 30), ("LE EXEMPLE", 30), "Développeur web", "www.vle.space",
                                   "contact@vle.space"))
    assert contact.name is not None and contact.name.value == "Vincent LE EXEMPLE"
    assert contact.company is None


def test_a_mark_read_as_a_digit_before_the_logo_is_left_out() -> None:
    contact = extract_contact(page(("3EJEMPLAR", 40), "Hogares para vivir", "+34 91 999 88 77", "info@ejemplar.es",
                                   "www.ejemplar.es", "C/ Ejemplo, 78 | 28019 Madrid"))
    assert contact.company is not None and contact.company.value == "EJEMPLAR"


def test_quotation_marks_around_a_firm_s_name_are_left_out() -> None:
    contact = extract_contact(page(('"SUNNY DAY" Igraonica', 30), "Ulica Primjera 74", "11000 Beograd",
                                   "064/999-2028"))
    assert contact.company is not None and contact.company.value == "SUNNY DAY Igraonica"


def test_a_name_over_two_lines_of_a_two_column_card_is_joined() -> None:
    # the right column holds the name, given names over the family name; the left column's brand is read between
    lines = (line("TIPOGRAFIE", height=20, y=30, x=40), line("DIANA MARIA", height=38, y=30, x=300),
             line("EXEMPLU", height=36, y=55, x=40), line("POPESCUL", height=38, y=70, x=300),
             line("Str. Exemplu nr 15A, Sector 3, Bucuresti", height=20, y=140, x=40),
             line("+40 722 99 88 77", height=20, y=170, x=40),
             line("comenzi@tipografieexemplu.ro", height=20, y=200, x=40))
    contact = extract_contact(OcrPage(lines, engine="test", languages="eng"))
    assert contact.name is not None and contact.name.value == "Diana Maria Popescul"


def test_a_serbian_number_grouped_the_irish_way_is_serbian() -> None:
    # the identifier reads Serbian in Latin letters as Croatian: their countries are one; "064/999-8877" is valid in
    # Serbia only among them, and its grouping (3-3-4) is Ireland's
    assert phones("Igraonica za djecu", "Mjesto gdje zabava nikad ne prestaje", "064/999-8877", "Ulica Primjera 74",
                  "Skeniraj za instagram") == ["+381649998877"]


def test_a_number_cut_short_by_the_photo_s_edge_is_dropped() -> None:
    # a copy's "575 999 2" beside "575 999 213" read whole: no Polish number has seven digits
    assert fragments(["+485759992", "+48575999213"]) == {0}
    # a switchboard's number and a direct line under it are both valid: both stay
    assert fragments(["+4971112345", "+497111234512"]) == set()


def test_a_romanian_six_digit_postcode_before_the_town() -> None:
    assert address_of("Calea Exemplu nr. 294, bl. 42, sector 2, CP 020897, Bucuresti, Romania")[1:] == \
        ("020897", "Bucuresti", "RO")
    assert address_of("Str. Exemplu nr. 9", "300001 Timișoara")[1:] == ("300001", "Timișoara", "RO")


def test_a_town_cut_inside_a_word_is_completed_from_its_postcode() -> None:
    assert listed_spelling("Münch", "80331") == "München"
    assert listed_spelling("Aarhus", "8000") is None  # whole: GeoNames' "Aarhus C" adds the postal district
    assert address_of("Beispielstraße 1", "80331 Münch")[2] == "München"
