"""Scan and store: read photos and put their cards in the library. One code path for `cardscan scan` and the
scan run from inside the triage app (the TUI calls this module, never the command layer)."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cardscan.errors import InputFileError
from cardscan.model import Card

if TYPE_CHECKING:  # the pipeline pulls in OpenCV and numpy: imported when a scan runs
    from cardscan.pipeline import ScanOptions
    from cardscan.reading import PhotoResult
    from cardscan.store import Library


def split_known(library: Library, photos: list[str]) -> tuple[list[str], int]:
    """The photos the library does not have yet (by content), and how many it has."""
    from cardscan.pipeline import file_sha256

    new = []
    for path in photos:
        try:
            known = library.has_photo(file_sha256(path))
        except (InputFileError, OSError):
            known = False  # the reader will report why the file cannot be read
        if not known:
            new.append(path)
    return new, len(photos) - len(new)


def store_result(library: Library, result: PhotoResult, event: str | None) -> list[int]:
    """Store one read photo and its cards (one transaction); returns the new cards' ids.

    Without `event`, the cards join the event of their folder (see `Library.event_for_photo`)."""
    assert result.sha256 is not None
    cards = [
        (
            Card(contact=c.contact, card_index=c.index, quad=list(c.quad), qr=c.qr, text=c.text,
                 source_path=result.source),
            c.crop_jpeg,
        )
        for c in result.cards
    ]
    return library.add_photo(
        sha256=result.sha256,
        source_path=result.source,
        photo_path=None,
        photo_data=result.data,  # the bytes read and hashed: the file may have changed or gone since
        taken_at=result.taken_at,
        event=event or library.event_for_photo(result.source, result.taken_at),
        cards=cards,
    )


@dataclass
class Stored:
    """One photo of a scan, read and (unless it failed) stored."""

    result: PhotoResult
    card_ids: list[int] = field(default_factory=list)

    @property
    def problem(self) -> str | None:
        return None if self.result.ok else (self.result.error or self.result.source)


def scan_into(library: Library | None, photos: list[str], options: ScanOptions,
              event: str | None) -> Generator[Stored, None, None]:
    """Read `photos` (in worker processes) and store each one as it comes back, in input order. A photo that
    cannot be read is recorded as a failure and the scan goes on. `library` None: read only (scan --no-store).
    Closing the iterator stops the workers."""
    from cardscan.pipeline import scan_photos

    results = scan_photos(photos, options)
    try:
        for result in results:
            stored = Stored(result)
            if library is not None:
                if result.ok:
                    stored.card_ids = store_result(library, result, event)
                else:
                    library.record_failure(result.source, result.sha256, result.error or "")
            yield stored
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
