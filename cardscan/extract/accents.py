"""Diacritics the OCR dropped or got wrong ("Bohm" for "Böhm", "Geschaftsfuhrer", "Järgen" for "Jürgen").

Only on strong evidence:
- the card's own e-mail and web addresses, which spell umlauts out ("juergen.schaefer@..." -> "Jürgen Schäfer");
- the OCR doubted the word: it read letters that are known misreadings of a diacritic ("Ziirich", "Gongalves",
  "Rechtsanwéltin"), or gave the word a low confidence. Then a vocabulary of words only ever written with their
  accents (lexicons: given names, cities, countries, accented everyday words) decides, when it knows exactly one
  spelling that fits the card's language, and never when the printed form is itself a known spelling.
A word the OCR read with confidence and no e-mail spells otherwise is left as printed ("Große", "Allee", "President").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from cardscan.extract.geo import CITIES, COUNTRY_NAMES
from cardscan.extract.givennames import GIVEN_NAME_LIST
from cardscan.extract.language import COUNTRY_LANGUAGES
from cardscan.extract.lexicons import keyed
from cardscan.extract.lexicons import words as lexicon_words
from cardscan.extract.roles import ROLE_WORDS_BY_LANGUAGE
from cardscan.text import fold, transliterations


def _strip(word: str) -> str:
    return word.strip(".,;:()'’\"")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    """folded word -> the spellings it is known to have."""
    words: list[str] = list(GIVEN_NAME_LIST) + list(lexicon_words("accented_words.txt"))
    # English writes no accents: its role and function words are known plain spellings ("President").
    words += ROLE_WORDS_BY_LANGUAGE.get("en", frozenset())
    words += [w for lang, w in keyed("function_words.txt") if lang == "en"]
    # Cities of the card languages' countries only: a plain spelling elsewhere ("Leticia" in Colombia) must not
    # make "Letícia" look misspelt.
    for iso, cities in CITIES.items():
        if iso not in COUNTRY_LANGUAGES:
            continue
        for city in cities:
            words.extend(city.replace("-", " ").split())
    for names in COUNTRY_NAMES.values():
        for name in names:
            words.extend(name.split())
    words = [part for w in words for part in w.split("-")]
    out: dict[str, set[str]] = {}
    for w in words:
        w = _strip(w)
        if len(w) < 2:
            continue
        out.setdefault(fold(w), set()).add(w)
    return {k: frozenset(v) for k, v in out.items()}


_MARKS: dict[str, str] = {
    "de": "äöüßé", "fr": "éèêëàâîïôûùçœ", "it": "àèéìíòóù", "es": "áéíóúñü", "pt": "áâãàçéêíóôõú",
    "sv": "åäöé", "nl": "éëïöüè", "en": "éèëïç",
}

# (as read, letter to look up, the diacritic the right spelling must have)
_MISREAD = (("ii", "u", "ü"), ("ti", "u", "ü"), ("fi", "n", "ñ"), ("f", "n", "ñ"), ("g", "c", "ç"), ("d", "a", "ã"),
            ("B", "ss", "ß"))


def _vowel_swaps(word: str, vocab: dict[str, frozenset[str]], langs: tuple[str, ...]) -> str | None:
    """The one known spelling reached by changing the vowel under a (misread) diacritic of `word`.

    Never a given name: a name printed plainly with an accent the lists do not know is most likely a spelling of a
    language they do not hold (Hungarian, Czech), not a misread of the name one vowel away; an everyday word of a
    job title or a street is no such spelling."""
    if not langs:
        return None
    found: set[str] = set()
    for i, ch in enumerate(word):
        if ch.isascii() or not ch.isalpha():
            continue
        for vowel in "aeiou":
            key = fold(word[:i] + vowel + word[i + 1:])
            if key in _given_name_keys():
                continue
            found.update(s for s in vocab.get(key, frozenset()) if _marks(s) and _fits(s, langs))
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _given_name_keys() -> frozenset[str]:
    return frozenset(fold(part) for name in GIVEN_NAME_LIST for part in name.split("-"))


def _marks(word: str) -> set[str]:
    return {ch for ch in word.lower() if not ch.isascii()}


def _fits(word: str, langs: tuple[str, ...]) -> bool:
    """True if every diacritic of the word is used, where it stands, by one of the card's languages."""
    marks = _marks(word)
    if not marks:
        return True
    for lang in langs:
        if not marks <= set(_MARKS[lang]):
            continue
        # Italian writes its accents on the last letter only ("perché", "Niccolò", "Città").
        if lang == "it" and any(not ch.isascii() for ch in word[:-1]):
            continue
        return True
    return False


def _like(template: str, word: str) -> str:
    """`word` in the letter case of `template` ("BOHM" -> "BÖHM", "bohm" -> "böhm")."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template.islower():
        return word.lower()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _from_addresses(word: str, spellings: frozenset[str], slugs: str) -> str | None:
    """The spelling of `word` that the card's e-mail/web addresses spell out ("schaefer" -> "Schäfer")."""
    hits = [s for s in spellings if any(len(t) >= 4 and t in slugs for t in transliterations(s) - {fold(s)})]
    return hits[0] if len(hits) == 1 else None


def _umlaut_candidates(word: str) -> list[str]:
    """Forms of `word` with its vowels given the umlauts the e-mail spells out."""
    options = {"a": "aä", "o": "oö", "u": "uü", "ä": "äaü", "ö": "öo", "ü": "üuä", "é": "éöe", "è": "èe",
               "á": "áäa", "ó": "óö", "ú": "úü"}
    forms = [""]
    for ch in word.lower():
        alts = options.get(ch, ch)
        forms = [f + a for f in forms for a in alts][:256]
    return forms


