"""Rules of the eighteenth round, drawn from the misses of the opened sets (the shared development set and bench/real
parts 2 to 38). Every card here is invented."""

from __future__ import annotations

from extract_cards import read

from cardscan.extract.accents import restore
from cardscan.extract.company import domain_match, organisation_score
from cardscan.extract.name_repairs import proper_case, repaired_name
from cardscan.extract.names import name_shape, split_name
from cardscan.extract.phones import find_phones
from cardscan.extract.web import find_web


def numbers(text: str, region: str | None) -> list[str]:
    return [h.value.number for h in find_phones(text, region)[0]]


def sites(text: str) -> list[str]:
    return [h.value for h in find_web(text)[0]]


def test_a_line_whose_words_begin_the_domain_is_the_company() -> None:
    # the logo's letters misread ("MlaS" for "NIAS"); the line under the name spells the domain's abbreviation out
    assert domain_match("NATIONAL INSTITUTE OF AMATEUR SAILING", ["www.nias.org"]) >= 0.8
    assert domain_match("Centre for Sample Development", ["csadev.org"]) >= 0.8  # the beginnings of the words
    assert domain_match("Centre for Sample Development", ["sadev.org"]) < 0.8  # every word gives a letter or more
    assert domain_match("Anna Example", ["anex.de"]) < 0.8  # two words: a name's initials, no abbreviation
    card = read(("MlaS", 40), "Tel: +91-40-2345 6789", "Email : nias@hotmail.com", "Website : www.nias.org",
                "S. RAM KUMAR", "Secretary General", "NATIONAL INSTITUTE OF AMATEUR SAILING",
                "Example Road, Pune-411001, INDIA")
    assert card.value("company") == "NATIONAL INSTITUTE OF AMATEUR SAILING"


def test_a_titled_name_keeps_its_letters_after_the_comma() -> None:
    parts = split_name("Dr. R.K. Nair, IPS")
    assert (parts.prefix, parts.given_name, parts.family_name, parts.suffix) == ("Dr.", "R.K.", "Nair", "IPS")
    card = read("Dr. R.K. NAIR, IPS", "Superintendent of Police", "Northern Range.", "Mob: 9876012345",
                "E-mail: igpnr@example.gov.in")
    assert card.value("name") == "Dr. R.K. Nair, IPS"
    assert card.value("company") != "Dr. R.K. Nair, IPS"
    # without a title before the name, capitals after a comma are no degree of its own
    assert split_name("Anna Example, XYZ").suffix is None


def test_degrees_before_and_after_the_comma_and_a_prefix_glued_to_the_initial() -> None:
    assert repaired_name("Dr.N.Suresh Example M.Sc, Ph.D") == "Dr. N. Suresh Example M.Sc, Ph.D"
    parts = split_name("Dr. N. Suresh Example M.Sc, Ph.D")
    assert (parts.family_name, parts.suffix) == ("Example", "M.Sc, Ph.D")
    assert name_shape("K. Mohanraj B.Sc., (Ag)") >= 0.7  # the degree's branch in brackets
    assert split_name("K. Mohanraj B.Sc., (Ag)").suffix == "B.Sc., (Ag)"


def test_abbreviations_alone_are_no_name() -> None:
    assert name_shape("Dy. G.M.") == 0.0
    assert name_shape("Gen. Mgr.") == 0.0
    assert name_shape("Dr. A. Example") > 0.5


def test_a_name_in_capitals_between_a_prefix_and_a_degree_is_cased() -> None:
    assert proper_case("DR. K. L. MEHTA, Ph.D.") == "Dr. K. L. Mehta, Ph.D."
    assert proper_case("Dr. R.K. NAIR, IPS") == "Dr. R.K. Nair, IPS"
    assert proper_case("Dr. Anna Example, Ph.D.") == "Dr. Anna Example, Ph.D."  # cased already: as printed


def test_the_word_for_owner_before_a_name() -> None:
    card = read("Prop. Ramesh Kumar", ("SHANTI ELECTRICALS", 40), "97654-12345")
    assert card.value("name") == "Ramesh Kumar"
    card = read(("Blumen Example", 40), "Inh. Anna Beispiel", "Hauptstr. 4", "12345 Berlin")
    assert card.value("name") == "Anna Beispiel"
    assert repaired_name("Prop. 24 hours") == "Prop. 24 hours"  # no name after it: as printed


