"""Scanning from inside the triage app: runs in a worker thread, with its own connection to the library, and
reports each photo as it is stored so its cards join the stack at once."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual.message import Message

from cardscan.store import CardSummary


class ScanStarted(Message):
    def __init__(self, folder: str, photos: int, known: int, problems: list[str]) -> None:
        super().__init__()
        self.folder = folder
        self.photos = photos  # to read
        self.known = known  # already in the library: skipped
        self.problems = problems  # inputs that cannot be read at all


class PhotoScanned(Message):
    def __init__(self, done: int, cards: list[CardSummary], problem: str | None) -> None:
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


def run_scan(folder: Path, library_path: Path, event: str | None, post: Callable[[Message], object],
             cancelled: Callable[[], bool], jobs: int = 0) -> ScanSummary:
    """Read every photo under `folder` (or the photo `folder`) into the library. Runs in a worker thread.

    Raises CardscanError when the scan cannot start (Tesseract missing, library unusable): the app shows it.
    A photo that cannot be read is reported and the scan goes on, as `cardscan scan` does.
    """
    from cardscan.commands.scan import split_known, store_result
    from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES, probe_engine
    from cardscan.pipeline import ScanOptions, collect_inputs, scan_photos
    from cardscan.store import Library, default_event_name

    probe_engine(DEFAULT_ENGINE, DEFAULT_LANGUAGES)
    summary = ScanSummary(str(folder))
    inputs = collect_inputs([str(folder)])
    summary.failed.extend(p.user_message() for p in inputs.problems)
    with Library.open(library_path) as library:
        photos, summary.known = split_known(library, inputs.photos)
        post(ScanStarted(str(folder), len(photos), summary.known, list(summary.failed)))
        options = ScanOptions(engine=DEFAULT_ENGINE, languages=DEFAULT_LANGUAGES, jobs=jobs)
        if options.worker_count(len(photos)) > 1:
            _start_resource_tracker()
        results = scan_photos(photos, options)
        try:
            for done, result in enumerate(results, 1):
                summary.photos = done
                if not result.ok:
                    problem = result.error or result.source
                    summary.failed.append(problem)
                    library.record_failure(result.source, result.sha256, result.error or "")
                    post(PhotoScanned(done, [], problem))
                else:
                    store_result(library, result, event)
                    name = event or default_event_name(result.source, result.taken_at)
                    cards = [c for c in library.list_summaries(event=name) if c.source == result.source]
                    summary.cards += len(cards)
                    post(PhotoScanned(done, cards, None))
                if cancelled():
                    summary.cancelled = done < len(photos)
                    break
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
    post(ScanFinished(summary))
    return summary
