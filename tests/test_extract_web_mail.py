"""General repairs of web and e-mail addresses, "ß" readings, phone symbols and names in capitals (issue 12, §3),
each on invented examples; and small cards read upscaled (a generated card, real OCR)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cardgen
import cv2
import numpy as np
import pytest
from extract_cards import page

from cardscan.extract import extract_contact
from cardscan.extract.accents import restore
from cardscan.extract.emails import find_emails
from cardscan.extract.name_repairs import proper_case
from cardscan.extract.phones import find_phones
from cardscan.extract.repairs import glued_label, repair_local_part
from cardscan.extract.web import find_web
from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES, OcrEngine, create_engine
from cardscan.reading import OCR_MIN_LONG_SIDE, read_photo


@pytest.mark.parametrize(("text", "want"), [
    ("http¥//voorbeeld.nl", "https://voorbeeld.nl"),  # any stray signs between a scheme and a host
    ("https;/voorbeeld.co.uk/team", "https://voorbeeld.co.uk/team"),
    ("www. voorbeeld-bureau.com.au", "https://www.voorbeeld-bureau.com.au"),  # a space after "www."
    ("www.voorbeeld.com. tr", "https://www.voorbeeld.com.tr"),  # a country after a second-level label
    ("www.voorbeeld.co. uk", "https://www.voorbeeld.co.uk"),
    ("www.voorbeeld,com", "https://www.voorbeeld.com"),  # a comma read for the last dot
    ("www.voorbeeld.co,uk", "https://www.voorbeeld.co.uk"),
    ("voorbeeld.com.tr", "https://voorbeeld.com.tr"),
    ("https://start.voorbeeld.aws", "https://start.voorbeeld.aws"),  # after a scheme, any top-level domain
])
def test_web_addresses_as_the_ocr_breaks_them(text: str, want: str) -> None:
    websites, _social, rest = find_web(text)
    assert [h.value for h in websites] == [want]
    assert not rest.replace("\x1f", "").strip()


@pytest.mark.parametrize("text", [
    "Mühlweg 5, Rd.No.7",  # abbreviations before a number
    "Art.Nr.12 Hauptstraße",
    "E-mail: anna voorbeeld.nl",  # an e-mail address whose "@" was lost: not a website of the card
    "Mail: anna.berg voorbeeld.com.tr",
])
def test_no_website_where_the_card_prints_none(text: str) -> None:
    assert find_web(text)[0] == []


@pytest.mark.parametrize(("text", "want"), [
    ("anna@voorbeeld.com. tr", "anna@voorbeeld.com.tr"),
    ("anna@voorbeeld. com.tr", "anna@voorbeeld.com.tr"),
    ("anna@voorbeeld.co jp", "anna@voorbeeld.co.jp"),  # the last dot read as a space, at the end of the line
    ("anna@voorbeeld,nl", "anna@voorbeeld.nl"),
    ("anna@voorbeeld.co,uk", "anna@voorbeeld.co.uk"),
    ("E-mail.anna.berg@voorbeeld.se", "anna.berg@voorbeeld.se"),  # a label glued on by a dot
    ("Email:anna@voorbeeld.se", "anna@voorbeeld.se"),
    ("Musterstadt-12345. anna.berg@voorbeeld.de", "anna.berg@voorbeeld.de"),  # a postcode ends the sentence
    ("anna. berg@voorbeeld.se", "anna.berg@voorbeeld.se"),  # a name part still joins
    ("mail.desk@voorbeeld.de", "mail.desk@voorbeeld.de"),  # a local part that starts with "mail" stays
])
def test_emails_as_the_ocr_breaks_them(text: str, want: str) -> None:
    assert [h.value for h in find_emails(text)[0]] == [want]


def test_a_word_after_an_address_is_no_country_domain() -> None:
    assert [h.value for h in find_emails("anna@voorbeeld.com de Vries")[0]] == ["anna@voorbeeld.com"]


@pytest.mark.parametrize(("text", "slugs", "want"), [
    ("Anna WeißBgerber", "", "Anna Weißgerber"),  # "ß" read twice
    ("Anna WeiBBgerber", "", "Anna Weißgerber"),
    ("Anna Weißbmann", "anna.weissmann", "Anna Weißmann"),  # the address spells it without the "b"
    ("Anna Weißbmann", "", "Anna Weißbmann"),  # no evidence: as read
    ("Fußballverein Nord", "fussballverein", "Fußballverein Nord"),  # a compound's "ßb" is real
    ("Großbank AG", "", "Großbank AG"),
    ("Große Allee 5", "", "Große Allee 5"),  # read plainly: never bent towards a vocabulary
])
def test_sharp_s_readings_undone_on_evidence(text: str, slugs: str, want: str) -> None:
    assert restore(text, ("de",), slugs) == want


@pytest.mark.parametrize(("text", "number", "kind"), [
    ("☎ 030 21987654", "+493021987654", "work"),  # any symbol before a number
    ("» 0171 2345678", "+491712345678", "mobile"),
    ("(c) 030 21987654", "+493021987654", "work"),
    ("T 0171 2345678", "+491712345678", "mobile"),  # a one-letter label saying "work" yields to a mobile number
    ("Tel. 0171 2345678", "+491712345678", "work"),  # a word label is kept
    ("M 030 21987654", "+493021987654", "mobile"),
])
def test_symbols_and_one_letter_labels_before_numbers(text: str, number: str, kind: str) -> None:
    hits, _rest = find_phones(text, "DE")
    assert [(h.value.number, h.value.type) for h in hits] == [(number, kind)]


@pytest.mark.parametrize(("printed", "want"), [
    ("JAMES MCALLISTER", "James McAllister"),
    ("NOÉMI LESAGE", "Noémi Lesage"),
    ("Anna McAllister", "Anna McAllister"),
])
def test_names_in_capitals_cased_as_written(printed: str, want: str) -> None:
    assert proper_case(printed) == want


@pytest.fixture(scope="module")
def engine() -> Iterator[OcrEngine]:
    eng = create_engine(DEFAULT_ENGINE, DEFAULT_LANGUAGES)
    yield eng
    eng.close()


@pytest.mark.slow
def test_a_small_card_is_read_upscaled(tmp_path: Path, engine: OcrEngine) -> None:
    """A card 420 px long on a large photo (one of several, or shot from afar) is read at OCR_MIN_LONG_SIDE, not at
    the 1.5x the straightening alone allows, and its e-mail address comes out."""
    card = cardgen.random_card(8061, locale="en-GB", qr=False, dark=False, full=True, layout="left")
    small = card.image.resize((420, round(420 * card.image.height / card.image.width)))
    photo = np.full((1400, 1800, 3), 90, np.uint8)
    photo[500:500 + small.height, 700:700 + small.width] = np.asarray(small)[..., ::-1]
    path = tmp_path / "far.png"
    cv2.imwrite(str(path), photo)
    result = read_photo(str(path), engine)
    assert result.ok and len(result.cards) == 1
    crop = cv2.imdecode(np.frombuffer(result.cards[0].crop_jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert max(crop.shape[:2]) >= OCR_MIN_LONG_SIDE * 0.98
    assert [f.value for f in result.cards[0].contact.emails] == card.contact["emails"]


@pytest.mark.parametrize(("email", "name", "want"), [
    ("efabio.rinaldi@voorbeeld.it", "Fabio Rinaldi", "fabio.rinaldi@voorbeeld.it"),  # "E fabio..." read without space
    ("et.holloway@voorbeeld.co.uk", "Thomas Holloway", "t.holloway@voorbeeld.co.uk"),
    ("elena.rinaldi@voorbeeld.it", "Elena Rinaldi", "elena.rinaldi@voorbeeld.it"),  # the name starts with E
    ("eberg@voorbeeld.se", "Eva Berg", "eberg@voorbeeld.se"),  # initial and family name
    ("ekontor@voorbeeld.de", "Jan Berg", "ekontor@voorbeeld.de"),  # no evidence from the name
])
def test_a_glued_one_letter_email_label_comes_off_on_the_names_evidence(email: str, name: str, want: str) -> None:
    assert repair_local_part(email, name) == want


def test_a_glued_web_label_comes_off_when_the_email_domain_says_so() -> None:
    assert glued_label("wvoorbeeld.co.uk", "voorbeeld.co.uk", "w")
    assert not glued_label("wvoorbeeld.co.uk", "oorbeeld.co.uk", "w")
    assert not glued_label("avoorbeeld.nl", "voorbeeld.nl", "w")


def test_glued_labels_in_a_label_column_card() -> None:
    """A card whose T/E/W label column the OCR read without spaces: the e-mail agrees with the name once the "E" is
    off, the website is the e-mail's domain once the "W" is off."""
    card = page(("Fabio Rinaldi", 34), "Direttore commerciale", "Orizzonte Voorbeeld S.r.l.", "T +39 02 8765 4321",
                "Efabio.rinaldi@voorbeeld-design.it", "Wvoorbeeld-design.it")
    contact = extract_contact(card)
    assert [f.value for f in contact.emails] == ["fabio.rinaldi@voorbeeld-design.it"]
    assert [f.value for f in contact.websites] == ["https://voorbeeld-design.it"]
