"""Which of the eight card languages a card is printed in, from words only one of them uses.

The words are the languages' function words and role words (lexicons/); a word two languages share
("Mobil", "de") decides nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from cardscan.extract.lexicons import keyed
from cardscan.extract.roles import ROLE_WORDS_BY_LANGUAGE
from cardscan.text import fold


def _markers() -> dict[str, set[str]]:
    """Per language: its function words (lexicons/function_words.txt) and its role words (lexicons/roles.txt)."""
    out: dict[str, set[str]] = {}
    for lang, word in keyed("function_words.txt"):
        out.setdefault(lang, set()).add(fold(word))
    for lang, role_words in ROLE_WORDS_BY_LANGUAGE.items():
        out.setdefault(lang, set()).update(w for w in role_words if len(w) > 3)
    return out


_MARKERS = _markers()
_COUNTS: Counter[str] = Counter(w for words in _MARKERS.values() for w in words)
# Only words that belong to one language vote.
_WORD_LANG = {w: lang for lang, words in _MARKERS.items() for w in words if _COUNTS[w] == 1}

COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {
    "DE": ("de",), "AT": ("de",), "CH": ("de", "fr", "it"), "LI": ("de",), "FR": ("fr",), "BE": ("fr", "nl"),
    "LU": ("fr", "de"), "MC": ("fr",), "IT": ("it",), "ES": ("es",), "PT": ("pt",), "BR": ("pt",), "SE": ("sv",),
    "NL": ("nl",), "GB": ("en",), "US": ("en",), "IE": ("en",), "MX": ("es",), "AR": ("es",),
}


def language_votes(texts: list[str]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for text in texts:
        if "@" in text or "/" in text:
            continue
        for word in re.findall(r"[a-z]+", fold(text)):
            lang = _WORD_LANG.get(word)
            if lang:
                votes[lang] += 1
    return votes


def card_languages(texts: list[str], country: str | None) -> tuple[str, ...]:
    """The card's language(s), most likely first: the country's, ordered by the words on the card."""
    votes = language_votes(texts)
    if country in COUNTRY_LANGUAGES:
        langs = COUNTRY_LANGUAGES[country]
        if len(langs) == 1:
            return langs
        ranked = sorted(langs, key=lambda lang: -votes[lang])
        if votes[ranked[0]] > votes[ranked[1]]:
            return (ranked[0],)
        return tuple(ranked)
    ranked_all = votes.most_common(2)
    if ranked_all and (len(ranked_all) == 1 or ranked_all[0][1] >= ranked_all[1][1] + 2):
        return (ranked_all[0][0],)
    return ()
