"""Contact fields from a card's OCR text, and from the QR code printed on it.

- `extract_contact(page, default_region=None)`: OCR lines -> Contact; every field has a value, a confidence in
  [0, 1] (OCR word confidence times how sure the classification is) and the OCR line it came from.
- `parse_qr_payload(text)`: vCard 2.1/3.0/4.0, MECARD or BIZCARD payload -> Contact (confidence 1.0, source "qr").
- `merge_qr(ocr, qr)`: the QR fills fields and wins conflicts; fields only the OCR found stay.
- `unused_lines(page, contact)`: printed lines that look like contact data but gave no field.

Core module: no printing, no network (e-mail validation never looks up DNS).
"""

from __future__ import annotations

from cardscan.extract.merge import merge_qr
from cardscan.extract.ocr_contact import extract_contact
from cardscan.extract.qr import parse_qr_payload
from cardscan.extract.unused import unused_lines

__all__ = ["extract_contact", "merge_qr", "parse_qr_payload", "unused_lines"]
