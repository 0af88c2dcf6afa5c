"""Content lines, the shared syntax of vCard (RFC 2426, RFC 6350) and iCalendar (RFC 5545).

One property per line: ``NAME;PARAM=value:value``, ended by CRLF, folded so that
no line is longer than 75 octets (a continuation line starts with one space),
never inside a UTF-8 character nor inside a backslash escape. Text values escape
backslash, semicolon, comma and newline. Everything that ends up in a .vcf or
.ics file goes through `content_line`, so those rules hold everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

CRLF = b"\r\n"
MAX_LINE_OCTETS = 75
_FOLD = b"\r\n "
_BACKSLASH = 0x5C

# Every line break a user or the OCR may produce becomes "\n" ...
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# ... and the remaining control characters (not allowed in a content line) are dropped. Tab stays.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f\ud800-\udfff]")
_NAME_OK = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?")
_PARAM_UNSAFE = re.compile(r'["\\\x00-\x1f\x7f]')
_PARAM_NEEDS_QUOTES = re.compile(r"[;:]")

Params = Sequence[tuple[str, str]]


def clean_text(text: str) -> str:
    """The text as it can be carried by a content line: line breaks as "\\n", no control characters.

    Exporters pass every user value through this; tests compare parsed values against it.
    """
    if text.isprintable():  # no line breaks nor control characters (the common case)
        return text
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def escape_text(text: str) -> str:
    """A TEXT value: cleaned, with \\ ; , and newline escaped."""
    # Chained str.replace is several times faster than str.translate with a mapping; backslashes go first.
    return clean_text(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def structured(parts: Iterable[str | None]) -> str:
    """A structured value (N, ADR, ORG): components escaped and joined by ";"."""
    return ";".join(escape_text(p or "") for p in parts)


def text_list(items: Iterable[str]) -> str:
    """A list of TEXT values (CATEGORIES): each escaped, joined by ","."""
    return ",".join(escape_text(i) for i in items)


_URI_ENCODE = str.maketrans({",": "%2C", "\\": "%5C"})


def uri(value: str) -> str:
    """A URI value (URL, X-SOCIALPROFILE).

    URIs are not escaped like text (RFC 2426, RFC 6350), yet many readers (vobject among them) take a URL
    for a comma-separated list and keep only what comes before the first comma, and a backslash reads as an
    escape. So commas and backslashes are percent-encoded (%2C, %5C), which every web server reads the same;
    inner whitespace becomes %20, and control characters are dropped.
    """
    return "%20".join(clean_text(value).split()).translate(_URI_ENCODE)


def param_value(value: str) -> str:
    """A parameter value: "," separates the items of a list (TYPE=WORK,VOICE); quoted when it holds ; or :.

    DQUOTE, backslash and control characters cannot be carried and are dropped.
    """
    value = _PARAM_UNSAFE.sub("", value)
    return f'"{value}"' if _PARAM_NEEDS_QUOTES.search(value) else value


def content_line(name: str, value: str, params: Params = ()) -> bytes:
    """One folded content line, CRLF included. `value` must already be escaped for its value type."""
    head = _checked_name(name)
    for key, pval in params:
        head += f";{_checked_name(key)}={param_value(pval)}"
    return fold(f"{head}:{value}".encode())


_CHECKED_NAMES: set[str] = set()


def _checked_name(name: str) -> str:
    """A property or parameter name, refused unless it is [group.]name in letters, digits and hyphens."""
    if name not in _CHECKED_NAMES:
        if not _NAME_OK.fullmatch(name):
            raise ValueError(f"not a property or parameter name: {name!r}")
        if len(_CHECKED_NAMES) < 1000:
            _CHECKED_NAMES.add(name)
    return name


def fold(line: bytes) -> bytes:
    """Fold one unfolded line (no CRLF) into lines of at most 75 octets, CRLF-terminated.

    A cut never falls inside a UTF-8 character (continuation bytes are 0b10xxxxxx) nor
    between a backslash and the character it escapes: a run of backslashes always
    starts on an escape boundary, so an odd-length run right before the cut means
    the cut would split an escape and moves back by one.
    """
    if len(line) <= MAX_LINE_OCTETS:
        return line + CRLF
    pieces: list[bytes] = []
    start = 0
    limit = MAX_LINE_OCTETS
    end_of_line = len(line)
    while end_of_line - start > limit:
        cut = start + limit
        while line[cut] & 0xC0 == 0x80:  # inside a multi-byte character
            cut -= 1
        run = 0
        while cut - run - 1 >= start and line[cut - run - 1] == _BACKSLASH:
            run += 1
        if run % 2:
            cut -= 1
        pieces.append(line[start:cut])
        start = cut
        limit = MAX_LINE_OCTETS - 1  # the leading space of a continuation line counts
    pieces.append(line[start:])
    return _FOLD.join(pieces) + CRLF
