"""One invented contact per card, from Faker in the card's locale (the benchmark's only source of words).

Nothing here comes from tools/cardgen, and cardscan never imports this package: it is the independent
benchmark's generator (`make bench-indep`, scripts/bench_indep.py).
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import phonenumbers
from faker import Faker

LOCALES = ("en_GB", "en_US", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CH", "it_IT", "nl_NL", "nl_BE",
           "sv_SE", "es_ES", "pt_PT", "pt_BR")
# Faker has no Belgian-French address provider: Belgian addresses come from its nl_BE one.
ADDRESS_LOCALE = {"fr_BE": "nl_BE"}
TLD = {"GB": "co.uk", "US": "com", "BR": "com.br"}
COUNTRY_NAME = {
    "GB": "United Kingdom", "US": "USA", "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France",
    "BE": "Belgique", "IT": "Italia", "NL": "Nederland", "SE": "Sverige", "ES": "España", "PT": "Portugal",
    "BR": "Brasil",
}
ACADEMIC = {
    "en": ["Dr"], "de": ["Dr.", "Prof. Dr.", "Dipl.-Ing."], "fr": ["Dr"], "it": ["Dott.", "Ing.", "Dr."],
    "nl": ["Dr.", "Ir.", "Drs."], "sv": ["Dr"], "es": ["Dr.", "Dra."], "pt": ["Dr.", "Eng."],
}
DEPARTMENTS = {
    "en": ["Sales", "Customer Service", "Research & Development", "Procurement", "Human Resources"],
    "de": ["Vertrieb", "Einkauf", "Kundendienst", "Forschung und Entwicklung", "Personalabteilung"],
    "fr": ["Service commercial", "Achats", "Ressources humaines", "Service clients"],
    "it": ["Ufficio acquisti", "Ufficio commerciale", "Risorse umane"],
    "nl": ["Verkoop", "Inkoop", "Klantenservice", "Personeelszaken"],
    "sv": ["Försäljning", "Inköp", "Kundtjänst"],
    "es": ["Departamento comercial", "Compras", "Recursos humanos"],
    "pt": ["Departamento comercial", "Compras", "Recursos humanos"],
}
# Phone labels as each language prints them: (landline, mobile, fax), each with a long and a short form.
PHONE_LABELS = {
    "en": (("Tel", "T"), ("Mobile", "M"), ("Fax", "F")),
    "de": (("Tel.", "T"), ("Mobil", "M"), ("Fax", "F")),
    "fr": (("Tél.", "T"), ("Mobile", "M"), ("Fax", "F")),
    "it": (("Tel.", "T"), ("Cell.", "M"), ("Fax", "F")),
    "nl": (("Tel.", "T"), ("Mob.", "M"), ("Fax", "F")),
    "sv": (("Tel", "T"), ("Mobil", "M"), ("Fax", "F")),
    "es": (("Tel.", "T"), ("Móvil", "M"), ("Fax", "F")),
    "pt": (("Tel.", "T"), ("Telemóvel", "M"), ("Fax", "F")),
}
BR_MOBILE = ("Celular", "Cel.")
TRUNK_ZERO_REGIONS = {"GB", "DE", "AT", "CH", "NL", "BE"}  # where "+44 (0)20 ..." is a common print


@dataclass
class Phone:
    kind: str  # "work", "mobile" or "fax"
    e164: str
    printed: str
    label: str  # "" when the card draws an icon or nothing


@dataclass
class Contact:
    locale: str
    language: str
    region: str
    name: str
    bare_name: str  # the name without an academic title
    title: str
    department: str
    company: str
    street_lines: list[str]
    postcode: str
    city: str
    city_line: str  # postcode and city as printed
    country: str
    phones: list[Phone]
    email: str
    website: str  # as printed
    domain: str
    linkedin: str
    extra: dict[str, str] = field(default_factory=dict)

    def labels(self) -> dict[str, object]:
        """The card's truth in the real-card scorer's plain-label form (../shared/realcards/score.py)."""
        # the name as printed, or without its letters after the name ("John Smith, MD"), or bare
        plain = self.extra.get("name_without_letters", "")
        out: dict[str, object] = {"name": self.name, "alt_names": [self.bare_name, *([plain] if plain else [])],
                                  "title": self.title,
                                  "company": self.company, "city": self.city, "postcode": self.postcode,
                                  "emails": [self.email], "phones": [p.e164 for p in self.phones],
                                  "websites": [self.domain] if self.website else []}
        return out


def ascii_slug(text: str) -> str:
    text = text.replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def vocabulary_half(word: str) -> int:
    """0: a development word, 1: an evaluation word (a fixed split of every Faker list, by a hash of the word)."""
    return zlib.crc32(word.casefold().encode()) % 2


def _drawn(draw: Callable[[], str], half: int | None) -> str:
    """A word from Faker, from the given half of its vocabulary (None: from all of it)."""
    word = draw()
    for _ in range(60):
        if half is None or vocabulary_half(word) == half:
            break
        word = draw()
    return word


def _letters_after_name(fake: Faker) -> str:
    """A suffix of Faker's locale ("MD", "DDS", "Jr.", "B.Eng.", "MBA."), or "" where it has none."""
    try:
        return str(fake.suffix()).strip()
    except AttributeError:
        return ""


