"""Rules drawn from the ninth round's opened part 13 (French, Italian, Spanish, Swiss and other Romance-language
cards): a Swiss card told by its legal form and street words, a bare four-digit postcode no Dutch one, a postcode and
its town on lines apart. Every card here is invented."""

from __future__ import annotations

from extract_cards import address_of, page

from cardscan.extract import extract_contact
from cardscan.extract.names import name_shape


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


def test_numbers_grouped_with_a_dot_and_a_word_after_them() -> None:
    rows = ("ESEMPIO srl", "352.0999999 Ufficio", "0774.999999 Magazzino", "334.9999999 Marco",
            "Via Esempio snc, 00099 Sampleno – Roma")
    assert numbers(*rows) == ["+393520999999", "+390774999999", "+393349999999"]
    # the first names left of two numbers are labels, no person's name
    assert extract_contact(page(*rows)).name is None


def test_first_names_labelling_numbers_are_no_name() -> None:
    c = extract_contact(page("MINIESEMPIO", "Tel/Fax: 091 999 99 99", "Anna: 076 999 99 99", "Marco: 076 999 99 98"))
    assert c.name is None


def test_a_facebook_short_link_is_a_profile_not_a_website() -> None:
    c = extract_contact(page("EXAMPLE Jazz Quartet", "Contact :06 99 99 99 99 - HTTPS://FB.ME/EXAMPLEQUARTET"))
    assert c.websites == []
    assert [(s.value.service, s.value.url) for s in c.social] == [("facebook", "https://fb.me/EXAMPLEQUARTET")]


def test_a_name_wrapped_with_a_dash_glued_to_its_second_line() -> None:
    c = extract_contact(page(("SAMPLEAS", 40), ("-PRESTIGE", 40), "Le goût qui fait la différence", "0699999999",
                             "exemple@gmail.com"))
    assert c.company is not None and c.company.value == "SAMPLEAS PRESTIGE"
    # a dash and a space before a title is a mark, not a wrap
    c = extract_contact(page(("Anna Example", 30), "- Consultant"))
    assert c.name is not None and c.name.value == "Anna Example" and c.title is not None


def test_a_line_opening_with_a_preposition_is_no_name() -> None:
    c = extract_contact(page("EXEMPLE SERVICE", "RÉPARATEUR ÉLECTROMÉNAGER", "À DOMICILE", "07 99 99 99 99",
                             "exemple.service@gmail.com", "www.exempleservice.fr"))
    assert c.name is None
    assert name_shape("Pour Vous") == name_shape("Für Sie") == 0.0
    # given names that are also prepositions elsewhere still begin names
    assert name_shape("Per Exempel") == name_shape("Till Beispiel") == 0.7


def test_a_word_a_mailbox_spells_does_not_outweigh_a_persons_name() -> None:
    # the logo word "examplia@" spells is a firm's as often as a person's: the two-word name under it is the person
    c = extract_contact(page(("Examplia", 40), "Anna Beispiel", "Inhaberin", "examplia@gmail.com"))
    assert c.name is not None and c.name.value == "Anna Beispiel"
