"""`e`: the card's fields in a form. E-mail addresses, phone numbers, web addresses and the country are checked
as they are typed (email-validator, phonenumbers); the form is saved (ctrl+s) only when every field is right,
as one step that `u` undoes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input, Label

from cardscan.model import LIST_FIELDS, SCALAR_FIELDS, Address, Card, Contact, Phone, SocialProfile
from cardscan.store.editing import (
    SOCIAL_HOSTS,
    collapse,
    contact_region,
    name_part_values,
    parse_country,
    parse_email,
    parse_phone,
    parse_social,
    parse_website,
)

NAME_PARTS = ("prefix", "given_name", "middle_name", "family_name", "suffix")
LABELS = {
    "name": "Name", "prefix": "  Prefix", "given_name": "  Given name", "middle_name": "  Middle name",
    "family_name": "  Family name", "suffix": "  Suffix", "title": "Title", "department": "Department",
    "company": "Company", "emails": "E-mail", "phones": "Phone", "websites": "Website", "social": "Profile",
    "street": "Street", "postcode": "Postcode", "city": "City", "region": "Region", "country": "Country",
}
ADDRESS_PARTS = ("street", "postcode", "city", "region", "country")
PLACEHOLDERS = {
    "emails": "name@example.com", "phones": "+31 20 123 4567 (or mobile: 06 12345678)",
    "websites": "www.example.com", "social": "linkedin.com/in/name (or mastodon: https://…)",
    "country": "two-letter code: DE, FR, BR…",
}


def phone_text(phone: Phone) -> str:
    import phonenumbers

    try:
        shown = phonenumbers.format_number(phonenumbers.parse(phone.number, None),
                                           phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        shown = phone.number
    return f"{phone.type}: {shown}"


def social_text(profile: SocialProfile) -> str:
    host = profile.url.removeprefix("https://").removeprefix("http://").split("/")[0].removeprefix("www.")
    return profile.url if SOCIAL_HOSTS.get(host) == profile.service else f"{profile.service}: {profile.url}"


def item_text(field: str, value: Any) -> str:
    if isinstance(value, Phone):
        return phone_text(value)
    if isinstance(value, SocialProfile):
        return social_text(value)
    return str(value)


def follow_name(stored: dict[str, str | None], old_name: str, new_name: str) -> dict[str, str | None]:
    """The name parts that go with `new_name`, given the parts stored with `old_name`.

    The same name: the stored parts, untouched (however they split the name: "Pinto Brandão" stays one family
    name). The same number of words, each part made of the old name's words in order: every word is replaced
    by the word in its place in the new name, when each is a correction of it (a letter or two: the split stays).
    Else a fresh split."""
    if new_name == old_name:
        return dict(stored)
    old_words, new_words = old_name.split(), new_name.split()
    if old_words and len(old_words) == len(new_words) and all(_corrected(a, b) for a, b in zip(old_words, new_words,
                                                                                                 strict=True)):
        mapped: dict[str, str | None] = {}
        at = 0
        for part in NAME_PARTS:
            words = (stored.get(part) or "").split()
            while words and at < len(old_words) and old_words[at] != words[0]:
                at += 1  # a word of the name in no part (e.g. a nickname in quotes)
            if old_words[at:at + len(words)] != words:
                break
            mapped[part] = " ".join(new_words[at:at + len(words)]) or None
            at += len(words)
        else:
            return mapped
    return name_part_values(new_name)


def _corrected(old: str, new: str) -> bool:
    """`new` is `old` with a letter or two corrected (or the same word)."""
    from difflib import SequenceMatcher

    return old == new or SequenceMatcher(None, old.casefold(), new.casefold()).ratio() >= 0.6


class ParseValidator(Validator):
    """Valid when `parse` accepts the text; its ValueError message is what the user reads."""

    def __init__(self, parse: Callable[[str], Any]) -> None:
        super().__init__()
        self.parse = parse

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            return self.success()
        try:
            self.parse(value)
        except ValueError as exc:
            return self.failure(str(exc))
        return self.success()


@dataclass
class _Row:
    field: str  # contact field, or an address part
    input: Input
    error: Label
    initial: str = ""  # the text the line started with
    existing: Any = None  # the card's value behind that text (list fields): kept as it is while the line is
    message: str = ""  # the error shown under the line

    @property
    def unchanged(self) -> bool:
        return self.existing is not None and self.input.value == self.initial


class EditScreen(ModalScreen[dict[str, Any] | None]):
    """Dismisses with {field: value} for `Library.edit_field` (only the fields that changed), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="edit.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="edit.cancel"),
        Binding("ctrl+n", "add_line", "Another line", id="edit.add"),
    ]

    def __init__(self, title: str, card: Card) -> None:
        super().__init__()
        self.title_text = title
        self.card = card
        self.contact: Contact = card.contact
        self.rows: list[_Row] = []
        self._parts_follow_name = True  # name parts are re-derived from the name until the user edits one
        self._name_edited = False  # the name was changed in the form (until then the stored parts are shown)
        self._ready = False  # until the form is built and focused, typed keys are kept and then typed into it
        self._early_keys: list[str] = []
        self._filled: dict[int, str] = {}  # id(input) -> the value the name split put there

    # --- building the form ---

    def _region(self) -> str | None:
        for row in self.rows:
            if row.field == "country" and row.input.value.strip():
                try:
                    return parse_country(row.input.value)
                except ValueError:
                    break
        return contact_region(self.contact)

    def _parser(self, field: str) -> Callable[[str], Any] | None:
        existing = [f.value for f in self.contact.phones]
        return {
            "emails": parse_email,
            "phones": lambda text: parse_phone(text, self._region(), existing),
            "websites": parse_website,
            "social": parse_social,
            "country": parse_country,
        }.get(field)

    def _row(self, field: str, value: str, *, label: str | None = None,
             existing: Any = None) -> tuple[Horizontal, _Row]:
        parser = self._parser(field)
        field_input = Input(value, placeholder=PLACEHOLDERS.get(field, ""), classes=f"edit-{field}",
                            validators=[ParseValidator(parser)] if parser else None,
                            validate_on=["changed", "submitted"], valid_empty=True, select_on_focus=False,
                            compact=True)
        error = Label("", classes="field-error")
        error.display = False
        line = Horizontal(Label(LABELS[field] if label is None else label, classes="edit-label"),
                          Vertical(field_input, error, classes="edit-value"), classes="edit-row")
        return line, _Row(field, field_input, error, value, existing)

    def _add(self, field: str, value: str, *, label: str | None = None, existing: Any = None) -> Horizontal:
        line, row = self._row(field, value, label=label, existing=existing)
        self.rows.append(row)
        return line

    def compose(self) -> ComposeResult:
        c = self.contact
        with Vertical(id="dialog", classes="edit"):
            yield Label(self.title_text, classes="dialog-title")
            with VerticalScroll(id="edit-form"):
                for field in ("name", *NAME_PARTS, "title", "department", "company"):
                    yield self._add(field, c.value(field) or "")
                for field in LIST_FIELDS:
                    values = [f.value for f in getattr(c, field)]
                    for i, value in enumerate([*values, None]):
                        text = item_text(field, value) if value is not None else ""
                        yield self._add(field, text, label=LABELS[field] if i == 0 else "", existing=value)
                address = c.address.value if c.address is not None else Address()
                for part in ADDRESS_PARTS:
                    yield self._add(part, getattr(address, part) or "")
            yield Label("", id="edit-status", classes="field-error")
            yield Label("Checked as you type · emptied lines are removed · ctrl+n new line · ctrl+s save · "
                        "Esc cancel", classes="dialog-hint")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        first = self.rows[0].input
        first.focus()
        first.cursor_position = len(first.value)
        self.call_after_refresh(self._type_early_keys)

    def _type_early_keys(self) -> None:
        """Keys typed while the form was being built land in it (not on the screen underneath, not lost)."""
        self._ready = True
        target = self.focused if isinstance(self.focused, Input) else self.rows[0].input
        if self._early_keys:
            target.insert_text_at_cursor("".join(self._early_keys))
        self._early_keys.clear()

    def on_key(self, event: events.Key) -> None:
        """A letter that reaches the form itself (typed before a line had the focus) goes into the line."""
        if not (event.is_printable and event.character):
            return
        event.stop()
        event.prevent_default()
        if not self._ready:
            self._early_keys.append(event.character)
            return
        target = self.focused if isinstance(self.focused, Input) else self.rows[0].input
        target.focus()
        target.insert_text_at_cursor(event.character)

    # --- checking as typed ---

    def _row_of(self, widget: Input) -> _Row | None:
        return next((r for r in self.rows if r.input is widget), None)

    def on_input_changed(self, event: Input.Changed) -> None:
        row = self._row_of(event.input)
        if row is None:
            return
        self._mark(row, event.validation_result)
        if row.field in NAME_PARTS and self._filled.get(id(event.input), event.value) != event.value:
            self._parts_follow_name = False
        if row.field == "name" and self._parts_follow_name and (event.value != row.initial or self._name_edited):
            self._name_edited = True
            self._fill_parts(event.value)
        if row.field == "country":
            for other in self.rows:
                if other.field == "phones" and other.input.value.strip():
                    self._show(other)

    def _show(self, row: _Row) -> None:
        self._mark(row, row.input.validate(row.input.value))

    @staticmethod
    def _mark(row: _Row, result: ValidationResult | None) -> None:
        """Show or hide the line's error, touching the widgets only when it changes (each change costs a layout)."""
        message = "" if result is None or result.is_valid else " ".join(result.failure_descriptions)
        if message != row.message:
            row.message = message
            row.error.update(message)
            row.error.display = bool(message)
            row.input.set_class(bool(message), "-invalid")

    def _fill_parts(self, name: str) -> None:
        """The name parts for the name as typed: the stored parts while the name is as stored; a name that only
        had words corrected (as many words as before) keeps its split, word for word; else it is split anew."""
        parts = follow_name(self._stored_parts(), collapse(self._row_named("name").initial), collapse(name))
        for row in self.rows:
            if row.field in NAME_PARTS:
                value = parts.get(row.field) or ""
                self._filled[id(row.input)] = value
                if row.input.value != value:
                    row.input.value = value

    def _row_named(self, field: str) -> _Row:
        return next(r for r in self.rows if r.field == field)

    def _stored_parts(self) -> dict[str, str | None]:
        return {p: self.contact.value(p) for p in NAME_PARTS}

    # --- saving ---

    def _invalid(self) -> list[_Row]:
        bad = []
        for row in self.rows:
            parser = self._parser(row.field)
            if parser is None or not row.input.value.strip() or row.unchanged:
                continue
            try:
                parser(row.input.value)
            except ValueError:
                bad.append(row)
        return bad

    def values(self) -> dict[str, Any]:
        """The fields that changed, as `Library.edit_field` takes them. Raises ValueError for a wrong value."""
        c = self.contact
        out: dict[str, Any] = {}
        for field in SCALAR_FIELDS:
            text = collapse(next(r.input.value for r in self.rows if r.field == field))
            if text != (c.value(field) or ""):
                out[field] = text or None
        for field in LIST_FIELDS:
            parser = self._parser(field)
            assert parser is not None
            new: list[Any] = []
            for row in self.rows:
                if row.field == field and row.input.value.strip():
                    value = row.existing if row.unchanged else parser(row.input.value)
                    key = value.number if isinstance(value, Phone) else value
                    if key not in [v.number if isinstance(v, Phone) else v for v in new]:
                        new.append(value)
            if new != [f.value for f in getattr(c, field)]:
                out[field] = new
        parts = {p: collapse(next(r.input.value for r in self.rows if r.field == p)) or None for p in ADDRESS_PARTS}
        if parts["country"]:
            parts["country"] = parse_country(parts["country"])
        address = Address(**parts)
        old = c.address.value if c.address is not None else Address()
        if address != old:
            out["address"] = None if address.is_empty() else address
        return out

    def action_save(self) -> None:
        bad = self._invalid()
        status = self.query_one("#edit-status", Label)
        if bad:
            for row in bad:
                self._show(row)
            status.update(f"Not saved: {len(bad)} field{'s' if len(bad) > 1 else ''} to correct (marked in red)")
            bad[0].input.focus()
            self.app.bell()
            return
        try:
            values = self.values()
        except ValueError as exc:
            status.update(f"Not saved: {exc}")
            self.app.bell()
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_add_line(self) -> None:
        """Another empty line for the list field being edited (e-mail, phone, website, profile)."""
        focused = self.focused
        row = self._row_of(focused) if isinstance(focused, Input) else None
        if row is None or row.field not in LIST_FIELDS:
            self.app.bell()
            return
        current_line = focused.parent.parent if focused is not None and focused.parent is not None else None
        if not isinstance(current_line, Horizontal):
            return
        line, added = self._row(row.field, "", label="")
        self.rows.insert(self.rows.index(row) + 1, added)
        self.query_one("#edit-form").mount(line, after=current_line)
        added.input.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
