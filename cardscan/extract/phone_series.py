"""Numbers printed as a series that shares its beginning.

- "022 2345 6789 / 2345 6790", "Ph: 040-23456789, 23456790", "98400 12371 / 73": a group printed after a number,
  shorter than that number, replaces the same count of its last digits (the same area code, the same prefix);
- "Tel. +49 711 12345-0, Fax -99", "DW -12": after a switchboard number ending in "-0" (the German, Austrian and Swiss
  way to write a number with direct-dial lines), "-99" is that number with 99 dialled in place of the 0. The
  switchboard number itself is the whole number with its 0, as it is dialled.
"""

from __future__ import annotations

import re

import phonenumbers

# "/" between two digits: two numbers, when what precedes it is too long to be an area code alone ("0711 / 12345",
# "0711/12345").
_SLASH = re.compile(r"(?<=\d)\s*/\s*(?=\d)")
_NUMBER_RUN = re.compile(r"[\d\s().+\-]*$")
_SHORTEST_NUMBER = 7
# A group printed after a number: a separator, the digits, then the end, another separator or a label and a number,
# or a note in square brackets at the end ("+91 80 12345678; 5699 [Office]")
_CONTINUATION = re.compile(r"\s*(?:[/,;&|·]|\b(?:or|oder|ou|o|of|eller)\b)\s*"
                           r"(?:(?P<label>[^\W\d_][^\W\d_./]{0,11}\.?)\s*:?\s*)?(?P<digits>\d(?:[\d .\-]*\d)?)"
                           r"(?=\s*\.?\s*$|\s*[,;/|·]|\s+[^\W\d_]{1,12}\s*[.:]?\s*[+(\d]|\s*\[[^\]\d]*\]\s*$)")
# "-99", "- 12" standing alone (no digit before it), after a label or a separator.
_EXTENSION = re.compile(r"(?<![\w)])[-–]\s?(?P<digits>\d{1,5})(?![\d\-–/])")
_SWITCHBOARD_END = re.compile(r"\d\s?[-–]\s?0$")


def split_alternatives(text: str) -> str:
    """The text with "/" after a whole number made a plain separator (";"), so that the numbers are read apart:
    "98400 12371 / 73" and "022-2345678/79" are two numbers, "0711 / 12345-0" one."""
    def repl(m: re.Match[str]) -> str:
        run = _NUMBER_RUN.search(text[: m.start()])
        before = run.group(0).lstrip(" .-)").strip() if run else ""  # "Tel. +49 ...": the label's full stop
        if before.startswith(("+", "00")):
            # "+49 (0)6221 / 12 34-0": a country code and an area code; "+91 98400 12371 / 73": a whole number
            whole = _valid(before)
        else:
            whole = sum(ch.isdigit() for ch in before) >= _SHORTEST_NUMBER
        return m.group(0).replace("/", ";") if whole else m.group(0)
    return _SLASH.sub(repl, text)


def continuation(number: phonenumbers.PhoneNumber, text: str, *, valid_only: bool = True
                 ) -> tuple[phonenumbers.PhoneNumber, int, str | None] | None:
    """The number a shorter group right at the start of `text` stands for ("/ 73" after "98400 12371": 98400 12373;
    ", F 12 34 57" after "0511 12 34 56"), with where the group ends and the label printed before it; None when none
    follows, when it is a whole number, or when the result is no valid number (`valid_only`; a number of an old plan
    that no plan knows now, "040-3309999, 3309998", gives one of the same plan)."""
    m = _CONTINUATION.match(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group("digits"))
    national = phonenumbers.national_significant_number(number)
    after = re.match(r"\s*/\s*([\d .\-]*)", text[m.end():])
    if len(digits) >= len(national) or (len(digits) >= 4 and digits.startswith("0")) \
            or (after and sum(ch.isdigit() for ch in after.group(1)) >= 5
                and _replaced_tail(number, digits + re.sub(r"\D", "", after.group(1)), 0) is not None):
        # a whole number, or one that begins with its own area code ("Fax 0711/12345-99", "Fax 212/555-0199"); a
        # group followed by a whole number that it makes no number with ("/9991/9992/23456789") is one of a series
        return None
    found = _replaced_tail(number, national[: len(national) - len(digits)] + digits, m.end(), valid_only=valid_only)
    return (found[0], found[1], m.group("label")) if found else None


