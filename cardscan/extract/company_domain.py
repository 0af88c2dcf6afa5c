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
