"""The introduction e-mail: both people in To:, in the language they share (else English), who each one is,
why they should meet, and the floor left to them."""

from __future__ import annotations

from cardscan.export.common import display_name
from cardscan.export.contentline import clean_text
from cardscan.followthrough.drafts import Draft
from cardscan.followthrough.eml import Recipient, Sender, build_eml
from cardscan.followthrough.greeting import name_values
from cardscan.followthrough.intros import Reason, Suggestion, pair_reasons
from cardscan.followthrough.language import shared_language
from cardscan.followthrough.templates import Templates, load_templates
from cardscan.model import Card


def _one_line(text: str | None) -> str:
    return " ".join(clean_text(text or "").split())


def _name(card: Card, t: Templates) -> str:
    form = str(t.data["intro"].get("names", "full"))
    values = name_values(card.contact, t)
    return values.get(form) or values.get("full") or _one_line(display_name(card))


def who(card: Card) -> str:
    """"Anna van den Berg, Projectmanager, Stichting Noord (Amsterdam)"."""
    c = card.contact
    parts = [_one_line(display_name(card))]
    for key in ("title", "company"):
        value = _one_line(c.value(key))
        if value and value not in parts:
            parts.append(value)
    text = ", ".join(parts)
    city = _one_line(c.address.value.city) if c.address is not None else ""
    return f"{text} ({city})" if city else text


def reasons_text(reasons: tuple[Reason, ...], t: Templates) -> str:
    parts = []
    topics = [item for r in reasons if r.kind in ("tags", "words") for item in r.items]
    if topics:
        parts.append(t.text("intro", "topics", items=t.join([_one_line(x) for x in topics])))
    for r in reasons:
        if r.kind == "roles":
            parts.append(t.text("intro", "roles", role_a=_one_line(r.items[0]), role_b=_one_line(r.items[1])))
        elif r.kind == "city":
            parts.append(t.text("intro", "city", city=_one_line(r.items[0])))
    return t.join(parts)


def introduction(a: Card, b: Card, *, suggestion: Suggestion | None = None, language: str | None = None,
                 sender: Sender | None = None) -> tuple[Draft, list[Recipient]]:
    """The introduction draft (its `to` is the first person; both are in the returned recipient list)."""
    t = load_templates(language or shared_language(a, b))
    reasons = (suggestion or pair_reasons(a, b)).reasons
    paragraphs = [t.text("intro", "greeting", a=_name(a, t), b=_name(b, t)), t.text("intro", "opening"),
                  f"{who(a)}\n{who(b)}"]
    if reasons:
        paragraphs.append(t.text("intro", "reasons", reasons=reasons_text(reasons, t)))
    paragraphs.append(t.text("intro", "closing_line"))
    signature = t.text("followup", "closing")
    if sender is not None and sender.name:
        signature += "\n" + sender.name
    paragraphs.append(signature)
    subject = t.text("intro", "subject", a=_one_line(display_name(a)), b=_one_line(display_name(b)))
    recipients = [Recipient(_one_line(display_name(c)), c.contact.emails[0].value.strip()) for c in (a, b)]
    draft = Draft(a.id, t.language, recipients[0], subject, "\n\n".join(paragraphs) + "\n")
    return draft, recipients


def introduction_eml(draft: Draft, recipients: list[Recipient], sender: Sender | None = None) -> bytes:
    return build_eml(recipients, draft.subject, draft.body, sender=sender)
