"""The card's fields beside its picture, with low-confidence marks and, on request, the OCR line of each field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from cardscan.export.common import met_words
from cardscan.model import SOURCE_QR, SOURCE_USER, Address, Card, Contact, Phone, Pocket, SocialProfile
from cardscan.tui.widgets.rich_block import RichBlock
from cardscan.tui.widgets.text_lines import NO_STYLE, Cell, Row, layout

LOW_MARK = "⚠"
EDITED_MARK = "✎"
SOCIAL_NAMES = {"linkedin": "LinkedIn", "x": "X", "xing": "XING", "github": "GitHub", "instagram": "Instagram",
                "facebook": "Facebook", "mastodon": "Mastodon", "youtube": "YouTube"}
LABELS = {"name": "Name", "title": "Title", "department": "Department", "company": "Company", "emails": "E-mail",
          "phones": "Phone", "websites": "Website", "social": "Profile", "address": "Address"}
SHOWN_FIELDS = ("name", "title", "department", "company", "emails", "phones", "websites", "social", "address")


def format_phone(phone: Phone) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(phone.number, None)
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        text = phone.number
    return f"{text}  ({phone.type})"


def format_address(address: Address) -> str:
    town = " ".join(x for x in (address.postcode, address.city) if x)
    if address.region:
        town = f"{town} {address.region}" if town else address.region
    return ", ".join(x for x in (address.street, town, address.country) if x)


def format_value(value: Any) -> str:
    if isinstance(value, Phone):
        return format_phone(value)
    if isinstance(value, SocialProfile):
        return value.url
    if isinstance(value, Address):
        return format_address(value)
    return str(value)


def format_day(day: date, today: date) -> str:
    text = f"{day.isoformat()} ({day.strftime('%a')})"
    delta = (day - today).days
    if delta == 0:
        return f"{text}, today"
    if delta == 1:
        return f"{text}, tomorrow"
    if delta < 0:
        return f"{text}, {-delta} day{'s' if delta != -1 else ''} ago"
    return f"{text}, in {delta} days"


@dataclass(frozen=True)
class FieldRow:
    label: str
    value: str
    confidence: float
    source: str  # where the value comes from: the OCR line, "qr", "user"
    scanned: str | None  # for an edited value: what the scan had (None: nothing)
    doubt: str = ""  # what on the card speaks against the value (Field.doubt)


def source_text(source: str) -> str:
    """The OCR line(s) a field was read from, each once (an address on one line was recorded once per part)."""
    return " / ".join(dict.fromkeys(source.split(" / "))) if source else source


def _rows_of(contact: Contact, original: Contact | None) -> list[FieldRow]:
    rows: list[FieldRow] = []
    for name in SHOWN_FIELDS:
        current = getattr(contact, name)
        items = contact.fields(name)
        originals = original.fields(name) if original is not None else []
        for i, f in enumerate(items):
            label = LABELS[name]
            if name == "social" and isinstance(f.value, SocialProfile):
                label = SOCIAL_NAMES.get(f.value.service, f.value.service.title())
            scanned = None
            source = f.source
            if f.source == SOURCE_USER:
                same = next((o for o in originals if o.value == f.value), None)
                if same is not None:
                    source = same.source
                elif isinstance(current, list):
                    scanned = ""
                elif originals:
                    was, line = format_value(originals[0].value), source_text(originals[0].source)
                    scanned = f"{was}  ← {line or 'no OCR line'}" if line != was else was
                else:
                    scanned = ""
            rows.append(FieldRow(label if i == 0 or name == "social" else "", format_value(f.value), f.confidence,
                            source_text(source), scanned, f.doubt if f.source != SOURCE_USER else ""))
    return rows


def doubtful_fields(contact: Contact, threshold: float) -> list[FieldRow]:
    """The fields read with low confidence (not typed by the user, not from a QR code), in screen order."""
    return [row for row in _rows_of(contact, None)
            if row.source not in (SOURCE_USER, SOURCE_QR) and row.confidence < threshold]


class CardFields(RichBlock):
    """The contact fields of one card; `show_sources` adds the OCR line each field was read from."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "fields--label", "fields--low", "fields--edited", "fields--source", "fields--empty",
    }

    def show(self, card: Card, original: Contact | None, *, show_sources: bool, low_confidence: float) -> None:
        rows = self.rows(card, original, show_sources=show_sources, low_confidence=low_confidence)
        base = self.style_of()
        self.set_renderable(lambda width: layout(rows, width, base=base))

    def rows(self, card: Card, original: Contact | None, *, show_sources: bool, low_confidence: float) -> list[Row]:
        label_style = self.style_of("fields--label")
        low_style = self.style_of("fields--low")
        edited_style = self.style_of("fields--edited")
        source_style = self.style_of("fields--source")
        out: list[Row] = []
        fields = _rows_of(card.contact, original)
        any_low = False
        for row in fields:
            edited = row.source == SOURCE_USER
            low = not edited and row.confidence < low_confidence
            any_low = any_low or low
            if edited:
                mark = Cell(f"{EDITED_MARK} you", edited_style)
            elif low:
                mark = Cell(f"{LOW_MARK} {round(row.confidence * 100)}%", low_style)
            elif row.source == SOURCE_QR:
                mark = Cell("QR", source_style)
            else:
                mark = Cell("")
            out.append(Row(Cell(row.label, label_style), Cell(row.value, low_style if low else NO_STYLE), mark))
            if low and row.doubt:
                out.append(Row(Cell(""), Cell(f"↳ why: {row.doubt}", low_style)))
            if show_sources:
                if row.scanned is not None:
                    line = f"scanned: {row.scanned}" if row.scanned else "added by you"
                elif row.source == SOURCE_QR:
                    line = "read from the card's QR code"
                else:
                    line = f"OCR: {row.source}" if row.source else "OCR: (no line recorded)"
                out.append(Row(Cell(""), Cell(f"↳ {line}", source_style)))
        if not fields:
            out.append(Row(Cell(""), Cell("No field was read from this card. Press e to type them in.",
                                          self.style_of("fields--empty")), span=True))
        if any_low:
            out.append(Row(Cell(""), Cell(""), span=True))
            out.append(Row(Cell(""), Cell(f"{LOW_MARK} read with low confidence (under "
                                          f"{round(low_confidence * 100)}%): check against the picture", low_style),
                           span=True))
        return out


