"""One module per sub-command (see cardscan.cli); what several of them share is here."""

from __future__ import annotations

import argparse

MAX_CARD_ID = 2**63 - 1  # SQLite's largest integer


def card_id(text: str) -> int:
    """An argparse type: a card id as `cardscan list` shows it (a whole number from 1)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a card id (a whole number, see cardscan list)") from None
    if not 1 <= value <= MAX_CARD_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a card id (ids are whole numbers from 1, see "
                                         "cardscan list)")
    return value
