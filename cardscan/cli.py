"""The command line. The only place where errors become exit codes and stderr lines.

Each sub-command lives in `cardscan.commands.<name>` with two functions:
`add_arguments(parser)` and `run(args) -> int`. A command raises
`CardscanError` for anything the user must hear about; it may also report
per-file problems itself through `report_problem` and return
`ExitCode.SOME_FILES_FAILED`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from cardscan import __version__
from cardscan.commands.output import silence_stdout, write_stdout
from cardscan.display import safe_text
from cardscan.errors import CardscanError, ExitCode, StdoutClosed

# command -> (module in cardscan.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "scan": ("scan", "Find, straighten and read every business card in photos, and store them in the library."),
    "triage": ("triage", "Go through the cards one at a time: keep or discard, notes, follow-up dates."),
    "list": ("listing", "List the cards in the library."),
    "show": ("show", "Show one card with every field and its confidence."),
    "set": ("edit", "Change a card's fields, pocket, note, tags or follow-up date."),
    "merge": ("merge", "Merge two cards of the same person, keeping every note."),
    "export": ("export", "Write cards to vCard, CSV (generic, Google, Outlook) or calendar (ics)."),
    "drafts": ("drafts", "Write a follow-up e-mail draft (.eml) per contact, in the card's language."),
    "done": ("done", "Mark follow-ups done (drafts and the calendar export then skip them)."),
    "calls": ("calls", "Who to call today: the keep-warm contacts that are due, most overdue first."),
    "called": ("called", "Log a call with a contact (with a note); the next call is due one cadence later."),
    "intros": ("intros", "Suggest pairs of kept contacts who should meet, with the reasons."),
    "intro": ("intro", "Write a draft introducing two contacts to each other; logged for both."),
    "journal": ("journal", "The timeline of the library, by day: met, notes, follow-ups, calls, introductions."),
    "qr": ("qr", "Show a contact as a QR code (its vCard) for a phone camera, or write it as a PNG."),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(ExitCode.USAGE)


def _command_module(command: str) -> ModuleType:
    return importlib.import_module(f"cardscan.commands.{COMMANDS[command][0]}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cardscan",
        description="Business cards from photos to contacts: scan, triage, export. Works offline.",
    )
    parser.add_argument("--version", action="version", version=f"cardscan {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=os.environ.get("CARDSCAN_LIBRARY"),
        help="the card library (a folder or a .sqlite file); default: $CARDSCAN_LIBRARY, "
        "else the user data directory",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command, (_module, help_text) in COMMANDS.items():
        p = sub.add_parser(command, help=help_text, description=help_text)
        _command_module(command).add_arguments(p)
    return parser


def report_problem(message: str) -> None:
    """One line on stderr for one bad input; the batch goes on. Whatever the message holds (a file name, an event
    name, a card's text), it stays one line and no control character reaches the terminal."""
    sys.stderr.write(f"cardscan: {safe_text(' '.join(message.split()))}\n")
    sys.stderr.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    try:
        code = int(_command_module(args.command).run(args))
        write_stdout("")  # what is still buffered, while a failure can still be reported
        return code
    except StdoutClosed:
        # The reader went away (`cardscan list | head`): it had what it wanted; not an error. (`scan` reports it
        # itself: its JSON lines are a record of what was stored.)
        return ExitCode.OK
    except CardscanError as exc:
        report_problem(exc.user_message())
        return int(exc.exit_code)
    except KeyboardInterrupt:
        report_problem("interrupted")
        return ExitCode.INTERRUPTED
    except MemoryError:
        report_problem("out of memory")
        return ExitCode.SOME_FILES_FAILED
    except BrokenPipeError:  # a write that did not go through write_stdout: as StdoutClosed
        silence_stdout()
        return ExitCode.OK
    except Exception as exc:  # a bug of ours: one line, no traceback (CARDSCAN_DEBUG=1 shows it)
        if os.environ.get("CARDSCAN_DEBUG"):
            raise
        report_problem(f"internal error: {type(exc).__name__}: {exc} (run with CARDSCAN_DEBUG=1 for details)")
        return ExitCode.INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
