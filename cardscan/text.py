"""Text normalisation shared by the extractor and the library: folding for look-ups and transliteration.

- `fold("Österreich")` -> "osterreich": lower case, accents removed, letters NFKD keeps whole spelt out
  ("ß" -> "ss", "ø" -> "o", "æ" -> "ae"); for comparing words with word lists.
- `fold_words("Dr. Anna-Lena Müller")` -> "dr anna lena muller": the same, punctuation made spaces; for matching
  names and companies across spellings.
- `german_spelling("Schäfer")` -> "Schaefer": umlauts spelt the way e-mail addresses and web names write them.

Pure functions, no I/O: part of the core.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Letters NFKD does not take apart.
_WHOLE_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ł": "l", "Ł": "L",
                                "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ß": "ss"})
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_NON_WORD = re.compile(r"[\W_]+")


def _latin_letters(is_case: Callable[[str], bool]) -> str:
    """The Latin letters of one case, for a regex character class: ASCII, Latin-1, Latin Extended-A and -B (Czech,
    Polish, Croatian, Latvian, Romanian, Hungarian letters: "ć", "ņ", "ő", "ș") and Latin Extended Additional."""
    blocks = ((0xC0, 0x250), (0x1E00, 0x1F00))
    return "".join(ch for lo, hi in blocks for ch in map(chr, range(lo, hi)) if is_case(ch))


# Regex character-class bodies: f"[{UPPER}]" is any capital Latin letter, f"[{LOWER}]" any small one. "[A-ZÀ-Þ]"
# stops at Latin-1 and so misses the capitals of half of Europe ("Ł", "Č", "Ś").
UPPER = "A-Z" + _latin_letters(str.isupper)
LOWER = "a-z" + _latin_letters(str.islower)


def strip_accents(text: str) -> str:
    """The text without combining marks, its case kept ("Noémie" -> "Noemie", "Straße" -> "Strasse")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_WHOLE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower case without accents, for look-ups ("Österreich" -> "osterreich")."""
    return strip_accents(text.casefold())


def fold_words(text: str) -> str:
    """Folded, punctuation turned into spaces, whitespace collapsed."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def german_spelling(text: str) -> str:
    """Umlauts and ß spelt out as in addresses ("Schäfer" -> "Schaefer", "Größe" -> "Groesse")."""
    return text.translate(_GERMAN)


def transliterations(word: str) -> set[str]:
    """The folded ASCII forms a word can take in an e-mail or web address ("Müller" -> {"muller", "mueller"})."""
    return {fold(word), fold(german_spelling(word))}


def one_edit(a: str, b: str) -> int | None:
    """Where a and b differ by one letter changed, added or lost (the index in a), or None."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return i if a[i + 1:] == b[i + 1:] else None
    if len(a) > len(b):
        return i if a[i + 1:] == b[i:] else None
    return i if a[i:] == b[i + 1:] else None
