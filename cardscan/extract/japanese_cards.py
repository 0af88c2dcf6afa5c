"""Cards printed in Japanese (kana among their lines, or an address in a Japanese prefecture): the firm by its legal
form, the person's name in kanji, the job title by its role words, and the address by its postcode and prefecture.

The classifier reads Latin lines by their words and shapes; on a Japanese card those say little. A Japanese card
names the firm with its legal form, written before or after the name with no space ("株式会社サンプル",
"サンプル商事株式会社"), prints the holder's name as two to five ideographs (the family name first, often a space
between), the title as a line ending in a role word ("技術マネージャー", "主任"), and the address as the postcode
after the postal mark (〒123-4567) and the prefecture, the city and the rest ("千葉県サンプル市…"). The OCR often
reads the postal mark as "デ" or drops it, and glues the postcode to the end of the address.

The legal forms, the 47 prefectures and the role words are in lexicons/japanese.txt, with their sources.
"""

from __future__ import annotations

import itertools
import re

from cardscan.extract.lexicons import sections
from cardscan.model import Address, Contact, Field


def _listed(key: str) -> tuple[str, ...]:
    """The words of a section of lexicons/japanese.txt."""
    return tuple(w for line in sections("japanese.txt")[key] for w in line.split())


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_KANA_WORD = re.compile(r"[\u3041-\u3096\u30a1-\u30fc]{3}")
_HAN = "\u4e00-\u9fff\u3005"  # the ideographs and the repeat mark 々

LEGAL_FORMS = _listed("legal_forms")
PREFECTURES = _listed("prefectures")
# Words a Japanese job title ends in or holds
_ROLE_WORDS = _listed("role_words")
_PREFECTURE_RE = "|".join(PREFECTURES)
# The postcode after the postal mark (read as "デ" or "T" too), or ending an address line that names a prefecture
_POSTCODE = re.compile(r"(?:[〒デ]|(?<![A-Za-z])T)\s?(\d{3})\s?-\s?(\d{4})(?!\d)")
_POSTCODE_AT_END = re.compile(r"(\d{3})-(\d{4})\s*$")
_POSTCODE_FIRST = re.compile(r"(?<!\d)(\d{3})-(\d{4})(?=\s*(?:" + _PREFECTURE_RE + "))")
# The city after the prefecture: a city (市), one of Tokyo's wards (区), or a town or village of a district (郡)
_CITY = re.compile(rf"(?:{_PREFECTURE_RE})\s*(?:[{_HAN}]{{1,4}}郡)?\s*"
                   rf"([{_HAN}\u3041-\u3096\u30a1-\u30fa]{{1,5}}?[市区町村])")
# A name: two to five ideographs, one space at most among them; not a place, an office or a firm
_NAME = re.compile(rf"[{_HAN}]{{1,3}}\s?[{_HAN}]{{1,3}}")
_NOT_NAME_ENDS = ("店", "部", "課", "社", "所", "県", "市", "区", "町", "村", "都", "府", "道", "館", "室", "局", "院",
                  "校", "科", "会", "業", "品", "製", "場", "線", "駅", "号", "階", "目", "番", "係", "団",
                  # a firm's ("設計" design office, "商事" trading firm, "不動産" estate agent)
                  "計", "事", "産", "設", "研", "堂", "屋", "舎", "房", "園", "工", "具")

# How sure these readings are: the Latin rules' middling figure, below the calibrated fields' typical one
_CONFIDENCE = 0.7


def is_japanese(texts: list[str]) -> bool:
    """Kana on two lines or more, a word of three kana or more, or an address in a Japanese prefecture and city: a
    card printed in Japanese."""
    return sum(bool(_KANA.search(t)) for t in texts) >= 2 or any(_KANA_WORD.search(t) for t in texts) \
        or any(_CITY.search(t) for t in texts)


def _squeezed(text: str) -> str:
    """Spaces the OCR put between Japanese characters taken out ("株式会社 サンプル" -> "株式会社サンプル")."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", text.strip())


def _company(texts: list[str]) -> str | None:
    return next((t for t in texts if any(form in t for form in LEGAL_FORMS) and not re.search(r"\d{3}", t)), None)


def _nameable(text: str) -> bool:
    return not text.endswith(_NOT_NAME_ENDS) and not any(w in text for w in _ROLE_WORDS) \
        and not any(p in text for p in PREFECTURES)


def _name(texts: list[str]) -> str | None:
    lines = [t.strip() for t in texts]
    names = [t for t in lines if _NAME.fullmatch(t) and len(re.sub(r"\s", "", t)) >= 3 and _nameable(t)]
    if len(names) == 1:
        return names[0]
    if names:
        return None  # two such lines: a name beside a place or a firm's name, no telling which
    # the family name and the given name on two lines, one under the other ("見本" / "花子")
    halves = [(a, b) for a, b in itertools.pairwise(lines)
              if all(re.fullmatch(f"[{_HAN}]{{1,3}}", x) and _nameable(x) for x in (a, b))]
    return f"{halves[0][0]} {halves[0][1]}" if len(halves) == 1 else None


def _title(texts: list[str]) -> str | None:
    lines = [t.strip() for t in texts if (_KANA.search(t) or re.search(f"[{_HAN}]", t)) and len(t.strip()) <= 20
             and any(t.strip().endswith(w) or t.strip().startswith(w) for w in _ROLE_WORDS)
             and not any(form in t for form in LEGAL_FORMS) and not re.search(r"\d", t)]
    return " ".join(lines) if lines else None


def _address(texts: list[str]) -> tuple[Address, str] | None:
    for i, text in enumerate(texts):
        if not re.search(_PREFECTURE_RE, text):
            continue
        city = _CITY.search(text)
        near = " ".join(texts[max(0, i - 1):i + 1])
        code = _POSTCODE.search(near) or _POSTCODE_FIRST.search(text) or _POSTCODE_AT_END.search(text)
        postcode = f"{code.group(1)}-{code.group(2)}" if code else None
        return Address(None, postcode, city.group(1) if city else None, None, "JP"), text
    for text in texts:
        if code := _POSTCODE.search(text):
            return Address(None, f"{code.group(1)}-{code.group(2)}", None, None, "JP"), text
    return None


def japanese_fields(contact: Contact, texts: list[str]) -> None:
    """On a card printed in Japanese, the firm named with its legal form, the holder's name in ideographs, the title
    by its role words and the address by postcode and prefecture take the place of what the Latin rules chose."""
    if not is_japanese(texts):
        return
    if company := _company(texts):
        contact.company = Field(_squeezed(company), _CONFIDENCE, company)
    if name := _name(texts):
        contact.name = Field(name, _CONFIDENCE, name)
        for attr in ("prefix", "given_name", "middle_name", "family_name", "suffix"):
            setattr(contact, attr, None)
        if " " in name:  # the family name first
            family, given = name.split(" ", 1)
            contact.family_name = Field(family, _CONFIDENCE, name)
            contact.given_name = Field(given, _CONFIDENCE, name)
    if contact.title is None and (title := _title(texts)):
        contact.title = Field(title, _CONFIDENCE, title)
    found = _address(texts)
    if found and (contact.address is None or contact.address.value.country != "JP"):
        address, source = found
        contact.address = Field(address, _CONFIDENCE, source)
