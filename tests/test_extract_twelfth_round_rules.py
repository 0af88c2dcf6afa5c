"""Rules of the twelfth round, drawn from the phone and place misses shared by the opened real sets: the postcode
gazetteer (GeoNames) telling which country a postcode and its town are in, a VAT number's country, a national number
read in the card language's own country, a number the OCR cut in three pieces, a town printed before its postcode.
Every card here is invented; the towns are large, well-known ones."""

from __future__ import annotations

from extract_cards import address_of, page

from cardscan.extract import extract_contact
from cardscan.extract.evidence import vat_country
from cardscan.extract.postal import countries_of, key_of, places, town_countries


def phones(*rows: str | tuple[str, int]) -> list[str]:
    return [p.value.number for p in extract_contact(page(*rows)).phones]


def test_the_gazetteer_tells_which_country_a_postcode_serves_a_town_in() -> None:
    # 3000 is a postcode in Belgium, Switzerland, Denmark and more: the town decides
    assert {"BE", "CH"} <= set(places("3000"))
    assert countries_of("3000", "Leuven") == ("BE",)
    assert countries_of("3000", "Bern") == ("CH",)
    assert countries_of("3000", "Sampletown") == ()
    # the town as printed may go on (a district, "Cedex", the country); letters are compared folded
    assert countries_of("69003", "LYON CEDEX 03") == ("FR",)
    assert countries_of("80331", "Munchen") == ("DE",)
    # printed forms of the postcode: Polish, Czech and Swedish spacing, a country prefix, Portugal's four digits
    assert key_of("31-999") == "31999" and key_of("110 00") == "11000" and key_of("L-1234") == "1234"
    assert key_of("1099-123") == "1099"
    assert countries_of("1000-001", "Lisboa") == ("PT",)
    assert countries_of("110 00", "Praha 1") == ("CZ",)
    assert places("12") == {}


def test_a_town_points_to_its_country_by_postcode_before_the_list_of_cities() -> None:
    assert town_countries("Leuven", "3000") == ("BE",)
    assert town_countries("Milano", None) == ("IT",)  # no postcode: the list of large cities


def test_a_four_digit_postcode_and_its_town_give_the_country_and_the_numbers_follow() -> None:
    # a town too small for the list of cities: without the gazetteer "8340 Damme" fell to the format's first country
    # (Austria) and the Belgian mobile, valid in no Austrian plan, was lost
    rows = ("Anna Example", "Rue de l'Exemple 9", "8340 Damme", "0470 99 88 77")
    assert address_of(*rows)[1:] == ("8340", "Damme", "BE")
    assert phones(*rows) == ["+32470998877"]


def test_a_town_printed_before_its_postcode_is_the_address() -> None:
    # "Via Esempio 1 Chiusa 39043": the town GeoNames lists under that postcode, the rest the street
    assert address_of("Anna Esempio", "Via Esempio 1 Chiusa 39043") == ("Via Esempio 1", "39043", "Chiusa", "IT")
    # a town no gazetteer lists under the number is no address of this kind
    assert extract_contact(page("Anna Esempio", "Via Esempio 1 Sampletown 39043")).address is None


def test_a_vat_number_names_its_country() -> None:
    assert vat_country("TVA BE 0999.888.777") == "BE"
    assert vat_country("USt-IdNr. DE999888777") == "DE"
    assert vat_country("ATU99988877") == "AT"
    assert vat_country("CHE-999.888.777 MWST") == "CH"
    assert vat_country("EL999888777") == "GR"
    assert vat_country("BE 12") is None
    assert vat_country("FR 69003 Lyon") is None
    # the card's only evidence: its mobile is read in Belgium
    assert phones("EXEMPLAR", "0470/998877", "TVA BE 0999 888 777") == ["+32470998877"]


def test_a_national_number_valid_in_several_countries_is_read_in_the_language_s_own() -> None:
    # a French label, a number valid in France and in Switzerland: France, the language's own country
    assert phones("Anna Exemple", "Portable 0766 99 88 77") == ["+33766998877"]


def test_a_number_the_ocr_cut_in_three_pieces_is_one_number() -> None:
    # "0707" / "-" / "99 88 77": the pieces of one Swedish mobile, read as three lines
    assert phones("Anna Exempel", "0707", "-", "99 88 77", "info@exempel.se") == ["+46707998877"]
    # two numbers one under the other stay two
    assert phones("Anna Exempel", "08-999 888 77", "0707-99 88 77", "info@exempel.se") == ["+46899988877",
                                                                                            "+46707998877"]
