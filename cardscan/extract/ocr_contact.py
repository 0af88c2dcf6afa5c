"""OCR lines -> Contact: the patterns first, then the free text by classification."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from cardscan.extract.accents import restore
from cardscan.extract.address import AddressResult, find_address
from cardscan.extract.address_copies import address_copies
from cardscan.extract.classify import Assignment, assign
from cardscan.extract.company import domain_match
from cardscan.extract.company_domain import company_from_domain, company_spelled_by_domain
from cardscan.extract.company_spelled_out import spelled_out_company
from cardscan.extract.confidence import RoleHints, calibrated, role_hints
from cardscan.extract.domain_twins import email_fragments, email_spellings, web_spellings
from cardscan.extract.emails import find_emails, wrapped_addresses
from cardscan.extract.evidence import best_region, gather, label_languages
from cardscan.extract.geo import city_spelling, country_from_name
from cardscan.extract.glued_titles import spaced_title
from cardscan.extract.hits import GAP, Hit, Piece, Votes, pieces
from cardscan.extract.japanese_cards import japanese_fields
from cardscan.extract.language import card_languages
from cardscan.extract.language_id import countries_of, identified_countries
from cardscan.extract.lines import Segment, segments_of
from cardscan.extract.mailbox import free_mail, personal_locals
from cardscan.extract.name_repairs import proper_case, spaced_particles
from cardscan.extract.names import email_name_match, split_name
from cardscan.extract.office_country import country_named_near
from cardscan.extract.phones import (
    find_phones,
    fragments,
    listed_below,
    national_number_like,
    switchboard_of,
    unique_region,
)
from cardscan.extract.postal import listed_spelling, without_cedex
from cardscan.extract.repairs import (
    email_from_web,
    email_with_split_local,
    misread_twins,
    repair_local_part,
    website_from_spaced,
)
from cardscan.extract.roles import misread_roles_repaired
from cardscan.extract.title_line import bracketed_qualifier, whole_title_line
from cardscan.extract.web import find_web, handle_domains, host_fragments, url_host
from cardscan.model import Address, Contact, Field, OcrPage

# Below this OCR confidence a word's letters are in doubt (0..1).
DOUBTED_WORD = 0.75
_IBERIAN = {"ES", "PT", "MX", "AR", "BR", "CL", "CO", "PE"}

Found = list[tuple[Hit, Segment]]


@dataclass
class _Patterns:
    """What the pattern extractors found on the card, and the text they left."""

    emails: Found = field(default_factory=list)
    websites: Found = field(default_factory=list)
    social: Found = field(default_factory=list)
    phones: Found = field(default_factory=list)
    rests: list[tuple[Segment, str]] = field(default_factory=list)

    def email_values(self) -> list[str]:
        return _unique([h.value for h, _ in self.emails])

    def domains(self) -> list[str]:
        mail = [e.split("@", 1)[1] for e in self.email_values()]
        return _unique(mail + [url_host(h.value) for h, _ in self.websites])


def _conf(certainty: float, ocr: float) -> float:
    """A field's confidence: how sure the reading is, times how well the OCR read its words."""
    value = certainty * (0.35 + 0.65 * ocr)
    return round(max(0.0, min(1.0, value)), 3)


def _doubted(segments: list[Segment]) -> Callable[[str], bool]:
    """Whether the OCR was unsure of a word of the card (evidence enough to put its accents back)."""
    confidence: dict[str, float] = {}
    for seg in segments:
        for w in seg.words:
            for part in re.findall(r"[^\W\d_]+", w.text):
                confidence[part] = min(confidence.get(part, 1.0), w.confidence)
    return lambda word: confidence.get(word, 1.0) < DOUBTED_WORD


