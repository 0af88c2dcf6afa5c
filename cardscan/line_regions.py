"""Where on the card a field was read: the stored card picture read again for its lines' boxes, the line a
field came from found by its text, and that region cut out, for a zoom that makes a doubtful field checkable.

The scan keeps each field's OCR line (its text), not its box; reading the stored picture again (a fraction of a
second, in the triage app's worker) finds the boxes for any card, old libraries included."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from PIL import Image, ImageOps

from cardscan.model import Contact

MATCH = 0.6  # how alike a field's recorded line and a line read again must be to be the same line


@dataclass(frozen=True)
class Line:
    text: str
    box: tuple[int, int, int, int]  # x, y, width, height in the stored card picture


def read_lines(picture: str, engine: str, languages: str) -> list[Line]:
    """The text lines of a stored card picture, with their boxes (OCR, as the scan reads a card)."""
    import cv2

    from cardscan.ocr import create_engine
    from cardscan.reading import prepare_for_ocr

    image = cv2.imread(picture)
    if image is None:
        return []
    reader = create_engine(engine, languages)
    try:
        page = reader.read(prepare_for_ocr(image))
    finally:
        reader.close()
    return [Line(line.text, line.box) for line in page.lines if line.text.strip()]


def _alike(a: str, b: str) -> float:
    return SequenceMatcher(None, " ".join(a.casefold().split()), " ".join(b.casefold().split())).ratio()


def find_line(lines: list[Line], source: str) -> Line | None:
    """The line a field's recorded OCR text came from (for an address, the first of its lines)."""
    wanted = source.split(" / ")[0]
    scored = [(_alike(line.text, wanted), line) for line in lines]
    best = max(scored, key=lambda s: s[0], default=None)
    return best[1] if best is not None and best[0] >= MATCH else None


def unused_lines(lines: list[Line], contact: Contact) -> list[Line]:
    """The lines that look like contact data but that no field was read from: the scan's decision ("unused" in
    its JSON, cardscan.extract.unused) for the lines read again."""
    from cardscan.extract.unused import field_sources, is_used, looks_like_contact_data

    sources = field_sources(contact)
    return [line for line in lines if looks_like_contact_data(line.text) and not is_used(line.text, sources)]


def cut_out(picture: str, box: tuple[int, int, int, int], *, margin: float = 0.35) -> Image.Image:
    """The region `box` of the picture with a margin around it (a share of the line's height)."""
    with Image.open(picture) as file:
        image = ImageOps.exif_transpose(file).convert("RGB")
    x, y, w, h = box
    pad = max(2, round(h * margin))
    left, top = max(0, x - pad), max(0, y - pad)
    right, bottom = min(image.width, x + w + pad), min(image.height, y + h + pad)
    return image.crop((left, top, max(right, left + 1), max(bottom, top + 1)))
