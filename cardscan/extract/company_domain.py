"""The company a card names only by its domain: the firm's logo is a drawing the OCR cannot read (or reads as
nothing a line of text would be), and no other line names the firm, while its web address does
("www.example-and-sample.be" on a card whose only text is the address and the numbers: "Example And Sample")."""

from __future__ import annotations

import re

from cardscan.extract.company import registrable_label
from cardscan.extract.mailbox import free_mail
from cardscan.extract.names import email_name_match
from cardscan.extract.web import url_host
from cardscan.model import Contact, Field
from cardscan.text import one_edit

# How sure a company read from the domain alone is: below the triage mark, the user sees it (a logo may say more)
FROM_DOMAIN = 0.45
# Fewer letters than this are initials, whose printed form ("O.M.C.", "OMC") the domain does not give
_MIN_LETTERS = 4


def _own_name(host: str) -> str | None:
    """The registrable label of a host that is the firm's own ("example.be", "www.example.co.uk"), not a page on a
    platform's host ("example.platform.be"): None for the latter."""
    labels = host.lower().removeprefix("www.").split(".")
    label = registrable_label(labels)
    return label if len(labels) >= 2 and labels[0] == label else None


def company_from_domain(contact: Contact) -> Field[str] | None:
    """The company the card's own web address names, when no line gave one and the domain is not the person's name
    ("annaexample.com") or a free mail service's; None otherwise. An e-mail domain alone says less (a group's or a
    provider's domain): it names no company here."""
    if contact.company is not None:
        return None
    name = contact.name.value if contact.name is not None else ""
    for host, source in [(url_host(f.value), f.source) for f in contact.websites]:
        if free_mail(host):
            continue
        label = _own_name(host)
        if label is None or sum(ch.isalpha() for ch in label) < _MIN_LETTERS or not re.fullmatch(r"[a-z0-9-]+", label):
            continue
        if name and email_name_match(name, [label]) >= 0.5:
            continue  # the person's own domain
        words = [w for w in label.split("-") if w]
        return Field(" ".join(w.capitalize() for w in words), FROM_DOMAIN, source)
    return None


# Fewer letters than this, and one letter's difference is as likely a different word as a misread one
_MIN_RESPELL = 5


def company_spelled_by_domain(contact: Contact, domains: list[str]) -> Field[str] | None:
    """The company line put right by the card's own domain when the two are one letter apart and nothing else
    differs: the logo's first letter drawn as a shape ("xamplon" beside examplon.es), a letter of the logo's type
    misread ("Samplemeiser" beside samplemeister.cz), a mark before the logo read as a letter. The
    company keeps its spaces and its capitals; None when there is nothing to put right. A plural "s" or one letter
    more or less at the end is left alone ("Example" beside examples.com may be either)."""
    company = contact.company
    if company is None:
        return None
    text = company.value
    letters = [(i, ch) for i, ch in enumerate(text) if ch.isalnum()]
    read = "".join(ch.lower() for _, ch in letters)
    if len(read) < _MIN_RESPELL or not read.isascii():
        return None
    owns = [re.sub(r"[^a-z0-9]", "", _own_name(d) or "") for d in domains if not free_mail(d)]
    if read in owns:
        return None  # a domain spells it as read: the other one is misread
    for domain in domains:
        if free_mail(domain):
            continue
        label = _own_name(domain)
        own = re.sub(r"[^a-z0-9]", "", label or "")
        at = one_edit(read, own)
        if at is None or len(own) < _MIN_RESPELL or at >= min(len(read), len(own)) - 1:
            continue
        capital = sum(ch.isupper() for _, ch in letters) > len(letters) / 2
        if len(read) == len(own):  # a letter misread
            pos, old = letters[at]
            new = own[at].upper() if old.isupper() or (capital and old.isdigit()) else own[at]
            fixed = text[:pos] + new + text[pos + 1:]
        elif len(read) > len(own):  # a mark before the logo read as a letter
            if at > 0:
                continue  # a domain drops a letter where words meet ("Example Eleven", exampleleven.com)
            pos = letters[at][0]
            fixed = text[:pos] + text[pos + 1:]
        else:  # a letter lost
            pos = letters[at][0]
            new = own[at].upper() if capital or (at == 0 and text[pos].isupper()) else own[at]
            if at == 0 and text[pos].isupper() and not capital:
                fixed = new + text[pos].lower() + text[pos + 1:]
            else:
                fixed = text[:pos] + new + text[pos:]
        return Field(fixed.strip(), company.confidence, company.source)
    return None
