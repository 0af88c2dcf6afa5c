"""Scanning from inside the triage app: runs in a worker thread, with its own connection to the library, and
reports each photo as it is stored so its cards join the stack at once."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual.message import Message

from cardscan.model import Card
from cardscan.scan_options import ScanOptions
from cardscan.store import LibraryLocation


class ScanStarted(Message):
    def __init__(self, folder: str, photos: int, known: int, problems: list[str]) -> None:
        super().__init__()
        self.folder = folder
        self.photos = photos  # to read
        self.known = known  # already in the library: skipped
        self.problems = problems  # inputs that cannot be read at all


class PhotoScanned(Message):
    def __init__(self, done: int, cards: list[Card], problem: str | None) -> None:
        super().__init__()
        self.done = done
        self.cards = cards
        self.problem = problem


class ScanFinished(Message):
    def __init__(self, summary: ScanSummary) -> None:
        super().__init__()
        self.summary = summary


@dataclass
class ScanSummary:
    folder: str
    photos: int = 0
    known: int = 0
    cards: int = 0
    failed: list[str] = field(default_factory=list)
    cancelled: bool = False

    def describe(self) -> str:
        parts = [f"{self.photos} photo{'s' if self.photos != 1 else ''} read", f"{self.cards} cards added"]
        if self.known:
            parts.append(f"{self.known} already in the library")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        text = ", ".join(parts)
        return f"Scan stopped: {text}" if self.cancelled else f"Scan of {self.folder} done: {text}"


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker while sys.stderr has no file descriptor to hand over.

    The scan's worker pool starts the tracker on first use, passing it sys.stderr's descriptor; inside a Textual
    app sys.stderr is Textual's capture, whose fileno() is -1, and starting the pool fails ("bad value(s) in
    fds_to_keep"). A stream without a descriptor is skipped, and the tracker's warnings cannot reach the screen.
    """
    from multiprocessing import resource_tracker

    captured = sys.stderr
    try:
        sys.stderr = io.StringIO()
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def run_scan(folder: Path, location: LibraryLocation, options: ScanOptions, event: str | None,
             post: Callable[[Message], object], cancelled: Callable[[], bool]) -> ScanSummary:
    """Read every photo under `folder` (or the photo `folder`) into the library at `location`, with the OCR
    engine, languages and region of `options` (those of the command line), the cards tagged `event` (None: the
    folder and the day, as `cardscan scan` does). Runs in a worker thread, with its own connection.

    Raises CardscanError when the scan cannot start (Tesseract missing, library unusable): the app shows it.
    A photo that cannot be read is reported and the scan goes on, as `cardscan scan` does.
    """
    from cardscan.ingest import scan_into, split_known
    from cardscan.ocr import probe_engine
    from cardscan.pipeline import collect_inputs
    from cardscan.store import Library

    probe_engine(options.engine, options.languages)
    summary = ScanSummary(str(folder))
    inputs = collect_inputs([str(folder)])
    summary.failed.extend(p.user_message() for p in inputs.problems)
    with Library.open(location) as library:
        photos, summary.known = split_known(library, inputs.photos)
        post(ScanStarted(str(folder), len(photos), summary.known, list(summary.failed)))
        if options.worker_count(len(photos)) > 1:
            _start_resource_tracker()
        stored_photos = scan_into(library, photos, options, event)
        try:
            for done, stored in enumerate(stored_photos, 1):
                summary.photos = done
                if stored.problem is not None:
                    summary.failed.append(stored.problem)
                    post(PhotoScanned(done, [], stored.problem))
                else:
                    cards = [library.get_card(card_id) for card_id in stored.card_ids]
                    summary.cards += len(cards)
                    post(PhotoScanned(done, cards, None))
                if cancelled():
                    summary.cancelled = done < len(photos)
                    break
        finally:
            stored_photos.close()
    post(ScanFinished(summary))
    return summary
