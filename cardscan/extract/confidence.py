"""Calibrated field confidence: the probability, per OCR engine and per field, that a field is right.

The extractor's own figure (how sure the classification is, times how well the OCR read the words) ranks
fields but means different things per engine and per field. Here each field that OCR filled gets a few
features known at extraction time (that figure, the OCR's least sure word on its line, and evidence the
card itself gives: a name the e-mail spells or contradicts, a company its domain names or contradicts, a
phone number valid in the card's country, ...) and a small logistic model per (engine, field) turns them
into the chance that the field is right. The models are fitted on real, hand-labelled cards by
scripts/calibrate_confidence.py (`make calibrate`) and stored in calibration/<engine>.json; a wrong field
weighs more than a right one in that fit (the file's header says how much), so the figure errs towards doubt:
below the triage mark means "look at this", not only "more likely wrong than right".

Evidence that points at a mistake the extractor cannot see itself: a name of one word, a title or company
starting in the middle of a word or holding marks no such line prints, a company printed fuller on another line or
without the legal form another line prints, the least sure OCR word of the field's own words, a known town inside
the street while the chosen town is not one; a web address its company names raises its confidence.

The name, title and company also carry how the line classifier chose them (its margin to the runner-up line,
whether the line is the card's largest text); phones whether the country code was printed or inferred.

The models of all engines are fitted together (shared evidence weights, a bias per engine and field).
An engine without a calibration file keeps the extractor's own figure. Fields from a QR code are merged
later and keep 1.0. The name's parts share the name's confidence.

Whatever the model says, a field the card speaks against is held below the triage mark (`contradicted`): a form
no such field has (a name that reads as a company or a street, a title holding a code, a company of generic words,
a town that reads as a street, a line cut at either end, a phone number valid nowhere), or another part of the
card saying otherwise (a domain or line that spells the company fuller, a town inside the street). A model fitted on a
few hundred fields learns such evidence only as strongly as its few examples allow; the user should always see it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import phonenumbers

from cardscan.extract.classify import Assignment
from cardscan.extract.company import compact, domain_match, legal_form, organisation_score, registrable_label
from cardscan.extract.doubt_holds import DOUBTED, contradiction
from cardscan.extract.evidence import domain_country
from cardscan.extract.geo import country_from_city
from cardscan.extract.givennames import is_given_name
from cardscan.extract.lexicons import entries
from cardscan.extract.lines import segments_of
from cardscan.extract.mailbox import free_mail, personal_locals
from cardscan.extract.names import email_name_match, name_shape, split_prefix_suffix
from cardscan.extract.phones import local_number
from cardscan.extract.roles import title_score
from cardscan.extract.text_doubts import company_doubts, name_doubts, text_doubts, title_doubts, town_doubts
from cardscan.extract.web import url_host
from cardscan.model import Address, Contact, Field, OcrPage, Phone
from cardscan.text import fold

CALIBRATION_DIR = Path(__file__).parent / "calibration"
MODEL_FIELDS = ("name", "title", "company", "address", "emails", "phones", "websites")
# Words that label an e-mail address ("E-mail: ..."): inside a local part they are a label the OCR glued on.
_MAIL_LABEL_WORDS = frozenset(("email", "mail", "e-mail", "courriel", "correo", "mejl", "epost"))
# A printed web address says so: "www." (or "ww." with a letter the OCR lost), a scheme, or a "Web:" label.
_PRINTED_WEB = re.compile(r"(?i)\bw{2,4}\b|https?:|\bweb(?:site)?\b|\burl\b")
_NAME_PARTS = ("prefix", "given_name", "middle_name", "family_name", "suffix")

# The features of each field, and the sign each evidence feature must have (+1 raises, -1 lowers the
# confidence; 0: either). A fitted weight of the wrong sign is dropped, so that what the card contradicts
# can only lower a field's confidence, however few the examples.
# How the line classifier chose a name, title or company (classify.Assignment, via `role_hints`): "runner_up" is the
# margin to the best other free line for the role, "largest" whether it is the card's largest text.
FEATURES: dict[str, dict[str, int]] = {
    "name": {"raw": 1, "ocr_min": 1, "email_agrees": 1, "email_disagrees": -1, "given_name": 1, "shape": 1,
             "unbalanced": -1, "line_share": 0, "largest": 0, "one_word": -1, "cut_start": -1, "cut_end": -1,
             "odd_marks": -1, "reads_org": -1, "reads_street": -1, "digits": -1},
    "title": {"raw": 1, "ocr_min": 1, "ocr_own": 1, "title_words": 1, "unbalanced": -1, "line_share": 0,
              "shares_line": -1, "cut_start": -1, "cut_end": -1, "odd_marks": -1, "digits": -1},
    "company": {"raw": 1, "ocr_min": 1, "ocr_own": 1, "domain_agrees": 1, "domain_disagrees": -1, "domain_exact": 1,
                "domain_longer": -1, "organisation": 1, "unbalanced": -1, "line_share": 0,
                "runner_up": 1, "cut_start": -1, "cut_end": -1, "fuller_elsewhere": -1, "form_elsewhere": -1,
                "odd_marks": -1, "generic": -1, "domain_only": -1},
    "address": {"raw": 1, "ocr_min": 1, "known_city": 1, "postcode": 0, "street": 0, "town_in_street": -1,
                "town_reads_street": -1},
    "emails": {"raw": 1, "ocr_min": 1, "ocr_own": 1, "site_agrees": 1, "name_agrees": 1, "label_in_local": -1,
               "plain_local": 0},
    "phones": {"raw": 1, "ocr_min": 1, "ocr_own": 1, "valid": 1, "home_country": 1, "typed": 0, "printed_country": 1,
               "guessed_country": -1, "local": 0},
    "websites": {"raw": 1, "ocr_min": 1, "mail_agrees": 1, "printed_as_web": 1, "company_agrees": 1},
}


# Per role ("name", "title", "company"): how the classifier chose it, from `role_hints`.
RoleHints = dict[str, dict[str, float]]
# A role filled without the classifier's account of it (a hand-made contact): a middling, neutral choice.
_NO_HINTS = {"runner_up": 0.5, "largest": 0.0}


def role_hints(roles: dict[str, Assignment]) -> RoleHints:
    """The choice features of each role the classifier filled, each 0..1 (a margin of 0 is 0.5)."""
    return {role: {"runner_up": 0.5 + 0.5 * math.tanh(a.runner_up / 2.0), "largest": float(a.largest)}
            for role, a in roles.items()}


@dataclass(frozen=True)
class FieldItem:
    """One field OCR filled: its name ("phones"), its place in a list field (else None), and its features."""

    field: str
    index: int | None
    value: Any
    features: dict[str, float]


@dataclass(frozen=True)
class FieldModel:
    """A logistic model: P(right) = sigmoid(bias + sum(weight * feature))."""

    bias: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(k, 0.0) for k, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_calibration(engine: str) -> dict[str, FieldModel] | None:
    """The field models of an engine, or None when it has no calibration file."""
    if not re.fullmatch(r"[a-z0-9_-]+", engine or ""):
        return None
    path = CALIBRATION_DIR / f"{engine}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: FieldModel(float(m["bias"]), {k: float(v) for k, v in m["weights"].items()})
            for name, m in data["fields"].items()}


def calibrated(contact: Contact, page: OcrPage, models: dict[str, FieldModel] | None = None,
               hints: RoleHints | None = None) -> Contact:
    """The contact with each OCR field's confidence replaced by its calibrated chance of being right, held below
    the triage mark, with the reason in the field's `doubt`, where the card itself speaks against it
    (`contradiction`)."""
    models = models if models is not None else load_calibration(page.engine)
    out = replace(contact)
    for item in field_items(contact, page, hints):
        model = (models or {}).get(item.field)
        old = _field_of(contact, item)
        p = round(model.probability(item.features), 3) if model is not None else old.confidence
        doubt = contradiction(item.field, item.features)
        if doubt:
            p = min(p, DOUBTED)
        if p == old.confidence and not doubt:
            continue
        if item.index is None:
            setattr(out, item.field, Field(old.value, p, old.source, doubt))
            if item.field == "name":
                for part in _NAME_PARTS:
                    g = getattr(out, part)
                    if g is not None:
                        setattr(out, part, Field(g.value, p, g.source, doubt))
        else:
            items = list(getattr(out, item.field))
            items[item.index] = Field(old.value, p, old.source, doubt)
            setattr(out, item.field, items)
    return out


@dataclass(frozen=True)
class _Card:
    """What the whole card says, against which each field is weighed."""

    line_words: dict[str, list[tuple[str, float]]]  # OCR line text -> its words and their confidences
    personal: list[str]  # e-mail local parts that name a person
    domains: list[str]  # e-mail and web domains, free mail services left out
    mail_domains: set[str]
    hosts: set[str]
    country: str | None


def _card(contact: Contact, page: OcrPage) -> _Card:
    words: dict[str, list[tuple[str, float]]] = {}
    for seg in segments_of(page):
        words.setdefault(seg.line_text, []).extend((w.text, w.confidence) for w in seg.words)
    emails = [f.value for f in contact.emails]
    mail_domains = {e.split("@", 1)[1].lower() for e in emails if "@" in e}
    hosts = {_host(f.value) for f in contact.websites}
    country = contact.address.value.country if contact.address else None
    if country is None:
        country = next((c for c in map(domain_country, [*mail_domains, *hosts]) if c), None)
    # the domains that can speak for or against the company: not a free mail service's (a Gmail address of a shop)
    company_domains = [d for d in [*mail_domains, *(h for h in hosts if h not in mail_domains)] if not free_mail(d)]
    return _Card(words, personal_locals(emails), company_domains, mail_domains, hosts, country)


def _host(url: str) -> str:
    return url_host(url).lower().removeprefix("www.")


def _common(f: Field[Any], card: _Card) -> dict[str, float]:
    words = [w for line, ws in card.line_words.items() if line and (line in f.source or f.source in line) for w in ws]
    confs = [c for _, c in words]
    value = compact(f.value.text if isinstance(f.value, Phone) else f.value if isinstance(f.value, str) else "")
    own = [c for text, c in words if len(sq := compact(text)) >= 2 and sq in value]
    low = min(confs) if confs else f.confidence
    return {"raw": f.confidence, "ocr_min": low, "ocr_own": min(own) if own else low}


def field_items(contact: Contact, page: OcrPage, hints: RoleHints | None = None) -> list[FieldItem]:
    """Every field OCR filled (QR fields excluded), with the features its calibration model reads."""
    card = _card(contact, page)
    choice = {role: (hints or {}).get(role, _NO_HINTS) for role in ("name", "title", "company")}
    out: list[FieldItem] = []
    if contact.name is not None:
        f = contact.name
        agree = email_name_match(f.value, card.personal) if card.personal else 0.0
        _, body, _, _ = split_prefix_suffix(f.value)
        out.append(FieldItem("name", None, f.value, _common(f, card) | {
            "email_agrees": agree, "email_disagrees": float(bool(card.personal) and agree < 0.3),
            "given_name": float(bool(body) and is_given_name(body[0])), "shape": name_shape(f.value),
            "one_word": float(len(body) == 1)}
            | text_doubts(f.value, f.source) | name_doubts(f.value) | {"largest": choice["name"]["largest"]}))
    if contact.title is not None:
        f = contact.title
        out.append(FieldItem("title", None, f.value, _common(f, card) | {
            "title_words": title_score(f.value), "shares_line": _shares_line(f, contact)}
            | text_doubts(f.value, f.source) | title_doubts(f.value)))
    if contact.company is not None:
        f = contact.company
        agree = domain_match(f.value, card.domains) if card.domains else 0.0
        out.append(FieldItem("company", None, f.value, _common(f, card) | {
            "domain_agrees": agree, "domain_disagrees": float(bool(card.domains) and agree == 0.0),
            "domain_exact": float(agree == 1.0),
            "domain_longer": _domain_longer(f.value, card.domains) if agree < 1.0 else 0.0,
            "organisation": organisation_score(f.value),
            "runner_up": choice["company"]["runner_up"], "domain_only": _from_web_address(f, card)}
            | text_doubts(f.value, f.source) | company_doubts(f.value)
            | _printed_elsewhere(f, card)))
    if contact.address is not None:
        a = contact.address.value
        out.append(FieldItem("address", None, a, _common(contact.address, card) | {
            "known_city": float(a.city is not None and country_from_city(a.city) is not None),
            "postcode": float(bool(a.postcode)), "street": float(bool(a.street))}
            | _town_in_street(contact.address) | town_doubts(a.city)))
    name = contact.name.value if contact.name is not None else ""
    company = contact.company.value if contact.company is not None else ""
    for i, f in enumerate(contact.emails):
        local, _, domain = f.value.partition("@")
        out.append(FieldItem("emails", i, f.value, _common(f, card) | {
            "site_agrees": float(domain.lower() in card.hosts),
            "name_agrees": email_name_match(name, [local]) if name else 0.0,
            "label_in_local": float(any(w in _MAIL_LABEL_WORDS for w in re.split(r"[._\-+\d]+", local.lower()))),
            "plain_local": float(bool(re.fullmatch(r"[a-z]+(?:[._-][a-z]+)?", local.lower())))}))
    for i, phone in enumerate(contact.phones):
        out.append(FieldItem("phones", i, phone.value, _common(phone, card) | _phone_evidence(phone.value, card)))
    for i, f in enumerate(contact.websites):
        host = _host(f.value)
        out.append(FieldItem("websites", i, f.value, _common(f, card) | {
            "mail_agrees": float(host in card.mail_domains),
            "company_agrees": domain_match(company, [host]) if company else 0.0,
            "printed_as_web": float(bool(_PRINTED_WEB.search(f.source)))}))
    # Each field's model reads its own features (`_common` computes some for every field)
    return [replace(item, features={k: v for k, v in item.features.items() if k in FEATURES[item.field]})
            for item in out if _field_of(contact, item).source != "qr"]


def _from_web_address(f: Field[str], card: _Card) -> float:
    """The company no line names, read from the web address alone (`company_domain`): it comes from the web
    address's line and spells that address's name, no more ("Example" beside www.example.be)."""
    names = {compact(registrable_label(host.split("."))) for host in card.hosts if "." in host}
    return float(bool(_PRINTED_WEB.search(f.source)) and compact(f.value) in names)


def _shares_line(f: Field[str], contact: Contact) -> float:
    """Another free-text field came from the same printed line ("General Manager - Sales" read as a title and a
    department): where one field ends and the other begins is a guess the user should see."""
    others = (contact.name, contact.title, contact.department, contact.company)
    return float(any(g is not None and g is not f and g.source == f.source for g in others))


# A number printed with its country code ("+44 20 ...", "T (+44) ...", "0044 20 ..."): its country is read, not guessed.
_PRINTED_COUNTRY = re.compile(r"^[^\d+]*(?:\+|00)")


def _domain_longer(company: str, domains: list[str]) -> float:
    """The card's domain spells more than the company, legal form aside ("Overseas" or "Overseas Ltd" beside
    example-overseas.com): a name cut short."""
    form = legal_form(company)
    value = compact(company.replace(form, " ") if form else company)  # "Example GmbH" -> example
    if len(value) < 3:
        return 0.0
    for domain in domains:
        labels = domain.lower().removeprefix("www.").split(".")
        label = compact(registrable_label(labels)) if len(labels) >= 2 else ""
        if value in label and len(label) >= len(value) + 2:
            return 1.0
    return 0.0


def _phone_evidence(phone: Phone, card: _Card) -> dict[str, float]:
    """A number valid where it was read, in the card's country, printed with its country code or not: a national
    number on a card whose country nothing printed says was read in a guessed country ("guessed_country")."""
    printed = float(bool(_PRINTED_COUNTRY.search(phone.text)))
    try:
        parsed = phonenumbers.parse(phone.number, None)
        valid = phonenumbers.is_valid_number(parsed)
        home = card.country is not None and phonenumbers.region_code_for_number(parsed) == card.country
    except phonenumbers.NumberParseException:
        valid = home = False
    return {"valid": float(valid), "home_country": float(home), "typed": float(phone.type != "work"),
            "printed_country": printed, "guessed_country": float(not printed and not home),
            "local": float(not valid and local_number(phone.text))}


def _field_of(contact: Contact, item: FieldItem) -> Field[Any]:
    value = getattr(contact, item.field)
    return value[item.index] if item.index is not None else value


def _printed_elsewhere(f: Field[str], card: _Card) -> dict[str, float]:
    """What other lines of the card say about a company: a longer line that spells it and more ("Example" beside
    "Example Trading Co., Ltd.": a logo or a short form was taken), and a legal form printed on a line the company
    does not come from (the registered name is printed elsewhere)."""
    own = compact(f.value)
    others = [line for line in card.line_words if line and line not in f.source and f.source not in line
              and "@" not in line and not _PRINTED_WEB.search(line)]
    fuller = len(own) >= 2 and any(own in (sq := compact(line)) and len(sq) >= len(own) + 3 for line in others)
    form = not _has_form(f.value) and any(_has_form(line) for line in others)
    return {"fuller_elsewhere": float(fuller), "form_elsewhere": float(form)}


# Legal forms of several words ("Joint Stock Company"), matched folded: `legal_form` reads one word at a time.
_PHRASE_FORMS = re.compile(r"\b(?:" + "|".join(sorted(
    (re.escape(fold(f)) for f in entries("legal_forms.txt") if " " in f and f[0].isupper()), key=len, reverse=True))
    + r")(?!\w)")


def _has_form(text: str) -> bool:
    """A legal form, as printed, in capitals ("CO., LTD.") or of several words ("JOINT STOCK COMPANY")."""
    return bool(legal_form(text) or (text.isupper() and legal_form(text.title())) or _PHRASE_FORMS.search(fold(text)))


def _town_in_street(f: Field[Address]) -> dict[str, float]:
    """A known town inside the street when the chosen town is not a known one ("P.O. Box 12 Examplestad 1234 Land"
    read with "Land" as the town): the town was taken from the wrong word."""
    city = fold(f.value.city or "")
    words = re.findall(r"[^\W\d_][\w'’.-]*", f.value.street or "")
    in_street = not (city and country_from_city(city)) and any(
        country_from_city(" ".join(words[i:i + n])) for n in (1, 2) for i in range(len(words) - n + 1))
    return {"town_in_street": float(in_street)}
