"""Rules of the twentieth round, drawn from the misses of the opened sets (the shared development set and bench/real
parts 2 to 47). Every card here is invented."""

from __future__ import annotations

from extract_cards import phone_numbers, read

from cardscan.extract.company import organisation_score
from cardscan.extract.evidence import registration_country
from cardscan.extract.geo import country_from_city
from cardscan.extract.roles import trade_activity


def test_a_trade_activity_closing_a_line_names_a_firm() -> None:
    assert trade_activity("Landscaping") and trade_activity("PLUMBING") and trade_activity("Shipping")
    # family names ending in -ing name no occupation of ESCO
    assert not any(trade_activity(w) for w in ("Manning", "Browning", "Fleming", "Harding", "Keating"))
    assert organisation_score("Example Landscaping") > 0
    assert organisation_score("Head of Marketing") == 0  # a department, no firm
    assert organisation_score("Example Building") == 0  # a building of an address
    card = read(("EXAMPLE LANDSCAPING", 60), "examplelandscaping@gmail.com", "(555) 201-0199", "Sampleton, OH 44101",
                "12 Sample Lane", "Anna Example")
    assert card.value("company") == "EXAMPLE LANDSCAPING"
    assert card.value("name") == "Anna Example"


def test_a_mailbox_spelling_the_large_line_beside_an_owner_named_by_initials() -> None:
    card = read("K.L. Examplan, M.Sc., MBA", "+91 98765 43210", "Email: samplehaven2019@gmail.com",
                ("Sample Haven", 70), "(Rooms for Rent)", "No. 9, Example Street, Sample Nagar,",
                "Sampleton - 600 999.")
    assert card.value("company") == "Sample Haven"
    assert card.value("name") != "Sample Haven"


def test_trades_joined_by_and_under_a_logo_describe_the_firm() -> None:
    card = read(("EXAMPLUX", 90), ("Photo & Video Studio", 20), "Ravi Sample", "Mob: +91 98765 43210",
                "Sampletown, Kerala")
    assert card.value("company") == "EXAMPLUX"
    # two names joined by "&" in the firm's own large type stay the firm
    card = read(("Example & Sample", 60), "Rechtsanwälte", "Anna Muster", "Tel. 030 1234567",
                "Musterstraße 1, 10115 Berlin")
    assert card.value("company") == "Example & Sample"


def test_a_town_and_its_state_spelled_out_without_a_postcode() -> None:
    card = read("Anil Example", "Director", "Sample Builders Pvt. Ltd.", "Kanpur, Uttar Pradesh",
                "Mob: +91 98765 43210", "anil@samplebuilders.in")
    address = card.value("address")
    assert (address.city, address.region, address.country) == ("Kanpur", "Uttar Pradesh", "IN")
    card = read("Anil Example", "Sample Exports", "Plot 4, Sector 11, Vadodara, Gujarat, India",
                "Mob: +91 98765 43210")
    address = card.value("address")
    assert (address.street, address.city, address.country) == ("Plot 4, Sector 11", "Vadodara", "IN")
    card = read("Jane Example", "Owner", "12 Maple Street", "Springfield, Illinois", "(217) 555-0142")
    address = card.value("address")
    assert (address.street, address.city, address.region, address.country) == \
        ("12 Maple Street", "Springfield", "IL", "US")
    # a state of another country than the one the card's evidence names is no state of this card
    card = read("Anna Muster", "Musterfirma GmbH", "Tel. +49 30 1234567", "www.musterfirma.de", "Sample, Kerala")
    assert card.value("address") is None


def test_more_indian_towns_are_known() -> None:
    # GeoNames cities of more than 15,000 inhabitants: India's 500 largest, not its 150
    assert country_from_city("Mathura") == "IN"
    assert country_from_city("Alwar") == "IN"


def test_a_registration_number_label_names_the_country() -> None:
    assert registration_country("ABN: 12 345 678 901") == "AU"
    assert registration_country("KvK 12345678") == "NL"
    assert registration_country("Partita IVA 01234567890") == "IT"
    assert registration_country("Cabinet 12") is None
    # an Australian mobile, read with no other sign of Australia, is Australian by the business number under it
    card = read("Sample Van & Trailer", "Phone: 0412 555 019", "Email: samplemoves@gmail.com",
                "ABN: 12 345 678 901")
    assert phone_numbers(card) == ["+61412555019"]


