"""The naive baseline `make bench` measures cardscan against: the whole photo through pytesseract
with every product language, then regular expressions. No card finding, no straightening."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
import pytesseract
from PIL import Image, ImageOps

LANGS = "eng+deu+fra+ita+nld+swe+spa+por"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB = re.compile(r"\b(?:https?://)?(www\.[\w-]+(?:\.[\w-]+)+(?:/\S*)?)", re.I)


def read_photo(path: str) -> dict[str, Any]:
    """One contact per photo (the baseline cannot tell cards apart)."""
    with Image.open(path) as img:
        img = ImageOps.exif_transpose(img).convert("L")
        text = pytesseract.image_to_string(img, lang=LANGS, config="--oem 1")
    return contact_from_text(text)


def contact_from_text(text: str) -> dict[str, Any]:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    emails = sorted({m.group(0).lower().rstrip(".") for m in EMAIL.finditer(text)})
    websites = sorted({"https://" + m.group(1).lower().rstrip("/.") for m in WEB.finditer(text)})
    phones = []
    for match in phonenumbers.PhoneNumberMatcher(text, "DE"):
        phones.append({"number": phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
                       "type": "work", "text": match.raw_string})
    name = lines[0] if lines else None
    company = lines[1] if len(lines) > 1 else None
    return {"name": name, "company": company, "emails": emails, "phones": phones, "websites": websites}
