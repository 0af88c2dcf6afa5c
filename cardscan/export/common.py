"""What every export format derives from a card the same way: display name, note, categories, ids, dates."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from functools import lru_cache

import phonenumbers

from cardscan.export.contentline import clean_text
from cardscan.export.names import filled, name_parts
from cardscan.model import Address, Card, Contact, Phone, SocialProfile

# Every keeper is to be followed up within three days of meeting them.
FOLLOW_UP_AFTER_DAYS = 3
PRODUCT_ID = "-//cardscan//cardscan//EN"
_UID_NAMESPACE = uuid.UUID("5c9e1f7e-2f7a-4b53-9a53-6a0c2d1b7e41")

SOCIAL_NAMES = {
    "linkedin": "LinkedIn",
    "x": "X",
    "twitter": "X",
    "xing": "XING",
    "github": "GitHub",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "mastodon": "Mastodon",
    "youtube": "YouTube",
}


def display_name(card: Card) -> str:
    """The name a contact app shows (FN): the full name, else the parts, company, email, phone."""
    contact = card.contact
    for text in (
        value(contact, "name"),
        name_parts(contact).joined(),
        value(contact, "company"),
        *emails(contact),
        *(p.number for p in phones(contact)),
    ):
        if text:
            return text
    return f"Card {card.id}" if card.id is not None else "Unnamed card"


def has_person_name(contact: Contact) -> bool:
    return bool(value(contact, "name")) or not name_parts(contact).is_empty()


def met_words(event: str | None, met_on: date | None) -> tuple[str, str]:
    """(where, when) for "Met at WHERE on WHEN": WHEN left out (empty) when the event's name holds the day already
    ("sample_cards 2026-03-13")."""
    where = (event or "").strip() if filled(event) else ""
    when = met_on.isoformat() if met_on is not None else ""
    return where, "" if when and when in where else when


def compose_note(card: Card) -> str:
    """The back-of-card note, then where and when the contact was met."""
    lines: list[str] = []
    note = card.note.rstrip() if filled(card.note) else ""
    where, when = met_words(card.event, card.met_on)
    met = f"Met at {where}" if where else ""
    if when:
        met = f"{met} on {when}" if met else f"Met on {when}"
    if note:
        lines.append(note)
    if met:
        if lines:
            lines.append("")
        lines.append(met)
    return "\n".join(lines)


def categories(card: Card) -> list[str]:
    """The event and the tags, each once, in that order (as a content line carries them)."""
    out: list[str] = []
    for item in (card.event, *card.tags):
        text = clean_text(item) if item else ""
        if text.strip() and text not in out:
            out.append(text)
    return out


def follow_up_date(card: Card) -> date | None:
    """The follow-up date, else three days after meeting; None when neither is known."""
    if card.follow_up is not None:
        return card.follow_up
    if card.met_on is not None:
        try:
            return card.met_on + timedelta(days=FOLLOW_UP_AFTER_DAYS)
        except OverflowError:  # met on the last days of year 9999: no date to follow up on
            return None
    return None


def card_uid(card: Card) -> str:
    """A UUID that stays the same for a card across exports, so re-importing updates instead of duplicating.

    Built from the card's identity in its library (id, when it was stored, which photo and which card of
    it), not from its fields, so edits keep the UID; cards of two libraries with the same id still differ.
    """
    if card.id is None and card.created_at is None and not card.source_path:
        key = "content:" + json.dumps(card.contact.to_dict(), sort_keys=True, ensure_ascii=False)
    else:
        created = card.created_at.isoformat() if card.created_at is not None else ""
        key = f"card:{card.id}|{created}|{card.source_path}|{card.card_index}"
    return str(uuid.uuid5(_UID_NAMESPACE, key))


def phones(contact: Contact) -> list[Phone]:
    return [f.value for f in contact.phones if filled(f.value.number)]


def emails(contact: Contact) -> list[str]:
    """The email addresses (identifiers: surrounding whitespace is not part of them)."""
    return [e for e in (f.value.strip() for f in contact.emails) if filled(e)]


def websites(contact: Contact) -> list[str]:
    return [w for w in (f.value.strip() for f in contact.websites) if filled(w)]


def social_profiles(contact: Contact) -> list[SocialProfile]:
    return [f.value for f in contact.social if filled(f.value.url)]


def address(contact: Contact) -> Address | None:
    if contact.address is None:
        return None
    adr = contact.address.value
    parts = (adr.street, adr.postcode, adr.city, adr.region, adr.country)
    return adr if any(filled(x) for x in parts) else None


def social_name(service: str) -> str:
    return SOCIAL_NAMES.get(service.lower(), service.strip().title() or "Profile")


@lru_cache(maxsize=65536)
def phone_display(number: str) -> str:
    """The number in international format with spaces ("+31 20 123 4567"); as it is if it cannot be parsed."""
    text = number.strip()
    if not text.startswith("+"):
        return text
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(parsed):
        return text
    shown = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    # Some formatting rules add digits (a leading area code for short numbers): never show another number.
    if _digits(shown) != _digits(text):
        return text
    return shown


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def value(contact: Contact, name: str) -> str:
    """A scalar text field exactly as stored; "" when missing or blank."""
    text = contact.value(name)
    return text if isinstance(text, str) and filled(text) else ""
