"""Job titles whose spaces the OCR lost or whose dash it doubled.

- "Headof Sales": an English role word run into "of", "and" or "for" is two words ("Head of Sales"); the glued form
  is no word of any of the card languages.
- "TERRITORYMANAGER": on a card printed in English, a word that ends in an English role word ("manager",
  "director", "engineer") after four letters or more, and that no lexicon knows as a word of its own, is two words.
  English writes its job titles spaced; Dutch, German and Swedish glue compounds ("Projectmanager",
  "Vertriebsleiter") and keep them whole, so the rule applies to English cards only.
- "Executive-- Mapping": a run of hyphens between two words is one dash, spaced (an en or em dash the OCR read
  as two hyphens).
"""

from __future__ import annotations

import re

from cardscan.extract.roles import OCCUPATION_WORDS, ROLE_WORDS, ROLE_WORDS_BY_LANGUAGE

_EN_ROLES = ROLE_WORDS_BY_LANGUAGE["en"]
# English words that join the parts of a title ("Head of Sales", "Research and Development", "Director for Asia")
_JOINERS = ("of", "and", "for")
_ROLE_THEN_JOINER = re.compile(r"(?i)^(?P<role>[^\W\d_]{3,}?)(?P<joiner>" + "|".join(_JOINERS) + r")$")
# A role word long enough that a word ending in it is most likely a glued compound (not "agent" in "regent")
_MIN_ROLE = 6
_MIN_HEAD = 4
_DASH_RUN = re.compile(r"(?<=[^\W\d_])\s*-{2,}\s*(?=[^\W\d_])")


def _known(word: str) -> bool:
    return word in ROLE_WORDS or word in OCCUPATION_WORDS


def unglued_role_phrase(text: str) -> str:
    """The line with an English role word run into a joining word set apart ("Headof Sales" -> "Head of Sales")."""
    out = []
    for token in text.split():
        m = _ROLE_THEN_JOINER.match(token)
        if m and m.group("role").lower() in _EN_ROLES and not _known(token.lower()):
            out.append(f"{m.group('role')} {m.group('joiner')}")
        else:
            out.append(token)
    return " ".join(out) if out != text.split() else text


def spaced_title(text: str, languages: tuple[str, ...]) -> str:
    """The title with its doubled dashes made one, and on an English card its glued role words spaced."""
    text = _DASH_RUN.sub(" - ", text)
    if languages != ("en",):
        return text
    out = []
    for token in text.split():
        out.append(_split_compound(token) or token)
    return " ".join(out)


def _split_compound(token: str) -> str | None:
    """ "TERRITORYMANAGER" -> "TERRITORY MANAGER"; None when the token is no glued English title."""
    if not token.isalpha() or _known(token.lower()):
        return None
    lower = token.lower()
    for role in sorted(_EN_ROLES, key=len, reverse=True):
        if len(role) >= _MIN_ROLE and lower.endswith(role) and len(lower) - len(role) >= _MIN_HEAD:
            cut = len(token) - len(role)
            return f"{token[:cut]} {token[cut:]}"
    return None
