"""What the text of a name, title, company or town says against it, whatever else the card prints.

Each function returns 0/1 features for `extract.confidence`: a line cut at either end, marks or scripts no such
line prints, a name that reads as an organisation or a street, a title holding a code, a company of generic words
only, a town that reads as a street. They never change a field, only the doubt about it.
"""

from __future__ import annotations

import re
import unicodedata

from cardscan.extract.company import organisation_only, organisation_score
from cardscan.extract.geo import country_from_name
from cardscan.extract.lexicons import entries, keyed
from cardscan.extract.names import is_particle
from cardscan.extract.streets import street_countries
from cardscan.text import fold

# Marks no name, title or company prints: markup, code, a colon of a label ("type:Person>", "Name: ...").
_ODD_MARKS = re.compile(r"[<>{}=|\\_#*~^]|:\S|:$")
# Words that join a line to the next one in the card languages (and, of, for, with, ...): a name, title or company
# that ends in one was cut before its end ("Head of", "Director de", "Example and").
_JOINING = frozenset((
    "and", "of", "for", "with", "the", "at", "in", "by", "to", "from", "on",  # en
    "und", "fur", "der", "die", "des", "von", "mit", "zu", "im",  # de
    "et", "du", "la", "le", "les", "pour", "avec", "au", "aux",  # fr
    "di", "del", "della", "dei", "per", "con",  # it
    "en", "van", "voor", "het", "bij",  # nl
    "och", "for", "av", "med", "till",  # sv
    "y", "los", "las", "para", "con",  # es
    "do", "da", "dos", "das", "com",  # pt
    "de",  # fr, es, pt, nl
))
_JOINING_MARKS = frozenset("&+-–—,/")
# The words of the legal forms ("Pvt. Ltd." -> pvt, ltd), folded, whatever their case as printed.
_FORM_WORDS = frozenset(w for form in entries("legal_forms.txt") for w in re.findall(r"[^\W_]{2,}", fold(form)))


def text_doubts(value: str, source: str) -> dict[str, float]:
    """A text field cut short at its start ("ager Sales Europe") or end ("Manager (Sales", "Head of"), odd marks or
    a mix of scripts, and how much of its printed line it takes."""
    unbalanced = any(value.count(a) != value.count(b) for a, b in ("()", "[]"))
    words = value.split()
    # "ager Sales Europe": the first word starts in lower case and a later one in capitals: cut from a longer word
    # (a name particle, "van Dijk", starts in lower case as printed)
    cut_start = bool(words) and words[0][:1].islower() and not is_particle(words[0]) and any(
        w[:1].isupper() for w in words[1:])
    letters = sum(ch.isalnum() for ch in source) or 1
    return {"unbalanced": float(unbalanced), "line_share": min(1.0, sum(ch.isalnum() for ch in value) / letters),
            "cut_start": float(cut_start), "cut_end": float(cut_end(value)),
            "odd_marks": float(bool(_ODD_MARKS.search(value)) or mixed_scripts(value))}


def cut_end(text: str) -> bool:
    """The last word joins to a next one that is missing: "and", "of", "&" (a lone capital letter is an initial)."""
    words = text.split()
    if len(words) < 2:
        return False
    last = words[-1]
    return last in _JOINING_MARKS or (len(last) > 1 and fold(last) in _JOINING and (last.islower() or last.isupper()))


def mixed_scripts(value: str) -> bool:
    """Letters of two scripts in one line ("新EXAMPLE"): a logo glyph or an OCR misread of one."""
    scripts = {unicodedata.name(ch, "?").split()[0] for ch in value if ch.isalpha()}
    return len(scripts) > 1


def name_doubts(value: str) -> dict[str, float]:
    """A name that reads as an organisation ("Example Insurance"), a street ("Example Street West") or holds digits."""
    street, _ = street_countries(value)
    return {"reads_org": float(organisation_score(value) >= 0.5), "reads_street": float(street >= 0.35),
            "digits": float(any(ch.isdigit() for ch in value))}


def title_doubts(value: str) -> dict[str, float]:
    """A title holding digits: a registration number or a code, not a job."""
    return {"digits": float(any(ch.isdigit() for ch in value))}


def company_doubts(value: str) -> dict[str, float]:
    """A company of generic words only ("Services", "Group Ltd"), or a country and its legal form ("India Pvt. Ltd.",
    the end of a subsidiary's name): the line that names it is elsewhere."""
    rest = " ".join(w for w in re.findall(r"[^\W_]+", fold(value)) if w not in _FORM_WORDS)
    return {"generic": float(not rest or organisation_only(rest) or country_from_name(rest) is not None)}


# The function words of the card languages (stop-word lists) that join a firm's name too: articles besides _JOINING
_ARTICLES = frozenset(("a", "an", "un", "une", "uno", "una", "el", "il", "lo", "gli", "o", "os", "as", "een", "ein",
                       "eine", "einen", "dem", "den", "das", "det", "ett", "l", "d"))
# (two letters or more: a lone letter is an initial; a legal form's words are a firm's)
_FUNCTION_WORDS = frozenset(fold(w) for _, w in keyed("function_words.txt") if len(w) >= 2) - _JOINING - _ARTICLES \
    - _FORM_WORDS


def reads_as_sentence(text: str) -> bool:
    """Four words or more, two of them function words in lower case that no firm's name joins its words with
    (pronouns, verbs, adverbs: "We do all kinds of repairs", "Tout ce qu'il vous faut"): a slogan, not a name. (In
    capitals or capitalised such a word may be a brand's: "Web", "PT".)"""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 4 and sum(w.islower() and fold(w) in _FUNCTION_WORDS for w in words) >= 2


def town_doubts(city: str | None) -> dict[str, float]:
    """A town that reads as a street ("Example Avenue"): the address was split in the wrong place."""
    street, _ = street_countries(city or "")
    return {"town_reads_street": float(street >= 0.35)}
