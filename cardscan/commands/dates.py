"""Days as the commands of the follow-through take them: YYYY-MM-DD, today, yesterday, or N days/weeks/months
ago ("7d", "2w", "3m")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from cardscan.errors import UsageError

_AGO = re.compile(r"^(\d{1,4})\s*(d|w|m)$")
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}


def parse_day(text: str, option: str, today: date | None = None) -> date:
    today = today or date.today()
    value = text.strip().lower()
    if value == "today":
        return today
    if value == "yesterday":
        return today - timedelta(days=1)
    ago = _AGO.match(value)
    if ago:
        return today - timedelta(days=int(ago.group(1)) * _UNIT_DAYS[ago.group(2)])
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {text!r}: write a date as YYYY-MM-DD, today, yesterday, or 7d / 2w / 3m "
                         "(days, weeks, months ago)") from None
