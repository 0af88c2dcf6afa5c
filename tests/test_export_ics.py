"""Calendar export of the awkward fixture cards, read back with icalendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest
from export_cards import awkward_cards

from cardscan.export import calendar, export_cards
from cardscan.model import Card, Contact, Field

NOW = datetime(2025, 11, 20, 8, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    return awkward_cards()


def events(data: bytes, kind: str = "VEVENT") -> list[icalendar.cal.Component]:
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])
    return list(cal.walk(kind))


def test_one_event_per_card_with_a_date(cards: list[Card]) -> None:
    result = calendar(cards, now=NOW)
    entries = events(result.data)
    assert result.written == len(entries) == 11
    assert sorted(c.id for c in result.skipped) == [103, 109]  # neither a follow-up date nor a date met
    anna = entries[0]
    assert str(anna["SUMMARY"]) == "Follow up: Anna van den Berg (Stichting Noord)"
    assert anna["DTSTART"].dt == date(2025, 11, 14)  # the follow-up date set in triage
    assert anna["DTEND"].dt == date(2025, 11, 15)
    assert anna["DTSTAMP"].dt == NOW
    assert str(anna["TRANSP"]) == "TRANSPARENT"
    assert [str(c) for c in anna["CATEGORIES"].cats] == ["Web Summit Lisbon", "lead", "pilot"]
    description = str(anna["DESCRIPTION"])
    assert description.startswith(next(c for c in cards if c.id == 101).note)
    for text in ("Met at Web Summit Lisbon on 2025-11-12", "Work: +31 20 123 4567", "Mobile: +31 6 12345678",
                 "Email: anna@noord.example", "LinkedIn: https://linkedin.com/in/annavdberg-example",
                 "Keizersgracht 1, 1015 CJ Amsterdam, Netherlands"):
        assert text in description
    assert str(anna["CONTACT"]) == "Dr. Anna van den Berg, Stichting Noord, +31 20 123 4567, anna@noord.example"
    (alarm,) = anna.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm["TRIGGER"].dt == timedelta(hours=9)


def test_without_follow_up_date_three_days_after_meeting(cards: list[Card]) -> None:
    cafe = next(c for c in cards if c.id == 102)
    assert cafe.follow_up is None and cafe.met_on == date(2025, 3, 14)
    (entry,) = events(calendar([cafe], now=NOW).data)
    assert entry["DTSTART"].dt == date(2025, 3, 17)
    assert str(entry["SUMMARY"]) == "Follow up: Café & Bäckerei Müller GmbH"


def test_uid_is_stable_so_a_second_import_updates(cards: list[Card]) -> None:
    first = [str(e["UID"]) for e in events(calendar(cards, now=NOW).data)]
    moved = [replace(c, follow_up=date(2026, 1, 5), note="called once") for c in cards]
    second = [str(e["UID"]) for e in events(calendar(moved, now=datetime.now(UTC)).data)]
    assert len(set(first)) == len(first) == 11
    assert set(first) < set(second) and len(second) == len(cards)  # now with a date, the two skipped ones join


def test_todo(cards: list[Card]) -> None:
    result = export_cards(cards, "ics", todo=True, now=NOW)
    todos = events(result.data, "VTODO")
    assert events(result.data) == []
    assert len(todos) == result.written == 11
    anna = todos[0]
    assert anna["DUE"].dt == date(2025, 11, 14)
    assert str(anna["STATUS"]) == "NEEDS-ACTION"
    (alarm,) = anna.walk("VALARM")
    assert alarm["TRIGGER"].params["RELATED"] == "END"
    assert str(anna["UID"]).endswith("-todo@cardscan")


def test_rtl_and_emoji_survive(cards: list[Card]) -> None:
    entries = {str(e["UID"]): e for e in events(calendar(cards, now=NOW).data)}
    texts = [str(e["SUMMARY"]) + str(e["DESCRIPTION"]) for e in entries.values()]
    assert any("سارة المنصوري" in t and "שלום!" in t for t in texts)
    assert any("👩‍👩‍👧" in t for t in texts)


def test_default_stamp_is_now_in_utc() -> None:
    card = Card(contact=Contact(name=Field("A B")), id=1, follow_up=date(2025, 1, 1))
    (entry,) = events(calendar([card]).data)
    assert abs(entry["DTSTAMP"].dt - datetime.now(UTC)) < timedelta(minutes=1)


def test_lines_are_crlf_and_folded(cards: list[Card]) -> None:
    data = calendar(cards, now=NOW).data
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    assert not data.startswith(b"\xef\xbb\xbf")
