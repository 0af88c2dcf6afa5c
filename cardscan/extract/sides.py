"""Two sides of one card in one photo: the side that shows only the firm (its name, logo, web address) beside the
side with the person's details, as designers' mock-ups and users who lay a card's back beside its front show them.

A detected card is such a back when it holds no name, no phone, no e-mail and no address (a town alone aside), but a
company or a web address that agrees with the domain or the company of exactly one other card of the photo. Its
company (where the front names none) and its web addresses and profiles go to that front; the photo then holds one
contact less. Where two fronts agree with it (colleagues' cards of one firm on a table), nothing is merged.
"""

from __future__ import annotations

from dataclasses import replace

from cardscan.extract.company import compact, domain_match
from cardscan.extract.mailbox import free_mail
from cardscan.extract.web import url_host
from cardscan.model import Contact

# How well the back's company must agree with a front's domain ("Example Studio" ~ examplestudio.dk)
_AGREES = 0.8


def _domains(contact: Contact) -> set[str]:
    mail = {f.value.split("@", 1)[1].lower() for f in contact.emails if "@" in f.value}
    web = {url_host(f.value).lower().removeprefix("www.") for f in contact.websites}
    return {d for d in mail | web if d and not free_mail(d)}


def _is_back(contact: Contact) -> bool:
    # a town alone is no address of the back's own: the firm's logo side names its town under the brand
    town_only = contact.address is None or (contact.address.value.street is None
                                            and contact.address.value.postcode is None)
    return (contact.name is None and not contact.phones and not contact.emails and town_only
            and (contact.company is not None or bool(contact.websites)))


def _agrees(back: Contact, front: Contact) -> bool:
    own, theirs = _domains(back), _domains(front)
    if own & theirs:
        return True
    if back.company is None:
        return False
    if theirs and domain_match(back.company.value, sorted(theirs)) >= _AGREES:
        return True
    return front.company is not None and compact(front.company.value) == compact(back.company.value) != ""


def fronts_of_backs(contacts: list[Contact]) -> dict[int, int]:
    """For each card that is the firm's side of another card in the same photo: its index -> the front's index."""
    out: dict[int, int] = {}
    for i, back in enumerate(contacts):
        if not _is_back(back):
            continue
        fronts = [j for j, front in enumerate(contacts) if j != i and not _is_back(front) and _agrees(back, front)]
        if len(fronts) == 1:
            out[i] = fronts[0]
    return out


def with_back(front: Contact, back: Contact) -> Contact:
    """The front with what only the back prints: the company where the front has none, web addresses, profiles."""
    have_sites, have_profiles = {f.value for f in front.websites}, {f.value.url for f in front.social}
    websites = [*front.websites, *(w for w in back.websites if w.value not in have_sites)]
    social = [*front.social, *(s for s in back.social if s.value.url not in have_profiles)]
    return replace(front, company=front.company or back.company, websites=websites, social=social)