def is_switchboard(printed: str) -> bool:
    """Whether a printed number ends in "-0": a switchboard with direct-dial lines beside it."""
    return bool(_SWITCHBOARD_END.search(printed.rstrip()))


def extensions(switchboard: phonenumbers.PhoneNumber, text: str) -> list[tuple[phonenumbers.PhoneNumber, int, int]]:
    """The direct-dial lines printed as "-99" in `text` beside a switchboard number ending in 0: each with its start
    and end in `text`."""
    national = phonenumbers.national_significant_number(switchboard)
    if not national.endswith("0"):
        return []
    out = []
    for m in _EXTENSION.finditer(text):
        found = _replaced_tail(switchboard, national[:-1] + m.group("digits"), m.end())
        if found:
            out.append((found[0], m.start(), m.end()))
    return out


def _valid(international: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + international.lstrip("+").removeprefix("00")))
    except phonenumbers.NumberParseException:
        return False


def _replaced_tail(number: phonenumbers.PhoneNumber, national: str, end: int, *, valid_only: bool = True
                   ) -> tuple[phonenumbers.PhoneNumber, int] | None:
    try:
        new = phonenumbers.parse(f"+{number.country_code}{national}", None)
    except phonenumbers.NumberParseException:
        return None
    return (new, end) if not valid_only or phonenumbers.is_valid_number(new) else None


_RANGE_END = re.compile(r"(?P<number>.*\d)\s?[-–]\s?\d{1,3}$")


def read_again(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """A number no numbering plan knows as the matcher read it, read as it was printed (None when it was not printed
    so):

    - "91 40 2345 6789": the country code printed without "+" or "00";
    - "040 2345 6781-84": a range of lines, read as its first number (`range_end` gives its last).
    """
    m = _RANGE_END.fullmatch(raw.strip())
    if m:
        first = read_again(m.group("number"), region)
        if first is None:
            try:
                first = phonenumbers.parse(m.group("number"), region)
            except phonenumbers.NumberParseException:
                return None
        return first if phonenumbers.is_valid_number(first) else None
    code = phonenumbers.country_code_for_region(region) if region else 0
    digits = re.sub(r"\D", "", raw)
    if not code or not re.match(rf"{code}\D", raw.strip()) or len(digits) - len(str(code)) < 6:
        return None
    try:
        return phonenumbers.parse("+" + digits, None)  # valid or not: the same digits, the country code read as one
    except phonenumbers.NumberParseException:
        return None


def plus_lost(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """ "49 172 1234567" read in Germany: the country's own code printed without "+" or "00" (or the OCR lost the "+"),
    though the matcher found a valid national number in it. A country whose national numbers are dialled with a trunk
    prefix ("0") prints them with it; digits that begin with its country code instead, and make a valid number
    after it, are that country's number in the international form. None for any other number."""
    if region is None or raw.lstrip().startswith(("+", "00")):
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = metadata.national_prefix if metadata is not None else None
    code = str(phonenumbers.country_code_for_region(region))
    digits = re.sub(r"\D", "", raw)
    if not trunk or digits.startswith(trunk) or not re.match(rf"{code}\D", raw.strip()):
        return None
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def range_end(first: phonenumbers.PhoneNumber, raw: str) -> phonenumbers.PhoneNumber | None:
    """The last number of a range printed as "040 2345 6781-84" (the first number read by `read_again`): the digits
    after the dash replace the first number's last digits; None when `raw` is no such range or the end is no valid
    number. Both ends are dialled lines; the ones between are left to the switchboard."""
    m = _RANGE_END.fullmatch(raw.strip())
    if m is None:
        return None
    digits = raw.strip()[len(m.group("number")):].lstrip(" -–")
    national = phonenumbers.national_significant_number(first)
    if int(digits) <= int(national[-len(digits):]):
        return None  # "6781-80" counts down: no range
    found = _replaced_tail(first, national[: len(national) - len(digits)] + digits, 0)
    return found[0] if found else None
