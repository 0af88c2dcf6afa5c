"""User edits of contact fields: turning what a user typed into field values, and values into stored JSON.

Shared by `cardscan set` and the triage screen, so both accept and normalise
input the same way. Invalid input raises ValueError with a message meant for
the user.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from cardscan.display import strip_unsafe
from cardscan.model import (
    LIST_FIELDS,
    PHONE_TYPES,
    SCALAR_FIELDS,
    SOURCE_USER,
    Address,
    Contact,
    Field,
    Phone,
    SocialProfile,
)

ADDRESS_PARTS = ("street", "postcode", "city", "region", "country")
SOCIAL_HOSTS = {
    "linkedin.com": "linkedin", "x.com": "x", "twitter.com": "x", "xing.com": "xing", "github.com": "github",
    "instagram.com": "instagram", "facebook.com": "facebook", "fb.com": "facebook", "youtube.com": "youtube",
}
SOCIAL_SERVICES = ("linkedin", "x", "xing", "github", "instagram", "facebook", "mastodon", "youtube")
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def collapse(text: str) -> str:
    """One line of text as the user means it: blanks collapsed, control characters (ESC...) dropped."""
    return " ".join(strip_unsafe(text).split())


def normal_tags(tags: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        tag = collapse(tag)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


NAME_PARTS = ("prefix", "given_name", "middle_name", "family_name", "suffix")


def name_part_values(name: str | None) -> dict[str, str | None]:
    """The name parts that go with a full name the user typed ("Dr. Anna van den Berg" -> prefix "Dr.", given
    "Anna", family "van den Berg"), split the way the scanner splits printed names. None clears them all."""
    if not name or not name.strip():
        return dict.fromkeys(NAME_PARTS)
    from cardscan.extract.names import split_name

    parts = split_name(collapse(name))
    return {k: getattr(parts, k) for k in NAME_PARTS}


# --- what the user typed -> values ---


def parse_email(text: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"{text.strip()!r} is not an email address: {exc}") from exc
    return info.normalized.lower()


def contact_region(contact: Contact) -> str | None:
    """The country a card's phone numbers are dialled from: its address's country, else its phones'."""
    import phonenumbers

    if contact.address is not None and contact.address.value.country:
        return contact.address.value.country.upper()
    for f in contact.phones:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(f.value.number, None))
        except phonenumbers.NumberParseException:
            continue
        if region and region != "ZZ":
            return str(region)
    return None


_TLD_COUNTRY = {"uk": "GB"}  # country-code top-level domains that are not the ISO code


def country_evidence(contact: Contact) -> tuple[str, str] | None:
    """The country the card points at, and why: its address's country, its phones' country code, else the
    country-code domain of its e-mail or web address ("BR", "from the phone number")."""
    region = contact_region(contact)
    if region is not None:
        why = "from the address" if contact.address is not None and contact.address.value.country else \
            "from the phone number"
        return region, why
    import phonenumbers

    for host in [f.value.rpartition("@")[2] for f in contact.emails] + [f.value for f in contact.websites]:
        tld = host.lower().removeprefix("https://").removeprefix("http://").split("/")[0].rpartition(".")[2]
        code = _TLD_COUNTRY.get(tld, tld.upper())
        if len(tld) == 2 and code in phonenumbers.SUPPORTED_REGIONS:
            return code, f"from the .{tld} address"
    return None


