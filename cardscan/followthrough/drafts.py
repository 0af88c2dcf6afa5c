"""Follow-up e-mails: for each contact, a draft in the card's language that greets them with the right form of
their name, thanks them for the conversation at the event (by name and date), weaves in the note from the back
of the card as what was talked about, and leaves an open line for the next step."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from cardscan.export.common import display_name
from cardscan.export.contentline import clean_text
from cardscan.followthrough.eml import Recipient, Sender, build_eml
from cardscan.followthrough.greeting import greeting
from cardscan.followthrough.language import card_language
from cardscan.followthrough.templates import Templates, load_templates
from cardscan.model import Card

_TRAILING_DATE = re.compile(r"[\s,_-]*\d{4}-\d{2}-\d{2}\s*$")


@dataclass(frozen=True)
class Draft:
    card_id: int | None
    language: str
    to: Recipient
    subject: str
    body: str

    def eml(self, sender: Sender | None = None, now: datetime | None = None) -> bytes:
        return build_eml([self.to], self.subject, self.body, sender=sender, now=now)

    def text(self) -> str:
        """The draft as a reader sees it: To, Subject, the body (for the screen and the clipboard)."""
        return f"To: {self.to.name} <{self.to.email}>\nSubject: {self.subject}\n\n{self.body}"


def event_title(event: str | None) -> str:
    """The event's name as a person would say it: without the date cardscan adds to it, underscores of a folder
    name as spaces ("trade_fair 2026-10-14" -> "trade fair")."""
    text = " ".join(clean_text(event or "").replace("_", " ").split())
    return _TRAILING_DATE.sub("", text).strip() or ""


def event_date(event: str | None) -> date | None:
    """The date at the end of an event's name, if any ("expo 2026-10-14")."""
    found = _TRAILING_DATE.search(event or "")
    if not found:
        return None
    try:
        return date.fromisoformat(found.group(0).strip(" ,_-"))
    except ValueError:
        return None


def _note_lines(note: str) -> list[str]:
    lines = [" ".join(clean_text(line).split()) for line in note.splitlines()]
    return [line.lstrip("-•* ").strip() for line in lines if line.strip(" -•*")]


def _sentence_part(text: str) -> str:
    """A note line as the end of a sentence: without the full stop the template adds."""
    return text.rstrip(" .;,")


def body_text(card: Card, t: Templates, sender: Sender | None = None) -> str:
    paragraphs = [greeting(card.contact, t)]
    event = event_title(card.event)
    met_on = card.met_on or event_date(card.event)
    if event and met_on:
        thanks = t.text("followup", "thanks", event=event, date=t.date(met_on))
    elif met_on:
        thanks = t.text("followup", "thanks_no_event", date=t.date(met_on))
    elif event:
        thanks = t.text("followup", "thanks_no_date", event=event)
    else:
        thanks = t.text("followup", "thanks_plain")
    paragraphs.append(thanks)
    notes = _note_lines(card.note)
    if len(notes) == 1:
        paragraphs.append(t.text("followup", "note_one", note=_sentence_part(notes[0])))
    elif notes:
        paragraphs.append(t.text("followup", "note_many") + "\n" + "\n".join(f"- {n}" for n in notes))
    paragraphs.append(t.text("followup", "next_step"))
    signature = t.text("followup", "closing")
    if sender is not None and sender.name:
        signature += "\n" + sender.name
    paragraphs.append(signature)
    return "\n\n".join(paragraphs) + "\n"


def follow_up_draft(card: Card, *, language: str | None = None, sender: Sender | None = None) -> Draft | None:
    """The follow-up draft of a card, or None when the card has no e-mail address."""
    emails = [f.value.strip() for f in card.contact.emails if f.value.strip()]
    if not emails:
        return None
    lang = language or card_language(card)
    t = load_templates(lang)
    event = event_title(card.event)
    subject = t.text("followup", "subject", event=event) if event else t.text("followup", "subject_no_event")
    to = Recipient(" ".join(clean_text(display_name(card)).split()), emails[0])
    return Draft(card.id, t.language, to, subject, body_text(card, t, sender))
