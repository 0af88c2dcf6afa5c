"""Rules of the seventeenth round, drawn from the misses of the opened sets (the shared development set and bench/real
parts 2 to 33). Every card here is invented."""

from __future__ import annotations

from extract_cards import read

from cardscan.extract.company_domain import company_from_domain
from cardscan.extract.emails import find_emails
from cardscan.extract.phone_prints import blank_opening_hours, comma_for_dot
from cardscan.extract.phones import find_phones
from cardscan.extract.repairs import email_from_web
from cardscan.extract.roles import title_score
from cardscan.model import Contact, Field


def numbers(text: str, region: str) -> list[str]:
    return [h.value.number for h in find_phones(text, region)[0]]


def test_opening_hours_are_no_phone_number() -> None:
    assert numbers("H-P: 9.00-18.00", "HU") == []
    assert numbers("Mo-Fr 08:30 - 18:00", "DE") == []
    assert blank_opening_hours("Öffnungszeiten: 9.00-12.30") == "Öffnungszeiten:" + " " * 11
    # a later time first is no range of hours; groups after a country code are a number's
    assert blank_opening_hours("17.00-8.00") == "17.00-8.00"
    assert numbers("+45 20.30-14.50", "DK") == ["+4520301450"]
    card = read(("EXAMPLE AUTÓSZERVIZ", 40), "Fő utca 14.", "H-P: 9.00-18.00", "+36 30 111 2233")
    assert [p.value.number for p in card.phones] == ["+36301112233"]


def test_a_comma_among_dot_grouped_digits_is_a_dot() -> None:
    assert numbers("tel0711,123.4567", "DE") == ["+497111234567"]
    assert comma_for_dot("fax 0711,123.4568", "DE") == "fax 0711.123.4568"
    assert comma_for_dot("Preis 1,299.00", "DE") == "Preis 1,299.00"  # no valid number: a price stays


def test_a_degree_in_brackets_after_a_name() -> None:
    card = read(("INGENIEURBÜRO", 30), ("Thomas Beispiel (M.Sc.)", 20), "Hauptstraße 4", "20095 Hamburg",
                "+49 (0)40 1234567", "info@ib-example.de")
    assert card.name is not None and card.name.value.startswith("Thomas Beispiel")
    assert card.family_name is not None and card.family_name.value == "Beispiel"


def test_a_name_glued_whole_split_where_the_mailbox_splits_initial_and_family_name() -> None:
    card = read(("feinwerk", 30), ("ThomasBeispiel", 20), "tbeispiel@feinwerk.de", "www.feinwerk.de",
                "Hauptstraße 4", "20095 Hamburg", "Tel 040 1234567")
    assert card.name is not None and card.name.value == "Thomas Beispiel"
    # a camel-case word with no mailbox to split it stays whole (a scanner app's watermark "CamScanner" is no name)
    card = read("CamScanner", ("EXAMPLE TRADING", 30), "Sales Manager", "info@exampletrading.in")
    assert card.name is None or "Scanner" not in card.name.value


def test_an_at_read_as_a_letter_after_a_function_mailbox() -> None:
    lines = ["EXAMPLE IMMOBILIEN", "Thomas Beispiel", "Makler"]
    assert email_from_web("infogexample-immobilien.de", [], True, lines) == "info@example-immobilien.de"
    # a word of the domain a letter off the printed one (the OCR misread it once)
    assert email_from_web("infogexampel-immobilien.de", [], True, ["Examples", "IMMOBILIEN"]) is None
    assert email_from_web("infogexamplee-immobilien.de", [], True, ["EXAMPLE IMMOBILIEN"]) \
        == "info@examplee-immobilien.de"
    # the card's lines do not spell the rest: a web host that begins so ("infographic-design.de")
    assert email_from_web("infographic-design.de", [], True, ["EXAMPLE DESIGN", "Anna Example"]) is None
    # with an e-mail address elsewhere on the card, no guess
    assert email_from_web("infogexample-immobilien.de", [], False, lines) is None
    card = read(("EXAMPLE IMMOBILIEN", 30), ("Thomas Beispiel", 20), "Makler", "infogexample-immobilien.de",
                "+49(0)30 - 12 34 56")
    assert [e.value for e in card.emails] == ["info@example-immobilien.de"]
    assert card.websites == []


def test_a_cut_address_is_no_role_and_www_alone_no_website() -> None:
    card = read("biuro@przyklad", "www.pr", ("DRUKARNIA", 30), "83 352 25 91", "www.przyklad.pl",
                "biuro@przyklad.pl", ("PRZYKLAD DRUK", 40))
    assert card.name is None
    assert card.department is None
    assert [w.value for w in card.websites] == ["https://www.przyklad.pl"]


def test_a_street_its_number_and_a_town_on_one_line_without_a_comma() -> None:
    card = read(("Jan Kowalski", 30), "Serwis komputerowy", "+48 657 456 345", "www.przyklad.pl", "Dębowa 16 Gniezno")
    assert card.address is not None
    assert (card.address.value.street, card.address.value.city) == ("Dębowa 16", "Gniezno")


