"""`cardscan drafts -o DIR`: one follow-up draft (.eml) per contact with an e-mail address whose follow-up is
not done yet, in the card's language. Contacts without an e-mail are listed on stderr with their phone.
A draft already in the folder is never overwritten without --force (it may hold your edits): it is kept and
counted, and the new ones are written beside it."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from cardscan.cli import report_problem
from cardscan.commands.export import POCKETS, check_event
from cardscan.errors import OutputExistsError, UsageError
from cardscan.export import write_atomic
from cardscan.export.common import display_name, phone_display
from cardscan.export.contentline import clean_text
from cardscan.export.filenames import folder_targets, split_file_names
from cardscan.followthrough.templates import LANGUAGES
from cardscan.model import Card, Pocket

if TYPE_CHECKING:
    from cardscan.followthrough.drafts import Draft


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pocket", choices=POCKETS, default="keep",
                   help="which cards: keep (default), discard, pending or all")
    p.add_argument("--event", metavar="NAME", help="only the cards of this event")
    p.add_argument("-o", "--output", metavar="DIR", required=True, help="the folder for the .eml files")
    p.add_argument("--force", action="store_true", help="overwrite drafts that exist")
    p.add_argument("--lang", choices=LANGUAGES, help="write every draft in this language (default: the card's)")


def no_email_line(card: Card) -> str:
    phones = [f"{phone_display(f.value.number)} ({f.value.type})" for f in card.contact.phones]
    reach = "call " + ", ".join(phones) if phones else "no phone either"
    return f"card {card.id} ({' '.join(clean_text(display_name(card)).split())}): no e-mail address; {reach}"


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.drafts import follow_up_draft
    from cardscan.followthrough.eml import load_sender
    from cardscan.store import Library

    folder = Path(args.output)
    with Library.open(args.library, create=False) as library:
        check_event(library, args.event)
        pocket = None if args.pocket == "all" else Pocket(args.pocket)
        cards = library.list_cards(pocket=pocket, event=args.event, order="id")
        if folder.exists() and folder.resolve() == library.location.folder.resolve():
            raise UsageError(f"{folder} is the library's folder", hint="choose another folder for the drafts")
    done = [c for c in cards if c.follow_up_done is not None]
    sender = load_sender()
    drafts: list[tuple[Card, Draft]] = []
    for card in cards:
        if card.follow_up_done is not None:
            continue
        draft = follow_up_draft(card, language=args.lang, sender=sender)
        if draft is None:
            report_problem(no_email_line(card))
        else:
            drafts.append((card, draft))
    # A draft already in the folder may hold the user's edits: it is kept (listed), the others are written.
    targets = folder_targets(folder, split_file_names([c for c, _ in drafts], ".eml"), True,
                             "-o needs a folder for the drafts")
    kept: list[Path] = []
    written: list[Draft] = []
    for (_, draft), target in zip(drafts, targets, strict=True):
        if target.exists() and not args.force:
            kept.append(target)
            continue
        try:
            write_atomic(target, draft.eml(sender), overwrite=args.force)
        except OutputExistsError:
            kept.append(target)
            continue
        written.append(draft)
    langs = Counter(d.language for d in written)
    text = f"wrote {len(written)} draft{'' if len(written) == 1 else 's'} to {folder}"
    if langs:
        text += " (" + ", ".join(f"{lang} {n}" for lang, n in sorted(langs.items(), key=lambda x: (-x[1], x[0]))) + ")"
    missing = len(cards) - len(done) - len(drafts)
    if missing:
        text += f"; {missing} without an e-mail address (listed above)"
    if kept:
        text += (f"; kept {len(kept)} draft{'' if len(kept) == 1 else 's'} already there ({kept[0].name}"
                 f"{', ...' if len(kept) > 1 else ''}; --force writes them again)")
    if done:
        text += f"; {len(done)} already followed up (cardscan done --undo ID to write theirs again)"
    sys.stderr.write(f"cardscan: {text}\n")
    return 0
