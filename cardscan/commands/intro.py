"""`cardscan intro ID ID -o FILE.eml`: a draft introducing two contacts to each other (both in To:), in the
language they share, else English. The introduction is logged for both."""

from __future__ import annotations

import argparse
import sys

from cardscan.cli import report_problem
from cardscan.errors import UsageError
from cardscan.export import write_atomic
from cardscan.followthrough.templates import LANGUAGES


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", type=int, nargs=2, metavar="ID", help="the two cards (see cardscan intros)")
    p.add_argument("-o", "--output", metavar="FILE.eml", required=True, help="the draft to write; - for stdout")
    p.add_argument("--force", action="store_true", help="overwrite the file if it exists")
    p.add_argument("--lang", choices=LANGUAGES, help="the language (default: the one they share, else English)")


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.eml import load_sender
    from cardscan.followthrough.introduction import introduction, introduction_eml
    from cardscan.followthrough.intros import same_company
    from cardscan.store import Library
    from cardscan.store.followthrough import introduced_pairs, log_intro

    a_id, b_id = args.ids
    if a_id == b_id:
        raise UsageError("give two different cards")
    with Library.open(args.library, create=False) as library:
        a, b = library.get_card(a_id), library.get_card(b_id)
        for card in (a, b):
            into = library.merged_into(card.id or 0)
            if into is not None:
                raise UsageError(f"card {card.id} was merged into card {into}", hint=f"use card {into}")
            if not any(f.value.strip() for f in card.contact.emails):
                raise UsageError(f"card {card.id} has no e-mail address",
                                 hint=f"add one with cardscan set {card.id} email=...")
        if frozenset((a_id, b_id)) in introduced_pairs(library):
            report_problem(f"cards {a_id} and {b_id} were introduced before; writing the draft again")
        if same_company(a, b):
            report_problem(f"cards {a_id} and {b_id} work at the same company")
        sender = load_sender()
        draft, recipients = introduction(a, b, language=args.lang, sender=sender)
        data = introduction_eml(draft, recipients, sender)
        if args.output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            write_atomic(args.output, data, overwrite=args.force)
        log_intro(library, a_id, b_id)
    where = "stdout" if args.output == "-" else args.output
    sys.stderr.write(f"cardscan: wrote the introduction of cards {a_id} and {b_id} ({draft.language}) to {where}; "
                     "logged for both\n")
    return 0
