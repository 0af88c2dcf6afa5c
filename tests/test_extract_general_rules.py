"""General rules for the free text of real cards (issue 12 §3): addresses in British, American and Asian formats,
companies, names and job titles. Every card here is invented."""

from __future__ import annotations

import pytest
from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.address import find_address
from cardscan.extract.hits import Piece
from cardscan.extract.lines import segments_of


def _address(*lines: str) -> tuple[str | None, str | None, str | None, str | None]:
    pieces = [Piece(seg.text, seg, i, False) for i, seg in enumerate(segments_of(page(*lines)))]
    result = find_address(pieces, {})
    assert result is not None, lines
    a = result.address
    return a.street, a.postcode, a.city, a.country


@pytest.mark.parametrize(("lines", "want"), [
    # the line above a lone postcode is the town only if it reads as one
    (["Anna Example", "Head of Partnerships", "EC1A 1BB"], ("EC1A 1BB", None)),
    (["Example Widgets Ltd", "SW1A 2AA"], ("SW1A 2AA", None)),
    (["Anna Example", "Head of Partnerships", "Manchester", "M1 1AE"], ("M1 1AE", "Manchester")),
    (["Studio 12, Sample Street", "London EC1A 1BB"], ("EC1A 1BB", "London")),
])
def test_british_postcodes_and_their_town(lines: list[str], want: tuple[str, str | None]) -> None:
    _, postcode, city, country = _address(*lines)
    assert (postcode, city, country) == (*want, "GB")


@pytest.mark.parametrize(("lines", "want"), [
    (["1234 S Sample St Arlington, VA 22207"], ("1234 S Sample St", "22207", "Arlington", "US")),
    (["1200 Example Ave", "Ste 300", "Austin, TX 78701"], ("Ste 300", "78701", "Austin", "US")),
    (["12 rue Exemple", "75008Paris"], ("12 rue Exemple", "75008", "Paris", "FR")),  # a postcode glued to the city
    (["Example Tower, Sample Street", "Sample, Jakarta Selatan, 12950 Indonesia"],
     ("Sample", "12950", "Jakarta Selatan", "ID")),  # the country after the postcode is no city
    (["2 Sample Street 62. Singapore 569999", "DDI (65) 6123 4567 HP (65) 9123 4567"],
     ("2 Sample Street 62", "569999", "Singapore", "SG")),  # "HP" after a phone's last digits is no town
])
def test_postcode_lines_of_the_usa_europe_and_asia(lines: list[str], want: tuple[str, ...]) -> None:
    assert _address(*lines) == want


@pytest.mark.parametrize(("lines", "want"), [
    (["12 Example Road, Koramangala", "Bengaluru - 560001", "India"], ("560001", "Bengaluru", "IN")),
    (["12 Example Road", "Chennai 600 028"], ("600 028", "Chennai", "IN")),  # a PIN in two groups
    (["3rd Floor, 12, Sample Nagar,", "Jaipur-302099 Rajasthan (Bharat)"], ("302099", "Jaipur", "IN")),
    (["Plot No. 34, Sample Nagar,", "Hyderabad-500099."], ("500099", "Hyderabad", "IN")),
    (["3rd Floor, D-Block, Sample Place,", "New Delhi - 110 088, India."], ("110 088", "New Delhi", "IN")),
    (["Jalan Contoh 8", "50450 Kuala Lumpur", "Malaysia"], ("50450", "Kuala Lumpur", "MY")),
    (["Dubai, UAE"], (None, "Dubai", "AE")),  # "City, Country"
    (["Sample Road", "Dubai - UAE"], (None, "Dubai", "AE")),
    (["Beirut-Lebanon"], (None, "Beirut", "LB")),
    (["23-14, Sample-ro 60-gil, Seocho-gu, Seoul, Korea"], (None, "Seoul", "KR")),
    (["12 Example Street", "Dublin, Ireland"], (None, "Dublin", "IE")),
])
def test_city_and_country_lines_of_offices_abroad(lines: list[str], want: tuple[str | None, str, str]) -> None:
    _, postcode, city, country = _address(*lines)
    assert (postcode, city, country) == want


