"""The greeting of a letter, with the form of the name each language uses ("Sehr geehrte Frau Dr. Berg,",
"Bonjour Monsieur Dubois,", "Hej Erik,").

Whether to write to a woman or a man is decided only from what the card says: a courtesy prefix (Frau, Mme,
Sra.) or a job title in a gendered form (Leiterin, directrice, Directora), as the language's template lists
them. Nothing else (and never the given name) is taken for a sign: with no sign the greeting uses the
language's form for anyone.
"""

from __future__ import annotations

import re
import unicodedata

from cardscan.export.contentline import clean_text
from cardscan.export.names import name_parts
from cardscan.extract.geo import fold
from cardscan.followthrough.templates import Templates
from cardscan.model import Contact

FORMS = ("male", "female", "unknown", "nameless")


def _one_line(text: str | None) -> str:
    return " ".join(clean_text(text or "").split())


def _lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def gender_sign(contact: Contact, t: Templates) -> str:
    """male, female or unknown, from the prefix or the title's form."""
    prefix = fold(contact.value("prefix") or name_parts(contact).prefix or "")
    for word in prefix.split():
        if word in (fold(w) for w in t.words("greeting", "female_prefixes")):
            return "female"
        if word in (fold(w) for w in t.words("greeting", "male_prefixes")):
            return "male"
    # Endings keep their accents: French "-é" (chargé) is not "-e" (architecte).
    feminine = [_lower(e) for e in t.words("greeting", "female_title_endings")]
    masculine = [_lower(e) for e in t.words("greeting", "male_title_endings")]
    for word in re.findall(r"[^\W\d_]+", _lower(contact.value("title") or "")):
        if len(word) < 5:
            continue
        # The first word of the title with a gendered ending decides; the longest ending wins ("-ora" over "-or").
        f = max((len(e) for e in feminine if word.endswith(e)), default=0)
        m = max((len(e) for e in masculine if word.endswith(e)), default=0)
        if f or m:
            return "female" if f > m else "male"
    return "unknown"


def _academic(prefix: str, t: Templates) -> str:
    """The prefix without courtesy words (Dr., Prof., Dott.)."""
    courtesy = {fold(w) for w in (*t.words("greeting", "female_prefixes"), *t.words("greeting", "male_prefixes"))}
    return " ".join(w for w in prefix.split() if fold(w) not in courtesy)


def name_values(contact: Contact, t: Templates) -> dict[str, str]:
    raw = name_parts(contact)
    given, middle, family, prefix = (_one_line(x) for x in (raw.given, raw.middle, raw.family, raw.prefix))
    academic = _academic(prefix, t)
    full = " ".join(p for p in (given, middle, family) if p)
    return {
        "given": given,
        "family": family,
        "full": full,
        "title_family": f"{academic} {family}".strip() if family else "",
        "title_full": f"{academic} {full}".strip() if full else "",
    }


def greeting(contact: Contact, t: Templates) -> str:
    """The first line of the letter."""
    values = name_values(contact, t)
    sign = gender_sign(contact, t)
    forms = [sign, "unknown", "nameless"] if sign != "unknown" else ["unknown", "nameless"]
    for form in forms:
        template = str(t.data["greeting"][form])
        used = re.findall(r"{(\w+)}", template)
        if all(values.get(k) for k in used):
            return t.text("greeting", form, **values)
    return t.text("greeting", "nameless")
