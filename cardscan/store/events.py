"""Event names: which meeting a card comes from."""

from __future__ import annotations

import os
from datetime import datetime


def default_event_name(source_path: str, taken_at: datetime | None) -> str:
    """The folder the photo is in plus the day it was taken: "sample_cards 2026-10-14".

    The folder alone when the date is unknown; the date alone (or "photos") when the photo has no folder name.
    A relative path is taken from the current folder.
    """
    folder = os.path.basename(os.path.dirname(os.path.abspath(source_path))) if source_path else ""
    folder = " ".join(folder.split())
    day = taken_at.date().isoformat() if taken_at is not None else ""
    return " ".join(x for x in (folder, day) if x) or "photos"
