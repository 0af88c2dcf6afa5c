"""Rules of the thirteenth round, drawn from the misses of the opened parts 19 to 21 (cards from Central and Eastern
Europe, France's overseas departments, Italy and Switzerland). Every card here is invented; the towns are large,
well-known ones."""

from __future__ import annotations

import re

from extract_cards import address_of, page

from cardscan.extract import extract_contact
from cardscan.extract.language_id import identified_countries
from cardscan.extract.line_kinds import quality_badge
from cardscan.extract.names import name_shape
from cardscan.extract.phones import unique_region
from cardscan.extract.postal import place_countries
from cardscan.extract.sides import fronts_of_backs
from cardscan.text import LOWER, UPPER


def test_the_letter_classes_hold_every_latin_letter_of_the_card_languages() -> None:
    for word in ("Łukasz", "Čech", "Šimůnek", "Ţară", "Ōsaka", "Ńa", "Élodie", "Øystein", "Ångström"):
        assert re.fullmatch(rf"[{UPPER}][{LOWER}]+", word), word
    assert not re.fullmatch(rf"[{UPPER}]", "×") and not re.fullmatch(rf"[{LOWER}]", "÷")
    assert not re.fullmatch(rf"[{UPPER}{LOWER}]", "1")


def test_a_name_written_with_central_european_letters_has_a_name_s_shape() -> None:
    # "ć", "ě", "ņ", "ł" are letters of Latin Extended-A, outside Latin-1: a name holding one was not a name
    for name in ("Dario Kovačić", "Tereza Dvořáková", "Jānis Kalniņš", "Łucja Wiśniewska", "Ing. Radek Šťastný"):
        assert name_shape(name) >= 0.7, name
    assert name_shape("DARIO KOVAČIĆ") >= 0.5


def test_a_czech_card_s_name_is_the_name() -> None:
    contact = extract_contact(page("Tereza Dvořáková", "účetnictví a daňové poradenství", "Náměstí Republiky 1",
                                   "Praha", "+420 777 000 111"))
    assert contact.name is not None and contact.name.value == "Tereza Dvořáková"


def phones(*rows: str) -> list[str]:
    return [p.value.number for p in extract_contact(page(*rows)).phones]


def test_a_country_the_gazetteer_lists_the_town_under_joins_the_postcode_format_s_countries() -> None:
    # four digits are no Hungarian postcode to the format list; GeoNames lists Budapest under 1051 in Hungary alone,
    # and the national number then reads in the Hungarian plan ("06" its trunk prefix)
    rows = ("Anna Példa", "Példa utca 9", "1051 Budapest", "06 30 999 8877")
    assert address_of(*rows)[1:] == ("1051", "Budapest", "HU")
    assert phones(*rows) == ["+36309998877"]


def test_an_overseas_department_is_its_own_country_though_the_card_is_french() -> None:
    rows = ("Anna Exemple", "Rue de l'Exemple 9", "97100 Basse-Terre", "05 90 99 88 77", "anna@exemple.fr")
    assert address_of(*rows)[1:] == ("97100", "Basse-Terre", "GP")
    assert phones(*rows) == ["+590590998877"]


def test_a_postcode_ending_the_street_s_line_over_a_small_town_the_gazetteer_knows() -> None:
    rows = ("Anna Esempio", "Via Esempio, 7 — 39043", "Chiusa (BZ)", "0472 999 888")
    assert address_of(*rows) == ("Via Esempio, 7", "39043", "Chiusa", "IT")
    assert phones(*rows) == ["+390472999888"]


def test_a_known_city_alone_on_its_line_is_the_town_and_tells_the_numbers_country() -> None:
    rows = ("Anna Przykład", "Wypożyczalnia samochodów", "Gdańsk", "602 999 888")
    assert address_of(*rows)[2:] == ("Gdańsk", "PL")
    assert phones(*rows) == ["+48602999888"]
    # another country's evidence outweighs it: the city is then no town of the card's
    assert extract_contact(page("Anna Example", "Gdańsk", "+49 30 999 888 77", "anna@example.de")).address is None


def test_a_firm_s_name_printed_twice_is_the_company_though_its_logo_splits_it() -> None:
    # the logo's large type sets the firm over two lines; the address block prints it again on one line
    rows = (("Nordlicht", 44), ("Sonnenberg", 30), "Anna Beispiel", "Sachbearbeiterin",
            "Nordlicht Sonnenberg", "Beispielstraße 9", "27568 Bremerhaven", "anna.beispiel@gmx.de")
    contact = extract_contact(page(*rows))
    assert contact.company is not None and contact.company.value == "Nordlicht Sonnenberg"
    assert contact.name is not None and contact.name.value == "Anna Beispiel"


def test_each_name_of_a_bilingual_town_is_the_town() -> None:
    # GeoNames names a bilingual town with a slash ("Domat/Ems"): a card prints one of its names, and the town under
    # that postcode then says the card is Swiss, and so is its number
    rows = ("Anna Exempel", "Exempelstrasse 2 | 7013 Ems | 081 999 88 77")
    assert address_of(*rows)[1:] == ("7013", "Ems", "CH")
    assert phones(*rows) == ["+41819998877"]


def test_the_language_identifier_tells_the_country_of_a_card_s_words() -> None:
    assert identified_countries(["Exempel Bygg & Måleri", "målning och tapetsering av bostäder"]) == ("SE",)
    assert identified_countries(["Anna Příkladová", "účetnictví a daňové poradenství pro firmy"]) == ("CZ",)
    assert identified_countries(["Exempel"]) == ()  # too few words to tell
    assert identified_countries(["anna@example.se", "www.example.se"]) == ()  # addresses are no words of a language