def test_a_line_that_names_no_person_is_no_name() -> None:
    slogan = extract_contact(page("Think different every day", "Sample Street 5", "10115 Berlin", "info@exampla.de"))
    assert slogan.name is None
    logo = extract_contact(page(("EXAMPLA", 40), "Sample Street 5", "10115 Berlin", "info@exampla.de"))
    assert logo.name is None
    # one word is a name where the e-mail spells it
    one = extract_contact(page("Anna", "Project Manager", "anna@exampla.de"))
    assert one.name is not None and one.name.value == "Anna"


@pytest.mark.parametrize(("rows", "want"), [
    # a bracket closing one opened on the line stays
    (("Anna Example", "Assistant General Manager (Division Head)"), ("Anna Example", "Assistant General Manager "
                                                                     "(Division Head)")),
    (("Rob Example (He/Him)", "Sr. Recruiter"), ("Rob Example", "Sr. Recruiter")),  # pronouns are no part of a name
    (("Anna Example", "Founder / CEO"), ("Anna Example", "Founder / CEO")),  # two titles of one person: one line
    (("EXAMPLA", "CEO Kim Min Jun", "kim@exampla.kr"), ("Kim Min Jun", "CEO")),  # the role before the name
])
def test_names_and_titles_as_printed_on_one_line(rows: tuple[str, ...], want: tuple[str, str]) -> None:
    c = extract_contact(page(*rows))
    assert c.name is not None and c.title is not None
    assert (c.name.value, c.title.value) == want


@pytest.mark.parametrize(("domain", "want"), [
    ("voorbeeld.nl", "voorbeeld"), ("studio-x.co.uk", "studio-x"), ("exampla.uk.com", "exampla"),
    ("x.exampla.com.tr", "exampla"), ("ey.com", "ey"),
])
def test_the_name_a_domain_was_registered_under(domain: str, want: str) -> None:
    from cardscan.extract.company import registrable_label

    assert registrable_label(domain.split(".")) == want


@pytest.mark.parametrize(("rows", "want"), [
    # one word, spelt out by the domain under a second-level label
    ((("Exampla", 34), "international logistics", "Anna Example", "Project Manager", "anna.example@exampla.uk.com"),
     "Exampla"),
    # no word list knows it, but it is the card's large first line
    ((("Q.R. ZENTHOR", 34), "ANNA EXAMPLE", "Regional Manager", "Project Logistics"), "Q.R. ZENTHOR"),
    ((("EXAMPLA°", 34), "Anna Example", "Director", "anna@exampla.kr"), "EXAMPLA"),  # a mark after a logo word
])
def test_one_word_companies_kept_on_position_size_or_domain(rows: tuple[str | tuple[str, int], ...],
                                                          want: str) -> None:
    c = extract_contact(page(*rows))
    assert c.company is not None and c.company.value == want


# words no lexicon knows ("Boulangère" is no longer one: ESCO's occupations name the baker)
@pytest.mark.parametrize("title", ["Steuerfachangestellte", "Hygienikerin", "Ortopedista"])
def test_a_short_line_under_the_name_in_a_smaller_font_is_the_title(title: str) -> None:
    c = extract_contact(page(("Anna Example", 30), title, "Exampla GmbH"))
    assert c.title is not None and c.title.value == title
    assert c.title.confidence < 0.6  # a guess from position alone: the triage marks it
    same_size = extract_contact(page("Anna Example", title, "Exampla GmbH"))
    assert same_size.title is None  # no position evidence, no lexicon word: left out


@pytest.mark.parametrize("word", ["Auditora", "Ingeniera", "Pharmacienne", "Conseillère", "Consultora", "Beraterin"])
def test_feminine_forms_of_known_role_words_are_titles(word: str) -> None:
    from cardscan.extract.roles import title_score

    assert title_score(word) >= 0.9


@pytest.mark.parametrize("name", ["Anna", "Maria", "Andrea", "Paula", "Roberta", "Luisa", "Christiane"])
def test_given_names_are_not_feminine_role_words(name: str) -> None:
    from cardscan.extract.roles import title_score

    assert title_score(name) == 0