def test_a_title_in_brackets_after_the_name() -> None:
    card = read(("EXAMPLE INDIA LIMITED", 40), "IT SOLUTIONS", "Utkarsh Exampla (Director)", "+91 99887 12345",
                "utkarsh@exampleindia.com")
    assert (card.value("name"), card.value("title")) == ("Utkarsh Exampla", "Director")
    card = read(("Weber GmbH", 40), "Anna Weber", "(Interim) Director (Sales)", "anna@weber.de")
    assert card.value("title") == "(Interim) Director (Sales)"  # brackets inside the title: as printed


def test_a_line_in_brackets_under_the_title_qualifies_it() -> None:
    card = read(("Example Corporation of India Ltd.", 40), "Anil Mehra", "Chief Engineer", "(Retd.)",
                "E-mail : amehra@exampleindia.com")
    assert card.value("title") == "Chief Engineer (Retd.)"
    card = read("Anna Weber", "Projektleiterin", "(kommissarisch)", ("Weber GmbH", 40))
    assert card.value("title") == "Projektleiterin (kommissarisch)"
    # a department in brackets stays the department
    card = read(("Example Corporation of India Ltd.", 40), "Anil Mehra", "Chief Manager", "(Marketing & Sales)",
                "E-mail : amehra@exampleindia.com")
    assert (card.value("title"), card.value("department")) == ("Chief Manager", "Marketing & Sales")


def test_phone_series_and_prints() -> None:
    # a group after a number, then a note in square brackets
    assert numbers("+91-80-23456789; 6790 [Office]", "IN") == ["+918023456789", "+918023456790"]
    # India's two groups of five: an Indian mobile number where the card names no country ("97654 12345" is no
    # number of the card languages' countries, "90345 67890" would be an American one)
    card = read(("SHARMA TRADERS", 40), "Anil Kumar", "97654-12345", "90345-67890")
    assert [p.value.number for p in card.phones] == ["+919765412345", "+919034567890"]
    # an area code in brackets: a number, words after it or not
    card = read("J Robert Example", "President", ("Blue Example Systems, Inc.", 40), "robert@blueexample.com",
                "(617) 444-1234", "(312) 444-1299 Help Desk", "45 Example Avenue, 3rd Floor",
                "Chicago IL 60601")
    assert [p.value.number for p in card.phones] == ["+16174441234", "+13124441299"]
    assert card.value("company") == "Blue Example Systems, Inc."


def test_web_addresses_alone_on_their_line_chat_servers_and_invitations() -> None:
    assert sites("examplehub.in;") == ["https://examplehub.in"]  # a country's domain, the line's only text
    assert sites("see examplehub.in") == []  # beside other words: as before, only after "www." or a label
    assert sites("w.examplecon.ba") == []  # a damaged "www.", not a host of its own
    assert sites("IRC: #club irc.examplenet.net") == []
    assert sites("discordapp.com/invite/AbCd123") == []
    assert sites("https://example.de") == ["https://example.de"]


def test_dutch_postcode_glued_to_the_town() -> None:
    card = read("Hackerspace Example", "Examplerweg 14b", "1234 ABVoorbeeldstad", "https://example.nl/")
    address = card.address.value if card.address else None
    assert address is not None and (address.postcode, address.city) == ("1234 AB", "Voorbeeldstad")


def test_one_apostrophe_read_twice() -> None:
    card = read(("L'’Atelier Exemple", 40), "Traiteur", "12 rue Exemple", "01234 Exempleville")
    assert card.value("company") == "L'Atelier Exemple"


def test_no_misread_letter_where_the_address_spells_the_word_as_printed() -> None:
    assert restore("Ana Frangoise", ("en",), "") == "Ana Françoise"  # a "ç" read as "g"
    assert restore("Ana Frangoise", ("en",), "ana frangoise example") == "Ana Frangoise"


def test_a_club_is_an_organisation() -> None:
    assert organisation_score("Example Computer Club") > 0
