"""Synthetic contacts per locale, with the lines a card prints and the truth a perfect extractor would give.

The truth follows the brief's normalisation rules: name as printed (prefix and suffix included), family name with
its particles, e-mails lowercased, phones in E.164 with the type from the printed label (or from the number when
unlabelled), websites as "https://" + printed address without scheme (host lowercased), social profiles as
canonical URLs, address parts as printed plus the ISO country code.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from . import names as N
from . import online as ON
from . import phones as P
from . import places as PL
from . import vocabulary as V
from . import words as W
from .lines import PrintedLine, ascii_slug, collapse, label_sep


@dataclass(frozen=True)
class Locale:
    code: str  # e.g. "nl-BE"
    lang: str  # e.g. "nl"
    country: str  # ISO 3166-1 alpha-2
    places: str  # key into places.CITIES / places.STREETS
    tld: str
    labels: str  # key into words.PHONE_LABELS


LOCALES: dict[str, Locale] = {loc.code: loc for loc in (
    Locale("en-GB", "en", "GB", "GB", "co.uk", "en-GB"),
    Locale("en-US", "en", "US", "US", "com", "en-US"),
    Locale("de-DE", "de", "DE", "DE", "de", "de"),
    Locale("de-AT", "de", "AT", "AT", "at", "de"),
    Locale("de-CH", "de", "CH", "CH-de", "ch", "de"),
    Locale("fr-FR", "fr", "FR", "FR", "fr", "fr"),
    Locale("fr-BE", "fr", "BE", "BE-fr", "be", "fr-BE"),
    Locale("fr-CH", "fr", "CH", "CH-fr", "ch", "fr"),
    Locale("it-IT", "it", "IT", "IT", "it", "it"),
    Locale("nl-NL", "nl", "NL", "NL", "nl", "nl"),
    Locale("nl-BE", "nl", "BE", "BE-nl", "be", "nl-BE"),
    Locale("sv-SE", "sv", "SE", "SE", "se", "sv"),
    Locale("es-ES", "es", "ES", "ES", "es", "es"),
    Locale("pt-PT", "pt", "PT", "PT", "pt", "pt"),
    Locale("pt-BR", "pt", "BR", "BR", "com.br", "pt-BR"),
)}
# How often each locale is drawn (the product's users are European; every language appears).
LOCALE_WEIGHTS = {"en-GB": 6, "en-US": 4, "de-DE": 8, "de-AT": 3, "de-CH": 3, "fr-FR": 7, "fr-BE": 2,
                  "fr-CH": 1, "it-IT": 6, "nl-NL": 7, "nl-BE": 3, "sv-SE": 5, "es-ES": 6, "pt-PT": 4, "pt-BR": 2}

SOCIAL_HOSTS = {"linkedin": "linkedin.com", "x": "x.com", "xing": "xing.com", "github": "github.com",
                "instagram": "instagram.com"}


@dataclass
class ContactSpec:
    """What one card prints (in reading order per role) and the truth for it."""

    locale: str
    country: str
    lines: list[PrintedLine]
    contact: dict[str, Any]  # the scan-contract contact object, every key present
    initials: str  # for the logo
    phone_objs: list[tuple[str, str]] = field(default_factory=list)  # (E.164, type) for the QR payload
    address_lines: list[str] = field(default_factory=list)

    def role_lines(self, *roles: str) -> list[PrintedLine]:
        return [line for line in self.lines if line.role in roles]


def _postcode(rng: random.Random, pattern: str, country: str) -> str:
    letters = PL.POSTCODE_LETTERS.get(country, "ABCDEFGHJKLMNPRSTUVWXYZ")
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "@":
            out.append(rng.choice(letters))
        else:
            out.append(ch)
    code = "".join(out)
    if country == "NL" and code[-2:] in ("SA", "SD", "SS"):
        return _postcode(rng, pattern, country)
    return code


# --- names ---

def _family(rng: random.Random, loc: Locale) -> tuple[str, bool]:
    """A family name and whether it has two units (Spanish/Portuguese double surname or particle)."""
    lang = loc.lang
    if loc.code == "nl-NL" and rng.random() < 0.45:
        return rng.choice(V.part(N.NL_PARTICLE_FAMILIES)), True
    if loc.code == "nl-BE":
        if rng.random() < 0.35:
            return rng.choice(V.part(N.BE_PARTICLE_FAMILIES)), True
        return rng.choice(V.part(N.FAMILY["nl"][20:] + N.FAMILY["nl"][:6])), False
    if lang == "nl":
        return rng.choice(V.part(N.FAMILY["nl"][:20])), False
    if lang == "de" and rng.random() < 0.12:
        return rng.choice(V.part(N.DE_PARTICLE_FAMILIES)), True
    if lang == "fr" and rng.random() < 0.18:
        return rng.choice(V.part(N.FR_PARTICLE_FAMILIES)), True
    if lang == "it" and rng.random() < 0.22:
        return rng.choice(V.part(["De Luca", "Di Stefano", "De Santis", "Della Rosa", "De Angelis", "Di Marco",
                                 "Del Monte", "Lo Bianco", "Del Vecchio"])), True
    if lang == "es":
        if rng.random() < 0.12:
            return rng.choice(V.part(["de la Cruz", "de la Fuente", "del Río", "del Valle", "de Castro"])), True
        a, b = rng.sample(N.FAMILY["es"], 2)
        return (f"{a} {b}", True) if rng.random() < 0.8 else (a, False)
    if lang == "pt":
        r = rng.random()
        if r < 0.2:
            return rng.choice(V.part(N.PT_PARTICLE_FAMILIES)), True
        if r < 0.75:
            a, b = rng.sample(N.FAMILY["pt"], 2)
            return f"{a} {b}", True
        return rng.choice(V.part(N.FAMILY["pt"])), False
    if lang == "en" and rng.random() < 0.08:
        a, b = rng.sample(N.FAMILY["en"][:16], 2)
        return f"{a}-{b}", False
    fams = N.FAMILY[lang]
    if loc.country == "AT":
        fams = fams[-10:] + fams[:8]
    return rng.choice(V.part(fams)), False


def _name(rng: random.Random, loc: Locale) -> dict[str, str | None]:
    lang = loc.lang
    female = rng.random() < 0.5
    given = rng.choice(V.part(N.GIVEN[lang][0 if female else 1]))
    family, multi_unit = _family(rng, loc)
    middle_p = {"en": 0.1, "de": 0.1, "nl": 0.04, "sv": 0.12, "it": 0.04, "es": 0.25, "pt": 0.35}.get(lang, 0.0)
    middle = None
    if (" " not in given and "-" not in given and lang in N.MIDDLE and rng.random() < middle_p
            and (lang not in ("es", "pt") or multi_unit)):
        middle = rng.choice(V.part([m for m in N.MIDDLE[lang][0 if female else 1] if m != given]))
    prefix = suffix = None
    prefix_p = {"DE": 0.22, "AT": 0.35, "CH": 0.12, "IT": 0.15}.get(loc.country, 0.08)
    if rng.random() < prefix_p and loc.country in N.PREFIXES:
        prefix = rng.choice(N.PREFIXES[loc.country])
    elif rng.random() < 0.07 and loc.country in N.SUFFIXES:
        suffix = rng.choice([s for s in N.SUFFIXES[loc.country] if not (female and s == "Jr.")])
    full = " ".join(x for x in (prefix, given, middle, family) if x)
    if suffix:
        full += f", {suffix}"
    return {"name": full, "prefix": prefix, "given_name": given, "middle_name": middle,
            "family_name": family, "suffix": suffix, "_female": "f" if female else ""}


# --- company, e-mail, web ---

def _company(rng: random.Random, loc: Locale, family: str) -> tuple[str, str, str]:
    """(company name, core used for the domain, initials for the logo)."""
    pattern = rng.choice(W.COMPANY_PATTERNS[loc.code])
    stem = rng.choice(V.part(W.STEMS[loc.lang]))
    if loc.lang == "nl":
        fam = family[0].upper() + family[1:]
    elif loc.lang in ("es", "pt") and not family[0].islower():
        fam = family.split()[0]
    else:
        fam = family.split()[-1]
    name = pattern.format(stem=stem, family=fam)
    core_words = re.sub(_LEGAL_FORMS, "", name)
    core_words = core_words.replace(",", "").strip()
    words = [w for w in re.split(r"[\s&]+", core_words) if w]
    initials = "".join(w[0] for w in words if w[0].isupper())[:3] or stem[:2].upper()
    return name, core_words, initials


_LEGAL_FORMS = re.compile(
    r",?\s+(?:Ltd|LLP|LLC|Inc\.?|GmbH & Co\. KG|GmbH|AG|KG|SARL|SAS|SA|SPRL|SRL|Sàrl|S\.r\.l\.s\.|S\.r\.l\.|S\.p\.A\.|"
    r"B\.V\.|N\.V\.|BV|NV|AB|S\.L\.|S\.A\.|Lda\.|Ltda\.|& Co\.?|& Zn\.|& Figli|& Filhos|& Söhne|& Associés|"
    r"& Associates|& Partners|& Partner)(?=\s|$)")


_GENERIC_WORDS = {"stichting", "atelier", "studio", "grupo", "bureau", "cabinet", "officine", "éditions",
                  "ingenieurbüro", "studiebureau", "fiduciaire", "estudio", "group", "consulting", "partners"}


def _domain(rng: random.Random, loc: Locale, core: str) -> str:
    sep = "-" if rng.random() < 0.5 else ""
    slug = ascii_slug(core, loc.lang, sep)
    if len(slug) > 16:
        # Long names get a short domain, as real firms do: the most distinctive word.
        words = [w for w in core.split() if len(w) > 2 and w.lower() not in _GENERIC_WORDS]
        slug = ascii_slug(words[0] if words else core, loc.lang, sep)[:16].strip("-")
    tld = loc.tld if rng.random() < 0.85 else rng.choice(["com", "eu"] if loc.country != "US" else ["io", "co"])
    return f"{slug}.{tld}"


def _phones(rng: random.Random, loc: Locale, city: PL.City, style: str,
            label_style: str) -> tuple[list[PrintedLine], list[dict]]:
    """Phone lines. label_style: "text" (Tel., Mobil ...), "icons" (a drawn symbol, no label) or "bare"."""
    labels = W.PHONE_LABELS.get(loc.code) or W.PHONE_LABELS.get(loc.labels) or W.PHONE_LABELS[loc.lang]
    r = rng.random()
    kinds = ["work"] if r < 0.3 else ["mobile"] if r < 0.5 else ["work", "mobile"] if r < 0.85 else \
        ["work", "mobile", "fax"]
    if label_style != "text" and "fax" in kinds:
        kinds.remove("fax")  # an unlabelled fax number would read as a phone
    if rng.random() < 0.12:
        rng.shuffle(kinds)
    unlabelled = label_style != "text" or (rng.random() < 0.06 and len(kinds) == 1)
    lines: list[PrintedLine] = []
    truth: list[dict] = []
    one_label_style = rng.choice(["short", "long"])
    used: set[str] = set()
    for kind in kinds:
        num = P.random_number(rng, loc.country, mobile=(kind == "mobile"), area=city.area)
        for _ in range(20):  # one card never prints the same number twice (US mobile and fixed ranges overlap)
            if P.e164(num) not in used:
                break
            num = P.random_number(rng, loc.country, mobile=(kind == "mobile"), area=city.area)
        used.add(P.e164(num))
        printed = P.format_number(num, loc.country, style)
        if unlabelled:
            text = printed
            ptype = "mobile" if P.is_mobile(num) else "work"
        else:
            options = labels[kind]
            short = [x for x in options if len(x) <= 2]
            long_ = [x for x in options if len(x) > 2]
            pool = (short if one_label_style == "short" else long_) or options
            label = rng.choice(pool)
            text = f"{label}{label_sep(rng, label)}{printed}"
            ptype = kind
        icon = ("mobile" if P.is_mobile(num) else "phone") if label_style == "icons" else None
        lines.append(PrintedLine("phone", text, icon))
        truth.append({"number": P.e164(num), "type": ptype, "text": collapse(text)})
    return lines, truth


def _address(rng: random.Random, loc: Locale) -> tuple[PL.City, list[str], dict[str, str | None]]:
    city = rng.choice(V.part(PL.CITIES[loc.places]))
    street_name = rng.choice(V.part(PL.STREETS[loc.places]))
    num = str(rng.randint(1, 180))
    if loc.country in ("NL", "DE") and rng.random() < 0.15:
        num += rng.choice("abc")
    c = loc.country
    if c in ("FR", "GB", "US"):
        street = f"{num}, {street_name}" if c == "FR" and rng.random() < 0.3 else f"{num} {street_name}"
    elif c in ("ES", "PT", "BR") and rng.random() < 0.6:
        street = f"{street_name}, {num}"
    else:
        street = f"{street_name} {num}"
    postcode = _postcode(rng, rng.choice(city.postcodes), c)
    region = None
    if c == "IT":
        region = city.region if rng.random() < 0.75 else None
        second = f"{postcode} {city.name}" + (f" ({region})" if region else "")
        lines = [street, second]
    elif c == "US":
        region = city.region
        lines = [street, f"{city.name}, {region} {postcode}"]
    elif c == "BR":
        region = city.region
        lines = [street, f"{city.name} - {region}, {postcode}"] if rng.random() < 0.6 else \
            [street, f"{postcode} {city.name} - {region}"]
    elif c == "GB":
        lines = [street, f"{city.name} {postcode}"] if rng.random() < 0.6 else [street, city.name, postcode]
    else:
        lines = [street, f"{postcode} {city.name}"]
    if rng.random() < 0.18:
        country_name = PL.COUNTRY_NAMES.get(loc.lang, {}).get(c)
        if country_name:
            lines.append(country_name)
    if rng.random() < 0.25 and len(lines) == 2 and c not in ("GB", "US", "BR"):
        lines = [rng.choice([", ", " · ", " | "]).join(lines)]
    if V.eval_only():
        street, lines = _real_address_style(rng, loc, street, lines)
    truth = {"street": street, "postcode": postcode, "city": city.name, "region": region, "country": c}
    return city, lines, truth


UNITS = {"GB": ("Studio {n}", "Unit {n}", "Suite {n}", "Flat {n}", "Floor {n}"),
         "US": ("Suite {n}00", "Ste {n}10", "Floor {n}", "Unit {n}")}


def _real_address_style(rng: random.Random, loc: Locale, street: str, lines: list[str]) -> tuple[str, list[str]]:
    """Evaluation only: address styles of real cards. A British unit before the street ("Studio 12, 4 Mill Lane"),
    an American suite after it ("200 Main Street, Suite 400"), and the country after the city on its line
    ("75008 Paris, France"). The truth's street is the printed street line."""
    c = loc.country
    first = lines[0] if lines and lines[0].startswith(street) else None
    if first is not None and c in UNITS and rng.random() < 0.5:
        unit = rng.choice(UNITS[c]).format(n=rng.randint(1, 9) if c == "US" else rng.randint(1, 60))
        street = f"{unit}, {street}" if c == "GB" else f"{street}, {unit}"
        lines = [street, *lines[1:]]
    names = PL.COUNTRY_NAMES.get(loc.lang, {})
    country_name = names.get(c) or PL.COUNTRY_NAMES_EN.get(c)
    already = any(line == country_name for line in lines)
    if country_name and not already and len(lines) >= 2 and rng.random() < 0.3 and not lines[-1][-1].isdigit():
        lines = [*lines[:-1], f"{lines[-1]}, {country_name}"]
    return street, lines