@pytest.mark.parametrize(("rows", "want"), [
    (("Anna Example", "Partner", ("Sample, Other and Third", 26), "Solicitors"), "Sample, Other and Third"),
    (("Anna Example", "Director", "Berg & Lind HB"), "Berg & Lind HB"),
    (("Anna Example", "Director", ("Exampla, Sample and", 26), ("Third", 26)), "Exampla, Sample and Third"),
    (("Anna Example", "Director", ("Exampla Holding", 26), ("und Partner", 26)), "Exampla Holding und Partner"),
])
def test_firms_of_several_names_and_over_two_lines_kept_whole(rows: tuple[str | tuple[str, int], ...],
                                                             want: str) -> None:
    c = extract_contact(page(*rows))
    assert c.company is not None and c.company.value == want


def test_a_department_of_two_functions_is_no_firm() -> None:
    from cardscan.extract.company import organisation_score

    assert organisation_score("Sales and Marketing") == 0
    assert organisation_score("Sample, Other and Third") > 0


@pytest.mark.parametrize(("lines", "want"), [
    (["Sample Industrial Area", "Abu Dhabi", "United Arab", "Emirates"], (None, "Abu Dhabi", "AE")),
    (["1-2-3, SAMPLE, NAKA-KU,", "NAGOYA.AICHI,460-0099, JAPAN"], ("460-0099", "NAGOYA", "JP")),
])
def test_country_over_two_lines_and_a_dot_for_a_comma(lines: list[str], want: tuple[str | None, str, str]) -> None:
    _, postcode, city, country = _address(*lines)
    assert (postcode, city, country) == want


@pytest.mark.parametrize(("lines", "street"), [
    (["Ọ Sample Street 5", "10115 Berlin"], "Sample Street 5"),  # a pin icon read as a letter no card language uses
    (["• Sample Street 5", "10115 Berlin"], "Sample Street 5"),
    (["9 Sample Road", "Leeds LS1 7SB"], "9 Sample Road"),  # a lone digit is a house number
])
def test_a_lone_sign_before_the_street_is_an_icon_a_digit_is_not(lines: list[str], street: str) -> None:
    assert _address(*lines)[0] == street


def test_a_name_shaped_line_needs_something_to_vouch_for_it() -> None:
    # no known given name, no e-mail that spells it, no job title by its words beside it: no name
    slogan = extract_contact(page(("Think Different Daily", 30), "Sample Fields", "info@exampla.de"))
    assert slogan.name is None
    studio = extract_contact(page(("Exampla Studio", 34), "Body Piercing", "by Sample"))
    assert studio.name is None
    # a job title beside it vouches for a name no given-name list knows
    person = extract_contact(page(("Nguyen Van Example", 30), "Director", "Exampla Co., Ltd."))
    assert person.name is not None and person.name.value == "Nguyen Van Example"


def test_a_line_of_degrees_and_memberships_is_no_company() -> None:
    c = extract_contact(page("Anna Example", "M.Tech (Structures), MIE, MICI, C.Eng(I)", "Principal Consultant"))
    assert c.company is None and c.name is not None and c.name.value == "Anna Example"


@pytest.mark.parametrize(("lines", "want"), [
    # Brazilian addresses: a labelled CEP, on the city's line or alone under "City - UF", a dash or slash before
    # the state, a dash between the CEP and the city
    (["Rua Exemplo, 123 - Centro", "Cidade Modelo - SP", "CEP 01310-100"],
     ("Rua Exemplo, 123 - Centro", "01310-100", "Cidade Modelo", "SP")),
    (["Rua Exemplo, 123 - Centro - Cidade Modelo/RJ", "CEP: 20040-002"],
     ("Rua Exemplo, 123 - Centro", "20040-002", "Cidade Modelo", "RJ")),
    (["Av. Exemplo, 500 - Sala 12 - CEP 20040-002 - Cidade Modelo - RJ"],
     ("Av. Exemplo, 500 - Sala 12", "20040-002", "Cidade Modelo", "RJ")),
    (["Rua Exemplo, 45", "Cidade Modelo/SP - CEP 13083-970"], ("Rua Exemplo, 45", "13083-970", "Cidade Modelo", "SP")),
    (["Rua Exemplo, 45", "13083-970 Cidade Modelo SP"], ("Rua Exemplo, 45", "13083-970", "Cidade Modelo", "SP")),
])
def test_brazilian_addresses(lines: list[str], want: tuple[str, ...]) -> None:
    pieces = [Piece(seg.text, seg, i, False) for i, seg in enumerate(segments_of(page(*lines)))]
    result = find_address(pieces, {})
    assert result is not None, lines
    a = result.address
    assert (a.street, a.postcode, a.city, a.region, a.country) == (*want, "BR")


