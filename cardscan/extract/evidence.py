"""The card's country: evidence gathered from every line, before phones are read.

A phone number printed with "+49" says Germany; a ".nl" web domain says the
Netherlands; "1015 CJ" is a Dutch postcode; "Deutschland" on its own line says it
outright. The votes decide the region national phone numbers are read in, ahead of
the user's `--region` default.
"""

from __future__ import annotations

import re
from collections import defaultdict

from cardscan.extract.address_brazil import brazilian_unit
from cardscan.extract.address_india import india_evidence
from cardscan.extract.company import legal_form
from cardscan.extract.geo import (
    COUNTRY_TLDS,
    country_from_city,
    country_from_domain,
    country_from_name,
    country_from_subdivision,
)
from cardscan.extract.hits import Votes
from cardscan.extract.lexicons import sections
from cardscan.extract.phones import international_regions
from cardscan.extract.postal import town_countries
from cardscan.text import fold

_UNIQUE_POSTCODES = (
    (re.compile(r"(?<![\w-])\d{4}\s?(?!SA|SD|SS)[A-Z]{2}\s+[^\W\d_]"), "NL"),
    (re.compile(r"(?<![\w-])\d{4}-\d{3}\s+[^\W\d_]"), "PT"),
    (re.compile(r"(?<![\w-])\d{3}\s\d{2}\s+[^\W\d_]{3,}"), "SE"),
    (re.compile(r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?)\s\d[A-Z]{2}(?![\w])"), "GB"),
    (re.compile(r",\s*[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?\s*$"), "US"),
    (re.compile(r"〒\s?\d{3}-\d{4}"), "JP"),  # the postal mark and a Japanese postcode
)
# A script only one country writes: the card is from there (Japan's kana, Korea's Hangul, Thailand's letters). Han
# characters alone say nothing (China, Taiwan, Hong Kong, Singapore, Japan); nor do Arabic or Cyrillic letters.
_COUNTRY_SCRIPTS = (
    (re.compile(r"[\u3041-\u3096\u30a1-\u30fa]{2}"), "JP"),
    (re.compile(r"[\uac00-\ud7a3]{2}"), "KR"),
    (re.compile(r"[\u0e01-\u0e4e]{3}"), "TH"),
)
# Phone labels say which language the card is printed in (a weak hint when nothing else does).
_LABEL_LANG = (
    (re.compile(r"(?i)(?<!\w)(?:telefon|handy|mobil|durchwahl|zentrale|fon|telefax)(?!\w)"), ("DE", "AT", "CH")),
    (re.compile(r"(?i)(?<!\w)(?:t[ée]l[ée]phone|t[ée]l\.?|portable|port\.|t[ée]l[ée]copie|ligne directe)(?!\w)"),
     ("FR", "BE", "CH")),
    (re.compile(r"(?i)(?<!\w)(?:cellulare|cell\.?|telefono|tel\. ufficio|diretto)(?!\w)"), ("IT",)),
    (re.compile(r"(?i)(?<!\w)(?:m[óo]vil|m[óo]v\.|tel[ée]fono|tfno\.?)(?!\w)"), ("ES",)),
    (re.compile(r"(?i)(?<!\w)(?:telem[óo]vel|telefone|tlm\.?)(?!\w)"), ("PT",)),
    (re.compile(r"(?i)(?<!\w)(?:telefoon|mobiel)(?!\w)"), ("NL", "BE")),
    (re.compile(r"(?i)(?<!\w)(?:tfn|mobiltelefon|v[äa]xel|direkt)(?!\w)"), ("SE",)),
    (re.compile(r"(?i)(?<!\w)(?:gsm)(?!\w)"), ("BE",)),
    (re.compile(r"(?i)(?<!\w)(?:fone|cel\.?|celular)(?!\w)"), ("BR",)),
)
# How numbers are grouped says where they were written: "(312) 555-0192", "312.555.0163" (North America),
# "01 23 45 67 89" (France). A North American area code and exchange never begin with 0 or 1: "(085) 555-0199" is an
# Irish trunk prefix and area code in brackets.
_NUMBER_STYLES = (
    (re.compile(r"(?<![\d+])(?:\([2-9]\d\d\)\s?|[2-9]\d\d[.-])[2-9]\d\d[.-]\d{4}(?!\d)"), "US", 2.0),
    (re.compile(r"(?<![\d+])0[1-9](?:[ .]\d\d){4}(?!\d)"), "FR", 1.5),
    # a mobile number of ten digits from 6 to 9 in two groups of five ("98430 12345"): India
    (re.compile(r"(?<![\d+\-])[6-9]\d{4} \d{5}(?![\d\-])"), "IN", 1.5),
    # the same ten digits unbroken or grouped 4-3-3, 4-2-4 or 4-4-2 ("9843012345", "9843 012 345", "9843 01 2345",
    # "9843 0123 45"): an Indian mobile as printed there; a North American number of ten digits is printed 3-3-4
    (re.compile(r"(?<![\d+\-/.])[6-9]\d{3}(?:\d{6}|([ -])\d{3}\1\d{3}| \d{2} \d{4}| \d{4} \d{2})(?![\d\-/])"), "IN",
     1.5),
    # a mobile of eleven digits, its trunk 0 and network code (03NN) apart from the seven-digit number by a dash
    # ("0399-9999999"): Pakistan's way; Italian and British numbers starting 03 are grouped otherwise
    (re.compile(r"(?<![\d+\-/.])03\d{2}-\d{7}(?![\d\-/])"), "PK", 1.5),
)

# A VAT identification number opens with its member state's code ("BE 0999 999 999", "TVA FR99999999999",
# "USt-IdNr. DE999999999", "ATU99999999"; Greece's is EL), a Swiss enterprise number with CHE ("CHE-999.999.999")
_VAT_NUMBER = re.compile(r"(?<![\w+])(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|"
                         r"SK|GB|CHE)[\s-]?(?:U\s?)?(\d[\d .]{6,16}\d)(?:\s?(?:B\d\d|MWST|TVA|IVA))?(?![\w-])")


# Labels of registration numbers only one country issues, printed before the number: Australia's business and
# company numbers (ABN, ACN), New Zealand's (NZBN), India's tax numbers (GSTIN, PAN), Brazil's (CNPJ), France's
# (SIRET, SIREN), Italy's (P. IVA), the Netherlands' chamber of commerce (KvK), Poland's (NIP, REGON, KRS), Denmark's
# (CVR), Finland's (Y-tunnus), Singapore's (UEN), the United States' employer number (EIN)
_REGISTRATION_LABELS = (
    (re.compile(r"\b(?:ABN|ACN|A\.B\.N\.)\s*[:.]?\s*\d"), "AU"),
    (re.compile(r"\bNZBN\s*[:.]?\s*\d"), "NZ"),
    (re.compile(r"\b(?:GSTIN|GST\s*No\.?)\s*[:.-]?\s*\d{2}[A-Z]{5}\d"), "IN"),
    (re.compile(r"\bPAN(?:\s*No\.?)?\s*[:.-]?\s*[A-Z]{5}\d{4}[A-Z]\b"), "IN"),
    (re.compile(r"\bCNPJ\s*[:.]?\s*\d"), "BR"),
    (re.compile(r"\b(?:SIRET|SIREN)\s*[:.]?\s*\d"), "FR"),
    (re.compile(r"\b(?:P\.\s?IVA|Partita\s+IVA)\s*[:.]?\s*\d"), "IT"),
    (re.compile(r"\b(?:KvK|KVK)(?:-nummer|\s*nr\.?)?\s*[:.]?\s*\d"), "NL"),
    (re.compile(r"\b(?:NIP|REGON|KRS)\s*[:.]?\s*\d"), "PL"),
    (re.compile(r"\bCVR(?:-nr\.?)?\s*[:.]?\s*\d"), "DK"),
    (re.compile(r"\bY-tunnus\s*[:.]?\s*\d"), "FI"),
    (re.compile(r"\bUEN\s*[:.]?\s*\d"), "SG"),
    (re.compile(r"\bEIN\s*[:#.]?\s*\d{2}-\d{7}"), "US"),
)


def registration_country(text: str) -> str | None:
    """The country whose registration number the line labels ("ABN: 12 345 678 901" -> AU), or None."""
    return next((iso for pattern, iso in _REGISTRATION_LABELS if pattern.search(text)), None)


def vat_country(text: str) -> str | None:
    """The country of a VAT or enterprise number printed with its country code (8 to 12 digits after it)."""
    for m in _VAT_NUMBER.finditer(text):
        if 8 <= len(re.sub(r"\D", "", m.group(2))) <= 12:
            return {"EL": "GR", "CHE": "CH"}.get(m.group(1), m.group(1))
    return None


# Legal forms name the country the company is registered in (weights: how sure).
_LEGAL_COUNTRY: dict[str, dict[str, float]] = {
    "gmbh": {"DE": 1.0, "AT": 0.6, "CH": 0.6}, "ggmbh": {"DE": 1.0}, "mbh": {"DE": 1.0}, "kg": {"DE": 0.8, "AT": 0.6},
    "ohg": {"DE": 1.0}, "gbr": {"DE": 1.0}, "ev": {"DE": 1.0}, "ug": {"DE": 1.0}, "kgaa": {"DE": 1.0},
    "ag": {"DE": 0.7, "CH": 0.7, "AT": 0.4}, "sarl": {"FR": 1.0, "LU": 0.5}, "sas": {"FR": 1.0}, "sasu": {"FR": 1.0},
    "eurl": {"FR": 1.0}, "sa": {"FR": 0.5, "BE": 0.4, "CH": 0.4, "LU": 0.3},
    "s.a.": {"ES": 0.6, "PT": 0.5, "BR": 0.3, "FR": 0.2},
    "srl": {"IT": 1.0, "BE": 0.4}, "spa": {"IT": 1.0}, "srls": {"IT": 1.0}, "snc": {"IT": 0.6, "FR": 0.6},
    "bv": {"NL": 1.0, "BE": 0.5}, "nv": {"NL": 0.8, "BE": 0.8}, "stichting": {"NL": 1.0}, "vof": {"NL": 1.0},
    "ab": {"SE": 1.0}, "sl": {"ES": 1.0}, "slu": {"ES": 1.0}, "lda": {"PT": 1.0}, "unipessoal": {"PT": 1.0},
    "ltda": {"BR": 1.0}, "ltd": {"GB": 1.0, "IE": 0.5}, "llp": {"GB": 1.0}, "plc": {"GB": 1.0},
    "inc": {"US": 1.0}, "llc": {"US": 1.0}, "corp": {"US": 0.8}, "sarl_ch": {"CH": 1.0}, "sagl": {"CH": 1.0},
    "sprl": {"BE": 1.0}, "asbl": {"BE": 1.0}, "vzw": {"BE": 1.0}, "bvba": {"BE": 1.0}, "aps": {"DK": 1.0},
    "oy": {"FI": 1.0},
    # "Pvt. Ltd.", "(P) Ltd.", "Private Limited": the private limited company as India, Pakistan, Bangladesh, Sri Lanka
    # and Nepal name it (a British one is "Ltd" or "Limited" alone)
    "pvtltd": {"IN": 1.0, "PK": 0.4, "BD": 0.3, "LK": 0.3, "NP": 0.3},
    # "Pty Ltd": a proprietary company of Australia or South Africa; "(Pty) Ltd" with its brackets is South Africa's
    "ptyltd": {"AU": 1.0, "ZA": 0.6}, "(pty)ltd": {"ZA": 1.0},
}
_PRIVATE_LIMITED = re.compile(r"(?i)(?:\bpvt\b\.?|\(\s*(?:pvt|p)\s*\.?\s*\))\s*(?:ltd|limited)\b"
                              r"|\bprivate\s+limited\b")


def gather(texts: list[str], domains: list[str], default_region: str | None) -> Votes:
    """Votes for the card's country from its text and its e-mail/web domains."""
    votes: defaultdict[str, float] = defaultdict(float)
    for i, text in enumerate(texts):
        if (alone := _CITY_ALONE.fullmatch(text)) and (at := country_from_city(alone.group(1))):
            # a known city alone on its line: the address's town (surer under an address line ending in a comma)
            votes[at] += 2.0 if i and texts[i - 1].rstrip().endswith(",") else 1.0
        form = legal_form(text)
        if form:
            key = "sarl_ch" if fold(form) == "sarl" and "à" in form.lower() else "s.a." if form == "S.A." \
                else re.sub(r"[^a-z]", "", fold(form))
            if _PRIVATE_LIMITED.search(text):
                key = "pvtltd"
            elif key == "ptyltd" and "(" in form:
                key = "(pty)ltd"
            for iso, weight in _LEGAL_COUNTRY.get(key, {}).items():
                votes[iso] += 1.5 * weight
        for region in international_regions(text):
            votes[region] += 3.0
        if vat := vat_country(text) or registration_country(text):
            votes[vat] += 3.0
        if not re.search(r"\+\d", text):
            for pattern, styled, weight in _NUMBER_STYLES:
                if pattern.search(text):
                    votes[styled] += weight
        named = country_from_name(text) or _government_of(text)
        if named:
            votes[named] += 5.0
        else:
            # the country after the last comma, dot or bar, or in brackets at the end ("Example Town (Pakistan)")
            parts = [p for p in re.split(r"[,·|()]", text) if p.strip()]
            tail = country_from_name(parts[-1]) if len(parts) > 1 else None
            if tail:
                votes[tail] += 5.0
        for pattern, iso2 in _UNIQUE_POSTCODES:
            if pattern.search(text):
                votes[iso2] += 2.0
        for pattern, iso2 in _COUNTRY_SCRIPTS:
            if pattern.search(text):
                votes[iso2] += 3.0
        if brazilian_unit(text):
            votes["BR"] += 2.0
        city = _city_with_postcode(text)
        if city:
            votes[city] += 2.0
        province = _province_with_postcode(text)
        if province and province != city:
            votes[province] += 2.0
        india = india_evidence(text)
        if india:
            votes["IN"] += india
    for domain in domains:
        by_domain = domain_country(domain)
        if by_domain:
            votes[by_domain] += 2.0
    if default_region:
        votes[default_region.upper()] += 0.5
    return dict(votes)


# Country-code top-level domains sold to anyone as generic names (".co" company, ".io", ".me", ".tv", ".ai"): they
# say nothing about where the card is from.
_GENERIC_CCTLDS = frozenset(["co", "io", "me", "tv", "ai", "cc", "fm", "ws", "ly", "to", "am", "gg", "la", "nu", "tk",
                             "sh", "ac", "vc", "gl", "ms", "sx", "st", "im", "bz", "is", "ag", "gd", "pw", "so", "mu"])
_CITY_AFTER = re.compile(r"(?<![\w-])\d{4,6}\s+([^\W\d_][\w'’.\- ]{1,30})")
# A city ending an address line after a comma, with its postal district's number or without: "…, Sample Nagar,
# Hyderabad - 99.", "…, Dublin 4", "9-9-999/A, Example Towers, Sampleguda, Hyderabad."; or alone on its line under
# an address line that ends in a comma ("Example East," / "Jaffna.")
_CITY_WORDS = r"([^\W\d_][^\W\d_'’. ]{1,30}?)"  # a town's name as printed: letters, spaces, stops, apostrophes
_CITY_DISTRICT = re.compile(rf",\s*{_CITY_WORDS}\s*(?:(?:[-–]\s*|\s)\d{{1,2}})?\s*\.?\s*$"
                            rf"|^\s*{_CITY_WORDS}\s*(?:[-–]\s*|\s)\d{{1,2}}\s*\.?\s*$")
_CITY_ALONE = re.compile(rf"\s*{_CITY_WORDS}\s*\.?\s*")
_CITY_BEFORE = re.compile(r"([^\W\d_](?:[^\W\d_]|['’. ]){1,30}?)\s*[-–,]?\s*(?<!\d)\d{3}\s?\d{2,3}(?![\d-])")


# National mail services on generic domains ("naver.com" is Korea's): an address there says the card's country
_PROVIDERS = dict(line.split("\t", 1) for line in sections("domains.txt")["providers"])


def domain_country(host: str) -> str | None:
    """The country a host's domain names: the hand-kept list ("x.de", "x.koeln"), else any country-code domain
    that is not sold as a generic name ("x.co.in" -> IN, "x.com.vn" -> VN; ".io", ".co" say nothing)."""
    found = country_from_domain(host) or _PROVIDERS.get(host.lower().removeprefix("www."))
    if found:
        return found
    tld = host.lower().rstrip(".").rsplit(".", 1)[-1]
    return tld.upper() if tld in COUNTRY_TLDS and tld not in _GENERIC_CCTLDS and tld != "uk" else None


# "Government of Sri Lanka", "Govt. of Sri Lanka", "Ministry of Example, Government of Sampleland": a public body's card
# names its country so
_GOVERNMENT = re.compile(r"(?i)\b(?:government|govt\.?|gov\.)\s+of\s+(?:the\s+)?(?P<country>[^\W\d_][^,;|]*?)[\s.]*$")


def _government_of(text: str) -> str | None:
    m = _GOVERNMENT.search(text)
    return country_from_name(m.group("country")) if m else None


def _city_with_postcode(text: str) -> str | None:
    """The country of a known city printed with a postcode, after it ("10115 Berlin") or before it ("Chennai 600017",
    "Mumbai - 400 001"), or ending the address after a comma, with the number of its postal district or without
    ("…, Hyderabad - 99.", "…, Dublin 4", "…, Sampleguda, Hyderabad.")."""
    m = _CITY_AFTER.search(text)
    if m:
        town = m.group(1).split(",")[0].strip()
        if country_from_city(town):
            return next(iter(town_countries(town, m.group(0).split()[0])), None)
    m = _CITY_DISTRICT.search(text)
    if m and (city := country_from_city((m.group(1) or m.group(2)).strip(" ."))):
        return city
    for m in _CITY_BEFORE.finditer(text):
        words = m.group(1).split()
        for n in (3, 2, 1):
            if len(words) >= n and (city := country_from_city(" ".join(words[-n:]))):
                return city
    return None


_POSTCODE = re.compile(r"(?<![\w-])\d{4,5}(?![\w-])")


def _province_with_postcode(text: str) -> str | None:
    """The country of a region or province that ends an address line with a postcode ("48999 Sampletown Bizkaia",
    "Sampletown 48999 (Bizkaia)"), named so in one country only (ISO 3166-2)."""
    if not _POSTCODE.search(text):
        return None
    words = text.replace("(", " ").replace(")", " ").split()
    for n in (3, 2, 1):
        if len(words) > n and not any(ch.isdigit() for ch in "".join(words[-n:])):
            found = country_from_subdivision(" ".join(words[-n:]).strip(" .,"))
            if found:
                return found
    return None


def label_languages(texts: list[str]) -> list[str]:
    """Countries whose language the phone labels are in, most specific first."""
    found: list[str] = []
    for text in texts:
        folded = fold(text)
        for pattern, countries in _LABEL_LANG:
            if pattern.search(text) or pattern.search(folded):
                for c in countries:
                    if c not in found:
                        found.append(c)
    return found


def best_region(votes: Votes) -> str | None:
    """The country with clearly the most votes, or None when the evidence is thin or split."""
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])[:2]
    if not ranked or ranked[0][1] <= 0:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.3 and ranked[0][1] < 2.0:
        return None
    return ranked[0][0]
