"""Rules drawn from the ninth round's opened part 13 (French, Italian, Spanish, Swiss and other Romance-language
cards): a Swiss card told by its legal form and street words, a bare four-digit postcode no Dutch one, a postcode and
its town on lines apart. Every card here is invented."""

from __future__ import annotations

from extract_cards import address_of, page

from cardscan.extract import extract_contact


def numbers(*rows: str) -> list[str]:
    return [p.value.number for p in extract_contact(page(*rows)).phones]


def test_a_swiss_card_by_its_legal_form_and_the_street_words_above_its_postcode() -> None:
    rows = ("MINIESEMPIO", "S.a.g.l.", "Via Esempio 9", "Casella Postale 9999", "6899 Sampleno",
            "Tel/Fax: 091 999 99 99", "Anna: 076 999 99 99", "e-mail: esempio@gmail.com")
    assert address_of(*rows)[3] == "CH"
    assert numbers(*rows)[-1] == "+41769999999"
    # without the legal form, the street words two lines above the postcode still say Switzerland
    assert address_of("ESEMPIO", "Via Esempio 9", "Casella Postale 9999", "6899 Sampleno")[3] == "CH"


def test_a_bare_four_digit_postcode_is_no_dutch_one() -> None:
    # Dutch postcodes print two letters after the digits: with nothing else to go by, the first of the format's
    # countries is taken, not the Netherlands
    assert address_of("Example", "Beispielweg 9", "9999 Sampledorf", "Tel 0999 99 99 99")[3] == "AT"
    assert address_of("Voorbeeld", "Voorbeeldstraat 9", "9999 AB Sampledorp")[3] == "NL"


def test_a_lone_postcode_over_its_known_town() -> None:
    assert address_of("Andrés Ejemplo", "45699", "Albacete", "Teléfono: 699 999 999") == \
        (None, "45699", "Albacete", "ES")
    # an unknown town with its known province in brackets
    assert address_of("Andrés Ejemplo", "45699", "Sampleña de la Reina (Albacete)", "Teléfono: 699 999 999") == \
        (None, "45699", "Sampleña de la Reina", "ES")
    # a number alone over an unknown word is no address
    assert extract_contact(page("Example", "Ref 12345", "Samplestuff")).address is None


def test_a_postcode_ending_the_streets_line_over_its_town() -> None:
    assert address_of("Anna Exemple", "99 Rue de l'Exemple 92799", "Nanterre, France", "Tél. 01 99 99 99 99") == \
        ("99 Rue de l'Exemple", "92799", "Nanterre", "FR")
    # the town a few lines under it, other lines between
    assert address_of("EXEMPLE", "99 RUE DE L'EXEMPLE 75099", "www.exemple.com", "VOTRE PARTENAIRE", "LYON") == \
        ("99 RUE DE L'EXEMPLE", "75099", "LYON", "FR")
    # a printed country that is not the town's: the number is not taken for its postcode
    c = extract_contact(page("Anna Exemple", "99 Rue de l'Exemple 92799", "Nanterre, Italia"))
    assert c.address is None or c.address.value.postcode is None