class CardDetails(RichBlock):
    """Follow-up date, tags, where the card was met, and the note."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"details--label", "details--overdue", "details--empty"}

    def show(self, card: Card, today: date, default_follow_up: date) -> None:
        label = self.style_of("details--label")
        empty = self.style_of("details--empty")
        rows: list[Row] = []
        if card.follow_up is not None:
            overdue = card.follow_up < today and card.pocket != Pocket.DISCARD
            style = self.style_of("details--overdue") if overdue else NO_STYLE
            rows.append(Row(Cell("Follow-up", label), Cell(format_day(card.follow_up, today), style)))
        else:
            rows.append(Row(Cell("Follow-up", label),
                            Cell(f"none (f proposes {format_day(default_follow_up, today)})", empty)))
        rows.append(Row(Cell("Tags", label),
                        Cell(", ".join(card.tags)) if card.tags else Cell("none (t to add)", empty)))
        met = " · ".join(x for x in met_words(card.event, card.met_on) if x)
        if met:
            rows.append(Row(Cell("Met", label), Cell(met)))
        rows.append(Row(Cell("Note", label),
                        Cell(card.note.rstrip()) if card.note.strip() else Cell("none (n to write one)", empty)))
        base = self.style_of()
        self.set_renderable(lambda width: layout(rows, width, base=base, mark_width=0))
