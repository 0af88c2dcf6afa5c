"""Rules drawn from the ninth round's opened part 12 (Danish, Norwegian, Swedish, Flemish, Dutch and German cards):
a Danish town's postal district, Danish and Norwegian street words, a legal form printed on its own line before the
name, pieces of a number or a web address printed whole elsewhere on the card, an e-mail label without its colon, and
a street after the town behind a slash. Every card here is invented."""

from __future__ import annotations

from extract_cards import address_of, line, page

from cardscan.extract import extract_contact
from cardscan.extract.geo import city_spelling, country_from_city
from cardscan.extract.name_repairs import spaced_particles
from cardscan.extract.streets import street_countries
from cardscan.model import OcrPage


def numbers(*rows: str) -> list[str]:
    return [p.value.number for p in extract_contact(page(*rows)).phones]


def test_a_danish_towns_postal_district_names_the_town() -> None:
    assert country_from_city("Aalborg Ø") == country_from_city("Esbjerg V") == "DK"
    assert country_from_city("Vejle SØ") == "DK"
    assert country_from_city("Berlin C") is None  # a district letter is Danish only
    # the town tells the country, and so the country of a number printed without its code
    assert address_of("Eksempelgade 9, 9999 Aalborg Ø", "Tlf: 40 99 99 99", "Email: eksempel@gmail.com") == \
        ("Eksempelgade 9", "9999", "Aalborg Ø", "DK")
    assert numbers("Eksempelgade 9, 9999 Aalborg Ø", "Tlf: 40 99 99 99", "Email: eksempel@gmail.com") == \
        ["+4540999999"]


def test_danish_and_norwegian_street_words() -> None:
    assert street_countries("Eksempelgade 9")[1] == {"DK"}
    assert street_countries("Eksempelvej 9")[1] == {"DK"}
    assert street_countries("Eksempelveien 9")[1] == {"NO"}
    assert street_countries("Kirkegata 9")[1] == {"NO", "SE"}
    # a Norwegian street and an unknown town: a Norwegian card, not a Dutch one for its four-digit postcode
    assert address_of("Anna Eksempel", "Telefon: 900 99 999", "Adresse: Eksempelveien 9, 2099 Sampleby")[3] == "NO"
    assert numbers("Anna Eksempel", "Telefon: 900 99 999", "Adresse: Eksempelveien 9, 2099 Sampleby") == \
        ["+4790099999"]


def test_a_legal_form_on_its_own_line_before_the_name() -> None:
    c = extract_contact(page("Anna Voorbeeld", "Penningmeester", "0499 99 99 99", "VZW", "DE VOORBEELD KAT"))
    assert c.company is not None and c.company.value == "VZW DE VOORBEELD KAT"
    c = extract_contact(page("Example GmbH", "Anna Example", "Geschäftsführerin"))
    assert c.company is not None and c.company.value == "Example GmbH"


def test_the_end_of_a_number_printed_whole_elsewhere_is_no_number() -> None:
    # "369 99 99" alone would be a valid Swedish landline
    assert numbers("Anna Exempel", "0703 69 99 99", "Per Exempel", "0761 88 88 01", "exempel.se", "369 99 99") == \
        ["+46703699999", "+46761888801"]


def test_an_e_mail_label_without_its_colon_before_an_address_that_lost_its_at() -> None:
    c = extract_contact(page("Example Clinic", "Mail anexample-clinic.dk", "Online www.example-clinic.dk"))
    assert [w.value for w in c.websites] == ["https://www.example-clinic.dk"]


def test_the_end_of_a_web_address_printed_whole_elsewhere_is_no_address() -> None:
    c = extract_contact(page("Example Bygg", "info@letsample.se", ",sample.se", "www.letsample.se"))
    assert [w.value for w in c.websites] == ["https://www.letsample.se"]
    # a host that ends at a dot of the other is an address of its own; so is one printed with "www."
    c = extract_contact(page("Example", "www.sample.se", "shop.sample.se"))
    assert sorted(w.value for w in c.websites) == ["https://shop.sample.se", "https://www.sample.se"]


