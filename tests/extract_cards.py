"""Build OcrPage objects from card text for the extractor tests (a helper, not a test module)."""

from __future__ import annotations

from cardscan.extract import extract_contact
from cardscan.model import Contact, OcrLine, OcrPage, OcrWord

CHAR_WIDTH = 0.55  # of the font height


def line(text: str, *, height: int = 20, conf: float = 0.93, y: int = 0, x: int = 40,
         confs: dict[str, float] | None = None) -> OcrLine:
    """One OCR line with plausible word boxes; `confs` overrides the confidence of given words."""
    words = []
    pos = x
    for token in text.split():
        width = max(1, int(len(token) * CHAR_WIDTH * height))
        c = (confs or {}).get(token, conf)
        words.append(OcrWord(token, c, (pos, y, width, height)))
        pos += width + int(0.35 * height)
    box = (x, y, max(1, pos - x), height)
    return OcrLine(tuple(words), box)


def page(*rows: str | tuple[str, int], conf: float = 0.93, confs: dict[str, float] | None = None) -> OcrPage:
    """A card: each row is "text" (height 20) or ("text", height); lines stacked top to bottom."""
    lines = []
    y = 30
    for row in rows:
        text, height = (row, 20) if isinstance(row, str) else row
        lines.append(line(text, height=height, conf=conf, y=y, confs=confs))
        y += int(height * 1.5)
    return OcrPage(tuple(lines), engine="test", languages="eng")


def address_of(*rows: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(street, postcode, city, country) of the address read from a card of these rows; the card must have one."""
    c = extract_contact(page(*rows))
    assert c.address is not None, rows
    a = c.address.value
    return a.street, a.postcode, a.city, a.country


def read(*rows: str | tuple[str, int]) -> Contact:
    """The contact extracted from a card of these rows."""
    return extract_contact(page(*rows))


def phone_numbers(card: Contact) -> list[str]:
    """The card's phone numbers (E.164), in order."""
    return [f.value.number for f in card.phones]
