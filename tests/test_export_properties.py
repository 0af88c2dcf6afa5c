"""Property-based round trips: hostile contacts exported, parsed back by independent parsers, values intact.

vCard 3.0 and 4.0 are read back with vobject (and checked by the strict validator), the CSVs with Python's
csv module, the calendar with icalendar. Expected values are computed here from the cards' raw fields; the
only change an export may make is the documented one: line breaks of any kind become LF, and control
characters (other than tab and LF) are dropped, since no content line or spreadsheet cell can carry them.
"""

from __future__ import annotations

import csv
import io
import os
import re

import icalendar
import vobject
from export_cards import cards
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vcard_validator import validate_vcards

from cardscan.export import export_cards
from cardscan.export.common import card_uid, compose_note, display_name, follow_up_date, phone_display
from cardscan.export.countries import country_name
from cardscan.export.names import name_parts
from cardscan.model import Card

SETTINGS = settings(
    max_examples=int(os.environ.get("CARDSCAN_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    report_multiple_bugs=False,
)
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f]")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def expected(text: str | None) -> str:
    """What a text value must read back as."""
    return _DROPPED.sub("", _BREAKS.sub("\n", text or ""))


def expected_uri(url: str) -> str:
    """A URL as a vCard carries it: commas, backslashes and inner spaces percent-encoded."""
    return "%20".join(expected(url).split()).replace(",", "%2C").replace("\\", "%5C")


def present(text: str | None) -> str:
    """A field's text if it counts as filled in (not blank), else ""."""
    return text if text and expected(text).strip() else ""


def raw(card: Card, name: str) -> str:
    f = getattr(card.contact, name)
    return present(f.value) if f is not None else ""


# --- vCard ---------------------------------------------------------------------------------------------------


def _values(component: vobject.base.Component, name: str) -> list[object]:
    return [line.value for line in component.contents.get(name, [])]


def _check_vcard(card: Card, comp: vobject.base.Component, version: str) -> None:
    c = card.contact
    assert comp.fn.value == expected(display_name(card))
    if present(c.value("name")):
        assert comp.fn.value == expected(c.value("name"))
    parts = name_parts(c)
    n = comp.n.value
    assert [n.family, n.given, n.additional, n.prefix, n.suffix] == [
        expected(parts.family), expected(parts.given), expected(parts.middle), expected(parts.prefix),
        expected(parts.suffix),
    ]  # fmt: skip
    for own, got in (("family_name", n.family), ("given_name", n.given), ("middle_name", n.additional)):
        if raw(card, own):
            assert got == expected(raw(card, own))
    company, department = raw(card, "company"), raw(card, "department")
    if company or department:
        assert comp.org.value == ([expected(company), expected(department)] if department else [expected(company)])
    else:
        assert "org" not in comp.contents
    assert _values(comp, "title") == ([expected(raw(card, "title"))] if raw(card, "title") else [])
    numbers = [p.value.number.strip() for p in c.phones if present(p.value.number)]
    if version == "4.0":
        numbers = [f"tel:{n}" if re.fullmatch(r"\+[1-9]\d{1,14}", n) else expected(n) for n in numbers]
    else:
        numbers = [expected(n) for n in numbers]
    assert _values(comp, "tel") == numbers
    assert _values(comp, "email") == [expected(e.value.strip()) for e in c.emails if present(e.value)]
    sites = [expected_uri(w.value) for w in c.websites if present(w.value)]
    profiles = [expected_uri(s.value.url) for s in c.social if present(s.value.url)]
    assert _values(comp, "x-socialprofile") == profiles
    assert _values(comp, "url") == sites + [p for p in profiles if p not in sites]
    adr = c.address.value if c.address is not None else None
    if adr is None or not any(present(x) for x in (adr.street, adr.postcode, adr.city, adr.region, adr.country)):
        assert "adr" not in comp.contents
    else:
        a = comp.adr.value
        assert [a.box, a.extended, a.street, a.city, a.region, a.code, a.country] == [
            "", "", expected(present(adr.street)), expected(present(adr.city)), expected(present(adr.region)),
            expected(present(adr.postcode)), expected(country_name(present(adr.country))),
        ]  # fmt: skip
    note = _values(comp, "note")
    assert note == ([expected(compose_note(card))] if compose_note(card) else [])
    if present(card.note):
        assert note[0].startswith(expected(card.note.rstrip()))
    cats = list(dict.fromkeys(expected(t) for t in (card.event, *card.tags) if present(t)))
    assert _values(comp, "categories") == ([cats] if cats else [])
    assert comp.uid.value == (f"urn:uuid:{card_uid(card)}" if version == "4.0" else card_uid(card))


@SETTINGS
@given(st.lists(cards, min_size=1, max_size=3), st.sampled_from(["3.0", "4.0"]))
def test_vcard_round_trip(cards_: list[Card], version: str) -> None:
    data = export_cards(cards_, "vcard", vcard_version=version).data
    assert validate_vcards(data, version) == []
    parsed = list(vobject.readComponents(data.decode("utf-8")))
    assert len(parsed) == len(cards_)
    for card, comp in zip(cards_, parsed, strict=True):
        _check_vcard(card, comp, version)


# --- CSV -----------------------------------------------------------------------------------------------------


def _read_csv(data: bytes, bom: bool) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf") == bom
    text = data.decode("utf-8-sig" if bom else "utf-8")
    assert re.search(r"(?<!\r)\n", text.split("\r\n", 1)[0] + "\r\n") is None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    assert all(len(r) == len(header) for r in rows)
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


def _unneutralised(cell: str, *, phone: bool = False) -> str:
    if cell.startswith(_FORMULA):
        assert phone and re.fullmatch(r"\+?[0-9][0-9 ()./-]+", cell), f"formula cell not neutralised: {cell!r}"
    if cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA):
        return cell[1:]
    return cell


