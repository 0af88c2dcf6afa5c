"""Common given names of the card countries: evidence (never proof) that a line is a person's name.

The list is lexicons/given_names.txt (from Jörg Michael's nam_dict, see its header).
"""

from __future__ import annotations

from cardscan.extract.lexicons import words
from cardscan.text import fold

GIVEN_NAME_LIST = words("given_names.txt")

GIVEN_NAMES: frozenset[str] = frozenset(fold(n) for n in GIVEN_NAME_LIST)


def is_given_name(token: str) -> bool:
    """True if the token (or each part of a hyphenated one) is a known given name."""
    key = fold(token.strip(".,"))
    if key in GIVEN_NAMES:
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(p in GIVEN_NAMES for p in parts)