def make_contact(locale: str, seed: int, half: int | None = None) -> Contact:
    """An invented contact; `half` keeps its given and family names, job title, company and city to one half of
    Faker's vocabularies (0: development, 1: evaluation), so that the two seed sets share none of these words."""
    rng = random.Random(seed)
    fake = Faker(locale)
    fake.seed_instance(seed)
    addr_fake = Faker(ADDRESS_LOCALE.get(locale, locale))
    addr_fake.seed_instance(seed + 1)
    language, region = locale.split("_")
    first, last = _drawn(fake.first_name, half), _drawn(fake.last_name, half)
    bare = f"{first} {last}"
    name = f"{rng.choice(ACADEMIC[language])} {bare}" if rng.random() < 0.15 else bare
    letters = _letters_after_name(fake) if rng.random() < 0.2 else ""  # Faker's suffixes: "MD", "Jr.", "M.Sc."
    plain_name = name
    if letters:
        name = f"{name}, {letters}"
    company = _drawn(fake.company, half)
    title = _drawn(fake.job, half)
    department = rng.choice(DEPARTMENTS[language]) if rng.random() < 0.3 else ""
    stem = ascii_slug(re.split(r"[\s,&-]+", company.strip())[0]) or ascii_slug(last)
    if rng.random() < 0.3:
        stem += rng.choice(["-group", "consult", "-partners", "tech"])
    domain = f"{stem}.{TLD.get(region, region.lower())}"
    local = rng.choice([f"{ascii_slug(first)}.{ascii_slug(last)}", f"{ascii_slug(first)[0]}.{ascii_slug(last)}",
                        f"{ascii_slug(first)}", f"{ascii_slug(first)[0]}{ascii_slug(last)}"])
    website = "" if rng.random() < 0.08 else rng.choice([f"www.{domain}", domain, f"https://www.{domain}",
                                                          f"www.{domain}/{ascii_slug(company)[:8]}"])
    linkedin = f"linkedin.com/in/{ascii_slug(first)}-{ascii_slug(last)}" if rng.random() < 0.2 else ""
    street_lines, postcode, city, city_line = address(addr_fake, region, rng, half)
    country = COUNTRY_NAME[region] if rng.random() < 0.3 else ""
    phones = make_phones(fake, region, language, rng)
    contact = Contact(locale, language, region, name, bare, title, department, company, street_lines, postcode, city,
                   city_line, country, phones, f"{local}@{domain}", website, domain, linkedin)
    if letters:
        contact.extra["name_without_letters"] = plain_name
    if rng.random() < 0.25:  # a slogan under the company ("Devolved non-volatile website"): no field, a distraction
        contact.extra["tagline"] = fake.catch_phrase()
    return contact