def make_contact(rng: random.Random, locale: str | None = None, *, full: bool = False) -> ContactSpec:
    """A random contact for `locale` (drawn by weight when None). `full` forces every kind of field."""
    if locale is None:
        codes = list(LOCALE_WEIGHTS)
        locale = rng.choices(codes, weights=[LOCALE_WEIGHTS[c] for c in codes])[0]
    loc = LOCALES[locale]
    lang = loc.lang
    person = _name(rng, loc)
    has = {
        "title": full or rng.random() < 0.88,
        "department": full or rng.random() < 0.2,
        "company": full or rng.random() < 0.96,
        "address": full or rng.random() < 0.75,
        "website": full or rng.random() < 0.7,
        "email": full or rng.random() < 0.96,
        "tagline": rng.random() < 0.12,
    }
    company, core, initials = _company(rng, loc, person["family_name"] or "")
    if not has["company"]:
        initials = "".join(w[0] for w in (person["given_name"], person["family_name"].split()[-1]) if w)
        core = f"{person['given_name']} {person['family_name']}"
    domain = _domain(rng, loc, core)
    city, addr_lines, addr_truth = _address(rng, loc)
    phone_style = rng.choice(P.format_styles(loc.country))
    r = rng.random()
    label_style = "text" if r < 0.8 else "icons" if r < 0.93 else "bare"
    phone_lines, phone_truth = _phones(rng, loc, city, phone_style, label_style)

    lines: list[PrintedLine] = [PrintedLine("name", person["name"])]
    female = bool(person.pop("_female"))
    title = None
    if has["title"]:
        forms = rng.choice(V.part(W.TITLES[lang])).split("/")
        title = forms[-1] if female else forms[0]
    department = rng.choice(V.part(W.DEPARTMENTS[lang])) if has["department"] else None
    if title:
        lines.append(PrintedLine("title", title))
    if department:
        lines.append(PrintedLine("department", department))
    if has["company"]:
        lines.append(PrintedLine("company", company))
    if has["tagline"] and has["company"]:
        lines.append(PrintedLine("tagline", f"{W.SINCE[lang]} {rng.randint(1951, 2015)}"))
    lines += phone_lines

    email_lines, emails, websites = ON.emails_and_web(rng, lang, person, domain, has, label_style)
    social_lines, social = ON.social_profiles(rng, lang, person, core, has["company"])
    lines += email_lines + social_lines
    if has["address"]:
        lines += [PrintedLine("address", a, "pin" if label_style == "icons" and i == 0 else None)
                  for i, a in enumerate(addr_lines)]

    if V.eval_only() and rng.random() < 0.2:
        lines[0] = PrintedLine("name", person["name"].upper())  # printed in capitals; the truth is as written
    contact = {
        **{k: (collapse(v) if isinstance(v, str) else v) for k, v in person.items()},
        "title": title, "department": department, "company": company if has["company"] else None,
        "emails": [e.lower() for e in emails],
        "phones": phone_truth,
        "websites": websites,
        "social": social,
        "address": addr_truth if has["address"] else None,
    }
    return ContactSpec(locale=locale, country=loc.country, lines=lines, contact=contact, initials=initials.upper(),
                       phone_objs=[(p["number"], p["type"]) for p in phone_truth],
                       address_lines=addr_lines if has["address"] else [])


