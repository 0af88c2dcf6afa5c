"""`f`: the follow-up date. Proposes three days after the event (tomorrow when that is past); up/down move it by
a day, page keys by a week; a day before the meeting is pointed out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input, Label

from cardscan.dates import before_meeting, parse_day


class DayValidator(Validator):
    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def validate(self, value: str) -> ValidationResult:
        try:
            parse_day(value, self.today)
        except ValueError as exc:
            return self.failure(str(exc))
        return self.success()


@dataclass(frozen=True)
class FollowUpChoice:
    day: date | None  # None: no follow-up


class FollowUpScreen(ModalScreen[FollowUpChoice | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="follow_up.cancel"),
        Binding("up", "shift(1)", "+1 day", id="follow_up.later", priority=True),
        Binding("down", "shift(-1)", "-1 day", id="follow_up.earlier", priority=True),
        Binding("pageup", "shift(7)", "+1 week", id="follow_up.week_later", priority=True),
        Binding("pagedown", "shift(-7)", "-1 week", id="follow_up.week_earlier", priority=True),
        Binding("ctrl+d", "clear", "No follow-up", id="follow_up.clear", priority=True),
    ]

    def __init__(self, title: str, current: date | None, proposed: date, today: date,
                 met_on: date | None = None) -> None:
        super().__init__()
        self.met_on = met_on
        self.title_text = title
        self.current = current
        self.proposed = proposed
        self.today = today

    def compose(self) -> ComposeResult:
        start = self.current or self.proposed
        with Vertical(id="dialog", classes="follow-up"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(start.isoformat(), id="day", validators=[DayValidator(self.today)], valid_empty=True,
                        validate_on=["changed", "submitted"])
            yield Label(self._describe(start), id="day-info")
            yield Label("", id="day-error", classes="field-error")
            yield Label(f"Proposed: {self.proposed.isoformat()} · ↑/↓ one day · PgUp/PgDn one week · "
                        "+3, 2w, fri, 18.12. also work", classes="dialog-hint")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("No follow-up", id="clear")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def _describe(self, day: date | None) -> str:
        if day is None:
            return "no follow-up"
        from cardscan.tui.widgets.card_fields import format_day

        warning = before_meeting(day, self.met_on)
        return format_day(day, self.today) + (f" · careful: {warning}" if warning else "")

    def _value(self) -> date | None:
        return parse_day(self.query_one(Input).value, self.today)

    def on_input_changed(self, event: Input.Changed) -> None:
        error = self.query_one("#day-error", Label)
        info = self.query_one("#day-info", Label)
        if event.validation_result is not None and not event.validation_result.is_valid:
            error.update(" ".join(event.validation_result.failure_descriptions))
            info.update("")
            return
        error.update("")
        info.update(self._describe(self._value()))

    def action_shift(self, days: int) -> None:
        field = self.query_one(Input)
        try:
            day = self._value() or self.proposed
        except ValueError:
            day = self.proposed
        field.value = (day + timedelta(days=days)).isoformat()
        field.cursor_position = len(field.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._save()

    def _save(self) -> None:
        try:
            day = self._value()
        except ValueError as exc:
            self.query_one("#day-error", Label).update(str(exc))
            self.app.bell()
            return
        self.dismiss(FollowUpChoice(day))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self._save()
        elif event.button.id == "clear":
            self.action_clear()
        else:
            self.action_cancel()

    def action_clear(self) -> None:
        self.dismiss(FollowUpChoice(None))

    def action_cancel(self) -> None:
        self.dismiss(None)
