"""`cardscan merge KEEP OTHER`: two cards of the same person become one.

KEEP's fields win and its empty ones are filled from OTHER; emails, phones,
websites and profiles are united; every note is kept; tags are united. OTHER
is not deleted: it is marked merged into KEEP and hidden from lists (`cardscan
show OTHER` still shows it).
"""

from __future__ import annotations

import argparse

from cardscan.cli import report_problem
from cardscan.commands import card_id


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("keep", type=card_id, metavar="KEEP", help="the card to keep (its fields win)")
    p.add_argument("other", type=card_id, metavar="OTHER", help="the card merged into it")


def run(args: argparse.Namespace) -> int:
    from cardscan.errors import UsageError
    from cardscan.store import Library

    if args.keep == args.other:
        raise UsageError(f"cannot merge card {args.keep} with itself")
    with Library.open(args.library, create=False) as lib:
        for number in (args.keep, args.other):
            into = lib.merged_into(number)
            if into is not None:
                raise UsageError(f"card {number} was already merged into card {into}")
        card = lib.merge(args.keep, args.other)
    who = card.contact.display_name() or "(no name)"
    report_problem(f"merged card {args.other} into card {args.keep} ({who})")
    return 0