def test_a_lone_cep_without_a_state_above_it_takes_no_line() -> None:
    # a lone number in the CEP's shape under a line that ends in no state is left to the other rules
    lines = page("Diretora Comercial", "01310-100")
    pieces = [Piece(seg.text, seg, i, False) for i, seg in enumerate(segments_of(lines))]
    result = find_address(pieces, {})
    assert result is None or result.address.city != "Diretora Comercial"


@pytest.mark.parametrize(("rows", "want"), [
    # a line of nothing but legal forms finishes the company printed above it
    ((("Beispiel Mettler", 30), ("AG", 30), ("Anna Beispiel", 40), "Lehrerin", "anna@beispiel.ch"),
     "Beispiel Mettler AG"),
    ((("Musterhaus Stiftung", 30), ("& Co. KGaA", 30), ("Axel Muster", 40), "Fleischer", "axel@musterhaus.de"),
     "Musterhaus Stiftung & Co. KGaA"),
    # three lines, each wrap left unfinished, going on in lower case, or ended by legal forms / organisation words
    ((("Exemple,", 30), ("Modèle and", 30), ("Essai", 30), ("Adrien Exemple", 40), "Architecte",
      "adrien@exemple-group.be"), "Exemple, Modèle and Essai"),
    ((("Compañía Ejemplo", 30), ("y asociados", 30), ("S.L.L.", 30), ("Ignacio Ejemplo", 40), "Programador",
      "i.ejemplo@compania.es"), "Compañía Ejemplo y asociados S.L.L."),
    ((("Esempio,", 30), ("Campione e", 30), ("Modello Group", 30), ("Adriano Esempio", 40), "Contabile",
      "adriano@esempio-group.it"), "Esempio, Campione e Modello Group"),
    ((("Beispielhaus", 30), ("Musterbau &", 30), ("Söhne", 30), ("Carmen Beispiel", 40), "Redakteurin",
      "c.beispiel@beispielhausconsult.ch"), "Beispielhaus Musterbau & Söhne"),
    ((("Inmobiliaria", 30), ("Ejemplo &", 36), ("Asociados", 30), ("S.A.T.", 32), ("Elodia Ejemplo", 40), "Cortadora",
      "elodia@inmobiliaria.es"), "Inmobiliaria Ejemplo & Asociados S.A.T."),  # four lines, heights as OCR measures them
    ((("Voorbeeld-Proef", 30), ("Group", 30), ("Jan Voorbeeld", 40), "Accountant", "jan@voorbeeld.nl"),
     "Voorbeeld-Proef Group"),
    # no wrap: a name above the company, a department below it
    ((("Anna Example", 30), ("Example GmbH", 30), "Einkäuferin", "anna@example.de"), "Example GmbH"),
    ((("Example GmbH", 30), ("Vertrieb", 30), ("Anna Example", 40), "anna@example.de"), "Example GmbH"),
])
def test_a_company_wrapped_over_lines_is_taken_whole(rows: tuple[str | tuple[str, int], ...], want: str) -> None:
    contact = extract_contact(page(*rows)).to_dict()
    assert contact["company"] == want
    names = [r[0] for r in rows if isinstance(r, tuple) and r[1] == 40] or ["Anna Example"]
    assert contact["name"] == names[0]  # the person, never a line of the company


def test_an_icon_read_as_a_glyph_and_glued_to_a_web_address_is_no_part_of_it() -> None:
    contact = extract_contact(page(("Example GmbH", 30), ("Anna Beispiel", 40), "Einkäuferin", "▼Beispielweg 5",
                                   "12345 Musterstadt", "☎+49 30 1234567", "anna@example-partners.de",
                                   "①example-partners.de", "①www.exemplo.com.br/equipe")).to_dict()
    assert contact["websites"] == ["https://example-partners.de", "https://www.exemplo.com.br/equipe"]
    assert contact["company"] == "Example GmbH"
    assert [p["number"] for p in contact["phones"]] == ["+49301234567"]
    assert contact["address"]["street"] == "Beispielweg 5"


