"""What the QR payload parsers share: escapes, phones, addresses, names, URLs, all normalised like the OCR."""

from __future__ import annotations

import re
from typing import TypeVar

import phonenumbers

from cardscan.extract.address import find_address
from cardscan.extract.geo import country_from_domain, country_from_name
from cardscan.extract.hits import Piece
from cardscan.extract.lines import Segment, Word, clean_text
from cardscan.extract.names import split_name
from cardscan.extract.phonetype import phone_type
from cardscan.extract.web import find_web, social_from_url
from cardscan.model import SOURCE_QR, Address, Contact, Field, Phone

T = TypeVar("T")

_ISO_TEXT = """
DE AT CH LI NL BE LU FR MC IT ES PT SE NO DK FI GB IE US CA PL CZ GR BR MX AR
"""
_ISO = frozenset(
    _ISO_TEXT.split()
)


def field(value: T) -> Field[T]:
    return Field(value, 1.0, SOURCE_QR)


def split_unescaped(value: str, sep: str) -> list[str]:
    parts = [""]
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            parts[-1] += value[i:i + 2]
            i += 2
            continue
        if ch == sep:
            parts.append("")
        else:
            parts[-1] += ch
        i += 1
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,:nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def text_value(value: str) -> str:
    return " ".join(clean_text(unescape(value).replace("\n", " ")).split())


def parse_phone(value: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
    value = value.split(";", 1)[0]  # tel: URI parameters (";ext=12")
    for reg in (region, None):
        try:
            number = phonenumbers.parse(value, reg)
        except phonenumbers.NumberParseException:
            continue
        # "Possible" by phonenumbers' length table alone lets a stub through ("+49 0"); no number dialled from
        # abroad has fewer than 6 digits with its country code or more than 15 (ITU-T E.164).
        digits = len(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)) - 1
        if phonenumbers.is_possible_number(number) and 6 <= digits <= 15:
            return number
    return None


def vcard_address(parts: list[str], hint: str | None) -> Address | None:
    """An Address from vCard ADR components (PO box; extended; street; city; region; postcode; country)."""
    parts = [text_value(p) for p in parts] + [""] * 7
    pobox, extended, street, city, region, postcode, country = parts[:7]
    street = street or extended or pobox
    postcode, rest = _postcode_part(postcode, city)
    street = ", ".join(x for x in (street, rest) if x)
    iso = country_code(country)
    if not iso and (postcode or city):
        found = find_address(pieces_of([street, f"{postcode} {city}".strip()]),
                             {hint: 1.0} if hint else {})
        iso = found.address.country if found else hint
    address = Address(street or None, postcode or None, city or None, region or None, iso)
    return None if address.is_empty() else address


# A postcode as vCard makers fill it: a few letters and digits ("10115", "SW1A 1AA", "1015 CJ", "123-4567").
_POSTCODE_SHAPE = re.compile(r"[A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,4})?")
_POSTCODE_IN_TEXT = re.compile(r"(?<![\w-])\d{3,6}(?:-\d{3,4})?(?![\w-])")


def _postcode_part(postcode: str, city: str) -> tuple[str, str]:
    """The postcode of a vCard postcode component, and what else its maker put there: "P.O.Box 123, Town 12345"
    gives ("12345", "P.O.Box 123"); the town itself is dropped, the rest kept for the street."""
    postcode = postcode.strip()
    if not postcode or _POSTCODE_SHAPE.fullmatch(postcode):
        return postcode, ""
    found = _POSTCODE_IN_TEXT.findall(postcode)
    if not found:
        return postcode, ""
    rest = postcode[:postcode.rindex(found[-1])] + postcode[postcode.rindex(found[-1]) + len(found[-1]):]
    if city:
        rest = re.sub(rf"(?i)(?<!\w){re.escape(city.strip())}(?!\w)", "", rest)
    return found[-1], re.sub(r"\s*,(?:\s*,)+", ",", rest).strip(" ,;")


def country_code(text: str) -> str | None:
    text = text.strip()
    if text.upper() in _ISO and len(text) == 2:
        return text.upper()
    return country_from_name(text) if text else None


def pieces_of(texts: list[str]) -> list[Piece]:
    out = []
    for i, text in enumerate(t for t in texts if t):
        seg = Segment(tuple(Word(w, 1.0, (0, 0, 1, 1)) for w in text.split()), i, 0, 10.0, text)
        out.append(Piece(text, seg, i))
    return out


def region_hint(contact: Contact) -> str | None:
    if contact.address is not None and contact.address.value.country:
        return contact.address.value.country
    for f in contact.emails:
        iso = country_from_domain(f.value.rsplit("@", 1)[-1])
        if iso:
            return iso
    for w in contact.websites:
        iso = country_from_domain(w.value.split("://", 1)[-1].split("/", 1)[0])
        if iso:
            return iso
    return None


def add_url(contact: Contact, value: str, service_hint: str | None = None) -> None:
    value = text_value(value)
    if not value:
        return
    social = social_from_url(value, service_hint)
    if social is not None:
        if social.url not in [f.value.url for f in contact.social]:
            contact.social.append(field(social))
        return
    websites, socials, _ = find_web(value)
    for hit in socials:
        if hit.value.url not in [f.value.url for f in contact.social]:
            contact.social.append(field(hit.value))
    for hit in websites[:1]:
        if hit.value not in [f.value for f in contact.websites]:
            contact.websites.append(field(hit.value))


def set_name(contact: Contact, full: str, parts: dict[str, str]) -> None:
    full = text_value(full)
    if not full:
        full = " ".join(x for x in (parts.get("prefix"), parts.get("given_name"), parts.get("middle_name"),
                                    parts.get("family_name")) if x)
        if full and parts.get("suffix"):
            full += ", " + parts["suffix"]
    if not full:
        return
    contact.name = field(full)
    if not any(parts.values()):
        split = split_name(full)
        parts = {k: getattr(split, k) or "" for k in ("prefix", "given_name", "middle_name", "family_name", "suffix")}
    for key, value in parts.items():
        if value:
            setattr(contact, key, field(value))


def add_phones(contact: Contact, tels: list[tuple[str, list[str]]]) -> None:
    region = region_hint(contact)
    for value, types in tels:
        number = parse_phone(unescape(value), region)
        if number is None:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in [f.value.number for f in contact.phones]:
            continue
        text = text_value(value)
        text = text[4:] if text.lower().startswith("tel:") else text
        # A number without a type in the payload (MECARD, bare TEL) gets its type guessed from the number:
        # 0.99 tells merge_qr that a printed label may know better.
        confidence = 1.0 if types else 0.99
        contact.phones.append(Field(Phone(e164, phone_type(number, vcard_types=types), text), confidence, SOURCE_QR))


def has_content(contact: Contact) -> bool:
    return any(v for v in contact.to_dict().values())
