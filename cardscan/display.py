"""Text that came from outside (file names, OCR, QR codes, user edits) made safe to show on a terminal.

A terminal obeys the control characters in what it prints: ESC starts a sequence that can move the cursor,
rewrite the title, hide text or, in some terminals, write files; a bidirectional override reorders what follows.
Every command and the triage app show outside text through `safe_text`, which writes such characters as visible
escapes (ESC as \\x1b), so a name stays a name and a line stays one line.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

# Control (Cc), format (Cf: bidi overrides, zero-width marks), surrogate (Cs: bytes of a file name that are not
# UTF-8), private-use (Co) characters and line/paragraph separators. The zero-width (non-)joiner and the soft
# hyphen are part of ordinary text (emoji, some scripts) and harmless.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_HARMLESS = frozenset({"\u200c", "\u200d", "\u00ad"})


def is_unsafe(ch: str) -> bool:
    return ch not in _HARMLESS and unicodedata.category(ch) in _UNSAFE_CATEGORIES


def _escape(ch: str) -> str:
    return repr(ch)[1:-1]  # \n, \x1b, \u202e: the escapes Python (and most people) read


def safe_text(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every unsafe character written as an escape (\\x1b, \\u202e). keep_newlines: line breaks and
    tabs stay (a multi-line note); otherwise they are escaped too, so the result is one line."""
    if text.isprintable():  # the common case: nothing to escape
        return text
    kept = "\n\t" if keep_newlines else ""
    return "".join(_escape(ch) if ch not in kept and is_unsafe(ch) else ch for ch in text)


def strip_unsafe(text: str, *, keep_newlines: bool = False) -> str:
    """`text` without the unsafe characters (for text a user types: an edit or a note)."""
    if text.isprintable():
        return text
    kept = "\n\t" if keep_newlines else ""
    return "".join(ch for ch in text if ch in kept or not is_unsafe(ch))


def json_line(data: Any) -> str:
    """One line of JSON, UTF-8 text kept readable, with every unsafe character escaped as \\uXXXX (json.dumps
    escapes only U+0000-U+001F: DEL, C1 controls and bidi overrides would reach the terminal raw)."""
    return safe_json(json.dumps(data, ensure_ascii=False))


def safe_json(text: str) -> str:
    """JSON text with the unsafe characters left in its strings escaped as \\uXXXX (still the same JSON)."""
    if text.isprintable():
        return text
    out: list[str] = []
    for ch in text:
        if is_unsafe(ch):
            units = ch.encode("utf-16-be", "surrogatepass")  # a character beyond U+FFFF is two \\u escapes
            out.extend(f"\\u{int.from_bytes(units[i:i + 2], 'big'):04x}" for i in range(0, len(units), 2))
        else:
            out.append(ch)
    return "".join(out)
