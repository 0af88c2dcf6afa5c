"""`cardscan scan PATH...`: photos -> cards in the library (and JSON Lines / a summary table on stdout)."""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from cardscan.cli import report_problem
from cardscan.commands.output import write_stdout, writing_stdout
from cardscan.display import json_line
from cardscan.errors import ExitCode, OutputError, UsageError
from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES, ENGINES, probe_engine

if TYPE_CHECKING:  # the pipeline pulls in OpenCV and numpy: imported when a scan runs, not for `list`
    from cardscan.reading import CardResult, PhotoResult


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
    p.add_argument("--region", metavar="CC", type=region_code,
                   help="country for phone numbers the card itself gives no clue about (e.g. DE, NL)")
    p.add_argument("--event", metavar="NAME",
                   help="tag the cards with this event (default: the folder name and the date the photos were taken)")
    p.add_argument("--no-store", action="store_true", help="only print; leave the library alone")
    p.add_argument("--rescan", action="store_true", help="read photos again even when the library has them already")


def region_code(value: str) -> str:
    import phonenumbers

    code = value.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise argparse.ArgumentTypeError(f"{value!r} is not a country code (two letters, e.g. DE, NL, GB)")
    return code


def run(args: argparse.Namespace) -> int:
    from cardscan.commands.progress import ScanProgress
    from cardscan.ingest import scan_into, split_known
    from cardscan.pipeline import ScanOptions, collect_inputs
    from cardscan.store import Library

    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    stop_on_sigterm()
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
        output_error: OutputError | None = None
        for stored in scan_into(library, photos, options, args.event):
            result = stored.result
            progress.advance(result)
            if stored.problem is not None:
                failed += 1
                progress.log_problem(stored.problem)
                continue
            cards_read += len(result.cards)
            if args.json and output_error is None:
                try:
                    write_stdout("".join(json_line(card_json(result, card)) + "\n" for card in result.cards))
                except OutputError as exc:  # the rest is still read and stored; said once, at the end
                    output_error = exc
                    if library is None:
                        break  # nothing left to do: the output was all there was
            if args.summary:  # only then: each card holds its image, and a scan can have thousands
                rows.extend(result.cards)

    if args.summary and output_error is None:
        from cardscan.commands.summary import print_summary

        with writing_stdout():  # a failure here comes after every photo was stored
            print_summary(rows)
    if output_error is not None:
        outcome = "every photo was still read and stored" if library is not None else "the scan stopped"
        report_problem(f"{output_error.message}: the JSON output is incomplete ({outcome})")
        failed += 1
    seconds = time.perf_counter() - started
    parts = [_count(len(photos), "photo") + " read", _count(cards_read, "card") + " found"]
    if known:
        parts.append(f"{known} already in the library")
    if failed:
        parts.append(f"{failed} failed")
    sys.stderr.write(f"cardscan: {', '.join(parts)} in {seconds:.1f} s\n")
    return ExitCode.SOME_FILES_FAILED if failed else ExitCode.OK


def stop_on_sigterm() -> None:
    """SIGTERM (`kill`, a closing session) stops the scan as Ctrl-C does: the photo being stored is finished or
    not started, the worker pool is shut down and its semaphores released (no "leaked semaphore" warnings from
    multiprocessing's resource tracker), and the command ends with "interrupted"."""
    import signal
    import threading

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def card_json(result: PhotoResult, card: CardResult) -> dict[str, Any]:
    """One line of the scan JSON contract (see README: Scan output)."""
    from cardscan.store.paths import path_text

    return {
        "source": path_text(result.source),  # a file name that is not UTF-8 still makes valid JSON
        "card": card.index,
        "quad": [[round(x, 1), round(y, 1)] for x, y in card.quad],
        "contact": card.contact.to_dict(),
        "confidence": card.contact.confidences(),
        "doubts": card.contact.doubts(),
        "qr": card.qr,
        "text": card.text,
        "unused": card.unused,
    }
