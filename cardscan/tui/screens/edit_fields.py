"""What the edit form shows and checks: its lines (EditRow), the labels, the text of a list value, the name
parts that follow an edited name, and the validator that shows a parser's error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.containers import Horizontal
from textual.validation import ValidationResult, Validator
from textual.widget import Widget
from textual.widgets import Input, Label

from cardscan.model import Phone, SocialProfile
from cardscan.store.editing import SOCIAL_HOSTS, name_part_values

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


def line_with(lines: list[str], value: str) -> str:
    """Of an address's printed lines, the one that holds `value` (else the first)."""
    folded = value.casefold()
    return next((line for line in lines if folded and folded in line.casefold()), lines[0] if lines else "")


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
class EditRow:
    field: str  # contact field, or an address part
    line: Horizontal  # the label and the input
    input: Input
    initial: str = ""  # the text the line started with
    existing: Any = None  # the card's value behind that text (list fields): kept as it is while the line is
    message: str = ""  # the error shown under the line
    source: str = ""  # the printed line the value was read from (for the zoom beside the form)
    _error: Label | None = None

    @property
    def unchanged(self) -> bool:
        return self.existing is not None and self.input.value == self.initial

    @property
    def last(self) -> Widget:
        """The line's last widget in the form (a new line goes after it)."""
        return self.error if self.error.is_attached else self.line

    @property
    def error(self) -> Label:
        """The line under the input that says what is wrong: made (and mounted) the first time there is an error,
        so that the form is three widgets a line, not five (each widget costs when the form opens)."""
        if self._error is None:
            self._error = Label("", classes="field-error edit-error")
            self._error.display = False
        return self._error

    def show_error(self, message: str) -> None:
        error = self.error
        parent = self.line.parent
        if not error.is_attached and message and isinstance(parent, Widget):
            parent.mount(error, after=self.line)
        error.update(message)
        error.display = bool(message)


LIST_SLOTS = 3  # lines built ahead per list field (its values and an empty line); a card with more adds lines