def test_a_known_city_first_then_its_street() -> None:
    card = read(("EXAMPLE AUTÓSZERVIZ", 40), "SZEGED, FŐ UTCA 14.", "www.exampleauto.hu", "+36 30 111 2233")
    assert card.address is not None and card.address.value.city == "SZEGED"
    card = read(("EXAMPLE AUTÓSZERVIZ", 40), "BUDAPEST, IX. KER. MINTATELEP,", "MINTA UTCA 14.",
                "www.exampleauto.hu", "+36 30 111 2233")
    assert card.address is not None
    assert (card.address.value.city, card.address.value.street) == ("BUDAPEST", "MINTA UTCA 14.")


def test_initials_the_logo_draws_come_from_the_domain() -> None:
    card = read(("Kampaamo", 40), "Hiukset kuntoon", "040 123 4567", "asiakaspalvelu@k-kampaamo.fi",
                "www.k-kampaamo.fi")
    assert card.company is not None and card.company.value == "K Kampaamo"
    # a word that is not the domain's whole second part gains nothing
    card = read(("Kampaamo", 40), "040 123 4567", "www.k-kampaamo-sample.fi")
    assert card.company is None or card.company.value == "Kampaamo"


def test_a_sentence_begun_by_an_article_is_no_title() -> None:
    assert title_score("the tiny robot / juice making machine") == 0.0
    assert title_score("The Barista") > 0
    card = read(("Mix-o-Matic", 40), "the tiny robot / juice making machine", ("Anna Example", 24), "Creator",
                "sales@mixomatic.xyz")
    assert card.title is not None and card.title.value == "Creator"


def test_a_name_printed_in_lower_case_on_a_lower_case_card() -> None:
    card = read(("zauberer", 30), "mmail", ("anna beispiel", 24), "hauptstrasse 55", "9052 niederteufen",
                "079 344 33 34", "info@magico.ch", "www.magico.ch")
    assert card.name is not None and card.name.value == "Anna Beispiel"
    # two letters, or a line in capitals among lower-case ones, are no such name
    card = read("o ava as", "mmail", ("EXAMPLE", 30), "hauptstrasse 55", "9052 niederteufen")
    assert card.name is None


def test_a_firm_named_only_by_its_domain() -> None:
    # the logo is a drawing; the web address names the firm, and the company is read from it, in doubt
    card = read("Voorbeeldweg 5, Utrecht", "+31 6 12345678", "jexample@voorbeeld-en-zoon.nl",
                "www.voorbeeld-en-zoon.nl")
    assert card.company is not None and card.company.value == "Voorbeeld En Zoon"
    assert card.company.source == "www.voorbeeld-en-zoon.nl"
    assert card.company.confidence < 0.6 and "web address only" in card.company.doubt  # triage shows it
    # not the person's own domain, nor a free mail service's, nor a page on a platform's host, nor initials
    for address in ("https://www.annaexample.nl", "https://www.example.platformhost.nl", "https://www.omc.it"):
        contact = Contact(name=Field("Anna Example", 0.9, "Anna Example"), websites=[Field(address, 0.9, address)])
        assert company_from_domain(contact) is None, address
    contact = Contact(name=Field("Anna Example", 0.9, "Anna Example"),
                      emails=[Field("anna.example@gmail.com", 0.9, "anna.example@gmail.com")])
    assert company_from_domain(contact) is None
    # a line that names the firm wins over the domain, and a firm's line holding "web" is not taken for the address
    card = read(("EXAMPLE BAKERY", 40), "+31 6 12345678", "www.voorbeeld-en-zoon.nl")
    assert card.company is not None and card.company.value == "EXAMPLE BAKERY"
    card = read(("WEB EXAMPLE GmbH", 40), ("Anna Beispiel", 24), "Geschäftsführerin", "www.webexample.de")
    assert card.company is not None and card.company.value == "WEB EXAMPLE GmbH"
    assert "web address only" not in card.company.doubt


def test_the_info_mailbox_put_right() -> None:
    def emails(line: str) -> list[str]:
        return [h.value for h in find_emails(line)[0]]

    assert emails("fo@example-air.nl") == ["info@example-air.nl"]  # the first letters cut off by the card's edge
    assert emails("E-mail nninfo@example.com") == ["info@example.com"]  # an icon read as letters
    assert emails("infol@examplestudio.it") == ["info@examplestudio.it"]  # a bar after it
    assert emails("lnfo@example.de") == ["info@example.de"]
    # real mailboxes stay: a given name, a plural, a word
    assert emails("ingo@example.de") == ["ingo@example.de"]
    assert emails("infos@example.fr") == ["infos@example.fr"]
    assert emails("myinfo@example.de") == ["myinfo@example.de"]


def test_norwegian_occupations_from_esco() -> None:
    # ESCO's ISCO-08 groups in Norwegian name people in the plural ("Regnskapsførere"): their singulars, folded as
    # the extractor folds what it reads ("ø" as "o"), and the compound endings they share ("-lærer", "-leder")
    for title in ("Regnskapsfører", "Kjørelærer", "Prosjektleder", "Rådgiver", "Elektriker"):
        assert title_score(title) > 0.5, title
    # French words with "œ" were never matched before (the extractor reads "œ" as "oe")
    assert title_score("Œnologue") > 0.5
