"""`cardscan merge KEEP OTHER`: two cards of the same person become one.

KEEP's fields win and its empty ones are filled from OTHER; emails, phones,
websites and profiles are united; every note is kept; tags are united. OTHER
is not deleted: it is marked merged into KEEP and hidden from lists (`cardscan
show OTHER` still shows it).
"""

from __future__ import annotations

import argparse

from cardscan.cli import report_problem


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("keep", type=int, metavar="KEEP", help="the card to keep (its fields win)")
    p.add_argument("other", type=int, metavar="OTHER", help="the card merged into it")


def run(args: argparse.Namespace) -> int:
    from cardscan.errors import UsageError
    from cardscan.store import Library

    if args.keep == args.other:
        raise UsageError(f"cannot merge card {args.keep} with itself")
    with Library.open(args.library, create=False) as lib:
        for card_id in (args.keep, args.other):
            into = lib.merged_into(card_id)
            if into is not None:
                raise UsageError(f"card {card_id} was already merged into card {into}")
        card = lib.merge(args.keep, args.other)
    who = card.contact.display_name() or "(no name)"
    report_problem(f"merged card {args.other} into card {args.keep} ({who})")
    return 0