def address(fake: Faker, region: str, rng: random.Random, half: int | None = None
            ) -> tuple[list[str], str, str, str]:
    street = [s.strip() for s in fake.street_address().split("\n") if s.strip()]
    city = _drawn(fake.city, half)
    if region == "GB":
        # Faker's outward codes may carry a leading zero (HS08); Royal Mail's never do.
        postcode = re.sub(r"^([A-Z]{1,2})0(\d)", r"\1\2", fake.postcode())
        return street, postcode, city, f"{city} {postcode}" if rng.random() < 0.5 else city + "\n" + postcode
    if region == "US":
        postcode = fake.postcode()
        return street, postcode, city, f"{city}, {fake.state_abbr()} {postcode}"
    postcode = fake.postcode()
    if region == "BR":
        digits = re.sub(r"\D", "", postcode)  # a CEP is printed 12345-678 (Faker leaves some without the hyphen)
        postcode = f"{digits[:5]}-{digits[5:]}"
        return street, postcode, city, f"{postcode} {city} - {fake.estado_sigla()}" if rng.random() < 0.5 \
            else f"CEP {postcode} {city}"
    prefix = {"DE": "D-", "AT": "A-", "CH": "CH-", "BE": "B-", "SE": "SE-"}.get(region, "")
    if prefix and rng.random() < 0.2:
        return street, postcode, city, f"{prefix}{postcode} {city}"
    return street, postcode, city, f"{postcode} {city}"


def make_phones(fake: Faker, region: str, language: str, rng: random.Random) -> list[Phone]:
    kinds = ["work", *rng.sample(["mobile", "fax", "mobile"], rng.choice([0, 1, 1, 2]))]
    kinds = list(dict.fromkeys(kinds))
    style = rng.choice(["long", "short", "long", "none"])  # one label style per card
    intl = rng.random() < 0.5
    out = []
    used: set[str] = set()
    for kind in kinds:
        number = phone_number(fake, region, kind, rng)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in used:
            continue
        used.add(e164)
        printed = print_number(number, region, intl, rng)
        if kind == "work" and language == "en" and rng.random() < 0.15:  # an extension: not part of the number
            printed += f" {rng.choice(['ext.', 'x', 'Ext'])} {rng.randint(10, 9999)}"
        names = PHONE_LABELS[language][("work", "mobile", "fax").index(kind)]
        if region == "BR" and kind == "mobile":
            names = BR_MOBILE
        label = {"long": names[0], "short": names[1], "none": ""}[style]
        out.append(Phone(kind, e164, printed, label))
    return out


def phone_number(fake: Faker, region: str, kind: str, rng: random.Random) -> phonenumbers.PhoneNumber:
    if kind == "work":
        for _ in range(10):
            try:
                number = phonenumbers.parse(fake.phone_number(), region)
            except phonenumbers.NumberParseException:
                continue
            if (phonenumbers.is_valid_number(number) and number.extension is None
                    and phonenumbers.region_code_for_number(number) == region
                    and phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE):
                return number
    ntype = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, ntype)
    digits = str(example.national_number)
    for _ in range(50):
        keep = max(2, len(digits) - rng.randint(4, 6))
        candidate = digits[:keep] + "".join(rng.choice("0123456789") for _ in digits[keep:])
        number = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
        if phonenumbers.is_valid_number(number):
            return number
    return example


def print_number(number: phonenumbers.PhoneNumber, region: str, intl: bool, rng: random.Random) -> str:
    if not intl:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if region in ("FR", "BE") and rng.random() < 0.5:
            text = text.replace(" ", ".")
        return text
    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if region in TRUNK_ZERO_REGIONS and rng.random() < 0.4:
        cc, _, rest = text.partition(" ")
        text = f"{cc} (0){rest}"
    elif rng.random() < 0.2:
        text = text.replace(" ", "-", 1) if region == "US" else text.replace("-", " ")
    return text
