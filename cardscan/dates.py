"""Dates as users type them, one parser for the triage app and `cardscan set`; and the default follow-up day.

Accepted: ISO (2026-12-18), day first with dots or slashes (18.12.2026, 18.12.26, 18.12., 18/12/2026, 18/12),
days or weeks from today (+3, 3d, 2w), today and tomorrow, and weekday names in the eight card languages (fri,
Freitag, vendredi, venerdì, vrijdag, fredag, viernes, sexta-feira; the usual abbreviations too). A day without
a year is the next such day from today; a weekday is the next one after today.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from cardscan.text import fold

DATE_HELP = "write a date as 2026-12-18, 18.12.2026 or 18/12, +3 (days), 2w (weeks), or a weekday (fri)"

# Monday = 0. Full names, then each language's usual abbreviations (exact), from the languages' calendars.
_WEEKDAYS = (
    ("monday", "montag", "lundi", "lunedi", "maandag", "mandag", "lunes", "segunda-feira", "segunda"),
    ("tuesday", "dienstag", "mardi", "martedi", "dinsdag", "tisdag", "martes", "terca-feira", "terca"),
    ("wednesday", "mittwoch", "mercredi", "mercoledi", "woensdag", "onsdag", "miercoles", "quarta-feira", "quarta"),
    ("thursday", "donnerstag", "jeudi", "giovedi", "donderdag", "torsdag", "jueves", "quinta-feira", "quinta"),
    ("friday", "freitag", "vendredi", "venerdi", "vrijdag", "fredag", "viernes", "sexta-feira", "sexta"),
    ("saturday", "samstag", "samedi", "sabato", "zaterdag", "lordag", "sabado"),
    ("sunday", "sonntag", "dimanche", "domenica", "zondag", "sondag", "domingo"),
)
_ABBREVIATIONS = (
    ("mon", "mo", "lun", "ma", "man", "seg"),
    ("tue", "tues", "di", "mar", "tis", "ter"),
    ("wed", "mi", "mer", "wo", "ons", "mie", "qua"),
    ("thu", "thur", "thurs", "do", "jeu", "gio", "tor", "jue", "qui"),
    ("fri", "fr", "ven", "vr", "fre", "vie", "sex"),
    ("sat", "sa", "sam", "sab", "za", "lor"),
    ("sun", "so", "dim", "dom", "zo", "son"),
)
_EXACT = {name: day for day, names in enumerate(_WEEKDAYS) for name in names} | {
    name: day for day, names in enumerate(_ABBREVIATIONS) for name in names}
_TODAY = frozenset(("today", "heute", "aujourd'hui", "oggi", "vandaag", "idag", "hoy", "hoje"))
_TOMORROW = frozenset(("tomorrow", "morgen", "demain", "domani", "imorgon", "manana", "amanha"))
_RELATIVE = re.compile(r"^\+?\s*(\d{1,3})\s*(d|days?|w|weeks?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*([./])\s*(\d{1,2})\s*(?:[./]\s*(\d{2}|\d{4})?)?$")


def _fold(text: str) -> str:
    return fold(text).strip().rstrip(".")


def weekday_number(text: str) -> int | None:
    """0 (Monday) to 6 for a weekday name or abbreviation in any of the eight languages; None when it is none, or
    when a shortened name could be two different days (e.g. "ma": maandag or martes)."""
    word = _fold(text)
    if word in _EXACT:
        return _EXACT[word]
    if len(word) < 3:
        return None
    days = {day for day, names in enumerate(_WEEKDAYS) for name in names if name.startswith(word)}
    return days.pop() if len(days) == 1 else None


def _day_first(m: re.Match[str], today: date) -> date:
    day, month, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        return date(year, month, day)
    found = date(today.year, month, day) if (month, day) != (2, 29) else _next_leap_day(today)
    return found if found >= today else date(today.year + 1, month, day)


def _next_leap_day(today: date) -> date:
    year = today.year
    while True:
        try:
            found = date(year, 2, 29)
        except ValueError:
            year += 1
            continue
        if found >= today:
            return found
        year += 1


def parse_day(text: str, today: date) -> date | None:
    """The day `text` names ("" or "none": no day). Raises ValueError with DATE_HELP for anything else."""
    low = _fold(text)
    if low in ("", "none", "-"):
        return None
    if low in _TODAY:
        return today
    if low in _TOMORROW:
        return today + timedelta(days=1)
    m = _RELATIVE.match(low)
    if m and (low.startswith("+") or m.group(2)):
        n = int(m.group(1))
        return today + timedelta(days=n * 7 if (m.group(2) or "").startswith("w") else n)
    weekday = weekday_number(low)
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    try:
        m = _DAY_FIRST.match(text.strip())
        if m:
            return _day_first(m, today)
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise ValueError(f"“{text.strip()}” is not a date: {DATE_HELP}")


def default_follow_up(met_on: date | None, today: date, days: int = 3) -> date:
    """The follow-up proposed for a keeper: `days` after the meeting, but never before tomorrow (a meeting long
    past gets tomorrow). Without a meeting date: `days` from today."""
    return max((met_on or today) + timedelta(days=days), today + timedelta(days=1))


def before_meeting(day: date | None, met_on: date | None) -> str | None:
    """A warning when a follow-up day comes before the meeting it follows, else None."""
    if day is not None and met_on is not None and day < met_on:
        return f"{day.isoformat()} is before the meeting ({met_on.isoformat()})"
    return None
