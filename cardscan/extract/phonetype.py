"""A phone's type (one of model.PHONE_TYPES): the one place that decides it, for OCR, QR payloads and edits.

What the card says wins: a printed label ("Mobil", "Fax") or a vCard TYPE ("CELL", "WORK"). Without either, the
number itself tells: a mobile number is "mobile", any other "work" (a business card's number is a work number).
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers
from phonenumbers import PhoneNumberType

from cardscan.model import PHONE_TYPES

# vCard TYPE parameters -> phone type, strongest first.
_VCARD_TYPES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"FAX"}), "fax"),
    (frozenset({"CELL", "MOBILE", "IPHONE"}), "mobile"),
    (frozenset({"HOME"}), "home"),
    (frozenset({"WORK"}), "work"),
    (frozenset({"VOICE", "MAIN", "PAGER", "MSG", "OTHER", "TEXT", "VIDEO"}), "other"),
)


def type_of_number(number: phonenumbers.PhoneNumber) -> str:
    """The type a number has by itself: "mobile" for a mobile number, else "work"."""
    return "mobile" if phonenumbers.number_type(number) == PhoneNumberType.MOBILE else "work"


def phone_type(number: phonenumbers.PhoneNumber, *, label: str | None = None,
               vcard_types: Iterable[str] = ()) -> str:
    """The phone's type: the printed label's (already a phone type), else the vCard TYPEs', else the number's."""
    if label in PHONE_TYPES:
        return label
    given = {t.upper() for t in vcard_types}
    for types, kind in _VCARD_TYPES:
        if given & types:
            return kind
    return type_of_number(number)