def test_a_line_going_on_in_lower_case_joins_a_company_never_a_title() -> None:
    # a name OCR glued into one word above a title in lower case: the two are no wrapped title
    contact = extract_contact(page(("EXEMPLE SA", 28), ("ANNEMARIEEXEMPLE", 36),
                                   ("designer diplômée ES en arts visuels", 28), ("Service commercial", 26),
                                   "a.exemple@exemple-group.ch")).to_dict()
    assert contact["title"] == "designer diplômée ES en arts visuels"
    assert contact["company"] == "EXEMPLE SA"


@pytest.mark.parametrize(("glued", "email", "want"), [
    ("ANNEMARIEEXEMPLE", "a.exemple@exemple-group.ch", "Annemarie Exemple"),  # the e-mail spells the initial
    ("MARTINABEISPIEL", "beispiel@example.de", "Martina Beispiel"),  # a known given name before the e-mail's name
    ("PIETERVOORBEELD", "pieter.voorbeeld@voorbeeld.nl", "Pieter Voorbeeld"),
])
def test_a_name_ocr_glued_into_one_word_is_split_where_the_email_splits_it(glued: str, email: str, want: str) -> None:
    contact = extract_contact(page(("EXEMPLE SA", 28), (glued, 36), ("Responsable des ventes", 28), email)).to_dict()
    assert contact["name"] == want
    assert contact["company"] == "EXEMPLE SA"


def test_a_one_word_line_the_email_does_not_split_stays_whole() -> None:
    contact = extract_contact(page(("EXAMPLEWORKS", 34), ("Anna Beispiel", 30), "Einkäuferin",
                                   "anna.beispiel@exampleworks.de")).to_dict()
    assert contact["name"] == "Anna Beispiel"
    assert contact["company"] == "EXAMPLEWORKS"


@pytest.mark.parametrize(("lines", "want"), [
    # a town of several words above a lone British postcode, known or not
    (["12 Example Road", "Example Heath", "S2W 3FD"], ("S2W 3FD", "Example Heath", "GB")),
    (["4 Sample Lane", "Kings Heath", "B14 7AA"], ("B14 7AA", "Kings Heath", "GB")),
    # a bilingual town printed with a slash between its names
    (["Musterweg 3", "2502 Biel/Bienne"], ("2502", "Biel/Bienne", "CH")),
    (["Rue Exemple 4", "CH-1700 Fribourg/Freiburg"], ("1700", "Fribourg/Freiburg", "CH")),
    # a spaced slash after the town separates like a dash: the country follows
    (["Kerkstraat 5", "2000 Antwerpen / Belgium"], ("2000", "Antwerpen", "BE")),
    (["Musterweg 3", "8000 Zürich / Schweiz"], ("8000", "Zürich", "CH")),
])
def test_towns_of_several_words_or_two_names(lines: list[str], want: tuple[str, str, str]) -> None:
    _, postcode, city, country = _address(*lines)
    assert (postcode, city, country) == want


def test_flemish_street_words_leave_the_card_belgian() -> None:
    """Dutch street words ("-steeg", "-dijk", "-kade") are Flemish too: with a .be domain and a four-digit postcode
    the card is Belgian, and so are its nationally printed numbers (not +31)."""
    got = extract_contact(page(("Marie Exemple", 30), "Géographe", "Voorbeeldsteeg 53", "2167 Voorbeeldem",
                               "Tél. 012.34.56.78", "Mobile 0470.12.34.56", "marie@exemple.be")).to_dict()
    assert got["address"]["country"] == "BE"
    assert [p["number"] for p in got["phones"]] == ["+3212345678", "+32470123456"]
    # a Dutch card with the same kind of street keeps the Netherlands
    got = extract_contact(page(("Anna Voorbeeld", 30), "Manager", "Damsteeg 3", "3512 AB Voorbeelddorp",
                               "Tel 030 123 4567")).to_dict()
    assert got["address"]["country"] == "NL" and got["phones"][0]["number"] == "+31301234567"
