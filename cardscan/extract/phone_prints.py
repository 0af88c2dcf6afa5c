"""Digits on a card line that are not a phone number's, or not printed as the OCR read them: put right before numbers
are looked for."""

from __future__ import annotations

import re

import phonenumbers

# Opening hours: a time of day, a dash and a later time ("9.00-18.00", "09:30 – 18:00"). Shops, garages and
# practices print them beside their numbers; read as digits they make a valid-looking number ("800 1700").
_TIME_RANGE = re.compile(r"(?<![\d.,/+])([01]?\d|2[0-4])[.:h]([0-5]\d)\s?[-–]\s?([01]?\d|2[0-4])[.:h]([0-5]\d)"
                         r"(?![\d.,:/])")
# Digit groups joined without spaces by dots and one comma ("0711,123.4567"): a dot the OCR read as a comma
_DOTS_AND_A_COMMA = re.compile(r"(?<![\d.,])\d{2,5}(?:[.,]\d{2,5}){2,4}(?![\d.,])")


def _is_time_range(match: re.Match[str], text: str) -> bool:
    before = text[:match.start()].rstrip()
    if before.endswith(("+", "-", "/")) or (before and before[-1].isdigit()):
        return False  # the tail of a number printed in groups ("+45 20.30-14.50")
    start, end = int(match.group(1)) * 60 + int(match.group(2)), int(match.group(3)) * 60 + int(match.group(4))
    return start < end


def blank_opening_hours(text: str) -> str:
    """The text with every time range of opening hours blanked out (spaces, so positions stay)."""
    return _TIME_RANGE.sub(lambda m: " " * len(m.group(0)) if _is_time_range(m, text) else m.group(0), text)


def comma_for_dot(text: str, region: str | None) -> str:
    """A comma among dot-grouped digits read back as the dot it is, where the digits then make a valid number of the
    region ("tel0711,123.4567"). A price ("1,299.00") makes no valid number and stays as it is."""
    def repair(match: re.Match[str]) -> str:
        printed = match.group(0)
        if printed.count(",") != 1 or "." not in printed:
            return printed
        dotted = printed.replace(",", ".")
        try:
            number = phonenumbers.parse(dotted, region or "ZZ")
        except phonenumbers.NumberParseException:
            return printed
        return dotted if phonenumbers.is_valid_number(number) else printed

    return _DOTS_AND_A_COMMA.sub(repair, text)