def extract_contact(page: OcrPage, *, default_region: str | None = None) -> Contact:
    """The contact fields of one card's OCR text, each with a confidence and the line it came from.

    The confidence is the calibrated chance that the field is right when the page's engine has a
    calibration (extract/confidence.py), else the extractor's own figure (`uncalibrated_contact`)."""
    contact, hints = read_fields(page, default_region=default_region)
    return calibrated(contact, page, hints=hints)


def uncalibrated_contact(page: OcrPage, *, default_region: str | None = None) -> Contact:
    """The contact fields with the extractor's own confidence: certainty times OCR confidence."""
    return read_fields(page, default_region=default_region)[0]


def read_fields(page: OcrPage, *, default_region: str | None = None) -> tuple[Contact, RoleHints]:
    """The uncalibrated contact, and how the classifier chose its name, title and company (for the calibration)."""
    segments = segments_of(page)
    texts = [seg.text for seg in segments]
    found = _emails_and_web(segments)
    votes = gather(texts, found.domains(), default_region)
    region = _card_region(found, votes, default_region)
    _phones(found, region, functools.cache(lambda: _number_countries(texts)))

    final_pieces = _pieces(found.rests)
    address = find_address(final_pieces, votes)
    used = set(address.pieces) if address else set()
    free = [p for p in final_pieces if p.index not in used and country_from_name(p.text) is None]
    copies = address_copies(free, [p for p in final_pieces if p.index in used])
    free = [p for p in free if p.index not in copies]
    by_index = {p.index: p for p in final_pieces}
    free = sorted(free + [Piece(text, by_index[i].segment, i, by_index[i].residue)
                          for i, text in (address.left if address else ())], key=lambda p: p.index)
    country = (address.address.country if address else None) or region
    langs = card_languages(texts, country)
    doubted = _doubted(segments)

    contact = Contact()
    _fill_lists(contact, found)
    if address:
        contact.address = _address_field(address, final_pieces, langs, doubted)
    slugs = _slugs(found)
    # Accents put back before classifying, so that "Rechtsanwéltin" reads as a title
    free = [Piece(restore(spaced_particles(p.text), langs, slugs, doubted=doubted), p.segment, p.index, p.residue)
            for p in free]
    towns = [address.address.city] if address and address.address.city else []
    domains = found.domains()
    # no domain of its own: its social handles name the firm
    handles = handle_domains(texts, [h.value for h, _ in found.social]) if all(free_mail(d) for d in domains) else []
    roles = whole_title_line(assign(free, found.email_values(), domains, towns, handles), free)
    roles = bracketed_qualifier(roles, free)
    domains += handles
    roles = spelled_out_company(roles, free, domains)
    iberian = country in _IBERIAN or any(d.endswith((".es", ".pt", ".br", ".mx")) for d in found.domains())
    _fill_roles(contact, roles, langs, slugs, iberian, doubted)
    contact.company = company_spelled_by_domain(contact, found.domains()) or contact.company \
        or company_from_domain(contact)
    japanese_fields(contact, texts)
    _doubt_disagreements(contact, found)
    return contact, role_hints(roles)


