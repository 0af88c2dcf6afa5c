"""Rules drawn from the ninth round of real cards (part 11 opened): a web address after "www." on any top-level
domain of the root zone, Italian legal forms in lower case, a company wrapped over lines that only joined spell the
card's domain, a line opening with a lower-case preposition that continues the company above it, phone grouping
that no North American number has, and a known city's postcode with letters read for digits. Every card here is
invented."""

from __future__ import annotations

from extract_cards import address_of, page

from cardscan.extract import extract_contact
from cardscan.extract.company import legal_form
from cardscan.extract.evidence import gather
from cardscan.extract.phones import unique_region
from cardscan.extract.web import find_web


def websites(text: str) -> list[str]:
    return [h.value for h in find_web(text)[0]]


def test_a_web_address_after_www_on_a_new_top_level_domain() -> None:
    assert websites("www.samplepilot.coach") == ["https://www.samplepilot.coach"]
    assert websites("www.example-haus.immobilien") == ["https://www.example-haus.immobilien"]
    # without "www." a word after a dot is still no address ("Dipl.Ing", "Str.Nr"), though ".ing" is in the root zone
    assert websites("Dipl.Ing Anna Example") == []
    assert websites("samplepilot.coach") == []
    # and "www." before a label the root zone does not know stays nothing
    assert websites("www.example.notadomain") == []


def test_lower_case_legal_forms() -> None:
    assert legal_form("Esempio Advertising srl") == "srl"
    assert legal_form("esempio costruzioni snc") == "snc"
    assert legal_form("example gmbh") == "gmbh"
    assert legal_form("Example consulting ltd") == "ltd"
    # the small logo word over the registered name: the line with its legal form is the company
    c = extract_contact(page(("esempio", 40), "creative studio", "Esempio Advertising srl",
                             "via Esempio 9, 37199 Verona", "tel. 06 9999 9999", "www.esempio.it"))
    assert c.company is not None and c.company.value == "Esempio Advertising srl"


def test_a_company_wrapped_over_lines_that_only_joined_spell_the_domain() -> None:
    c = extract_contact(page(("Sample", 40), ("Pilot", 40), "www.samplepilot.coach",
                             "info@samplepilot.coach"))
    assert c.company is not None and c.company.value == "Sample Pilot"
    assert c.title is None  # "Pilot" is a job title word, but here half of the firm's name
    # a job title under a one-line firm name is still the title
    c = extract_contact(page(("Sample", 40), "Anna Example", "Pilot", "anna@sample.com", "www.sample.com"))
    assert c.company is not None and c.company.value == "Sample"
    assert c.title is not None and c.title.value == "Pilot"


def test_a_line_opening_with_a_lower_case_preposition_continues_the_company() -> None:
    c = extract_contact(page(("ESEMPIO", 40), ("EDILIZIA", 40), "Marco Esempio", "Anna Esempio", "ESEMPIO EDILIZIA",
                             "di Esempio Marco e Anna snc", "Via Esempio, 9", "73199 Lecce",
                             "esempioedilizia@pec.it"))
    assert c.company is not None and c.company.value == "ESEMPIO EDILIZIA di Esempio Marco e Anna snc"
    # a surname with a capital preposition opens a line of its own: "Van Example" is a person, not a continuation
    c = extract_contact(page(("EXAMPLE CONSULTING", 30), "Jan Van Example", "Consultant", "jan@example.nl",
                             "www.example.nl"))
    assert c.name is not None and c.name.value == "Jan Van Example"


def test_brackets_around_an_area_code_that_begins_with_0_say_no_north_america() -> None:
    assert gather(["(085) 555-0199"], [], None).get("US", 0.0) == 0.0
    assert gather(["(201) 555-0199"], [], None).get("US", 0.0) > 0.0
    assert gather(["201.555.0199"], [], None).get("US", 0.0) > 0.0


def test_an_irish_number_when_english_labels_narrow_the_countries() -> None:
    # valid in Germany, Italy, the Netherlands, Sweden and Ireland; of the English-speaking countries only in Ireland
    assert unique_region("087 555 0199", ["GB", "US", "IE"]) == "IE"
    assert unique_region("087 555 0199", []) is None


def test_a_known_citys_postcode_with_letters_read_for_digits() -> None:
    assert address_of("Esempio srl", "via Esempio 9, 3o19s - Verona", "tel. 045 9999 9999") == \
        ("via Esempio 9", "30195", "Verona", "IT")
    assert address_of("Beispiel GmbH", "Beispielweg 3", "1O99 Wien") == ("Beispielweg 3", "1099", "Wien", "AT")
    # no known city after it: the letters stay letters ("lOlO" is no postcode of an unknown town)
    assert extract_contact(page("Beispiel GmbH", "Beispielweg 3", "lOlO Sampleville")).address is None
