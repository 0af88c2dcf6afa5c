"""`cardscan triage [--event E] [--all]`: the Textual app, one card at a time."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cardscan.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from cardscan.scan_options import ScanOptions
    from cardscan.store import Library
    from cardscan.tui.config import TriageConfig


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event", metavar="E", help="only the cards of event E (cardscan list shows the events)")
    p.add_argument("--all", action="store_true", help="also the cards already kept or discarded")
    add_scan_options(p, "for a scan started inside the app (s)")


def add_scan_options(p: argparse.ArgumentParser, purpose: str) -> None:
    """The reading options `cardscan scan` takes, for the scan started with `s` inside the app."""
    from cardscan.commands.scan import region_code
    from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES, ENGINES

    group = p.add_argument_group(f"reading photos, {purpose}")
    group.add_argument("--lang", default=DEFAULT_LANGUAGES, metavar="LANGS",
                       help=f"Tesseract languages, joined with + (default: {DEFAULT_LANGUAGES})")
    group.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE, help="OCR engine (default: %(default)s)")
    group.add_argument("--jobs", "-j", type=int, default=0, metavar="N", help="worker processes (default: up to 2)")
    group.add_argument("--region", metavar="CC", type=region_code,
                       help="country for phone numbers the card itself gives no clue about (e.g. DE, NL)")


def run(args: argparse.Namespace) -> int:
    from cardscan.store import Library
    from cardscan.tui.actions import ACTION_IDS
    from cardscan.tui.config import load_config

    config = load_config(known_ids=ACTION_IDS)
    # The default library is created when missing (the app can scan into it); a path the user named must exist.
    with Library.open(args.library, create=args.library is None) as library:
        if args.event is not None:
            events = [name for name, _count in library.events()]
            if args.event not in events:
                known = ", ".join(f"“{e}”" for e in events[:8]) or "none yet"
                raise UsageError(f"no event {args.event!r} in the library", hint=f"events: {known}")
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError("triage is interactive and needs a terminal",
                             hint="for scripts, use cardscan list and cardscan set")
        from cardscan.scan_options import ScanOptions

        options = ScanOptions(engine=args.engine, languages=args.lang, default_region=args.region,
                              jobs=max(0, args.jobs))
        return _run_app(library, args.event, args.all, config, options)


def _run_app(library: Library, event: str | None, include_decided: bool, config: TriageConfig,
             options: ScanOptions) -> int:
    from cardscan.tui.app import TriageApp
    from cardscan.tui.image import detect_graphics
    from cardscan.tui.session import TriageSession

    session = TriageSession(library, event=event, include_decided=include_decided,
                            follow_up_days=config.follow_up_days)
    session.load()
    graphics = detect_graphics(config.image)  # asks the terminal: only possible before the app starts
    app = TriageApp(session, config=config, graphics=graphics.mode, scan_options=options)
    app.run()
    if app.return_code in (None, 0):
        sys.stderr.write(f"cardscan: triage: {session.session_summary()}\n")
    return int(app.return_code or ExitCode.OK)