def _emails_and_web(segments: list[Segment]) -> _Patterns:
    found = _Patterns()
    after_emails: list[tuple[Segment, str]] = []
    wrapped = wrapped_addresses([(seg.text, seg.line_index) for seg in segments])
    for i, seg in enumerate(segments):
        if i - 1 in wrapped:
            after_emails.append((seg, ""))  # the end of the address above
            continue
        emails, rest = find_emails(wrapped.get(i, seg.text))
        found.emails.extend((h, seg) for h in emails)
        after_emails.append((seg, rest))
    mail_domains = found.domains()
    for seg, rest in after_emails:
        # "www.isa rtallogistik.de": a web address with spaces inside, its domain known from an e-mail address
        url = website_from_spaced(rest, mail_domains) if GAP not in rest else None
        if url:
            found.websites.append((Hit(url, 0.7, seg.text), seg))
            found.rests.append((seg, GAP))
            continue
        websites, social, rest = find_web(rest)
        found.websites.extend((h, seg) for h in websites)
        found.social.extend((h, seg) for h in social)
        found.rests.append((seg, rest))
    # "jdupontqdupont.fr" beside "www.dupont.fr": an e-mail address whose "@" the OCR read as a letter.
    for hit, seg in list(found.websites):
        email = email_from_web(hit.value, [d for d in found.domains() if d != url_host(hit.value)], not found.emails,
                               [other.text for other in segments if other is not seg])
        if email:
            found.websites.remove((hit, seg))
            found.emails.append((Hit(email, 0.6, hit.raw), seg))
    # "www.example.ne.jo" beside "x@example.ne.jp": one letter of a domain misread; the spelling the others agree on
    hosts = [url_host(h.value) for h, _ in found.websites]
    found.emails = email_spellings(found.emails, hosts)
    cut_emails = email_fragments([h.value for h, _ in found.emails])
    found.emails = [e for i, e in enumerate(found.emails) if i not in cut_emails]
    found.websites = web_spellings(found.websites, hosts, [e.split("@", 1)[1] for e in found.email_values()])
    cut_off = host_fragments([url_host(hit.value) for hit, _ in found.websites])
    found.websites = [w for i, w in enumerate(found.websites) if i not in cut_off]
    return found


def _card_region(found: _Patterns, votes: Votes, default_region: str | None) -> str | None:
    """The country national phone numbers are read in: the address's, else the card's evidence, else the default."""
    first_address = find_address(_pieces(found.rests), votes)
    if first_address and first_address.address.country:
        return first_address.address.country
    return best_region(votes) or (default_region.upper() if default_region else None)


def _phones(found: _Patterns, region: str | None,
            languages: Callable[[], tuple[tuple[str, ...], list[str]]]) -> None:
    """`languages`: the countries the card's language points to, asked for only when a number has no country."""
    rests: list[tuple[Segment, str]] = []
    continued = 0  # how many segments to come hold the rest of a number this one began
    switchboard = None  # the last number printed ending in "-0" ("Tel. +49 711 12345-0" / "Fax -99")
    lines = [seg.text for seg, _ in found.rests]
    for i, (seg, rest) in enumerate(found.rests):
        if continued:
            rests.append((seg, GAP))
            continued -= 1
            continue
        local = country_named_near(lines, i)
        hits, left = find_phones(rest, local or region, switchboard)
        if local and local != region and not all(h.certainty > 0.5 for h in hits):
            hits, left = find_phones(rest, region, switchboard)  # not a number of that country after all
        switchboard = switchboard_of(hits) or switchboard
        if not hits and i and found.phones and found.phones[-1][1] is found.rests[i - 1][0]:
            hits = listed_below(found.phones[-1][0], rest, region)
            left = GAP if hits else left
        if not hits and re.search(r"\d\s*/?\s*$", rest):
            # "Telefon: 089" / "50915458", "0707" / "-" / "99 99 99": one number the OCR cut in two or three pieces
            after = [text for _, text in found.rests[i + 1:i + 3]]
            more = list(itertools.takewhile(lambda t: re.fullmatch(r"[\d\s/().-]+", t), after))
            for n in range(1, len(more) + 1):
                if re.search(r"\d{2}", more[n - 1]) and (joined := _joined_number([rest, *more[:n]], region)):
                    hits, left, continued = joined, GAP, n
                    break
        if region is None and not hits and national_number_like(rest):
            # No country anywhere on the card: a national number valid in only one of the card languages'
            # countries (or in the one the labels' language points to) is read there, with a low confidence.
            identified, hinted = languages()
            # the identified language's countries first, among them the one whose grouping is printed: a Serbian
            # card's "064/338-2028" is grouped the Irish way, and is Serbian
            guess = unique_region(rest, identified) if identified else None
            guess = guess if guess in identified else unique_region(rest, hinted)
            if guess:
                hits, left = find_phones(rest, guess)
                hits = [Hit(h.value, min(h.certainty, 0.5), h.raw) for h in hits]
        found.phones.extend((h, seg) for h in hits)
        rests.append((seg, left))
    found.rests = rests
    pieces = fragments([h.value.number for h, _ in found.phones])
    found.phones = [x for i, x in enumerate(found.phones) if i not in pieces]


