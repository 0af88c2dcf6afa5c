"""`cardscan qr ID`: the contact's vCard 3.0 as a QR code in the terminal (or `--png FILE`), for a phone
camera to add the contact in one shot, with no file to transfer."""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import TYPE_CHECKING

from cardscan.cli import report_problem
from cardscan.errors import CardscanError
from cardscan.export import card_photo_jpeg, write_atomic
from cardscan.model import Card

if TYPE_CHECKING:
    pass


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="ID", help="the card (see cardscan list)")
    p.add_argument("--png", metavar="FILE", help="write the code as a PNG image instead of printing it")
    p.add_argument("--force", action="store_true", help="overwrite the PNG file if it exists")
    p.add_argument("--photo", action="store_true", help="try to include the card's picture (rarely fits)")
    p.add_argument("--scale", type=int, default=8, metavar="PX", help="PNG: pixels per module (default 8)")


def fits_full(card: Card, photo: bytes | None) -> bool:
    """Whether the whole vCard fits in one QR code (it was shortened for the terminal, not for the code)."""
    from cardscan.followthrough.qrcode import contact_code

    return not contact_code(card, photo).dropped


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.qrcode import contact_code, fits, terminal_text
    from cardscan.store import Library

    with Library.open(args.library, create=False) as library:
        card = library.get_card(args.id)
    photo = None
    if args.photo and card.crop_path:
        try:
            photo = card_photo_jpeg(card.crop_path)
        except CardscanError as exc:
            report_problem(f"card {card.id}: no photo: {exc.user_message()}")
    room = None
    if not args.png and sys.stdout.isatty():
        size = shutil.get_terminal_size()
        room = (size.columns, size.lines - 1)
    code = contact_code(card, photo, room)
    if code.dropped:
        why = "too long for one QR code" if room is None or not fits_full(card, photo) else \
            "too large for this terminal with everything in it"
        report_problem(f"card {card.id}: the vCard is {why}: left out the {' and the '.join(code.dropped)}")
    if args.png:
        write_atomic(args.png, code.png(scale=max(1, min(args.scale, 64))), overwrite=args.force)
        sys.stderr.write(f"cardscan: wrote the QR code of card {card.id} (version {code.version}) to {args.png}\n")
    else:
        if room is not None and not fits(code.code, room):
            columns, lines = code.size()
            report_problem(f"card {card.id}: the code needs {columns} x {lines} characters and the terminal has "
                           f"{room[0]} x {room[1] + 1}: make the window larger (or the font smaller), or "
                           "use --png FILE")
        sys.stdout.write(terminal_text(code.matrix()))
        sys.stdout.flush()
    return 0
