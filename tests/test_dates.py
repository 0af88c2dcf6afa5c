"""One date parser for the triage app and `cardscan set`; the default follow-up; a keeper kept from the command
line gets the same default as in triage, and the calendar export then has its event."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from test_store_factory import add, person

from cardscan.cli import main
from cardscan.dates import DATE_HELP, before_meeting, default_follow_up, parse_day, weekday_number
from cardscan.errors import ExitCode
from cardscan.store import Library
from cardscan.tui.screens.follow_up import DayValidator

TUESDAY = date(2026, 10, 20)


@pytest.mark.parametrize("text", ["fri", "Fri.", "friday", "Freitag", "fr", "vendredi", "ven", "venerdì", "venerdi",
                                  "vrijdag", "vr", "fredag", "viernes", "vie", "sexta-feira", "sexta", "sex"])
def test_weekday_names_in_the_eight_languages(text: str) -> None:
    assert parse_day(text, TUESDAY) == date(2026, 10, 23)


def test_a_weekday_is_the_next_one_after_today() -> None:
    assert parse_day("tue", TUESDAY) == date(2026, 10, 27)  # today is a Tuesday: next week's
    assert parse_day("Mittwoch", TUESDAY) == date(2026, 10, 21)
    assert parse_day("söndag", TUESDAY) == date(2026, 10, 25)
    assert parse_day("sábado", TUESDAY) == date(2026, 10, 24)


def test_a_shortened_name_that_could_be_two_days_is_refused() -> None:
    assert weekday_number("mart") == 1  # martes, mardi, martedì: all Tuesday
    assert weekday_number("dom") == 6
    assert weekday_number("mer") == 2
    with pytest.raises(ValueError, match="is not a date"):
        parse_day("d", TUESDAY)


@pytest.mark.parametrize(("text", "day"), [
    ("2026-12-18", date(2026, 12, 18)),
    ("18.12.2026", date(2026, 12, 18)),
    ("18.12.26", date(2026, 12, 18)),
    ("18.12.", date(2026, 12, 18)),
    ("18.12", date(2026, 12, 18)),
    ("18/12", date(2026, 12, 18)),
    ("18/12/2026", date(2026, 12, 18)),
    ("3/1", date(2027, 1, 3)),  # no year: the next 3 January
    ("20.10.", TUESDAY),  # today is not past
    ("+3", date(2026, 10, 23)),
    ("3d", date(2026, 10, 23)),
    ("2w", date(2026, 11, 3)),
    ("today", TUESDAY),
    ("tomorrow", date(2026, 10, 21)),
    ("morgen", date(2026, 10, 21)),
    ("demain", date(2026, 10, 21)),
    ("mañana", date(2026, 10, 21)),
    ("", None),
    ("none", None),
])
def test_date_forms(text: str, day: date | None) -> None:
    assert parse_day(text, TUESDAY) == day


@pytest.mark.parametrize("text", ["next week", "31.02.2027", "18/13", "2026-13-01", "32.1."])
def test_wrong_dates_say_what_to_write(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_day(text, TUESDAY)
    assert str(info.value) == f"“{text}” is not a date: {DATE_HELP}"


def test_default_follow_up_is_never_in_the_past() -> None:
    assert default_follow_up(date(2026, 10, 19), TUESDAY) == date(2026, 10, 22)  # event + 3
    assert default_follow_up(date(2026, 1, 30), TUESDAY) == date(2026, 10, 21)  # long past: tomorrow
    assert default_follow_up(date(2026, 10, 17), TUESDAY) == date(2026, 10, 21)  # event + 3 is today: tomorrow
    assert default_follow_up(None, TUESDAY) == date(2026, 10, 23)
    assert default_follow_up(date(2026, 10, 19), TUESDAY, days=7) == date(2026, 10, 26)


def test_a_day_before_the_meeting_is_pointed_out() -> None:
    assert before_meeting(date(2026, 10, 1), date(2026, 10, 14)) == "2026-10-01 is before the meeting (2026-10-14)"
    assert before_meeting(date(2026, 10, 14), date(2026, 10, 14)) is None
    assert before_meeting(None, date(2026, 10, 14)) is None


def test_the_app_and_set_give_the_same_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = DayValidator(TUESDAY).validate("someday")
    assert not result.is_valid
    path = tmp_path / "lib"
    with Library.open(path) as lib:
        add(lib, "a", person("Anna Vogt", emails=("anna@example.org",)))
    assert main(["--library", str(path), "set", "1", "follow_up=someday"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert result.failure_descriptions[0] in err


def test_keeping_from_the_command_line_sets_the_default_follow_up(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib"
    met = date.today()
    with Library.open(path) as lib:
        add(lib, "a", person("Anna Vogt", emails=("anna@example.org",)),
            person("Ben Holm", emails=("ben@example.org",)), person("Cleo Dahl", emails=("cleo@example.org",)),
            taken_at=datetime(met.year, met.month, met.day, 9, 0), event="expo")
    assert main(["--library", str(path), "set", "1", "pocket=keep"]) == 0
    assert main(["--library", str(path), "set", "2", "pocket=keep", "follow_up=+10"]) == 0
    assert main(["--library", str(path), "set", "3", "follow_up=2000-01-01"]) == 0
    err = capsys.readouterr().err
    assert f"card 3: warning: follow-up 2000-01-01 is before the meeting ({met.isoformat()})" in err
    with Library.open(path) as lib:
        assert lib.get_card(1).follow_up == default_follow_up(met, date.today())
        assert lib.get_card(2).follow_up == parse_day("+10", date.today())
    out = tmp_path / "f.ics"
    assert main(["--library", str(path), "export", "--format", "ics", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 2