def restore(text: str, langs: tuple[str, ...], slugs: str = "", *,
            doubted: Callable[[str], bool] | None = None) -> str:
    """The text with OCR-lost diacritics put back where the card or the OCR's own doubt leaves no doubt.

    `langs` are the card's language(s) (none known: only the e-mail evidence is used); `slugs` the card's e-mail
    local parts and web names, lower-cased, separated by spaces; `doubted(word)`: True if the OCR was unsure of
    the word (without it, a word printed plainly is never changed by the vocabulary alone).
    """
    vocab = vocabulary()
    slug_words = slugs.split()
    german = not langs or "de" in langs

    def spelled_out(form: str) -> bool:
        """True if an e-mail/web name spells `form`'s umlauts out: the whole name, or a part of a compound
        that does not end in the umlaut ("mueller" in "muellersoehne", not "sabiae" in "sabiaengenharia")."""
        for t in transliterations(form) - {fold(form)}:
            if len(t) < 4:
                continue
            for s in slug_words:
                if s == t or (t in s and not _marks(form[-1:])):
                    return True
        return False

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        key = fold(word)
        if slug_words and german:
            # E-mail/web addresses spell umlauts out: "Schafer" + "schaefer@" -> "Schäfer".
            for form in _umlaut_candidates(word):
                if form != word.lower() and spelled_out(form):
                    return _like(word, form)
            if "ss" not in word.lower():
                # "ß" read as another letter: "ORwald" beside "osswald@" -> "Oßwald"
                for i, ch in enumerate(word.lower()):
                    form = word.lower()[:i] + "ß" + word.lower()[i + 1:]
                    if ch not in "aeiouäöü" and 0 < i < len(word) - 1 and \
                            any(fold(form) in slug for slug in slug_words):
                        return _like(word, form)
        spellings = vocab.get(key)
        if spellings and any(word.lower() == s.lower() for s in spellings):
            return word  # printed as a known spelling (also "Lucia" next to "Lúcia", "Strasse" next to "Straße")
        if not spellings and re.fullmatch(r"l[a-zà-ÿ]{2,}", word):
            # A capital I read as a small l ("llaria" for "Ilaria", "lnés" for "Inés")
            capital = vocab.get(fold("I" + word[1:]))
            if capital:
                return sorted(capital)[0] if len(capital) == 1 else "I" + word[1:]
        if not spellings and len(key) >= 3 and any(key in s for s in slug_words):
            return word  # the card's e-mail or web address spells the word as printed: no letter was misread
        if not spellings:
            # Letters with diacritics the OCR reads as others: "Ziirich", "Castafio", "Corufa", "Gongalves"
            for wrong, right, mark in _MISREAD:
                if wrong in word:
                    for alt in vocab.get(fold(word.replace(wrong, right, 1)), frozenset()):
                        if mark in alt.lower() and langs and _fits(alt, langs):
                            return _like(word, alt)
            # A wrong accent on the wrong vowel: "Rechtsanwéltin" for "Rechtsanwältin"
            swapped = _vowel_swaps(word, vocab, langs)
            return _like(word, swapped) if swapped else word
        if not langs or not (_marks(word) or (doubted is not None and doubted(word))):
            return word  # read plainly and with confidence: as printed ("Große", "Allee", "President")
        # "ss" is as right as "ß" (Swiss German never writes ß): only "B" read for "ß" is put back, below.
        fitting = sorted(s for s in spellings if _fits(s, langs) and not ("ß" in s and "ss" in word.lower()))
        if _marks(word):
            # The OCR saw a diacritic, just not the right one ("Söcia" for "Sócia"): only the spellings with one
            # (an accent the OCR read is never taken away: "Letícia" stays though the vocabulary knows "Leticia").
            fitting = [s for s in fitting if _marks(s)]
        if len(fitting) == 1 and fitting[0].lower() != word.lower():
            return _like(word, fitting[0])
        if len(fitting) > 1 and slugs:
            chosen = _from_addresses(word, frozenset(fitting), slugs)
            if chosen:
                return _like(word, chosen)
        return word

    text = unicodedata.normalize("NFC", text)
    if not langs or "de" in langs:
        # "ß" read twice, as "ßB" or "BB" ("WeißBgerber", "WeiBBgerber"): no word has a capital B after ß
        text = re.sub(r"(?<=[a-zäöü])(?:ßB|BB)(?=[a-z])", "ß", text)
        # "ß" read as "B": "HauptstraBe", "WeiBmann", "StrauB"
        text = re.sub(r"(?<=[a-zäöü])B(?=(?:e|en|er|es)?\b)|(?<=ei|au|eu|ie)B(?=[a-z])", "ß", text)
        if slug_words:
            text = re.sub(r"[^\W\d_]*ßb[^\W\d_]*", lambda m: _single_sharp_s(m.group(0), slug_words), text)
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", fix, text)


def _single_sharp_s(word: str, slug_words: list[str]) -> str:
    """ "Weißbmann" beside "weissmann@": "ß" read as "ßb" when the card's addresses spell the word without the "b"
    ("Fußball", "Großbank" keep theirs: a compound's "ßb" is real, and then the address has it too)."""
    single = word.replace("ßb", "ß", 1)
    if any(fold(single) in slug for slug in slug_words) and not any(fold(word) in slug for slug in slug_words):
        return single
    return word
