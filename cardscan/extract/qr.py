"""QR code payloads on cards: vCard 2.1 / 3.0 / 4.0, MECARD and BIZCARD -> Contact.

Values are normalised to the same rules as OCR extraction (E.164 phones,
"https://" websites, canonical social URLs, ISO country codes); every field has
confidence 1.0 and source "qr".
"""

from __future__ import annotations

import re

from cardscan.extract.address import find_address
from cardscan.extract.emails import normalise_email
from cardscan.extract.qrfields import (
    add_phones,
    add_url,
    country_code,
    field,
    has_content,
    pieces_of,
    region_hint,
    set_name,
    split_unescaped,
    text_value,
    unescape,
    vcard_address,
)
from cardscan.extract.vcard import parse_vcard
from cardscan.extract.web import social_from_url
from cardscan.model import Address, Contact


def _mecard_fields(body: str) -> list[tuple[str, str]]:
    out = []
    for part in split_unescaped(body, ";"):
        if ":" not in part:
            continue
        key, _, value = part.partition(":")
        out.append((key.strip().upper(), value))
    return out


_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b")
_US_ZIP = re.compile(r"\b(?:(?P<state>[A-Z]{2})\s+)?(?P<pc>\d{5}(?:-\d{4})?)\b")


def _free_address(text: str, region: str | None) -> Address | None:
    """A one-string address ("Keizersgracht 1, 1015 CJ Amsterdam, NL"), or MECARD's 7 comma-separated parts."""
    raw = split_unescaped(text, ",")
    if len(raw) == 7:
        return vcard_address(raw, region)
    parts = [p.strip() for p in text_value(text).split(",") if p.strip()]
    country = country_code(parts[-1]) if len(parts) > 1 else None
    if country:
        parts = parts[:-1]
    if not parts:
        return Address(country=country) if country else None
    street = parts[0] if len(parts) > 1 else None
    # "EC1V 2AB London" / "London EC1V 2AB" and "80243 Denver" / "Denver, CO 80243": one part with the code.
    if country in ("GB", "US", None):
        pattern = _UK_POSTCODE if country != "US" else _US_ZIP
        for i, part in enumerate(parts[1:], start=1):
            m = pattern.search(part)
            if m and (country or pattern is _UK_POSTCODE):
                pc = m.group("pc") if pattern is _US_ZIP else m.group(0)
                state = m.group("state") if pattern is _US_ZIP else None
                city = (part[: m.start()] + part[m.end():]).strip(" ,") or (parts[i - 1] if i > 1 else "")
                return Address(", ".join(parts[:i]) if i > 1 and city != parts[i - 1] else street, pc,
                               city or None, state, country or "GB")
    hint = country or region
    evidence = {hint: 1.0} if hint else {}
    found = find_address(pieces_of([", ".join(parts)]), evidence) or find_address(pieces_of(parts), evidence)
    if found is None:
        return Address(", ".join(parts) or None, None, None, None, country)
    a = found.address
    return Address(a.street, a.postcode, a.city, a.region, country or a.country)


def _parse_mecard(body: str) -> Contact | None:
    contact = Contact()
    tels: list[tuple[str, list[str]]] = []
    address_text = None
    for key, value in _mecard_fields(body):
        if key == "N":
            comps = [text_value(c) for c in split_unescaped(value, ",")]
            if len(comps) >= 2 and comps[1]:
                family, given = comps[0], comps[1]
                set_name(contact, f"{given} {family}".strip(), {"given_name": given, "family_name": family})
            elif comps and comps[0]:
                set_name(contact, comps[0], {})
        elif key == "TEL":
            tels.append((value, []))
        elif key == "EMAIL":
            email = normalise_email(text_value(value))
            if email and email not in [f.value for f in contact.emails]:
                contact.emails.append(field(email))
        elif key == "URL":
            add_url(contact, unescape(value))
        elif key == "ADR":
            address_text = value
        elif key == "ORG" and text_value(value):
            contact.company = field(text_value(value))
        elif key in ("TITLE", "ROLE") and text_value(value):
            contact.title = field(text_value(value))
    if address_text:
        address = _free_address(address_text, region_hint(contact))
        if address:
            contact.address = field(address)
    add_phones(contact, tels)
    return contact if has_content(contact) else None


def _parse_bizcard(body: str) -> Contact | None:
    contact = Contact()
    given = family = ""
    tels: list[tuple[str, list[str]]] = []
    for key, value in _mecard_fields(body):
        value = text_value(value)
        if key == "N":
            given = value
        elif key == "X":
            family = value
        elif key == "T" and value:
            contact.title = field(value)
        elif key == "C" and value:
            contact.company = field(value)
        elif key == "A" and value:
            address = _free_address(value, None)
            if address:
                contact.address = field(address)
        elif key in ("B", "M", "F"):
            tels.append((value, {"B": ["WORK"], "M": ["CELL"], "F": ["FAX"]}[key]))
        elif key == "E":
            email = normalise_email(value)
            if email:
                contact.emails.append(field(email))
    if given or family:
        set_name(contact, f"{given} {family}".strip(), {"given_name": given, "family_name": family})
    add_phones(contact, tels)
    return contact if has_content(contact) else None


def parse_qr_payload(text: str) -> Contact | None:
    """The contact in a QR payload (vCard, MECARD, BIZCARD, or a social profile link), or None."""
    if not text or not text.strip():
        return None
    payload = text.strip().lstrip("\ufeff")
    upper = payload[:20].upper()
    try:
        if upper.startswith("BEGIN:VCARD"):
            return parse_vcard(payload)
        if upper.startswith("MECARD:"):
            return _parse_mecard(payload[7:])
        if upper.startswith("BIZCARD:"):
            return _parse_bizcard(payload[8:])
    except (ValueError, IndexError, UnicodeError):
        return None
    if re.fullmatch(r"(?i)(?:https?://)?\S+", payload):
        social = social_from_url(payload, None)
        if social is not None:
            contact = Contact()
            contact.social.append(field(social))
            return contact
    return None