def test_a_number_without_a_country_reads_in_the_country_of_the_card_s_language() -> None:
    # no domain, postcode or label word: the Czech words tell the country (the number is valid in Spain too)
    assert phones("Anna Příkladová", "účetnictví a daňové poradenství pro firmy", "724 999 888") == ["+420724999888"]


def test_the_printed_grouping_of_the_digits_tells_between_the_language_s_countries() -> None:
    # French words point to France, Belgium and Switzerland; the number is valid in France and in Switzerland, and
    # only Switzerland groups it 3-3-2-2
    words = ("Anna Exemple", "aromathérapie et réflexologie", "soins itinérants à domicile")
    assert phones(*words, "079 999 88 77") == ["+41799998877"]
    assert phones(*words, "07 99 98 87 77") == ["+33799988777"]
    assert unique_region("079 999 88 77", ["FR", "BE", "CH"]) == "CH"
    assert unique_region("06 12 34 56 78", ["NL", "BE"]) == "NL"  # the language's country before another's grouping


def test_a_town_alone_that_geonames_lists_in_the_card_s_country_is_its_town() -> None:
    # too small for the list of cities; the ".fr" domain and the French-styled number name France, where GeoNames
    # lists a place of that name; the department's number after it is no part of the name
    rows = ("Anna Exemple", "Webdesign et communication", "06 99 88 77 66", "anna@exemple.fr", "Ornans (25)")
    assert address_of(*rows)[2:] == ("Ornans", "FR")
    assert place_countries("Ornans") == ("FR",) and place_countries("Exempleville") == ()
    # with no country named by the card's evidence a small place is no town: names of places are many
    assert extract_contact(page("Anna Exemple", "Webdesign et communication", "Ornans")).address is None


def test_a_numbered_street_and_a_place_of_the_card_s_country_after_a_comma() -> None:
    rows = ("Anna Exempel", "Exempelgatan 1 C, Vaxholm", "anna@exempel.se")
    assert address_of(*rows) == ("Exempelgatan 1 C", None, "Vaxholm", "SE")


def test_a_logo_side_naming_its_town_is_still_the_back_of_the_card_beside_it() -> None:
    back = extract_contact(page(("NORDEXEMPEL", 40), "Vaxholm", "www.nordexempel.se"))
    front = extract_contact(page("Anna Exempel", "Projektledare", "anna@nordexempel.se", "070 999 88 77"))
    assert back.address is not None  # the town under the brand
    assert fronts_of_backs([front, back]) == {1: 0}


def test_a_firm_s_name_set_over_three_logo_lines_and_printed_whole_below() -> None:
    rows = (("NORD", 44), ("LICHT", 44), ("WERK", 40), "Anna Beispiel", "Geschäftsführerin", "Nord Licht Werk",
            "Beispielstraße 9", "27568 Bremerhaven", "anna.beispiel@gmx.de")
    contact = extract_contact(page(*rows))
    assert contact.company is not None and contact.company.value == "Nord Licht Werk"


def test_a_quality_badge_beside_the_logo_is_no_part_of_the_firm_s_name() -> None:
    assert quality_badge("ISO 9001:2015 CERTIFIED") and quality_badge("Zertifiziert nach DIN EN ISO 9001")
    assert not quality_badge("Certified Public Accountant") and not quality_badge("Example Certification Ltd")
    # the OCR cut the badge into lines between the logo and the legal form's line
    rows = (("Nordexempel", 40), "ISO", "9001", "2015", "CERTIFIED", "India Pvt. Ltd.", "Anna Example",
            "Managing Director", "anna@nordexempel.com")
    contact = extract_contact(page(*rows))
    assert contact.company is not None and "CERTIFIED" not in contact.company.value


def test_a_known_city_with_four_digits_after_it_and_its_country_on_the_line() -> None:
    # four digits are a postcode in South Africa, Bangladesh, the Philippines, Australia: after a known city, with the
    # country printed on the line, they are the postcode, and the line is the address before a branch's town line
    rows = ("Anna Example", "Example Road, Bloemfontein, South Africa", "Plot 9, Road 9, Example Area,",
            "Pretoria 0002, South Africa")
    assert address_of(*rows)[1:] == ("0002", "Pretoria", "ZA")
    # without a printed country four digits after a city are no postcode ("Sampleton 2015": a year)
    assert extract_contact(page("Anna Example", "Pretoria 0002")).address is None


def test_the_language_identifier_is_asked_only_for_a_number_without_a_country(monkeypatch) -> None:
    import cardscan.extract.ocr_contact as ocr_contact

    asked: list[int] = []

    def counting(texts: list[str]) -> tuple[str, ...]:
        asked.append(1)
        return identified_countries(texts)

    monkeypatch.setattr(ocr_contact, "identified_countries", counting)
    extract_contact(page("Anna Příkladová", "účetnictví a daňové poradenství", "Příkladová 12", "otevřeno denně"))
    assert asked == []  # no number on the card: the model is not even loaded
    assert phones("Anna Příkladová", "účetnictví a daňové poradenství", "724 999 888", "602 999 888") == [
        "+420724999888", "+420602999888"]
    assert asked == [1]  # once per card, however many numbers need it