def parse_phone(text: str, region: str | None, existing: list[Phone] | None = None) -> Phone:
    """"+31 20 123 4567", "020 1234567" (in the card's country), "mobile:+49 171 1234567" -> Phone (E.164)."""
    import phonenumbers

    raw = text.strip()
    kind = None
    label, sep, rest = raw.partition(":")
    if sep and label.strip().lower() in PHONE_TYPES:
        kind, raw = label.strip().lower(), rest.strip()
    try:
        number = phonenumbers.parse(raw, None if raw.startswith("+") else region)
    except phonenumbers.NumberParseException as exc:
        if region is None and not raw.startswith("+"):
            raise ValueError(f"phone {raw!r}: the card has no country; write the number with its +country code") \
                from exc
        raise ValueError(f"phone {raw!r} is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        where = f" for {region}" if region and not raw.startswith("+") else ""
        raise ValueError(f"phone {raw!r} is not a valid number{where}")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    for old in existing or []:
        if old.number == e164:
            return Phone(e164, kind or old.type, old.text)
    from cardscan.extract.phonetype import phone_type

    return Phone(e164, phone_type(number, label=kind), collapse(raw))


def parse_website(text: str) -> str:
    """"www.Noord.nl/" -> "https://www.noord.nl"; keeps the path's case."""
    raw = text.strip()
    raw = re.sub(r"^[a-z][a-z0-9+.-]*://", "", raw, flags=re.IGNORECASE)
    host, slash, path = raw.partition("/")
    host = host.lower()
    if not _HOST.match(host):
        raise ValueError(f"{text.strip()!r} is not a web address")
    return ("https://" + host + slash + path).rstrip("/")


def parse_social(text: str) -> SocialProfile:
    """"linkedin.com/in/annavdberg" or "mastodon:https://social.example/@anna" -> SocialProfile."""
    raw = text.strip()
    service = None
    label, sep, rest = raw.partition(":")
    if sep and label.strip().lower() in SOCIAL_SERVICES and not rest.startswith("//"):
        service, raw = label.strip().lower(), rest.strip()
    url = parse_website(raw)
    host = url.removeprefix("https://").split("/")[0].removeprefix("www.")
    service = service or SOCIAL_HOSTS.get(host)
    if service is None:
        raise ValueError(f"{text.strip()!r}: unknown service; write SERVICE:URL with SERVICE one of "
                         f"{', '.join(SOCIAL_SERVICES)}")
    return SocialProfile(service, url)


def parse_country(text: str) -> str:
    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValueError(f"country {text.strip()!r}: write the two-letter ISO code (NL, DE, FR, ...)")
    return code


def parse_list(field: str, items: list[str], contact: Contact) -> list[Any]:
    """The typed items of a list field -> values (normalised, duplicates dropped)."""
    items = [collapse(x) for x in items]
    values: list[Any] = []
    if field == "emails":
        values = [parse_email(x) for x in items if x.strip()]
    elif field == "phones":
        region = contact_region(contact)
        existing = [f.value for f in contact.phones]
        values = [parse_phone(x, region, existing) for x in items if x.strip()]
    elif field == "websites":
        values = [parse_website(x) for x in items if x.strip()]
    elif field == "social":
        values = [parse_social(x) for x in items if x.strip()]
    else:
        raise ValueError(f"{field} is not a list field")
    out, seen = [], set()
    for v in values:
        key = v.number if isinstance(v, Phone) else v.url if isinstance(v, SocialProfile) else v
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


# --- values -> stored JSON ---


def field_json(current: Contact, field: str, value: str | list[Any] | Address | None) -> Any:
    """The stored JSON (Contact.to_json form) of `field` set to `value` by the user. Values equal to what the card
    already has keep their confidence and source; new ones get 1.0 and "user"."""
    probe = Contact()
    if field in SCALAR_FIELDS:
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{field} takes a text value")
        text = collapse(value or "")
        if not text:
            return None
        old = getattr(current, field)
        setattr(probe, field, old if old is not None and old.value == text else Field(text, 1.0, SOURCE_USER))
    elif field in LIST_FIELDS:
        if not isinstance(value, list | tuple):
            raise ValueError(f"{field} takes a list")
        old_items = {f.value: f for f in getattr(current, field)}
        items: list[Field[Any]] = []
        for v in value:
            if isinstance(v, Field):
                items.append(v)
            else:
                items.append(old_items.get(v) or Field(v, 1.0, SOURCE_USER))
        setattr(probe, field, items)
    elif field == "address":
        if value is not None and not isinstance(value, Address):
            raise ValueError("address takes an Address")
        if value is not None:  # every part one clean line, as a scalar field
            value = replace(value, **{k: collapse(v) or None for k, v in vars(value).items() if isinstance(v, str)})
        if value is None or value.is_empty():
            return None
        old_address = current.address
        probe.address = old_address if old_address is not None and old_address.value == value else \
            Field(value, 1.0, SOURCE_USER)
    else:
        raise ValueError(f"{field!r} is not a contact field")
    return probe.to_json().get(field) or None