def _digits(text: str) -> str:
    return re.sub(r"[^0-9+]", "", text)


@SETTINGS
@given(st.lists(cards, min_size=1, max_size=3))
def test_generic_csv_round_trip(cards_: list[Card]) -> None:
    rows = _read_csv(export_cards(cards_, "csv").data, bom=True)
    assert len(rows) == len(cards_)
    for card, row in zip(cards_, rows, strict=True):
        cells = {k: _unneutralised(v, phone=re.fullmatch(r"phone_\d+", k) is not None) for k, v in row.items()}
        for name in ("name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title", "department",
                     "company"):
            assert cells[name] == expected(raw(card, name)), name
        mails = [e.value.strip() for e in card.contact.emails if present(e.value)]
        assert [cells[f"email_{i}"] for i in range(1, len(mails) + 1)] == [expected(m) for m in mails]
        numbers = [p.value for p in card.contact.phones if present(p.value.number)]
        for i, phone in enumerate(numbers, 1):
            if re.fullmatch(r"\+[1-9][0-9]{1,14}", phone.number):
                assert _digits(cells[f"phone_{i}"]) == phone.number
            else:  # not E.164: written as phonenumbers formats it, or as it is
                assert cells[f"phone_{i}"] == expected(phone_display(phone.number))
            assert cells[f"phone_{i}_type"] == phone.type
        assert cells["note"] == expected(present(card.note))
        assert cells["event"] == expected(present(card.event))
        assert cells["tags"] == expected(", ".join(t for t in card.tags if present(t)))
        assert cells["met_on"] == (card.met_on.isoformat() if card.met_on else "")
        assert cells["follow_up"] == (card.follow_up.isoformat() if card.follow_up else "")
        adr = card.contact.address.value if card.contact.address is not None else None
        if adr is not None:
            assert [cells[k] for k in ("street", "postcode", "city", "region", "country_code")] == [
                expected(present(adr.street)), expected(present(adr.postcode)), expected(present(adr.city)),
                expected(present(adr.region)), expected(present(adr.country)),
            ]  # fmt: skip


