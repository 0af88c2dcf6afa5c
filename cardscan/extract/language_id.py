"""The language of a card's words told by a statistical identifier, and the countries it points to: a hint for
national numbers printed without any country, where the card's own word lists (language.py) find no language.

The identifier is py3langid (BSD-3-Clause; langid.py's model of 97 languages, trained on character n-grams of
several corpora, shipped inside the package, offline). A word list knows the function and role words of eight
languages; a card saying "Målning och tapetsering" or "účetnictví a daňové poradenství" holds none of them, and its
mobile number, valid in a dozen plans, was dropped. The model is loaded on first use (about one second), which only
cards with such a number need.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

# The European languages the identifier tells apart, and the countries whose numbers a card in them most likely
# prints (the language's own country first)
LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH"), "it": ("IT", "CH"), "es": ("ES",), "pt": ("PT", "BR"),
    "nl": ("NL", "BE"), "sv": ("SE",), "en": ("GB", "US", "IE"), "da": ("DK",), "no": ("NO",), "nn": ("NO",),
    "fi": ("FI",), "is": ("IS",), "pl": ("PL",), "cs": ("CZ",), "sk": ("SK",), "hu": ("HU",), "sl": ("SI",),
    # Croatian, Bosnian, Serbian and Montenegrin written in Latin letters are one language to the identifier
    "hr": ("HR", "BA", "RS", "ME"), "bs": ("BA", "HR", "RS", "ME"), "sr": ("RS", "BA", "ME", "HR"),
    "ro": ("RO",), "bg": ("BG",), "el": ("GR", "CY"),
    "lv": ("LV",), "lt": ("LT",), "et": ("EE",), "mt": ("MT",), "lb": ("LU",), "ca": ("ES",), "eu": ("ES",),
    "gl": ("ES",), "ga": ("IE",), "cy": ("GB",), "tr": ("TR",),
}
# The countries overseas that speak Spanish, Portuguese, English and French: a card in the language may print their
# numbers, after those of the language's European countries (a number valid in several is read in the first)
OVERSEAS_COUNTRIES: dict[str, tuple[str, ...]] = {
    "es": ("MX", "CO", "AR", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY"),
    "pt": ("AO", "MZ"), "fr": ("CA",),
    "en": ("CA", "AU", "NZ", "ZA", "IN", "NG", "KE", "GH", "SG", "MY", "PH"),
}


def countries_of(languages: Sequence[str]) -> list[str]:
    """The countries whose numbers cards in these languages print: every language's European countries first, then
    those overseas."""
    home = [c for lang in languages for c in LANGUAGE_COUNTRIES.get(lang, ())]
    overseas = [c for lang in languages for c in OVERSEAS_COUNTRIES.get(lang, ())]
    return list(dict.fromkeys(home + overseas))

# How sure the identifier must be (its normalised probability) and how many words it needs
_SURE = 0.5
_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(LANGUAGE_COUNTRIES))
    return identifier


def identified_countries(texts: Sequence[str]) -> tuple[str, ...]:
    """The countries of the language the card's words are in, when the identifier is sure of it; else ()."""
    words = [w.lower() for text in texts if not re.search(r"@|www|https?:|\.\w{2,3}\b", text)
             for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return ()
    language, probability = _identifier().classify(" ".join(words))
    return tuple(countries_of([language])) if probability >= _SURE else ()
