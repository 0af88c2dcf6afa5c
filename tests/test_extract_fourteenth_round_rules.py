"""Rules of the fourteenth round, drawn from the misses of the opened parts 22 to 24 (cards from Central and Eastern
Europe, Italy, Spain, Switzerland and Britain). Every card here is invented; the towns are large, well-known ones or
GeoNames localities no card of those parts names."""

from __future__ import annotations

from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.accents import restore
from cardscan.extract.line_kinds import code_line, list_item
from cardscan.extract.postal import place_countries, place_names
from cardscan.extract.streets import street_countries


def phones(*rows: str | tuple[str, int]) -> list[str]:
    return [p.value.number for p in extract_contact(page(*rows)).phones]


def test_a_number_printed_without_a_country_reads_in_the_country_of_the_card_s_language() -> None:
    # "tel" is a label of many languages, not French alone; the card's words are Polish, and "512 345 678" is a
    # Polish mobile grouped the Polish way (valid in French and Spanish plans too)
    rows = ("Anna Przykładowa", "Biuro rachunkowe i doradztwo podatkowe", "Księgowość dla małych firm",
            "tel: 512 345 678", "anna.przykladowa@gmail.com")
    assert phones(*rows) == ["+48512345678"]


def test_a_shared_label_word_still_counts_when_the_words_say_nothing() -> None:
    # the identifier is sure of no language in three words: the label's language decides, as before
    assert phones("Anna Muster", "Telefon 030 99988877") == ["+493099988877"]


def test_a_given_name_is_never_reached_by_changing_an_accented_vowel() -> None:
    # a name printed plainly with an accent the lists do not know is a spelling they do not hold, not a misread
    # of the name one vowel away; an everyday word is still put right
    assert restore("Amálcar Exemplo", ("pt",)) == "Amálcar Exemplo"
    assert restore("Rechtsanwéltin", ("de",)) == "Rechtsanwältin"


def test_a_central_european_degree_before_the_name_is_part_of_it() -> None:
    for printed in ("mgr inż. Anna Przykładowa", "Mgr. Jana Příkladová", "MUDr. Petr Příklad"):
        contact = extract_contact(page(("Przykładowe Biuro", 30), printed, "ul. Przykładowa 1", "00-950 Warszawa",
                                       "+48 22 999 88 77"))
        assert contact.name is not None and contact.name.value == printed, printed


def test_a_line_that_is_mostly_a_long_code_is_no_party() -> None:
    assert code_line("P. IVA 01234567890") and code_line("USt-IdNr. DE999999999") and code_line("KvK 99999999")
    assert not code_line("Studio 54") and not code_line("Example 2000 GmbH")
    contact = extract_contact(page("lavorazioni di carpenteria leggera", "Via Esempio 1", "20121 Milano",
                                   "P. IVA 01234567890", "info@esempio.it"))
    assert contact.company is None or "IVA" not in contact.company.value


def test_a_company_the_domain_spells_over_three_lines_is_one_company() -> None:
    contact = extract_contact(page(("EXAMPLE", 40), ("GARDEN", 40), ("SERVICES", 40), "Tidy gardens all year round",
                                   "07700 900123", "info@examplegardenservices.co.uk"))
    assert contact.company is not None and contact.company.value == "EXAMPLE GARDEN SERVICES"


def test_a_place_whose_article_geonames_writes_last_is_known_with_it_in_front() -> None:
    assert place_names("Salines, Les")[-1] == "les salines"
    assert place_names("Ullastrar, L'")[-1] == "l ullastrar"
    for printed in ("Les Salines", "L'Ullastrar", "Els Torrents"):
        assert place_countries(printed) == ("ES",), printed


def test_a_known_city_with_a_linking_word_alone_on_its_line_is_the_town() -> None:
    for town, country in (("Frankfurt am Main", "DE"), ("Bergen op Zoom", "NL"), ("Santiago de Compostela", "ES")):
        contact = extract_contact(page(("Example Studio", 30), "Anna Example", town, "anna@examplestudio.com"))
        assert contact.address is not None, town
        assert (contact.address.value.city, contact.address.value.country) == (town, country)