def test_an_email_address_running_on_to_the_next_line() -> None:
    card = read("Anna Example", "ACCOUNTANT", "Summit Sample", "385-555-0176", "Studio", "anna@summitsample",
                "studio.com", "Sampleville, Utah")
    assert [f.value for f in card.emails] == ["anna@summitsamplestudio.com"]
    assert card.websites == []  # the end of the address is no web site of its own
    assert card.value("company") == "Summit Sample Studio"


def test_a_trade_under_a_small_firms_logo_is_part_of_its_name() -> None:
    card = read("Ravi Sample", ("SAMPLEX", 80), ("AUTO PARTS", 60), "9, Example Commercial Centre,",
                "Sampletown - 380 001.", "Ph.: 079-25551234")
    assert card.value("company") == "SAMPLEX AUTO PARTS"
    # a job title under a person's name in capitals is no trade of a firm
    card = read(("ANNA EXAMPLE", 80), ("MANAGING DIRECTOR", 60), "Sample Traders", "Tel. +44 20 7946 0000")
    assert card.value("company") == "Sample Traders"
    # a firm's name wrapped over two lines, then a slogan: no logo with its trade under it
    card = read(("Examplar, Sampleton", 40), ("and Otherby", 40), "Reliable seamless forecast", "Anna Person",
                "Chief Strategy Officer", "Tel (826) 555-9760", "anna.person@examplar.com", "www.examplar.com")
    assert card.value("company") == "Examplar, Sampleton and Otherby"
    # a logo of two words after an article
    card = read(("THE SAMPLE ROOM", 80), ("TRENDS & STYLE", 50), "C/8, Basement, Example Tower,",
                "Sampletown - 380 015.", "Ph.: 079-25551234")
    assert card.value("company") == "THE SAMPLE ROOM TRENDS & STYLE"


def test_a_person_named_before_a_numbers_colon() -> None:
    card = read("Ravi Examplan : + 91 98765 43210", "samplerestaurant@gmail.com", "G-7, Sample Square,",
                "Sampletown.")
    assert card.value("name") == "Ravi Examplan"
    # the number's label is no person: "Contact Desk", "Office"
    card = read("Sample Restaurant", "Contact Desk : + 91 98765 43210", "samplerestaurant@gmail.com")
    assert card.value("name") is None


def test_indian_towns_after_a_locality_or_before_their_regions_initials() -> None:
    def address_of(*rows: str) -> tuple[str | None, str | None, str | None]:
        address = read("Sample Traders", "+91 98765 43210", *rows).value("address")
        return address.street, address.postcode, address.city

    # a locality before the known city, with a space or nothing between
    assert address_of("B2-11, Sample Apartment,", "Examplegate Kanpur - 208 099")[1:] == ("208 099", "Kanpur")
    assert address_of("12, Sample Society,", "ExampleparaVadodara-390099") == \
        ("12, Sample Society", "390099", "Vadodara")
    # the region's initials in brackets after the town
    assert address_of("B/h. Sample Stand, Sampleton (N.G.) - 399721") == ("B/h. Sample Stand", "399721", "Sampleton")
    # the PIN's locality, then the known city with its state and country on the next line
    address = read("Sample Resources Pvt. Ltd.", "+91 98765 43210", "Nr. Sample Cross Road, Examplodiya - 390099.",
                   "Vadodara, Gujarat, India.").value("address")
    assert (address.street, address.postcode, address.city, address.region) == \
        ("Nr. Sample Cross Road, Examplodiya", "390099", "Vadodara", "Gujarat")


def test_numbers_qualified_in_brackets_before_them() -> None:
    card = read("Sample Lights", "Example Road, Vadodara-390001.", "(O) 25550101 (R) 25550202")
    assert phone_numbers(card) == ["+9125550101", "+9125550202"]


def test_a_known_city_with_its_postal_zone_says_india() -> None:
    card = read("SAMPLE CLINIC", "12, Example Mall, Nr. Sample Pump,",
                "Examplenagar, Ahmedabad-5. Phone : 079 25550123")
    assert phone_numbers(card) == ["+917925550123"]  # not a British mobile
    assert card.value("address").city == "Ahmedabad"
