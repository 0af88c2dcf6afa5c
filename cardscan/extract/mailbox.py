"""The business's own mailbox: an e-mail address named after the business ("bakeryexample@", "examplerowing@"),
not a person. Small businesses print one often, on a free mail service; its local part holds the business's words,
so it vouches for the company line, never for a person's name (used by classify.py and wraps.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cardscan.extract.company import AND_WORDS, compact, is_organisation_word, registrable_label
from cardscan.extract.hits import Piece
from cardscan.extract.lexicons import entries
from cardscan.extract.names import email_name_match
from cardscan.text import fold

# Local parts that name a function, not a person ("info@", "sales@"): they say nothing about the name.
FUNCTION_LOCALS = frozenset((
    "info", "office", "mail", "contact", "contacto", "kontakt", "hello", "hallo", "bonjour", "sales", "vertrieb",
    "ventes", "vendas", "ventas", "admin", "support", "service", "team", "welcome", "post", "reception", "empfang",
    "accueil", "secretariat", "sekretariat", "kantoor", "bureau",
))


def personal_locals(emails: list[str]) -> list[str]:
    """The local parts of the e-mail addresses that name a person, not a function ("info@", "sales@")."""
    return personal_locals_of([e.split("@", 1)[0] for e in emails if "@" in e])


def personal_locals_of(locals_: list[str]) -> list[str]:
    """The local parts that hold no word naming a function ("info", "contact.example", "sales-example")."""
    return [x for x in locals_ if not any(w in FUNCTION_LOCALS for w in re.split(r"[._\-+\d]+", x.lower()))]


# Free and public e-mail services (gmail.com, web.de, yahoo.co.in; lexicons/free_mail_domains.txt, with its source)
_FREE_MAIL = frozenset(entries("free_mail_domains.txt"))


def free_mail(domain: str) -> bool:
    """Whether a domain is a free or public e-mail service's: it says nothing about the company on the card."""
    return domain.lower().removeprefix("www.") in _FREE_MAIL


def business_locals(locals_: list[str], domains: list[str], places: Sequence[str] = ()) -> set[str]:
    """The local parts spelled like one of the card's web or e-mail domains ("examplerowing@" beside
    examplerowing.com, or a letter short of it), or like the town of the card's address ("sampleton@" for an office
    in Sampleton): the business's own mailbox, no person's."""
    labels = {compact(registrable_label(d.lower().removeprefix("www.").split("."))) for d in domains if "." in d}
    labels |= {compact(place) for place in places}
    # one letter short of it is spelled like it too ("exampleengineer@" beside exampleengineers.com), and so is a free
    # mailbox with a number after the name ("exampleglass1@", "examplecafe73@": the name was taken, or a district's
    # number added)
    return {x for x in locals_ if any(_spells(label, flat) for flat in _spellings(x) for label in labels)}


def _spellings(local: str) -> set[str]:
    """A local part as set against a domain: its letters and digits, and without a number at its end."""
    flat = compact(local)
    return {flat, re.sub(r"(?<=[a-z])\d{1,4}$", "", flat)}


def _spells(label: str, flat: str) -> bool:
    return len(flat) >= 4 and label.startswith(flat) and len(label) - len(flat) <= 1


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def mailbox_match(text: str, mailboxes: list[str]) -> float:
    """How well the business's mailbox spells a line: 1.0 when it spells two of the line's words or more, run
    together from the first ("exampleinkstudio@" for "Example Ink Studio & Gallery") or from a later one, where the
    print wrapped the firm's name before them ("sqwexample@" for "Sample Quill Works (SQW) Example Ltd."), else as
    e-mail and name agree."""
    return 1.0 if runs_together(text, mailboxes) else email_name_match(text, mailboxes)


def runs_together(text: str, mailboxes: list[str]) -> bool:
    """A mailbox spells two of the line's words or more, run together from the first or a later one."""
    words = re.findall(r"[a-z]+", fold(text))
    for local in mailboxes:
        flat = _letters(local)
        if len(flat) >= 6 and len(words) >= 2 and any(
                "".join(words[i:]).startswith(flat) and len(flat) > len(words[i]) for i in range(len(words) - 1)):
            return True
    return False


def line_words(text: str) -> set[str]:
    """A line's words of four letters or more, folded: the words a mailbox may hold."""
    return set(re.findall(r"[a-z]{4,}", fold(text)))


def joins_other_line(text: str, local: str, others: list[set[str]]) -> bool:
    """Whether the local part also holds a word printed on another line and not on this one ("bakeryexample@" for the
    logo "Example" and the slogan "The bakery"): it names the business the two lines make, not a person."""
    own = line_words(text)
    flat = _letters(local)
    return any(w in flat for ws in others for w in ws - own)


def spelled_on(candidates: list[Piece], locals_: Sequence[str]) -> set[str]:
    """The local parts that spell a line and go on into the next (`company_variants`): the business's mailbox."""
    return {local for local in locals_ for a, b in itertools.pairwise(candidates)
            if b.index == a.index + 1 and spells_on(local, a.text, b.text)}


def spells_on(local: str, first: str, second: str) -> bool:
    """Whether a mailbox's name begins with the first line spelled out and goes on with the second line's first word
    (its first four letters at least: "exampledesigns" for "Example" / "Design Studio")."""
    flat = _letters(local)
    head = _letters(first)
    words = re.findall(r"[a-z]+", fold(second))
    # the second line has more words than the mailbox spells: a description under a logo, not a family name under
    # a given name ("Anna" / "Example" as "annaexample@")
    return (len(head) >= 3 and len(words) >= 2 and len(words[0]) >= 4 and flat.startswith(head)
            and flat[len(head):].startswith(words[0][:max(4, len(words[0]) - 1)]))


def spells_organisation(text: str, local: str) -> bool:
    """Whether a mailbox spells the line's words up to an organisation word, that word whole or cut short to three
    letters or more ("exampletechins@" for "Example Tech Insurance"), or its initials when it holds one ("etis@"):
    the business's mailbox, whatever given name the line begins with."""
    flat = _letters(local)
    words = re.findall(r"[a-z]+", fold(text))
    initials = "".join(w[0] for w in words if w not in AND_WORDS)
    if len(initials) >= 3 and flat == initials and any(is_organisation_word(w) for w in words):
        return True  # "ebsp99@" for "Example Bird Stationers & Printers": the firm's initials
    for i, word in enumerate(words[1:], 1):
        head = "".join(words[:i])
        rest = flat[len(head):]
        if is_organisation_word(word) and flat.startswith(head) and len(rest) >= 3 and word.startswith(rest):
            return True
    return False
