"""Printed lines that look like contact data but gave no field: doubt about what is missing.

A line with an "@", a web address, a phone-like run of digits or a postcode before a word, that no field of the
contact came from, is listed for the user to check ("unused" in the scan JSON): an e-mail the OCR broke beyond
repair, a number whose country could not be told, an address in a format the extractor does not know.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

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
SAME_LINE = 0.85  # how alike a printed line and a field's recorded line must be to be the same line (a line read
# again from the stored picture may differ by a letter or two from the scan's reading)


def looks_like_contact_data(text: str) -> bool:
    """An e-mail, a web address, a phone number or a postcode before a town (a tax or register number is not a
    phone number)."""
    looks = [i for i, pattern in enumerate(_LOOKS_LIKE) if pattern.search(text)]
    return bool(looks) and not (looks == [_PHONE] and NOT_PHONE_RE.search(text))


def field_sources(contact: Contact) -> list[str]:
    """The printed lines the contact's fields were read from (an address: each of its lines)."""
    fields = [contact.name, contact.title, contact.department, contact.company, contact.address,
              *contact.emails, *contact.phones, *contact.websites, *contact.social]
    return [part.strip() for f in fields if f is not None and f.source for part in f.source.split(" / ")]


def is_used(line: str, sources: list[str]) -> bool:
    """A field was read from the line: one of `sources` is that line (letter for letter, or nearly)."""
    folded = " ".join(line.casefold().split())
    return any(folded == " ".join(s.casefold().split()) or
               SequenceMatcher(None, folded, " ".join(s.casefold().split())).ratio() >= SAME_LINE for s in sources)


def unused_lines(page: OcrPage, contact: Contact) -> list[str]:
    """The card's lines that look like an e-mail, a web address, a phone number or an address but that no field
    came from, in reading order, each once. The triage app decides the same for the lines it reads again
    (cardscan.line_regions.unused_lines)."""
    sources = field_sources(contact)
    out: list[str] = []
    for seg in segments_of(page):
        line = seg.line_text.strip()
        if line in out or seg.ocr_confidence < 0.3 or is_used(line, sources):
            continue
        if looks_like_contact_data(seg.text):
            out.append(line)
    return out
