"""vCard 3.0 (RFC 2426, the default: what iOS, Android, Google and macOS import reliably) and 4.0 (RFC 6350).

Every vCard is written by `VCardWriter`, through `contentline`: UTF-8 without BOM, CRLF, lines folded at 75
octets, values escaped. Choices made for the importers:

- N always (family;given;middle;prefix;suffix, derived from the full name when the card has no parts), FN
  always (full name, else company, email or phone). A card without a person's name is marked as a company
  (3.0: X-ABShowAs:COMPANY for Apple Contacts; 4.0: KIND:org).
- The address is a work ADR in its seven components with the country as an English name ("Netherlands"):
  Google and Outlook show the text as it is, iOS/macOS/Android map a name onto their country list, and an ISO
  code would show up as a bare "NL". 3.0 writes a plain ADR (a strict RFC 2426 reader, and some importers,
  refuse or drop grouped properties); `apple=True` (`--apple`) adds the code as Apple's grouped X-ABADR, what
  Apple Contacts writes itself. 4.0 gives the code as the CC parameter of RFC 9554.
- A social profile is written twice: X-SOCIALPROFILE (Apple, and the clients that understand it) and a plain
  URL, which every client shows.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable

from cardscan.export import contentline as cl
from cardscan.export.common import (
    PRODUCT_ID,
    address,
    card_uid,
    categories,
    compose_note,
    display_name,
    emails,
    has_person_name,
    phones,
    social_profiles,
    value,
    websites,
)
from cardscan.export.countries import country_name
from cardscan.export.names import filled, name_parts
from cardscan.model import Card

VCARD_VERSIONS = ("3.0", "4.0")
PhotoSource = Callable[[Card], bytes | None]

# Phone type -> TYPE parameter values (vCard 3.0, RFC 2426 section 3.3.1).
_TEL_TYPES_3 = {
    "work": "WORK,VOICE",
    "mobile": "CELL",
    "fax": "WORK,FAX",
    "home": "HOME,VOICE",
    "other": "VOICE",
}
# vCard 4.0, RFC 6350 section 6.4.1.
_TEL_TYPES_4 = {
    "work": "work,voice",
    "mobile": "cell",
    "fax": "work,fax",
    "home": "home,voice",
    "other": "voice",
}
# The service names Apple Contacts knows for X-SOCIALPROFILE (it still calls X "twitter").
_SOCIAL_TYPES = {"x": "twitter"}
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
_SERVICE_TOKEN = re.compile(r"[^a-z0-9-]")


class VCardWriter:
    """Builds one vCard, line by line, in one version."""

    def __init__(self, version: str = "3.0", *, apple: bool = False) -> None:
        if version not in VCARD_VERSIONS:
            raise ValueError(f"unsupported vCard version {version!r}")
        self.version = version
        self.apple = apple  # 3.0: the country code as Apple's grouped item1.X-ABADR
        self._lines: list[bytes] = []

    @property
    def v4(self) -> bool:
        return self.version == "4.0"

    def add(self, name: str, value: str, *params: tuple[str, str]) -> None:
        """A property whose value is already in its value type's syntax."""
        self._lines.append(cl.content_line(name, value, params))

    def add_text(self, name: str, text: str, *params: tuple[str, str]) -> None:
        if text.strip():
            self.add(name, cl.escape_text(text), *params)

    def add_structured(self, name: str, parts: Iterable[str | None], *params: tuple[str, str]) -> None:
        self.add(name, cl.structured(parts), *params)

    def card(self, card: Card, photo: bytes | None = None) -> bytes:
        """The whole vCard of one card."""
        self._lines = []
        contact = card.contact
        v4 = self.v4
        self.add("BEGIN", "VCARD")
        self.add("VERSION", self.version)
        self.add("PRODID", PRODUCT_ID)
        person = has_person_name(contact)
        company = value(contact, "company")
        department = value(contact, "department")
        if v4 and not person and company:
            self.add("KIND", "org")
        parts = name_parts(contact)
        self.add_structured("N", (parts.family, parts.given, parts.middle, parts.prefix, parts.suffix))
        self.add("FN", cl.escape_text(display_name(card)))
        if not v4 and not person and company:
            self.add("X-ABShowAs", "COMPANY")
        if company or department:
            self.add_structured("ORG", (company, department) if department else (company,))
        self.add_text("TITLE", value(contact, "title"))
        for phone in phones(contact):
            self._phone(phone.number.strip(), phone.type)
        for email in emails(contact):
            self.add("EMAIL", cl.escape_text(email), ("TYPE", "work" if v4 else "INTERNET,WORK"))
        urls = websites(contact)
        for url in urls:
            self.add("URL", cl.uri(url), *((("TYPE", "work"),) if v4 else ()))
        for profile in social_profiles(contact):
            service = _SERVICE_TOKEN.sub("", profile.service.lower())
            service = _SOCIAL_TYPES.get(service, service) or "other"
            self.add("X-SOCIALPROFILE", cl.uri(profile.url), ("TYPE", service))
            if profile.url.strip() not in urls:
                self.add("URL", cl.uri(profile.url))
        self._address(card)
        self.add_text("NOTE", compose_note(card))
        cats = categories(card)
        if cats:
            self.add("CATEGORIES", cl.text_list(cats))
        if photo:
            encoded = base64.b64encode(photo).decode("ascii")
            if v4:
                self.add("PHOTO", f"data:image/jpeg;base64,{encoded}")
            else:
                self.add("PHOTO", encoded, ("ENCODING", "b"), ("TYPE", "JPEG"))
        uid = card_uid(card)
        self.add("UID", f"urn:uuid:{uid}" if v4 else uid)
        self.add("END", "VCARD")
        return b"".join(self._lines)

    def _phone(self, number: str, kind: str) -> None:
        if self.v4:
            types = ("TYPE", _TEL_TYPES_4.get(kind, "voice"))
            if _E164.fullmatch(number):
                self.add("TEL", f"tel:{number}", ("VALUE", "uri"), types)
            else:
                self.add("TEL", cl.escape_text(number), types)
        else:
            self.add("TEL", cl.escape_text(number), ("TYPE", _TEL_TYPES_3.get(kind, "VOICE")))

    def _address(self, card: Card) -> None:
        adr = address(card.contact)
        if adr is None:
            return
        code = (adr.country or "").strip()
        parts = ("", "", *(x if filled(x) else "" for x in (adr.street, adr.city, adr.region, adr.postcode)),
                 country_name(adr.country) if filled(adr.country) else "")
        is_code = len(code) == 2 and code.isalpha() and code.isascii()
        if self.v4:
            params: list[tuple[str, str]] = [("TYPE", "work")]
            if is_code:
                params.append(("CC", code.upper()))
            self.add_structured("ADR", parts, *params)
        elif is_code and self.apple:
            self.add_structured("item1.ADR", parts, ("TYPE", "WORK"))
            self.add("item1.X-ABADR", code.lower())
        else:
            self.add_structured("ADR", parts, ("TYPE", "WORK"))


def vcard(card: Card, *, version: str = "3.0", photo: bytes | None = None, apple: bool = False) -> bytes:
    """One card as a vCard (bytes: UTF-8, CRLF)."""
    return VCardWriter(version, apple=apple).card(card, photo)


def vcards(cards: Iterable[Card], *, version: str = "3.0", photo_for: PhotoSource | None = None,
           apple: bool = False) -> bytes:
    """All cards in one .vcf file."""
    writer = VCardWriter(version, apple=apple)
    return b"".join(writer.card(card, photo_for(card) if photo_for else None) for card in cards)