def test_a_street_after_the_town_behind_a_slash() -> None:
    assert address_of("Example Catering", "99999 EXAMPLE /SAMPLESTR .28", "+49 160 9999999")[1:3] == \
        ("99999", "EXAMPLE")


def test_a_company_wrapped_at_an_open_end_goes_on_in_its_column() -> None:
    # two columns: the firm's name wrapped after "&" on the left, the contact lines on the right; reading order puts
    # the logo's letters and the first contact lines between the two halves of the name
    rows = [line("Tel: 0176 9999999", height=38, x=660, y=354), line("AB Dach- &", height=62, x=282, y=357),
            line("AB", height=83, x=149, y=372), line("E-Mail: beispiel@gmail.com", height=40, x=662, y=394),
            line("Fassadenservice", height=45, x=278, y=418), line("Web: www.ab-dach-fassadenservice.de", height=37,
                                                                  x=667, y=438)]
    c = extract_contact(OcrPage(tuple(rows), engine="test", languages="eng"))
    assert c.company is not None and c.company.value == "AB Dach- & Fassadenservice"


def test_a_one_word_brand_a_dash_and_a_persons_name_are_two_fields() -> None:
    c = extract_contact(page("VOORBEELD-W - VAN DEN EXAMPLE WOUTER", "Fietsenmaker"))
    assert c.company is not None and c.company.value == "VOORBEELD-W"
    assert c.name is not None and c.name.value == "Van den Example Wouter"
    # without a known given name after the dash it stays one line
    c = extract_contact(page("VOORBEELD-W - SAMPLE EXAMPLE SERVICE", "info@voorbeeld-w.be"))
    assert c.name is None


def test_a_known_town_the_ocr_missed_by_one_letter() -> None:
    assert city_spelling("Aalbory Ø", "DK") == "Aalborg Ø"  # the postal district kept
    assert city_spelling("Stuttgaxt", "DE") == "Stuttgart"
    # of a town's spellings, the one in the country's own letters
    assert city_spelling("Munchex", "DE") == "München"
    assert city_spelling("Stuttgart", "DE") is None  # known already
    assert city_spelling("Ulmx", "DE") is None  # too short to put right
    assert city_spelling("Stuttgaxt", None) is None
    # on a card, only where the OCR doubted the word: a small town a letter away from a known one stays as printed
    doubted = extract_contact(page("Beispiel GmbH", "Beispielweg 9", "70999 Stuttgaxt", confs={"Stuttgaxt": 0.5}))
    assert doubted.address is not None and doubted.address.value.city == "Stuttgart"
    assert address_of("Beispiel GmbH", "Beispielweg 9", "70999 Stuttgaxt")[2] == "Stuttgaxt"


def test_a_particle_glued_to_the_capitalised_word_after_it() -> None:
    assert spaced_particles("Broodjes vanVoorbeeld") == "Broodjes van Voorbeeld"
    assert spaced_particles("Anna vonExample") == "Anna von Example"
    assert spaced_particles("derStandard deLuxe iPhone Vanessa") == "derStandard deLuxe iPhone Vanessa"
    c = extract_contact(page("Anna vanVoorbeeld", "Accountmanager", "anna@voorbeeld.nl"))
    assert c.name is not None and c.name.value == "Anna van Voorbeeld"


def test_a_monogram_that_is_also_a_legal_form_does_not_join_the_name_it_abbreviates() -> None:
    # "CV" is a Dutch legal form, but over "Cabinet Voorbeeld" it is the firm's initials in its logo
    rows = (line("CV", height=63, x=114, y=102), line("Cabinet Voorbeeld", height=49, x=253, y=116),
            line("anna@cabinetvoorbeeld.fr", height=40, x=560, y=480))
    c = extract_contact(OcrPage(rows, engine="test", languages="eng"))
    assert c.company is not None and c.company.value == "Cabinet Voorbeeld"
