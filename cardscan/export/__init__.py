"""Exports: cards to vCard, CSV (generic, Google, Outlook) and iCalendar, as bytes; and the atomic writer.

Pure functions over `list[Card]`; the `export` command gets the cards from the library and writes the files.

    from cardscan.export import export_cards, write_atomic
    result = export_cards(cards, "vcard", vcard_version="3.0")
    write_atomic("contacts.vcf", result.data, overwrite=False)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from cardscan.export.atomic import write_atomic
from cardscan.export.csv_formats import CSV_KINDS, csv_export, neutralise
from cardscan.export.ics import CalendarExport, calendar
from cardscan.export.photo import card_photo_jpeg
from cardscan.export.vcard import VCARD_VERSIONS, PhotoSource, VCardWriter, vcard, vcards
from cardscan.model import Card

FORMATS = ("vcard", "csv", "google", "outlook", "ics")
FILE_SUFFIXES = {"vcard": ".vcf", "csv": ".csv", "google": ".csv", "outlook": ".csv", "ics": ".ics"}


@dataclass
class ExportResult:
    data: bytes
    written: int  # contacts (or calendar entries) in `data`
    skipped: list[Card] = field(default_factory=list)  # cards left out (ics: no date to follow up on)


def export_cards(
    cards: Sequence[Card],
    fmt: str,
    *,
    vcard_version: str = "3.0",
    photo_for: PhotoSource | None = None,
    todo: bool = False,
    now: datetime | None = None,
    apple: bool = False,
) -> ExportResult:
    """The file of format `fmt` (one of FORMATS) for `cards`."""
    if fmt == "vcard":
        return ExportResult(vcards(cards, version=vcard_version, photo_for=photo_for, apple=apple), len(cards))
    if fmt == "csv":
        return ExportResult(csv_export(cards, "generic"), len(cards))
    if fmt in ("google", "outlook"):
        return ExportResult(csv_export(cards, fmt), len(cards))
    if fmt == "ics":
        cal = calendar(cards, todo=todo, now=now)
        return ExportResult(cal.data, cal.written, cal.skipped)
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


__all__ = [
    "CSV_KINDS",
    "FILE_SUFFIXES",
    "FORMATS",
    "VCARD_VERSIONS",
    "CalendarExport",
    "ExportResult",
    "PhotoSource",
    "VCardWriter",
    "calendar",
    "card_photo_jpeg",
    "csv_export",
    "export_cards",
    "neutralise",
    "vcard",
    "vcards",
    "write_atomic",
]