def _joined_number(pieces: list[str], region: str | None) -> list[Hit]:
    """The one number that pieces of text read apart make together, and nothing else; else []."""
    hits, left = find_phones(" ".join(pieces), region)
    if len(hits) == 1 and not re.search(r"\d", left):
        return hits
    return []


def _fill_lists(contact: Contact, found: _Patterns) -> None:
    def fields(hits: Found, key: Callable[[Any], Hashable]) -> list[Field[Any]]:
        out: list[Field[Any]] = []
        seen: set[Hashable] = set()
        for hit, seg in hits:
            k = key(hit.value)
            if k not in seen:
                seen.add(k)
                out.append(Field(hit.value, _conf(hit.certainty, seg.confidence_of(hit.raw)), seg.line_text))
        return out

    contact.emails = fields(found.emails, lambda v: v)
    contact.phones = fields(found.phones, lambda v: (v.number, v.type))
    contact.websites = fields(found.websites, lambda v: v)
    # An e-mail address of the same domain vouches for a web address, however faint its print (the domain is all of
    # it; an e-mail's local part stays unconfirmed).
    mail = {e.split("@", 1)[1] for e in found.email_values()}
    contact.websites = [Field(f.value, max(f.confidence, CORROBORATED), f.source)
                        if url_host(f.value).removeprefix("www.") in mail else f for f in contact.websites]
    contact.social = fields(found.social, lambda v: v.url)


def _slugs(found: _Patterns) -> str:
    """The card's e-mail and web names, one word each ("juergen", "schaefer", "schaefer-bau" -> "schaeferbau")."""
    labels = [part for e in found.email_values() for part in re.split(r"[.@_+]", e)[:-1]]
    labels += [part for d in found.domains() for part in d.split(".")[:-1] if part != "www"]
    return " ".join(re.sub(r"[^a-z0-9]", "", part) for part in labels)


# A capital I ending a word in lower case ("Addl." read "AddI.", "Paul" read "PauI"): an l the OCR read as I
_LOST_L = re.compile(r"(?<=[a-z]{2})I(?=[.,:;)]|\s|$)")
# One apostrophe the OCR read twice between two letters ("L'’Example")
_DOUBLED_APOSTROPHE = re.compile(r"(?<=\w)['’`´]{2}(?=\w)")


# "Example &Sample", "Example& Sample": an ampersand the OCR read with a space on one side only ("H&M", set solid,
# stays as printed)
_HALF_SPACED_AND = re.compile(r"(?<=\w) &(?=\w)|(?<=\w)& (?=\w)")


# Quotation marks around a firm's name, as Central and Eastern European firms print it
_QUOTES = re.compile(r'["“”„«»]')


