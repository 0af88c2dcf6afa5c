"""Printed lines that look like contact data but gave no field: doubt about what is missing.

A line with an "@", a web address, a phone-like run of digits or a postcode before a word, that no field of the
contact came from, is listed for the user to check ("unused" in the scan JSON): an e-mail the OCR broke beyond
repair, a number whose country could not be told, an address in a format the extractor does not know.
"""

from __future__ import annotations

import re

from cardscan.extract.lines import segments_of
from cardscan.extract.phones import NOT_PHONE_RE
from cardscan.model import Contact, OcrPage

_LOOKS_LIKE = (
    re.compile(r"\S@\S|\(at\)", re.IGNORECASE),  # an e-mail address
    re.compile(r"(?i)\bwww\b|\bhttps?\b|\b[\w-]{2,}\.(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?\b(?![.\w])"),  # web
    re.compile(r"(?:\+|\b0)\s?\d[\d\s()./-]{6,}\d"),  # a phone number
    re.compile(r"\b\d{4,5}\s+[A-Z][a-z]"),  # a postcode before a town
)


_PHONE = 2


def unused_lines(page: OcrPage, contact: Contact) -> list[str]:
    """The card's lines that look like an e-mail, a web address, a phone number or an address but that no field
    came from, in reading order, each once."""
    used: set[str] = set()
    fields = [contact.name, contact.title, contact.department, contact.company, contact.address,
              *contact.emails, *contact.phones, *contact.websites, *contact.social]
    for f in fields:
        if f is not None and f.source:
            used.update(part.strip() for part in f.source.split(" / "))
    out: list[str] = []
    for seg in segments_of(page):
        line = seg.line_text.strip()
        if line in used or line in out or seg.ocr_confidence < 0.3:
            continue
        looks = [i for i, pattern in enumerate(_LOOKS_LIKE) if pattern.search(seg.text)]
        if looks == [_PHONE] and NOT_PHONE_RE.search(seg.text):
            continue  # a tax or register number, not a phone number
        if looks:
            out.append(line)
    return out
