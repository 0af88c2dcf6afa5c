"""Follow-ups as an iCalendar file (RFC 5545): one all-day VEVENT per card on its follow-up date, or VTODOs.

Written through the same content-line builder as the vCards (CRLF, 75-octet folding, TEXT escaping). The
date is the card's follow-up date, else three days after the day it was met; a card with neither is
skipped and reported. UIDs are stable per card, so importing the file again updates the entries instead of
duplicating them. Each entry has a reminder at 09:00 on the day (a relative trigger, so it is 09:00 in
whatever time zone the calendar is in).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from cardscan.export import contentline as cl
from cardscan.export.common import (
    PRODUCT_ID,
    address,
    card_uid,
    categories,
    compose_note,
    display_name,
    emails,
    follow_up_date,
    phone_display,
    phones,
    social_name,
    social_profiles,
    value,
    websites,
)
from cardscan.export.countries import country_name
from cardscan.export.names import name_parts
from cardscan.model import Card

REMINDER_AFTER_MIDNIGHT = "PT9H"
_PHONE_WORDS = {"work": "Work", "mobile": "Mobile", "fax": "Fax", "home": "Home", "other": "Phone"}


@dataclass
class CalendarExport:
    data: bytes
    written: int
    skipped: list[Card] = field(default_factory=list)  # cards with no follow-up date nor a date met


def summary(card: Card) -> str:
    """"Follow up: Anna van den Berg (Stichting Noord)": the name without title or suffix, and the company."""
    parts = name_parts(card.contact)
    name = _one_line(" ".join(p for p in (parts.given, parts.middle, parts.family) if p)) or _one_line(
        display_name(card)
    )
    company = _one_line(value(card.contact, "company"))
    if company and company != name:
        return f"Follow up: {name} ({company})"
    return f"Follow up: {name}"


def description(card: Card) -> str:
    """The note, where and when met, then the contact details, one per line."""
    c = card.contact
    blocks = [compose_note(card)]
    details = [_one_line(display_name(card))]
    role = ", ".join(x for x in (_one_line(value(c, "title")), _one_line(value(c, "department"))) if x)
    company = _one_line(value(c, "company"))
    if company and company != details[0]:
        role = f"{role}, {company}" if role else company
    if role:
        details.append(role)
    details += [f"{_PHONE_WORDS.get(p.type, 'Phone')}: {phone_display(p.number)}" for p in phones(c)]
    details += [f"Email: {e}" for e in emails(c)]
    details += [f"Web: {w}" for w in websites(c)]
    details += [f"{social_name(p.service)}: {p.url.strip()}" for p in social_profiles(c)]
    adr = address(c)
    if adr is not None:
        town = " ".join(x for x in (_one_line(adr.postcode), _one_line(adr.city)) if x)
        parts = (_one_line(adr.street), town, _one_line(adr.region), country_name(adr.country))
        details.append(", ".join(x for x in parts if x))
    blocks.append("\n".join(details))
    return "\n\n".join(b for b in blocks if b)


def contact_line(card: Card) -> str:
    """The CONTACT property: name, company, first phone, first email."""
    c = card.contact
    items = [_one_line(display_name(card)), _one_line(value(c, "company"))]
    tels = phones(c)
    if tels:
        items.append(phone_display(tels[0].number))
    mails = emails(c)
    if mails:
        items.append(mails[0])
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return ", ".join(seen)


def calendar(cards: Iterable[Card], *, todo: bool = False, now: datetime | None = None) -> CalendarExport:
    """The .ics file: VEVENTs (or VTODOs with `todo`) for the cards that have a follow-up date."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        cl.content_line("BEGIN", "VCALENDAR"),
        cl.content_line("VERSION", "2.0"),
        cl.content_line("PRODID", PRODUCT_ID),
        cl.content_line("CALSCALE", "GREGORIAN"),
    ]
    written = 0
    skipped: list[Card] = []
    for card in cards:
        day = follow_up_date(card)
        if day is None:
            skipped.append(card)
            continue
        lines += _todo(card, day, stamp) if todo else _event(card, day, stamp)
        written += 1
    lines.append(cl.content_line("END", "VCALENDAR"))
    return CalendarExport(b"".join(lines), written, skipped)


def _event(card: Card, day: date, stamp: str) -> list[bytes]:
    # An all-day event ends the next day; on 9999-12-31, the last day there is, without DTEND (RFC 5545: one day).
    end = [cl.content_line("DTEND", _date(day + timedelta(days=1)), [("VALUE", "DATE")])] if day < date.max else []
    title = cl.escape_text(summary(card))
    return [
        cl.content_line("BEGIN", "VEVENT"),
        cl.content_line("UID", f"{card_uid(card)}@cardscan"),
        cl.content_line("DTSTAMP", stamp),
        cl.content_line("DTSTART", _date(day), [("VALUE", "DATE")]),
        *end,
        *_common(card, title),
        cl.content_line("TRANSP", "TRANSPARENT"),
        *_alarm(title, related_end=False),
        cl.content_line("END", "VEVENT"),
    ]


def _todo(card: Card, day: date, stamp: str) -> list[bytes]:
    title = cl.escape_text(summary(card))
    return [
        cl.content_line("BEGIN", "VTODO"),
        cl.content_line("UID", f"{card_uid(card)}-todo@cardscan"),
        cl.content_line("DTSTAMP", stamp),
        cl.content_line("DUE", _date(day), [("VALUE", "DATE")]),
        *_common(card, title),
        cl.content_line("STATUS", "NEEDS-ACTION"),
        *_alarm(title, related_end=True),
        cl.content_line("END", "VTODO"),
    ]


def _common(card: Card, title: str) -> list[bytes]:
    out = [
        cl.content_line("SUMMARY", title),
        cl.content_line("DESCRIPTION", cl.escape_text(description(card))),
    ]
    contact = contact_line(card)
    if contact:
        out.append(cl.content_line("CONTACT", cl.escape_text(contact)))
    cats = categories(card)
    if cats:
        out.append(cl.content_line("CATEGORIES", cl.text_list(cats)))
    return out


def _alarm(title: str, *, related_end: bool) -> list[bytes]:
    # A VTODO's alarm is relative to its DUE date (RELATED=END); an event's to its start.
    return [
        cl.content_line("BEGIN", "VALARM"),
        cl.content_line("ACTION", "DISPLAY"),
        cl.content_line("DESCRIPTION", title),
        cl.content_line("TRIGGER", REMINDER_AFTER_MIDNIGHT, [("RELATED", "END")] if related_end else []),
        cl.content_line("END", "VALARM"),
    ]


def _date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _one_line(text: str | None) -> str:
    return " ".join(cl.clean_text(text).split()) if text else ""
