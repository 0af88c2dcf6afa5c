"""`e`: the card's fields in a form. E-mail addresses, phone numbers, web addresses and the country are checked
as they are typed (email-validator, phonenumbers); the form is saved (ctrl+s) only when every field is right,
as one step that `u` undoes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.validation import ValidationResult
from textual.widgets import Button, Input, Label

from cardscan.line_regions import Line
from cardscan.model import LIST_FIELDS, SCALAR_FIELDS, Address, Card, Contact, Phone
from cardscan.store.editing import (
    collapse,
    contact_region,
    country_evidence,
    parse_country,
    parse_email,
    parse_phone,
    parse_social,
    parse_website,
)
from cardscan.tui.image import HalfBlockRenderer
from cardscan.tui.screens.edit_fields import (
    ADDRESS_PARTS,
    LABELS,
    LIST_SLOTS,
    NAME_PARTS,
    PLACEHOLDERS,
    EditRow,
    ParseValidator,
    follow_name,
    item_text,
    line_with,
)
from cardscan.tui.widgets.edit_picture import EditPicture

WIDE_FROM = 110  # columns: the app's "-wide" breakpoint, where the picture column stays beside the form


class EditScreen(ModalScreen[dict[str, Any] | None]):
    """Dismisses with {field: value} for `Library.edit_field` (only the fields that changed), or None.

    Built once and kept (installed in the app): `load` fills it in with a card, so `e` costs a refill of the
    lines, not the composing and styling of a hundred widgets. The card's picture stays in view: beside the form
    on a wide terminal (the triage screen's column), above it on a narrow one (EditPicture: the card small, and
    the printed line behind the focused field large)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="edit.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="edit.cancel"),
        Binding("ctrl+n", "add_line", "Another line", id="edit.add"),
    ]
    AUTO_FOCUS = ".edit-row Input"

    def __init__(self, title: str = "", card: Card | None = None, *, renderer: HalfBlockRenderer | None = None,
                 left_width: Callable[[int], int] | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.card = card or Card(contact=Contact())
        self.contact: Contact = self.card.contact
        self.rows: list[EditRow] = []
        self.renderer = renderer or HalfBlockRenderer()
        self.left_width = left_width  # the triage screen's picture column on a wide terminal
        self._reset()

    def _reset(self) -> None:
        self._parts_follow_name = True  # name parts are re-derived from the name until the user edits one
        self._name_edited = False  # the name was changed in the form (until then the stored parts are shown)
        self._ready = False  # until the form is drawn and focused, typed keys are kept and then typed into it
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

    def _row(self, field: str, *, label: str | None = None) -> EditRow:
        parser = self._parser(field)
        field_input = Input("", placeholder=PLACEHOLDERS.get(field, ""), classes=f"edit-{field}",
                            validators=[ParseValidator(parser)] if parser else None,
                            validate_on=["changed", "submitted"], valid_empty=True, select_on_focus=False,
                            compact=True)
        line = Horizontal(Label(LABELS[field] if label is None else label, classes="edit-label"), field_input,
                          classes="edit-row")
        return EditRow(field, line, field_input)

    def _rows_for_layout(self) -> list[EditRow]:
        rows = [self._row(field) for field in ("name", *NAME_PARTS, "title", "department", "company")]
        for field in LIST_FIELDS:
            slots = max(LIST_SLOTS, len(getattr(self.contact, field)) + 1)
            rows.extend(self._row(field, label=LABELS[field] if i == 0 else "") for i in range(slots))
        rows.extend(self._row(part) for part in ADDRESS_PARTS)
        return rows

    def compose(self) -> ComposeResult:
        self.rows = self._rows_for_layout()
        with Vertical(id="dialog", classes="edit"):
            yield Label(self.title_text, id="edit-title", classes="dialog-title")
            yield EditPicture(self.renderer, id="edit-picture")
            with VerticalScroll(id="edit-form", can_focus=False):
                yield from (row.line for row in self.rows)
            yield Label("", id="edit-status", classes="field-error")
            yield Label("Checked as you type · emptied lines are removed · ctrl+n new line · ctrl+s save · "
                        "Esc cancel", classes="dialog-hint")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self._fill()

    def load(self, title: str, card: Card) -> None:
        """Show `card` in the form (the form is built once; this fills in its lines)."""
        self.title_text, self.card, self.contact = title, card, card.contact
        self._reset()
        if self.is_mounted:
            self.query_one("#edit-title", Label).update(title)
            self.query_one("#edit-status", Label).update("")
            self._fill()

    def _fill(self) -> None:
        """Each line gets the card's value (and its printed line); list fields show their values and one empty
        line, their other lines are hidden (and empty, so they are never saved)."""
        c = self.contact
        by_field: dict[str, list[EditRow]] = {}
        for row in self.rows:
            by_field.setdefault(row.field, []).append(row)
        for field in ("name", *NAME_PARTS, "title", "department", "company"):
            value = c.value(field) or ""
            own = c.name if field in NAME_PARTS else getattr(c, field)
            self._set(by_field[field][0], value, source=own.source if own is not None else "")
        for field in LIST_FIELDS:
            items = getattr(c, field)
            rows = by_field[field]
            for _ in range(len(items) + 1 - len(rows)):  # a card with more values than lines built
                row = self._row(field, label="")
                self.query_one("#edit-form").mount(row.line, after=rows[-1].last)
                self.rows.insert(self.rows.index(rows[-1]) + 1, row)
                rows.append(row)
            for i, row in enumerate(rows):
                item = items[i] if i < len(items) else None
                self._set(row, item_text(field, item.value) if item is not None else "",
                          existing=item.value if item is not None else None,
                          source=item.source if item is not None else "")
                row.line.display = i <= len(items)
        address = c.address.value if c.address is not None else Address()
        lines = c.address.source.split(" / ") if c.address is not None else []
        for part in ADDRESS_PARTS:
            value = getattr(address, part) or ""
            self._set(by_field[part][0], value, source=line_with(lines, value))
        country = by_field["country"][0].input
        evidence = country_evidence(c)
        country.placeholder = (f"{evidence[0]} ({evidence[1]}) · two-letter code" if evidence
                               else PLACEHOLDERS["country"])
        for picture in self.query(EditPicture):  # (none while the app closes under a form being built)
            picture.show_card(self.card)
        first = self.rows[0].input
        self.set_focus(first, scroll_visible=False)
        first.cursor_position = len(first.value)
        # the first line may have been focused before it was filled (the screen's auto-focus): no new focus event
        # comes, so its printed line is shown here
        self._show_line(self.rows[0])
        for form in self.query("#edit-form").results(VerticalScroll):
            form.scroll_home(animate=False)

    def _set(self, row: EditRow, value: str, *, existing: Any = None, source: str = "") -> None:
        row.initial, row.existing, row.source = value, existing, source
        row.input.value = value
        self._mark(row, None)

    def on_screen_resume(self) -> None:
        self._ready = False
        self.call_after_refresh(self._type_early_keys)

    def on_resize(self, event: events.Resize) -> None:
        """Wide: the form takes the room right of the triage screen's picture column (narrow: the stylesheet's
        width, the card above the form)."""
        wide = self.left_width is not None and event.size.width >= WIDE_FROM
        width = max(40, event.size.width - self.left_width(event.size.width)) if self.left_width and wide else None
        self.query_one("#dialog").styles.width = width

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        row = self._row_of(event.widget) if isinstance(event.widget, Input) else None
        if row is not None:
            self._show_line(row)

    def _show_line(self, row: EditRow) -> None:
        """The printed line behind the row's field, in the picture above a narrow form."""
        for picture in self.query(EditPicture):
            picture.show_line(LABELS[row.field].strip() or row.field, row.source, row.input.value)

    def lines_ready(self, card_id: int, lines: list[Line]) -> None:
        """The printed lines of the card's picture, read again (for the zoom on the focused field's line)."""
        if card_id == self.card.id:
            self.query_one(EditPicture).set_lines(lines)

    def _type_early_keys(self) -> None:
        """Keys typed while the form was being drawn land in it (not on the screen underneath, not lost)."""
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

    def _row_of(self, widget: Input) -> EditRow | None:
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

    def _show(self, row: EditRow) -> None:
        self._mark(row, row.input.validate(row.input.value))

    @staticmethod
    def _mark(row: EditRow, result: ValidationResult | None) -> None:
        """Show or hide the line's error, touching the widgets only when it changes (each change costs a layout)."""
        message = "" if result is None or result.is_valid else " ".join(result.failure_descriptions)
        if message != row.message:
            row.message = message
            row.show_error(message)
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

    def _row_named(self, field: str) -> EditRow:
        return next(r for r in self.rows if r.field == field)

    def _stored_parts(self) -> dict[str, str | None]:
        return {p: self.contact.value(p) for p in NAME_PARTS}

    # --- saving ---

    def _invalid(self) -> list[EditRow]:
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
        same = [r for r in self.rows if r.field == row.field]
        after = same[same.index(row) + 1:]
        empty = next((r for r in after if r.line.display and not r.input.value.strip()), None)
        if empty is not None:  # the field's empty line is there already
            empty.input.focus()
            return
        hidden = next((r for r in same if not r.line.display), None)
        if hidden is not None:
            hidden.line.display = True
            hidden.input.focus()
            return
        added = self._row(row.field, label="")
        self.rows.insert(self.rows.index(same[-1]) + 1, added)
        self.query_one("#edit-form").mount(added.line, after=same[-1].last)
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
