"""`cardscan export`: cards from the library to vCard, CSV (generic, Google, Outlook) or a calendar file.

Nothing but the file's data goes to stdout (with `-o -`); one line on stderr says what was written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cardscan.cli import report_problem
from cardscan.commands.output import write_stdout
from cardscan.errors import CardscanError, ExitCode, UsageError
from cardscan.export import FORMATS, VCARD_VERSIONS, PhotoSource, card_photo_jpeg, export_cards, vcard, write_atomic
from cardscan.export.common import display_name
from cardscan.export.filenames import folder_targets, split_file_names
from cardscan.model import Card, Pocket
from cardscan.store import Library

POCKETS = ("keep", "discard", "pending", "all")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", choices=FORMATS, default="vcard",
                   help="vcard (default), csv (one column per field), google (Google Contacts import), "
                        "outlook (Outlook import) or ics (follow-ups for a calendar)")
    p.add_argument("--pocket", choices=POCKETS, default="keep",
                   help="which cards: keep (default), discard, pending or all")
    p.add_argument("--event", metavar="NAME", help="only the cards of this event")
    p.add_argument("-o", "--output", metavar="FILE", help="the file to write; - for stdout")
    p.add_argument("--force", action="store_true", help="overwrite files that exist")
    p.add_argument("--vcard-version", choices=VCARD_VERSIONS, default="3.0",
                   help="vCard version (default 3.0: what iOS, Android, Google and macOS import reliably)")
    p.add_argument("--split", metavar="DIR",
                   help="vCard only: one file per contact in DIR (Outlook reads only the first card of a file)")
    p.add_argument("--photo", action="store_true", help="vCard only: include the card's picture (small JPEG)")
    p.add_argument("--apple", action="store_true",
                   help="vCard 3.0 only: add the address's country code the way Apple Contacts writes it "
                        "(grouped item1.ADR / item1.X-ABADR, which strict readers refuse)")
    p.add_argument("--todo", action="store_true", help="ics only: tasks (VTODO) instead of calendar events")


def _check_options(args: argparse.Namespace) -> None:
    fmt = args.format
    if args.split is not None and args.output is not None:
        raise UsageError("give either -o FILE or --split DIR, not both")
    if args.split is None and args.output is None:
        raise UsageError("no output given", hint="add -o FILE (or -o - for stdout)")
    if fmt != "vcard":
        for flag, used in (("--split", args.split is not None), ("--photo", args.photo),
                           ("--vcard-version", args.vcard_version != "3.0"), ("--apple", args.apple)):
            if used:
                raise UsageError(f"{flag} applies to --format vcard only")
    if args.apple and args.vcard_version != "3.0":
        raise UsageError("--apple applies to vCard 3.0 only (4.0 gives the country code as CC)")
    if fmt != "ics" and args.todo:
        raise UsageError("--todo applies to --format ics only")


def check_event(library: Library, event: str | None) -> None:
    """A UsageError naming the known events when `event` is not one of them."""
    if event is not None:
        known = [name for name, _ in library.events()]
        if event not in known:
            raise UsageError(f"no event {event!r} in the library",
                             hint="events: " + (", ".join(known[:10]) if known else "none"))


def run(args: argparse.Namespace) -> int:
    _check_options(args)
    with Library.open(args.library, create=False) as library:
        check_event(library, args.event)
        pocket = None if args.pocket == "all" else Pocket(args.pocket)
        cards = library.list_cards(pocket=pocket, event=args.event)
        done = [c for c in cards if c.follow_up_done is not None] if args.format == "ics" else []
        cards = [c for c in cards if c.follow_up_done is None] if done else cards
        if args.output not in (None, "-") and _same_file(Path(args.output), library.path):
            raise UsageError(f"{args.output} is the card library itself", hint="choose another output file")

    problems: list[str] = []

    def photo_for(card: Card) -> bytes | None:
        if not card.crop_path:
            return None
        try:
            return card_photo_jpeg(card.crop_path)
        except CardscanError as exc:
            problems.append(f"card {card.id} ({display_name(card)}): no photo: {exc.user_message()}")
            return None

    photos: PhotoSource | None = photo_for if args.photo else None
    if args.split is not None:
        written, where = (_write_split(cards, Path(args.split), args.vcard_version, photos, args.force, args.apple),
                          args.split)
        skipped: list[Card] = []
    else:
        result = export_cards(cards, args.format, vcard_version=args.vcard_version, photo_for=photos, todo=args.todo,
                              apple=args.apple)
        if args.output == "-":
            write_stdout(result.data)
            where = "stdout"
        else:
            write_atomic(args.output, result.data, overwrite=args.force)
            where = args.output
        written, skipped = result.written, result.skipped
    for problem in problems:
        report_problem(problem)
    summary = _summary(args, written, where, skipped, len(cards) + len(done))
    if done:
        summary += f"; left out {len(done)} follow-up{'' if len(done) == 1 else 's'} already done"
    report_problem(summary)
    return ExitCode.SOME_FILES_FAILED if problems else ExitCode.OK


def _summary(args: argparse.Namespace, written: int, where: str, skipped: list[Card], selected: int) -> str:
    noun = ("task" if args.todo else "follow-up") if args.format == "ics" else "contact"
    text = f"wrote {written} {noun}{'' if written == 1 else 's'} to {where}"
    if skipped:
        ids = ", ".join(str(c.id) for c in skipped[:10]) + (", ..." if len(skipped) > 10 else "")
        text += (f"; skipped {len(skipped)} card{'' if len(skipped) == 1 else 's'} with neither a follow-up date "
                 f"nor a date met (ids {ids}; set one with `cardscan set`)")
    if selected == 0:
        scope = "any pocket" if args.pocket == "all" else f"the {args.pocket} pocket"
        text += f" (no cards in {scope}{f' of event {args.event!r}' if args.event else ''})"
    return text


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _write_split(cards: list[Card], folder: Path, version: str, photo_for: PhotoSource | None, force: bool,
                 apple: bool = False) -> int:
    targets = folder_targets(folder, split_file_names(cards), force, "--split needs a folder for the vCard files")
    for card, target in zip(cards, targets, strict=True):
        photo = photo_for(card) if photo_for is not None else None
        write_atomic(target, vcard(card, version=version, photo=photo, apple=apple), overwrite=force)
    return len(targets)
