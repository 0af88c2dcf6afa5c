"""`cardscan list`: the cards in the library.

A table on a terminal; tab-separated columns (with a header line) when the
output goes to a pipe or a file; `--json`: one JSON object per card (JSON Lines).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cardscan.commands.output import write_stdout, writing_stdout
from cardscan.display import safe_json, safe_text
from cardscan.errors import UsageError
from cardscan.model import Pocket

if TYPE_CHECKING:
    from cardscan.store import CardSummary

ORDERS = ("oldest", "newest", "id", "follow_up")
COLUMNS = ("id", "pocket", "event", "name", "company", "email", "phone", "follow_up", "tags", "duplicates", "note")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event", metavar="E", help="only the cards of event E (see the event column)")
    p.add_argument("--pocket", choices=[*(str(x) for x in Pocket), "all"],
                   help="only the cards in this pocket (default: all)")
    p.add_argument("--duplicates", action="store_true", help="only cards flagged as probable duplicates")
    p.add_argument("--order", choices=ORDERS, default="oldest",
                   help="oldest (default) or newest scan first, by id, or by follow-up date")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per card: id, pocket, event, note, follow_up, tags, contact, confidence, "
                   "duplicates, met_on, source, card, follow_up_done, keep_warm")


def _cell(text: str | None) -> str:
    """One line of text, safe for a terminal (control characters escaped)."""
    return safe_text(" ".join((text or "").split()))


def plain_row(card: CardSummary) -> list[str]:
    return [
        str(card.id),
        card.pocket,
        _cell(card.event),
        _cell(card.name),
        _cell(card.company),
        _cell(card.email),
        _cell(card.phone),
        "done" if card.follow_up_done else _cell(card.follow_up),
        _cell(",".join(card.tags)),
        ",".join(str(i) for i in card.duplicates),
        _cell(card.note),
    ]


def run(args: argparse.Namespace) -> int:
    from cardscan.store import Library

    with Library.open(args.library, create=False) as lib:
        pocket = None if args.pocket in (None, "all") else args.pocket
        cards = lib.list_summaries(pocket=pocket, event=args.event, order=args.order)
        if args.event is not None and not cards and args.event not in dict(lib.events()):
            known = ", ".join(repr(e) for e, _ in lib.events()[:8])  # escaped when reported (report_problem)
            raise UsageError(f"no event {args.event!r} in the library", hint=f"events: {known}" if known else None)
    if args.duplicates:
        cards = [c for c in cards if c.duplicates]
    if args.json:
        write_stdout("".join(safe_json(c.json_line()) + "\n" for c in cards))
    elif sys.stdout.isatty():
        with writing_stdout():
            _print_table(cards)
    else:
        lines = ["\t".join(COLUMNS)] + ["\t".join(plain_row(c)) for c in cards]
        write_stdout("\n".join(lines) + "\n")
    return 0


POCKET_STYLE = {Pocket.KEEP: "green", Pocket.DISCARD: "red", Pocket.PENDING: "yellow"}
# Table columns in display order: (header, index in plain_row, narrowest, comfortable, widest).
TABLE_COLUMNS = (
    ("ID", 0, 2, 6, 6), ("Pocket", 1, 7, 7, 7), ("Name", 3, 12, 22, 30), ("Company", 4, 10, 20, 30),
    ("Email", 5, 12, 24, 32), ("Phone", 6, 13, 16, 16), ("Event", 2, 8, 16, 24), ("Follow-up", 7, 10, 10, 10),
    ("Tags", 8, 6, 12, 20), ("Note", 10, 8, 20, 30),
)
DROP_ORDER = ("Note", "Tags", "Phone", "Follow-up", "Event")  # left out first when the terminal is narrow


def fit_columns(rows: list[list[str]], width: int) -> list[tuple[str, int, int]]:
    """(header, index, width) of the columns that fit in `width` characters, in display order."""
    spec = {h: (i, lo, mid) for h, i, lo, mid, _ in TABLE_COLUMNS}
    widths = {h: min(hi, max(lo, len(h), *(len(r[i]) for r in rows))) for h, i, lo, _, hi in TABLE_COLUMNS}
    shown = [h for h, *_ in TABLE_COLUMNS]

    def total() -> int:
        return sum(widths[h] for h in shown) + 2 * (len(shown) - 1)

    for level in (2, 1):  # first down to comfortable widths, dropping columns; then down to the narrowest
        for h in shown:
            if total() > width:
                widths[h] = min(widths[h], max(spec[h][level], widths[h] - (total() - width)))
        for h in DROP_ORDER:
            if total() > width and h in shown:
                shown.remove(h)
    return [(h, spec[h][0], widths[h]) for h in shown]


def shorten_middle(text: str, width: int) -> str:
    """`text` in `width` characters, cut in the middle: the end of an event name ("… 2026-03-13"), which tells
    the events of one folder apart, stays."""
    if len(text) <= width or width < 5:
        return text
    tail = min(len(text) // 2, max(2, (width - 1) * 2 // 3))
    return text[: width - 1 - tail].rstrip() + "…" + text[len(text) - tail:]


def _print_table(cards: list[CardSummary]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    if not cards:
        console.print("No cards.", style="dim")
        return
    rows = [plain_row(c) for c in cards]
    for card, row in zip(cards, rows, strict=True):
        row[3] = (row[3] or "(no name)") + (f" ≈{','.join(str(i) for i in card.duplicates)}"
                                            if card.duplicates else "")
    columns = fit_columns(rows, console.width)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False, padding=(0, 1))
    for header, _, w in columns:
        table.add_column(header, no_wrap=True, overflow="ellipsis", width=w, justify="right" if header == "ID"
                         else "left")
    for card, row in zip(cards, rows, strict=True):
        cells: list[Text | str] = []
        for header, i, _ in columns:
            if header == "Pocket":
                cells.append(Text(row[i], style=POCKET_STYLE[Pocket(card.pocket)]))
            elif header == "Name" and card.duplicates:
                name, _, dup = row[i].rpartition(" ≈")
                cells.append(Text(name).append(f" ≈{dup}", style="magenta"))
            elif header == "Event":
                cells.append(shorten_middle(row[i], w))
            else:
                cells.append(Text(row[i]))  # a Text: a name like "[red]x" is not console markup
        table.add_row(*cells)
    console.print(table)
    counts = {p: sum(1 for c in cards if c.pocket == str(p)) for p in Pocket}
    console.print(f"{len(cards)} cards: {counts[Pocket.KEEP]} keep, {counts[Pocket.DISCARD]} discard, "
                  f"{counts[Pocket.PENDING]} pending", style="dim")
