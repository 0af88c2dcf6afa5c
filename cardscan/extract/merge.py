"""OCR and QR readings of one card, merged: what the QR holds fills fields and wins conflicts."""

from __future__ import annotations

import re
from dataclasses import replace

from cardscan.model import Address, Contact, Field, Phone
from cardscan.text import fold

_NAME_PARTS = ("prefix", "given_name", "middle_name", "family_name", "suffix")


def _same_person(ocr: Contact, qr: Contact) -> bool:
    """True when the QR's name is the printed name, or the printed one with less (no prefix, no suffix)."""
    if ocr.name is None or qr.name is None:
        return False
    printed = fold(ocr.name.value)
    words = [fold(w) for w in qr.name.value.replace(",", " ").split()]
    return bool(words) and all(w in printed for w in words)


def _merge_name(out: Contact, ocr: Contact, qr: Contact) -> None:
    if qr.name is None:
        return
    printed = ocr.name.value if ocr.name else ""
    if _same_person(ocr, qr) and len(printed) > len(qr.name.value):
        # The card prints more ("Dr. Anna van den Berg" vs the QR's "Anna van den Berg"): keep the printed name and
        # its prefix/suffix; the QR's structured parts win where it has them.
        for part in _NAME_PARTS:
            q = getattr(qr, part)
            if q is not None:
                setattr(out, part, q)
        return
    out.name = qr.name
    for part in _NAME_PARTS:
        setattr(out, part, getattr(qr, part))


def _merge_phones(ocr: list[Field[Phone]], qr: list[Field[Phone]]) -> list[Field[Phone]]:
    by_number = {f.value.number: f for f in ocr}
    out: list[Field[Phone]] = []
    for q in qr:
        o = by_number.get(q.value.number)
        phone = q.value
        if o is not None:
            # The printed text stays; the QR's type wins unless the QR carried none (its type was a guess).
            kind = phone.type if q.confidence >= 1.0 else o.value.type
            phone = Phone(phone.number, kind, o.value.text or phone.text)
        out.append(Field(phone, 1.0, q.source))
    taken = {f.value.number for f in out}
    # (No fuzzy match here: an office's phone and fax numbers often differ in one digit.)
    out.extend(f for f in ocr if f.value.number not in taken)
    return out


def _merge_address(ocr: Field[Address] | None, qr: Field[Address] | None) -> Field[Address] | None:
    if qr is None:
        return ocr
    if ocr is None:
        return qr
    q, o = qr.value, ocr.value
    same_place = (q.postcode and o.postcode and q.postcode.replace(" ", "") == o.postcode.replace(" ", "")) or (
        q.city and o.city and fold(q.city) == fold(o.city))
    if not same_place:
        return qr
    merged = Address(
        street=q.street or o.street,
        postcode=q.postcode or o.postcode,
        city=q.city or o.city,
        region=q.region or o.region,
        country=q.country or o.country,
    )
    return Field(merged, qr.confidence, qr.source)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (short strings only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _misread_of(ocr_value: str, qr_value: str, tolerance: int) -> bool:
    """True if the OCR reading is the QR's value with a few characters misread or lost ("llopes" / "l.lopes")."""
    a, b = (re.sub(r"^https://(www\.)?", "", v.lower()) for v in (ocr_value, qr_value))
    return a == b or _distance(a, b) <= tolerance


def _union(qr: list[Field[str]], ocr: list[Field[str]], tolerance: int = 2) -> list[Field[str]]:
    """The QR's values, then the OCR's that are not (a misreading of) one of them."""
    return list(qr) + [f for f in ocr if not any(_misread_of(f.value, q.value, tolerance) for q in qr)]


def merge_qr(ocr: Contact, qr: Contact) -> Contact:
    """The OCR contact completed and corrected by the QR payload's contact."""
    out = ocr.copy()
    _merge_name(out, ocr, qr)
    for key in ("title", "department", "company"):
        value = getattr(qr, key)
        if value is not None:
            setattr(out, key, value)
    out.emails = _union(qr.emails, ocr.emails)
    out.websites = _union(qr.websites, ocr.websites)
    seen_social = {f.value.url.lower() for f in qr.social}
    seen_services = {f.value.service for f in qr.social}
    out.social = list(qr.social) + [f for f in ocr.social
                                    if f.value.url.lower() not in seen_social and f.value.service not in seen_services]
    out.phones = _merge_phones(ocr.phones, qr.phones)
    out.address = _merge_address(ocr.address, qr.address)
    return replace(out)