def _fill_roles(contact: Contact, roles: dict[str, Assignment], langs: tuple[str, ...], slugs: str,
                iberian: bool, doubted: Callable[[str], bool]) -> None:
    for role, chosen in roles.items():
        piece = chosen.piece
        conf = _conf(chosen.certainty, piece.confidence)
        source = piece.segment.line_text
        text = restore(piece.text, langs, slugs, doubted=doubted)
        text = re.sub(r"\s*[®™©℠]", "", text).strip()  # trademark marks belong to the logo, not the name
        text = _LOST_L.sub("l", text)
        text = _DOUBLED_APOSTROPHE.sub(lambda m: m.group(0)[0], text)  # "L'’Example": one apostrophe read twice
        text = _HALF_SPACED_AND.sub(" & ", text)
        if role == "title":
            text = misread_roles_repaired(spaced_title(text, langs))
        if role == "company":
            text = _QUOTES.sub("", text)  # '„EXAMPLE" d.o.o.', '"Example" Sp. z o.o.': the quotes set the name off
        if role != "name":
            setattr(contact, role, Field(" ".join(text.split()), conf, source))
            continue
        parts = split_name(proper_case(text), iberian=iberian)
        contact.name = Field(parts.name, conf, source)
        for attr in ("prefix", "given_name", "middle_name", "family_name", "suffix"):
            value = getattr(parts, attr)
            if value:
                setattr(contact, attr, Field(value, conf, source))
        # An e-mail address that matches the name once one OCR confusion is undone ("imeier" -> "lmeier").
        repaired: list[Field[str]] = []
        for f in contact.emails:
            fixed = repair_local_part(email_with_split_local(f.value, f.source, parts.name), parts.name)
            if fixed not in [r.value for r in repaired]:
                repaired.append(Field(fixed, f.confidence if fixed == f.value else 0.85 * f.confidence, f.source))
        misread = misread_twins([f.value for f in repaired], parts.name)
        contact.emails = [f for f in repaired if f.value not in misread]


# The confidence of a web address an e-mail address on the card confirms (same domain).
CORROBORATED = 0.9
# How much a field's confidence keeps when the card's own e-mail or web address disagrees with it.
DISAGREEMENT = 0.7


def _doubt_disagreements(contact: Contact, found: _Patterns) -> None:
    """A name the e-mail's personal local part does not spell, a company none of the card's domains agrees with:
    each keeps only part of its confidence (the card contradicts it, so the user should look)."""
    personal = personal_locals(found.email_values())
    if contact.name and personal and email_name_match(contact.name.value, personal) < 0.3:
        contact.name = Field(contact.name.value, round(contact.name.confidence * DISAGREEMENT, 3), contact.name.source)
    domains = found.domains()
    if contact.company and domains and domain_match(contact.company.value, domains) == 0.0:
        c = contact.company
        contact.company = Field(c.value, round(c.confidence * DISAGREEMENT, 3), c.source)


def _pieces(rests: list[tuple[Segment, str]]) -> list[Piece]:
    out: list[Piece] = []
    for seg, rest in rests:
        residue = GAP in rest
        for text in pieces(rest):
            out.append(Piece(text, seg, len(out), residue))
    return out


def _address_field(result: AddressResult, all_pieces: list[Piece], langs: tuple[str, ...],
                   doubted: Callable[[str], bool]) -> Field[Address]:
    ocr = min((p.confidence for p in all_pieces if p.index in result.pieces), default=0.5)
    a = result.address
    # Street and city words whose accents the OCR lost ("Malaga", "Ostra Hamngatan")
    # A known town the OCR missed by one letter ("Aalbory Ø"), where the OCR doubted the word: many small towns
    # are a letter away from a bigger one
    # A town one letter off the place its postcode serves ("Saimt ..."), the postcode vouching for the place
    town = without_cedex(a.city) if a.city else None
    spelled = city_spelling(town, a.country) if town and any(map(doubted, town.split())) else None
    spelled = spelled or (listed_spelling(town, a.postcode) if town else None)
    city = (spelled or restore(town, langs, doubted=doubted)) if town else None
    fixed = Address(restore(a.street, langs, doubted=doubted) if a.street else None, a.postcode, city, a.region,
                    a.country)
    return Field(fixed, _conf(result.certainty, ocr), result.source)


def _number_countries(texts: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """Where the card's words are from, a hint for numbers printed without any country, asked for only when such a
    number needs one: the identified language's countries; and those, then the phone labels' language's, then the
    word lists'."""
    identified = identified_countries(texts)
    hinted = label_languages(texts) + countries_of(card_languages(texts, None))
    return identified, _unique(list(identified) + hinted)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))
