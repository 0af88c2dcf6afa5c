"""Fuzzing the text side: whatever the OCR reads and whatever a QR code holds, the field extractors return a
contact within the scan contract, and whatever a contact holds, every exporter writes a file its readers parse.

The export engineer's property tests (test_export_properties.py) check exact round trips of hostile but
well-typed contacts; here every string is arbitrary, phone numbers, countries, services and URLs included,
dates span the whole calendar, and only "no crash, output well-formed" is asserted.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date, datetime
from typing import Any

import icalendar
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardscan.export import FORMATS, export_cards
from cardscan.extract import extract_contact, merge_qr, parse_qr_payload
from cardscan.imaging.load import parse_exif_datetime
from cardscan.model import (
    PHONE_TYPES,
    SCALAR_FIELDS,
    Address,
    Card,
    Contact,
    Field,
    OcrWord,
    Phone,
    Pocket,
    SocialProfile,
)
from cardscan.ocr.lines import build_page

EXAMPLES = int(os.environ.get("CARDSCAN_FUZZ_EXAMPLES", "150"))  # more for a long hunt
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    report_multiple_bugs=False)
E164 = re.compile(r"\+[1-9][0-9]{5,14}")
SERVICES = {"linkedin", "x", "xing", "github", "instagram", "facebook", "mastodon", "youtube"}

# --- OCR text ---------------------------------------------------------------------------------------------------

# What cards print, so that the extractors' deeper paths (phones, addresses, names) are reached, not only their
# "nothing here" exits; mixed with arbitrary text.
CARD_TOKENS = [
    "Tel.", "Tél.", "Telefon", "Tfn", "Mob.", "Mobil", "Handy", "Cell", "Móvil", "GSM", "M", "T", "F", "Fax:",
    "E-mail:",
    "+49", "(0)30", "1234567", "+31", "20", "123", "4567", "06-12345678", "+39 02 1234 5678", "0171/1234567", "+1",
    "(212)", "555-0100", "ext.", "anna@noord.nl", "ANNA.BERG@", "noord.nl", "info@example.com", "@", "www.", ".de",
    "https://", "linkedin.com/in/anna", "xing.com/profile/Anna_Berg", "X:", "@annaberg", "GitHub:", "Instagram:",
    "Dr.", "Prof.", "Ing.", "Mag.", "Dipl.-Ing.", "Anna", "Maria", "van", "den", "Berg", "von", "de", "la", "García",
    "López", "PhD", "MBA", "Jr.", ",", "GmbH", "S.r.l.", "AB", "B.V.", "S.L.", "Lda.", "Head", "of", "Sales", "CEO",
    "Keizersgracht", "1", "1015", "CJ", "Amsterdam", "Friedrichstraße", "12", "10117", "Berlin", "Via", "Roma",
    "20121", "Milano", "(MI)", "rue", "75002", "Paris", "111", "51", "Stockholm", "1100-053", "Lisboa", "SW1A",
    "1AA", "London", "Deutschland", "Nederland", "Sverige", "España", "|", "•", "·", "/", "-", "–", "ß", "é",
]  # fmt: skip
words = st.one_of(
    st.sampled_from(CARD_TOKENS),
    st.text(min_size=1, max_size=12),
    st.text(st.sampled_from("0123456789+-()/. "), min_size=1, max_size=16),
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz.@-_"), min_size=1, max_size=20),
).filter(lambda w: bool(w.strip()))
ocr_word = st.builds(
    lambda text, conf, x, y, w, h: OcrWord(text, conf, (x, y, w, h)),
    words,
    st.floats(min_value=0.0, max_value=1.0),
    st.integers(0, 3000),
    st.integers(0, 2000),
    st.integers(1, 600),
    st.integers(1, 200),
)
pages = st.lists(st.lists(ocr_word, min_size=1, max_size=8), max_size=14).map(
    lambda lines: build_page(((i, w) for i, line in enumerate(lines) for w in line), engine="fuzz", languages="eng")
)
regions = st.one_of(st.none(), st.sampled_from(["DE", "NL", "FR", "IT", "SE", "ES", "PT", "GB", "US", "AT", "CH"]))


def assert_within_contract(contact: Contact) -> None:
    """What the scan JSON contract promises about any contact the extractors return."""
    plain = contact.to_dict()
    json.dumps(plain, ensure_ascii=False).encode("utf-8")
    assert Contact.from_json(json.loads(json.dumps(contact.to_json()))).to_dict() == plain
    for value in contact.confidences().values():
        assert 0.0 <= value <= 1.0
    for name in SCALAR_FIELDS:
        f = getattr(contact, name)
        if f is not None:
            assert 0.0 <= f.confidence <= 1.0
            assert isinstance(f.value, str) and f.value.strip(), (name, f.value)
            assert "\n" not in f.value and "\r" not in f.value, (name, f.value)
    for phone in contact.phones:
        assert E164.fullmatch(phone.value.number), phone
        assert phone.value.type in PHONE_TYPES, phone
    for email in contact.emails:
        assert email.value == email.value.lower() and email.value.count("@") == 1, email
    for site in contact.websites:
        assert site.value.startswith("https://") and not site.value.endswith("/"), site
        host = site.value[len("https://"):].split("/", 1)[0]
        assert host == host.lower(), site
    for profile in contact.social:
        assert profile.value.service in SERVICES and profile.value.url.startswith("https://"), profile
    if contact.address is not None:
        country = contact.address.value.country
        assert country is None or re.fullmatch(r"[A-Z]{2}", country), contact.address


@pytest.mark.slow
@SETTINGS
@given(pages, regions)
def test_any_ocr_text_gives_a_contact_within_the_contract(page: Any, region: str | None) -> None:
    assert_within_contract(extract_contact(page, default_region=region))


# --- QR payloads ------------------------------------------------------------------------------------------------

VCARD_PROPS = ["FN", "N", "ORG", "TITLE", "TEL", "TEL;TYPE=CELL", "TEL;TYPE=work,voice", "EMAIL", "EMAIL;TYPE=INTERNET",
               "URL", "ADR", "ADR;TYPE=WORK", "NOTE", "X-SOCIALPROFILE;TYPE=linkedin", "item1.URL", "VERSION",
               "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE", "PHOTO;ENCODING=b", "BDAY", "END", "BEGIN"]
values = st.one_of(st.text(max_size=30), st.sampled_from(CARD_TOKENS),
                   st.lists(st.sampled_from([*CARD_TOKENS, ";", ",", "\\", "=0A", "=C3=A9", "\\n"]), max_size=6).map(
                       "".join))
vcard_payloads = st.builds(
    lambda version, props, newline: newline.join(
        ["BEGIN:VCARD", f"VERSION:{version}", *(f"{p}:{v}" for p, v in props), "END:VCARD"]),
    st.sampled_from(["2.1", "3.0", "4.0", "", "9"]),
    st.lists(st.tuples(st.sampled_from(VCARD_PROPS), values), max_size=12),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
mecard_payloads = st.builds(
    lambda kind, props: f"{kind}:" + "".join(f"{k}:{v};" for k, v in props) + ";",
    st.sampled_from(["MECARD", "BIZCARD", "mecard"]),
    st.lists(st.tuples(st.sampled_from(["N", "SOUND", "TEL", "EMAIL", "URL", "ADR", "ORG", "NOTE", "X", "F", "T",
                                        "C", "A", "B", "E", "M"]), values), max_size=10),
)
payloads = st.one_of(st.text(max_size=200), vcard_payloads, mecard_payloads)


@SETTINGS
@given(payloads)
def test_any_qr_payload_gives_a_contact_within_the_contract_or_none(payload: str) -> None:
    contact = parse_qr_payload(payload)
    if contact is not None:
        assert_within_contract(contact)


@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages, st.one_of(vcard_payloads, mecard_payloads), regions)
def test_merging_any_ocr_and_qr_contacts(page: Any, payload: str, region: str | None) -> None:
    qr = parse_qr_payload(payload)
    if qr is not None:
        assert_within_contract(merge_qr(extract_contact(page, default_region=region), qr))


# --- exports ----------------------------------------------------------------------------------------------------

any_text = st.text(max_size=40)  # every code point but surrogates: controls, bidi marks, combining marks, emoji
maybe_text = st.one_of(st.none(), any_text)
confidences = st.floats(min_value=0.0, max_value=1.0)
any_date = st.one_of(st.dates(), st.sampled_from([date.min, date.max, date(9999, 12, 30)]))  # year 1 to 9999


def _field(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Field[Any] | None]:
    return st.one_of(st.none(), st.builds(Field, strategy, confidences, any_text))


def _fields(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Field[Any]]]:
    return st.lists(st.builds(Field, strategy, confidences, any_text), max_size=3)


wild_contacts = st.builds(
    Contact,
    **{name: _field(any_text) for name in SCALAR_FIELDS},
    emails=_fields(st.one_of(any_text, st.emails())),
    phones=_fields(st.builds(Phone, number=st.one_of(any_text, st.from_regex(r"\+[1-9][0-9]{6,14}", fullmatch=True)),
                             type=st.one_of(st.sampled_from(PHONE_TYPES), any_text), text=any_text)),
    websites=_fields(any_text),
    social=_fields(st.builds(SocialProfile, service=st.one_of(st.sampled_from(sorted(SERVICES)), any_text),
                             url=any_text)),
    address=_field(st.builds(Address, street=maybe_text, postcode=maybe_text, city=maybe_text, region=maybe_text,
                             country=st.one_of(st.none(), st.sampled_from(["NL", "DE", "ZZ", "nl", ""]), any_text))),
)
wild_cards = st.builds(
    Card,
    contact=wild_contacts,
    id=st.one_of(st.none(), st.integers(min_value=0, max_value=2**63 - 1)),
    pocket=st.sampled_from(list(Pocket)),
    note=st.text(max_size=300),
    follow_up=st.one_of(st.none(), any_date),
    tags=st.lists(any_text, max_size=4),
    event=maybe_text,
    met_on=st.one_of(st.none(), any_date),
    source_path=any_text,
    card_index=st.integers(min_value=0, max_value=50),
    created_at=st.one_of(st.none(), st.datetimes()),
)


def _photo(card: Card) -> bytes | None:
    return None if card.id is None or card.id % 2 else b"\xff\xd8\xff\xe0fake jpeg bytes\xff\xd9"


@pytest.mark.slow
@settings(max_examples=EXAMPLES * 4 // 5, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          report_multiple_bugs=False)
@given(st.lists(wild_cards, max_size=4))
def test_every_exporter_writes_any_cards_into_a_file_its_readers_parse(cards: list[Card]) -> None:
    now = datetime(2026, 10, 20, 9, 0)
    for fmt in FORMATS:
        for options in ({}, {"vcard_version": "4.0", "photo_for": _photo}, {"todo": True}):
            if (fmt != "vcard" and "vcard_version" in options) or (fmt != "ics" and "todo" in options):
                continue
            result = export_cards(cards, fmt, now=now, **options)  # type: ignore[arg-type]
            assert isinstance(result.data, bytes)
            if fmt == "vcard":
                parsed = list(vobject.readComponents(result.data.decode("utf-8")))
                assert len(parsed) == len(cards)
            elif fmt == "ics":
                calendar = icalendar.Calendar.from_ical(result.data)
                items = calendar.walk("VTODO" if options.get("todo") else "VEVENT")
                assert len(items) == result.written == len(cards) - len(result.skipped)
            else:
                text = result.data.decode("utf-8-sig")
                rows = list(csv.reader(io.StringIO(text, newline="")))
                assert len(rows) == len(cards) + 1
                assert all(len(row) == len(rows[0]) for row in rows)


def test_dates_at_the_end_of_the_calendar() -> None:
    """A camera whose clock says 9999-12-31: not taken as the day of the meeting (the follow-up three days later
    would not be a date); and a card dated so anyway exports, without a follow-up."""
    assert parse_exif_datetime("9999:12:31 23:59:59") is None
    assert parse_exif_datetime("2026:10:14 10:30:00") == datetime(2026, 10, 14, 10, 30)
    card = Card(contact=Contact(name=Field("Anna Berg")), id=1, met_on=date(9999, 12, 30), pocket=Pocket.KEEP)
    for fmt in FORMATS:
        assert export_cards([card], fmt).data
    assert export_cards([card], "ics").skipped == [card]
    # As after `cardscan set 2 follow_up=9999-12-31`:
    last = Card(contact=Contact(name=Field("Anna Berg")), id=2, follow_up=date.max)
    for todo in (False, True):
        calendar = icalendar.Calendar.from_ical(export_cards([last], "ics", todo=todo).data)
        (item,) = calendar.walk("VTODO" if todo else "VEVENT")
        assert item.decoded("DUE" if todo else "DTSTART") == date.max