def slim(spec: ContactSpec) -> ContactSpec | None:
    """The same contact with one optional item fewer (for a design that has no room): a tagline, a social
    profile, the department, a second e-mail, the fax number, in that order. None when nothing is optional."""
    lines = list(spec.lines)
    contact = dict(spec.contact)

    def drop_last(role: str) -> int:
        idx = max(i for i, line in enumerate(lines) if line.role == role)
        nth = sum(1 for line in lines[:idx] if line.role == role)
        del lines[idx]
        return nth

    roles = [line.role for line in lines]
    if "tagline" in roles:
        drop_last("tagline")
    elif "social" in roles:
        nth = drop_last("social")
        contact["social"] = [s for i, s in enumerate(contact["social"]) if i != nth]
    elif "department" in roles:
        drop_last("department")
        contact["department"] = None
    elif roles.count("email") > 1:
        nth = drop_last("email")
        contact["emails"] = [e for i, e in enumerate(contact["emails"]) if i != nth]
    elif any(p["type"] == "fax" for p in contact["phones"]) and len(contact["phones"]) > 1:
        nth = next(i for i, p in enumerate(contact["phones"]) if p["type"] == "fax")
        phone_idx = [i for i, line in enumerate(lines) if line.role == "phone"][nth]
        del lines[phone_idx]
        contact["phones"] = [p for i, p in enumerate(contact["phones"]) if i != nth]
    else:
        return None
    return ContactSpec(spec.locale, spec.country, lines, contact, spec.initials,
                       [(p["number"], p["type"]) for p in contact["phones"]], spec.address_lines)