@SETTINGS
@given(st.lists(cards, min_size=1, max_size=3))
def test_google_csv_round_trip(cards_: list[Card]) -> None:
    rows = _read_csv(export_cards(cards_, "google").data, bom=False)
    for card, row in zip(cards_, rows, strict=True):
        cells = {k: _unneutralised(v, phone=k.startswith("Phone ") and k.endswith("Value")) for k, v in row.items()}
        parts = name_parts(card.contact)
        assert [cells["First Name"], cells["Middle Name"], cells["Last Name"]] == [
            expected(parts.given), expected(parts.middle), expected(parts.family)
        ]
        assert cells["Organization Name"] == expected(raw(card, "company"))
        assert cells["Organization Title"] == expected(raw(card, "title"))
        assert cells["Organization Department"] == expected(raw(card, "department"))
        assert cells["Notes"] == expected(compose_note(card))
        mails = [e.value.strip() for e in card.contact.emails if present(e.value)]
        assert [cells[f"E-mail {i} - Value"] for i in range(1, len(mails) + 1)] == [expected(m) for m in mails]
        numbers = [p.value.number for p in card.contact.phones if present(p.value.number)]
        for i, number in enumerate(numbers, 1):
            assert cells[f"Phone {i} - Value"] == expected(phone_display(number))
            if re.fullmatch(r"\+[1-9][0-9]{1,14}", number):
                assert _digits(cells[f"Phone {i} - Value"]) == number
        labels = cells["Labels"].split(" ::: ")
        assert labels[0] == "* myContacts"


@SETTINGS
@given(st.lists(cards, min_size=1, max_size=3))
def test_outlook_csv_round_trip(cards_: list[Card]) -> None:
    data = export_cards(cards_, "outlook").data
    assert data.split(b"\r\n", 1)[0].startswith(b'\xef\xbb\xbf"Title","First Name"')
    rows = _read_csv(data, bom=True)
    for card, row in zip(cards_, rows, strict=True):
        cells = {k: _unneutralised(v, phone="Phone" in k or "Fax" in k) for k, v in row.items()}
        assert cells["Company"] == expected(raw(card, "company"))
        assert cells["Job Title"] == expected(raw(card, "title"))
        assert cells["Notes"].startswith(expected(compose_note(card)))
        # Every phone number and email lands somewhere: in its column or, past the columns, in the notes.
        everything = "\n".join(cells.values())
        for phone in card.contact.phones:
            if phone.value.number.strip().startswith("+"):
                assert any(_digits(v).endswith(_digits(phone.value.number)) for v in everything.split("\n")
                           if _digits(v)), phone
        for email in card.contact.emails:
            if present(email.value):
                assert expected(email.value.strip()) in everything


# --- iCalendar -----------------------------------------------------------------------------------------------


@SETTINGS
@given(st.lists(cards, min_size=1, max_size=3), st.booleans())
def test_ics_round_trip(cards_: list[Card], todo: bool) -> None:
    result = export_cards(cards_, "ics", todo=todo)
    cal = icalendar.Calendar.from_ical(result.data)
    kind = "VTODO" if todo else "VEVENT"
    entries = list(cal.walk(kind))
    dated = [c for c in cards_ if follow_up_date(c) is not None]
    assert len(entries) == len(dated) == result.written
    assert result.skipped == [c for c in cards_ if follow_up_date(c) is None]
    for card, entry in zip(dated, entries, strict=True):
        day = follow_up_date(card)
        assert (entry["DUE"] if todo else entry["DTSTART"]).dt == day
        parts = name_parts(card.contact)
        name = " ".join(p for p in (parts.given, parts.middle, parts.family) if p) or display_name(card)
        assert str(entry["SUMMARY"]).startswith(f"Follow up: {' '.join(expected(name).split())}")
        text = str(entry["DESCRIPTION"])
        assert text.startswith(expected(compose_note(card)))
        for phone in card.contact.phones:
            if phone.value.number.strip().startswith("+"):
                assert _digits(phone.value.number) in _digits(text)
        cats = list(dict.fromkeys(expected(t) for t in (card.event, *card.tags) if present(t)))
        if cats:
            assert [str(x) for x in entry["CATEGORIES"].cats] == cats
        assert str(entry["UID"]).startswith(card_uid(card))
        alarms = list(entry.walk("VALARM"))
        assert len(alarms) == 1 and alarms[0]["TRIGGER"].dt.total_seconds() == 9 * 3600
