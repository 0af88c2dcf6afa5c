"""A printed line of a card, and the text helpers the truth rules need."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass


@dataclass
class PrintedLine:
    role: str  # name, title, department, company, tagline, phone, email, website, social, address
    text: str
    icon: str | None = None  # a drawn symbol printed before the text instead of a label: phone, mobile, ...


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_DE_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_GENERIC_TRANSLIT = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "Ø": "O", "Æ": "Ae", "Œ": "Oe"})


def ascii_slug(text: str, lang: str, sep: str = "") -> str:
    """Lower-case ASCII for e-mail local parts and domains: 'Müller & Söhne' -> 'muellersoehne' (de)."""
    text = text.translate(_DE_TRANSLIT if lang == "de" else _GENERIC_TRANSLIT)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’.]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", sep, text).strip(sep or "-")


def label_sep(rng: random.Random, label: str) -> str:
    if len(label) == 1:
        return rng.choice([" ", "  ", ": ", " | ", ". "])
    return rng.choice([" ", ": ", ": "])