def test_a_page_of_several_copies_of_a_card_still_weighs_its_job_title() -> None:
    # a photo of three copies read as one page: its many strong company, name and logo lines would crowd the title
    # out of the candidates weighed, were the best of each role not kept
    copy = (("example", 100), ("optics", 46), ("Anna Example", 56), ("CEO", 38), ("T +41 44 999 88 77", 70),
            ("anna.example@example.com", 55), ("Example-Optics AG", 60), ("Examplestrasse 1 · CH-8001 Zürich", 78),
            ("example.com", 56))
    contact = extract_contact(page(*copy * 3))
    assert contact.title is not None and contact.title.value == "CEO"


def test_the_items_of_a_bulleted_list_are_no_title_and_vouch_for_no_name() -> None:
    assert list_item("✓ Data recovery") and list_item("• Manicure") and list_item("√Web Hosting")
    assert not list_item("Managing Director") and not list_item("- Consultant -")
    # a bullet with a space after it is dropped from the line as an icon; the line's own text still shows it
    rows = [("sample", 77), ("infoWorks", 77), ("Dream Bigger Today", 43)]
    rows += [(item, 38) for item in ("√ Retail Consultant Training", "√Phone Repair", "√Battery Replacement",
                                     "√Cloud Backup")]
    rows += [("98765 43210", 39), ("98765 12345", 39), ("sampleinfoworks2019@gmail.com", 41),
             ("12, Example Complex, Station Road", 37)]
    contact = extract_contact(page(*rows))
    assert contact.title is None and contact.name is None


def test_a_domain_read_a_letter_off_once_takes_the_spelling_the_card_prints_more_often() -> None:
    # two showrooms, each with its e-mail address; the OCR read one of them a letter off. The web address spells
    # the domain as the other e-mail address does and keeps its spelling
    contact = extract_contact(page(("Example Atelier", 40), "Showroom North", "Tel +40 21 999 88 77",
                                   "E-mail: info@example-atelier.ro", "Showroom South", "Tel +40 21 999 66 55",
                                   "E-mail: info@exarnple-atelier.ro", "www.example-atelier.ro"))
    assert [e.value for e in contact.emails] == ["info@example-atelier.ro"]
    assert [w.value for w in contact.websites] == ["https://www.example-atelier.ro"]


def test_a_capital_i_read_as_a_small_l_at_the_start_of_an_e_mail_s_domain() -> None:
    contact = extract_contact(page(("Example Studio", 40), "kontakt@lnternetExample.com.pl"))
    assert [e.value for e in contact.emails] == ["kontakt@internetexample.com.pl"]


def test_a_place_geonames_names_with_a_number_after_it_is_known_without_it() -> None:
    # the post offices of Bucharest and the districts of Prague carry a number in GeoNames' postcode files
    assert place_names("Praha 10")[-1] == "praha"
    assert place_countries("Bucuresti") == ("RO",) and "CZ" in place_countries("Praha")


def test_the_street_words_of_central_and_eastern_europe() -> None:
    for street, country in (("Str. Exemplu nr 99B", "RO"), ("Calea Exemplu 99", "RO"), ("ul. Przykładowa 9", "PL"),
                            ("Példa utca 9", "HU"), ("Példa u. 9", "HU"), ("Primjerna ulica 9", "HR"),
                            ("Dunajska cesta 9", "SI"), ("nám. Míru 9", "CZ")):
        score, countries = street_countries(street)
        assert score >= 0.8 and country in countries, street
    assert street_countries("Institut 5")[1] == set()


def test_a_romanian_street_its_sector_and_its_town_after_commas() -> None:
    contact = extract_contact(page(("Atelier Exemplu", 40), "Str. Exemplu nr 99B, Sector 5, Bucuresti",
                                   "+40 721 999 888", "www.atelier-exemplu.ro"))
    assert contact.address is not None
    assert (contact.address.value.city, contact.address.value.country) == ("Bucuresti", "RO")


def test_a_person_s_name_printed_twice_is_no_company() -> None:
    # the name in odd capitals as the OCR read it, and again after a social network's label: a text printed twice
    # counts for the company, but not one opening with a known given name that the card's domain does not spell
    contact = extract_contact(page(("MD SAMPLE MEDIA & EVENTS", 36), ("Voorbeeldstraat 9", 32),
                                   ("3011 AA Rotterdam", 31), ("The Netherlands", 29), ("ANNA EXaMPLE", 30),
                                   ("+31 (0)6 99988877", 29), ("info@mdsample.eu", 29), ("mdsample.eu", 34),
                                   ("Facebook | Anna Example", 30)))
    assert contact.company is not None and contact.company.value == "MD SAMPLE MEDIA & EVENTS"
