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

if TYPE_CHECKING:
    pass


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int, metavar="ID", help="the card (see cardscan list)")
    p.add_argument("--png", metavar="FILE", help="write the code as a PNG image instead of printing it")
    p.add_argument("--force", action="store_true", help="overwrite the PNG file if it exists")
    p.add_argument("--photo", action="store_true", help="try to include the card's picture (rarely fits)")
    p.add_argument("--scale", type=int, default=8, metavar="PX", help="PNG: pixels per module (default 8)")


def run(args: argparse.Namespace) -> int:
    from cardscan.followthrough.qrcode import contact_code, terminal_text
    from cardscan.store import Library

    with Library.open(args.library, create=False) as library:
        card = library.get_card(args.id)
    photo = None
    if args.photo and card.crop_path:
        try:
            photo = card_photo_jpeg(card.crop_path)
        except CardscanError as exc:
            report_problem(f"card {card.id}: no photo: {exc.user_message()}")
    code = contact_code(card, photo)
    if code.dropped:
        report_problem(f"card {card.id}: the vCard is too long for one QR code: left out the "
                       f"{' and the '.join(code.dropped)}")
    if args.png:
        write_atomic(args.png, code.png(scale=max(1, min(args.scale, 64))), overwrite=args.force)
        sys.stderr.write(f"cardscan: wrote the QR code of card {card.id} (version {code.version}) to {args.png}\n")
    else:
        if sys.stdout.isatty():
            columns, lines = code.size()
            have = shutil.get_terminal_size()
            if columns > have.columns or lines > have.lines:
                report_problem(f"card {card.id}: the code needs {columns} x {lines} characters and the terminal has "
                               f"{have.columns} x {have.lines}: make the window larger (or the font smaller), or "
                               "use --png FILE")
        sys.stdout.write(terminal_text(code.matrix()))
        sys.stdout.flush()
    return 0
