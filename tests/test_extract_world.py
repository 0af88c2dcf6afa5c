"""Rules that generalise beyond the product's eight countries: other countries' web domains, postcodes and
numbers, offices abroad, and the word lists' provenance (invented cards only)."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.address import find_address
from cardscan.extract.hits import Piece
from cardscan.extract.lines import segments_of
from cardscan.extract.web import find_web


@pytest.mark.parametrize(("text", "want"), [
    ("http¥/www.example.ad.jp/", "https://www.example.ad.jp"),  # "://" misread
    ("httpž/www.example.ad.jp/", "https://www.example.ad.jp"),
    ("URL: http://www.example.co jp", "https://www.example.co.jp"),  # the last dot read as a space
    ("www.example-group.com.tr", "https://www.example-group.com.tr"),
    ("Q www.example.jp", "https://www.example.jp"),
    ("example-trading.com.vn", "https://example-trading.com.vn"),  # a second-level label: no doubt
    ("ww.example.com", "https://www.example.com"),  # a "w" lost
])
def test_web_addresses_of_every_country(text: str, want: str) -> None:
    web, _, _ = find_web(text)
    assert [h.value for h in web] == [want]


@pytest.mark.parametrize("text", ["Muster GmbH & Co.KG", "M.Sc. Informatik", "Beispiel S.p.A.", "Dipl.-Ing. M.Sc",
                                  "Abt.Vt"])
def test_abbreviations_are_still_not_web_addresses(text: str) -> None:
    web, soc, _ = find_web(text)
    assert web == [] and soc == []


def _pieces(*texts: str) -> list[Piece]:
    return [Piece(seg.text, seg, i, False) for i, seg in enumerate(segments_of(page(*texts)))]


def test_five_digit_postcode_of_a_country_the_card_names_by_its_number() -> None:
    pieces = _pieces("Jalan Contoh 8", "41399 Kotabaru")
    result = find_address(pieces, {"MY": 3.0})
    assert result is not None and result.address.country == "MY"
    result = find_address(pieces, {})
    assert result is not None and result.address.country == "DE"  # nothing else known: the commonest reading


@pytest.mark.parametrize(("lines", "want"), [
    (["Example Bldg, 1-2-3 Exampledori, Chiyoda-ku,", "Tokyo 100-0001, Japan"], ("100-0001", "Tokyo", "JP")),
    (["2-3-4, Exampledori, Matsue City,", "Shimane, 690-0999 JAPAN"], ("690-0999", "Matsue City", "JP")),
    (["1-2-3, EXAMPLE, NAKA-KU,", "NAGOYA,AICHI,460-0099, JAPAN"], ("460-0099", "NAGOYA", "JP")),
    (["P.O.Box 1234, Riyadh 11499, Saudi Arabia"], ("11499", "Riyadh", "SA")),
    (["Postal Code : 211, Salalah", "Sultanate of Oman"], ("211", "Salalah", "OM")),
    (["Example Industrial Area", "Abu Dhabi", "United Arab Emirates"], (None, "Abu Dhabi", "AE")),
    (["Tokyo 102-0099. Japan"], ("102-0099", "Tokyo", "JP")),
])
def test_addresses_of_other_countries(lines: list[str], want: tuple[str | None, str, str]) -> None:
    result = find_address(_pieces(*lines), {})
    assert result is not None
    a = result.address
    assert (a.postcode, a.city, a.country) == want


@pytest.mark.parametrize(("text", "region", "want"), [
    ("F A X : 03-1234-5679", "JP", ("+81312345679", "fax")),  # letter-spaced label
    ("TEL (VN mobile): 091-2345678", "VN", ("+84912345678", "mobile")),  # the label in brackets
    ("Fax; 030 1234567", "DE", ("+49301234567", "fax")),  # a semicolon for the colon
    ("Tel +81-3=1234=5678", "JP", ("+81312345678", "work")),  # "=" read for "-"
])
def test_phone_labels_as_printed_around_the_world(text: str, region: str, want: tuple[str, str]) -> None:
    from cardscan.extract.phones import find_phones

    hits, _ = find_phones(text, region)
    assert [(h.value.number, h.value.type) for h in hits] == [want]


def test_a_city_name_alone_is_no_address() -> None:
    assert find_address(_pieces("Tokyo Example Trading", "Director"), {}) is None


def test_numbers_take_the_country_of_their_office() -> None:
    got = extract_contact(page(
        ("Hana Example", 30), "Director", "Example Trading Co., Ltd.",
        "Head Office", "1-2-3 Exampledori, Chiyoda-ku, Tokyo 100-0001, Japan", "TEL +81-3-1234-5678",
        "Vietnam Office", "District 1, Ho Chi Minh City, Vietnam", "Phone: (028) 3822 1234",
        "E-mail: hana@example-trading.co.jp",
    )).to_dict()
    numbers = {p["number"] for p in got["phones"]}
    assert "+81312345678" in numbers
    assert "+842838221234" in numbers  # not +81: the number is printed under the Vietnam office


def test_national_numbers_follow_the_country_code_printed_on_the_card() -> None:
    got = extract_contact(page(
        ("Amir Example", 30), "Project Manager", "Example Shipping Sdn Bhd", "Mob: +6012 345 6789",
        "No. 8, Jalan Contoh", "41399 Kotabaru, Selangor", "Tel: 03-2123 4567",
    )).to_dict()
    assert {p["number"] for p in got["phones"]} == {"+60123456789", "+60321234567"}


@pytest.mark.parametrize("name", sorted(n.name for n in resources.files("cardscan.extract.lexicons").iterdir()
                                        if n.name.endswith(".txt")))
def test_every_word_list_names_its_source_and_licence(name: str) -> None:
    text = resources.files("cardscan.extract.lexicons").joinpath(name).read_text(encoding="utf-8")
    head = text.splitlines()[:3]
    assert head[0].startswith("# source: ") and head[1].startswith("# licence: ") and head[2].startswith("# made by: ")
    assert "never from the sample-card generator" in head[0] or head[2].startswith("# made by: tools/lexicons/")


def test_the_generator_vocabulary_is_not_in_the_extractor() -> None:
    """Invented company stems and street names of tools/cardgen never enter the hand-compiled word lists (the lists
    built from published data may hold a real word the generator also uses: "Lucerna" is a city's Italian name)."""
    from cardgen import places, words  # type: ignore[import-not-found]

    folder = resources.files("cardscan.extract.lexicons")
    texts = [folder.joinpath(n.name).read_text(encoding="utf-8") for n in folder.iterdir() if n.name.endswith(".txt")]
    lexicon = " ".join(t for t in texts if "never from the sample-card generator" in t.splitlines()[0]).lower()
    invented = [s for stems in words.STEMS.values() for s in stems] + \
        [s for streets in places.STREETS.values() for s in streets]
    leaked = [w for w in invented if len(w) > 6 and re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", lexicon)]
    assert leaked == []


def test_one_place_decides_a_phone_type() -> None:
    import phonenumbers

    from cardscan.extract.phonetype import phone_type
    from cardscan.store.editing import parse_phone

    mobile = phonenumbers.parse("+49 151 23456789")
    landline = phonenumbers.parse("+49 30 1234567")
    assert phone_type(mobile) == "mobile" and phone_type(landline) == "work"
    assert phone_type(mobile, label="fax") == "fax"
    assert phone_type(landline, vcard_types=["voice", "home"]) == "home"
    assert phone_type(landline, vcard_types=["VOICE"]) == "other"
    assert parse_phone("+49 151 23456789", None).type == "mobile"
    assert parse_phone("fax:+49 30 1234567", None).type == "fax"


def test_a_name_printed_on_two_lines() -> None:
    got = extract_contact(page(("Hana", 30), ("Example", 30), "Managing Director", "Example Co.,Ltd",
                               "E-mail: h.example@example.co.jp")).to_dict()
    assert (got["name"], got["given_name"], got["family_name"]) == ("Hana Example", "Hana", "Example")
    assert got["company"] == "Example Co.,Ltd"


def test_a_sales_territory_is_neither_name_nor_company() -> None:
    got = extract_contact(page(("EXAMPLE LOGISTICS", 34), ("Jane Example", 28), "Regional Manager",
                               "Europe, Asia, Middle East", "jane@example-logistics.com")).to_dict()
    assert (got["name"], got["company"]) == ("Jane Example", "EXAMPLE LOGISTICS")
    got = extract_contact(page(("Jane Example", 28), "Regional Manager", "Southeast Asia")).to_dict()
    assert got["name"] == "Jane Example" and got["company"] != "Southeast Asia"


def test_head_office_is_no_job_title() -> None:
    from cardscan.extract.roles import title_score

    assert title_score("Head Office") == 0 and title_score("Head of Sales") > 0.5


@pytest.mark.parametrize(("printed", "want"), [
    ("EXAMPLE SHIPPING®", "EXAMPLE SHIPPING"),  # the trademark mark belongs to the logo
    ("Example co, Itd.", "Example co., Ltd."),  # "Ltd" with its L read as I
])
def test_company_as_a_contact_writes_it(printed: str, want: str) -> None:
    got = extract_contact(page(("Jane Example", 28), "Director", (printed, 24), "jane@example.com")).to_dict()
    assert got["company"] == want


@pytest.mark.parametrize(("printed", "want"), [
    ("NOÉMI LESAGE", "Noémi Lesage"), ("ANNE-SOPHIE VAN DEN BERG", "Anne-Sophie van den Berg"),
    ("DR. LUCA D'ANGELO", "Dr. Luca D'Angelo"), ("Anna Berg", "Anna Berg"),
])
def test_names_in_capitals_written_as_a_contact_wants_them(printed: str, want: str) -> None:
    from cardscan.extract.name_repairs import proper_case

    assert proper_case(printed) == want


def test_labels_and_address_lines_are_not_the_company() -> None:
    got = extract_contact(page(("Jane Example", 28), "Director", "Head Office", "Example Trading Co.,Ltd",
                               "2-37-21-3F Example-building Exampledori", "Exampleshi 450-0002, JAPAN",
                               "E-mail: j.example@example.co.jp")).to_dict()
    assert (got["name"], got["company"]) == ("Jane Example", "Example Trading Co.,Ltd")


def test_a_web_domain_one_letter_off_the_email_domain_takes_its_spelling() -> None:
    got = extract_contact(page(("Jane Example", 28), "E-mail: jane@example.ne.jp", "URL: http://www.example.ne.jo"))
    assert got.to_dict()["websites"] == ["https://www.example.ne.jp"]


def test_the_card_contradicting_a_field_lowers_its_confidence() -> None:
    rows = (("Jane Example", 30), "Director", ("Example Trading", 24), "jane.example@example-trading.com")
    agreed = extract_contact(page(*rows)).confidences()
    other = extract_contact(page(("Jane Example", 30), "Director", ("Example Trading", 24),
                                 "p.other@unrelated-firm.com")).confidences()
    assert other["name"] < agreed["name"] and other["company"] < agreed["company"]
    # A function address ("info@") says nothing about the person: no disagreement.
    info = extract_contact(page(("Jane Example", 30), "Director", ("Example Trading", 24),
                                "info@example-trading.com")).confidences()
    assert info["name"] > other["name"] + 0.1


def test_a_web_address_the_email_confirms_is_trusted_however_faint() -> None:
    faint = page(("Jane Example", 30), "jane@example.com", "www.example.com", confs={"www.example.com": 0.3})
    assert extract_contact(faint).confidences()["websites"] >= 0.9


def test_lines_that_look_like_contact_data_but_gave_no_field_are_listed() -> None:
    from cardscan.extract import unused_lines

    card = page(("Jane Example", 30), "Director", "jane@example.com", "Tel +99 12 345",
                "Tax code: 0106472242", "Example Street 5")
    contact = extract_contact(card)
    assert unused_lines(card, contact) == ["Tel +99 12 345"]  # no such country code: no phone, but not lost


def test_the_triage_app_finds_the_same_unused_lines_as_the_scan() -> None:
    """One decision: the lines the triage app reads again from the card's picture (cardscan.line_regions) are
    judged as the scan judges its OCR page ("unused" in the JSON), a letter misread on the second reading or not."""
    from cardscan.extract import unused_lines
    from cardscan.line_regions import Line
    from cardscan.line_regions import unused_lines as unused_again

    card = page(("Jane Example", 30), "Director", "jane@example.com", "Tel +99 12 345", "Fax +99 12 346",
                "Tax code: 0106472242", "Example Street 5", "Open on Tuesdays")
    contact = extract_contact(card)
    scan = unused_lines(card, contact)
    assert scan == ["Tel +99 12 345", "Fax +99 12 346"]
    read_again = [Line(line.text.replace("Director", "Dlrector").replace("jane@", "jane@ "), line.box)
                  for line in card.lines]
    assert [line.text for line in unused_again(read_again, contact)] == scan


@pytest.mark.parametrize(("rows", "want"), [
    ((("EXA", 34), ("Global Services", 20), ("Jane Example", 28), "Sales Manager", "jane@exaglobalservices.com"),
     "EXA Global Services"),  # the company over two lines, its domain spells it whole
    ((("D EXAMPLUM", 34), ("Jane Example", 28), "Head of Sales", "jane.example@examplum.com"), "EXAMPLUM"),
    ((("Jane Example", 28), "Project Manager", ("EXAMPLE SHIPPING SDN BHD", 20), "jane@example.com.my"),
     "EXAMPLE SHIPPING SDN BHD"),  # a legal form of another country
])
def test_companies_the_print_split_or_marked(rows: tuple[object, ...], want: str) -> None:
    assert extract_contact(page(*rows)).to_dict()["company"] == want  # type: ignore[arg-type]
