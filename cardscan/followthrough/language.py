"""The language to write to a contact in: the card's language, else English."""

from __future__ import annotations

from cardscan.extract.language import COUNTRY_LANGUAGES, card_languages
from cardscan.followthrough.templates import DEFAULT_LANGUAGE, LANGUAGES
from cardscan.model import Card
from cardscan.store.editing import contact_region

# Country-code top-level domains of the card languages' countries (a hint when the card says little else).
_TLD_COUNTRY = {"de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE", "lu": "LU", "it": "IT", "nl": "NL",
                "se": "SE", "es": "ES", "pt": "PT", "br": "BR", "mx": "MX", "ar": "AR", "uk": "GB", "ie": "IE"}


def contact_country(card: Card) -> str | None:
    """The contact's country: the address, else the first phone number's, else the e-mail's domain."""
    c = card.contact
    region = contact_region(c)
    if region:
        return region
    for text in (*(e.value for e in c.emails), *(w.value for w in c.websites)):
        host = text.rsplit("@", 1)[-1].split("//")[-1].split("/")[0]
        tld = host.rsplit(".", 1)[-1].lower()
        if tld in _TLD_COUNTRY:
            return _TLD_COUNTRY[tld]
    return None


def card_language(card: Card) -> str:
    """One of the eight card languages (words on the card weighed with its country), English otherwise."""
    c = card.contact
    texts = [card.text, *(x for x in (c.value("title"), c.value("department"), c.value("company")) if x)]
    country = contact_country(card)
    found = card_languages([t for t in texts if t], country)
    if not found and country in COUNTRY_LANGUAGES:
        found = COUNTRY_LANGUAGES[country]
    return found[0] if found and found[0] in LANGUAGES else DEFAULT_LANGUAGE


def shared_language(a: Card, b: Card) -> str:
    """The language two contacts share, else English."""
    la, lb = card_language(a), card_language(b)
    return la if la == lb else DEFAULT_LANGUAGE
