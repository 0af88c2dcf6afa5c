"""`cardscan scan PATH...`: photos -> cards in the library (and JSON Lines / a summary table on stdout)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardscan.cli import report_problem
from cardscan.errors import ExitCode, UsageError
from cardscan.model import Card
from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES, ENGINES, probe_engine

if TYPE_CHECKING:  # the pipeline pulls in OpenCV and numpy: imported when a scan runs, not for `list`
    from cardscan.reading import CardResult, PhotoResult
    from cardscan.store import Library


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="photos or folders of photos (walked recursively)")
    p.add_argument("--json", action="store_true", help="print one JSON object per card on stdout (JSON Lines)")
    p.add_argument("--summary", action="store_true", help="print a table of the cards read (name, company, ...)")
    p.add_argument("--lang", default=DEFAULT_LANGUAGES, metavar="LANGS",
                   help=f"OCR languages in Tesseract's names, joined with + (default: {DEFAULT_LANGUAGES}, "
                        "every Latin-script language)")
    p.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE, help="OCR engine (default: %(default)s)")
    p.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                   help="worker processes (default: one per core, at most 2: each takes ~0.4 GB)")
    p.add_argument("--region", metavar="CC", type=_region,
                   help="country for phone numbers the card itself gives no clue about (e.g. DE, NL)")
    p.add_argument("--event", metavar="NAME",
                   help="tag the cards with this event (default: the folder name and the date the photos were taken)")
    p.add_argument("--no-store", action="store_true", help="only print; leave the library alone")
    p.add_argument("--rescan", action="store_true", help="read photos again even when the library has them already")


def _region(value: str) -> str:
    import phonenumbers

    code = value.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise argparse.ArgumentTypeError(f"{value!r} is not a country code (two letters, e.g. DE, NL, GB)")
    return code


def run(args: argparse.Namespace) -> int:
    from cardscan.commands.progress import ScanProgress
    from cardscan.pipeline import ScanOptions, collect_inputs, scan_photos
    from cardscan.store import Library

    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    probe_engine(args.engine, args.lang)  # fail fast, before any work, when the engine or a language is missing
    started = time.perf_counter()
    inputs = collect_inputs(args.paths)
    failed = len(inputs.problems)
    for problem in inputs.problems:
        report_problem(problem.user_message())

    with ExitStack() as stack:
        library = None if args.no_store else stack.enter_context(Library.open(args.library))
        photos, known = inputs.photos, 0
        if library is not None and not args.rescan:
            photos, known = split_known(library, inputs.photos)
        options = ScanOptions(engine=args.engine, languages=args.lang, default_region=args.region, jobs=args.jobs)
        progress = stack.enter_context(ScanProgress(len(photos)))
        rows: list[CardResult] = []
        cards_read = 0
        for result in scan_photos(photos, options):
            progress.advance(result)
            if not result.ok:
                failed += 1
                progress.log_problem(result.error or result.source)
                if library is not None:
                    library.record_failure(result.source, result.sha256, result.error or "")
                continue
            cards_read += len(result.cards)
            if library is not None:
                store_result(library, result, args.event)
            if args.json:
                for card in result.cards:
                    sys.stdout.write(json.dumps(card_json(result, card), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            if args.summary:  # only then: each card holds its image, and a scan can have thousands
                rows.extend(result.cards)

    if args.summary:
        from cardscan.commands.summary import print_summary

        print_summary(rows)
    seconds = time.perf_counter() - started
    parts = [_count(len(photos), "photo") + " read", _count(cards_read, "card") + " found"]
    if known:
        parts.append(f"{known} already in the library")
    if failed:
        parts.append(f"{failed} failed")
    sys.stderr.write(f"cardscan: {', '.join(parts)} in {seconds:.1f} s\n")
    return ExitCode.SOME_FILES_FAILED if failed else ExitCode.OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def split_known(library: Library, photos: list[str]) -> tuple[list[str], int]:
    """The photos the library does not have yet (by content), and how many it has."""
    from cardscan.pipeline import file_sha256

    new = []
    for path in photos:
        try:
            known = library.has_photo(file_sha256(path))
        except OSError:
            known = False  # the reader will report why the file cannot be read
        if not known:
            new.append(path)
    return new, len(photos) - len(new)


def store_result(library: Library, result: PhotoResult, event: str | None) -> list[int]:
    """Store one read photo and its cards (one transaction); returns the new cards' ids."""
    from cardscan.store import default_event_name

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
        photo_path=Path(result.source),
        taken_at=result.taken_at,
        event=event or default_event_name(result.source, result.taken_at),
        cards=cards,
    )


def card_json(result: PhotoResult, card: CardResult) -> dict[str, Any]:
    """One line of the scan JSON contract (see README: Scan output)."""
    from cardscan.store.paths import path_text

    return {
        "source": path_text(result.source),  # a file name that is not UTF-8 still makes valid JSON
        "card": card.index,
        "quad": [[round(x, 1), round(y, 1)] for x, y in card.quad],
        "contact": card.contact.to_dict(),
        "confidence": card.contact.confidences(),
        "qr": card.qr,
        "text": card.text,
    }
