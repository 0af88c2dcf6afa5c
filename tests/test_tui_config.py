"""The triage settings file: remapped keys (applied through Textual's keymap), and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_cards import make_library, new_app, open_session, run, shown_text

from cardscan.configdir import CONFIG_DIR_ENV, config_path
from cardscan.errors import UsageError
from cardscan.model import Pocket
from cardscan.store import Library
from cardscan.tui.actions import ACTION_IDS
from cardscan.tui.config import TriageConfig, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "missing.toml", known_ids=ACTION_IDS)
    assert config == TriageConfig()


def test_the_folder_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "cfg"))
    assert config_path() == tmp_path / "cfg" / "config.toml"


def test_keys_and_settings_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, '[keys]\nkeep = "j, ctrl+right"\ndiscard = ["h"]\nteleport = "z"\n'
                           '[triage]\nimage = "halfblock"\nlow_confidence = 0.75\nfollow_up_days = 2\ncolour = 1\n')
    config = load_config(path, known_ids=ACTION_IDS)
    assert config.keymap == {"keep": "j,ctrl+right", "discard": "h"}
    assert (config.image, config.low_confidence, config.follow_up_days) == ("halfblock", 0.75, 2)
    assert any("teleport: no such action" in w for w in config.warnings)
    assert any("colour is not a cardscan setting" in w for w in config.warnings)


@pytest.mark.parametrize(("text", "words"), [
    ("[keys\nkeep = 1", "not a valid TOML file"),
    ('[keys]\nkeep = 3\n', "give the keys as a string"),
    ('[triage]\nimage = "jpeg"\n', "one of auto, kitty, sixel, halfblock, none"),
    ('[triage]\nlow_confidence = 2\n', "a number from 0 to 1"),
    ('[triage]\nfollow_up_days = -1\n', "a whole number of days"),
])
def test_a_wrong_file_is_an_error_naming_the_file(tmp_path: Path, text: str, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(UsageError) as info:
        load_config(path, known_ids=ACTION_IDS)
    assert words in info.value.message and str(path) in info.value.message


def test_remapped_keys_drive_the_app_and_show_in_the_footer(tmp_path: Path) -> None:
    make_library(tmp_path / "lib", 3)
    config = load_config(write(tmp_path, '[keys]\nkeep = "j"\ndiscard = "h,backspace"\n'), known_ids=ACTION_IDS)

    async def scenario() -> None:
        with Library.open(tmp_path / "lib") as library:
            session = open_session(library)
            ids = [e.id for e in session.entries]
            app = new_app(session, config)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("right")  # no longer keep
                assert library.get_card(ids[0]).pocket == Pocket.PENDING
                await pilot.press("j")
                assert library.get_card(ids[0]).pocket == Pocket.KEEP
                await pilot.press("backspace")
                assert library.get_card(ids[1]).pocket == Pocket.DISCARD
                await pilot.pause()
                footer = shown_text(app).splitlines()[-1]
                assert "j Keep" in footer and "h/⌫ Discard" in footer

    run(scenario)


def test_config_follow_up_days_and_threshold_are_used(tmp_path: Path) -> None:
    make_library(tmp_path / "lib", 2)
    config = load_config(write(tmp_path, "[triage]\nfollow_up_days = 9\nlow_confidence = 0.95\n"),
                         known_ids=ACTION_IDS)

    async def scenario() -> None:
        with Library.open(tmp_path / "lib") as library:
            session = open_session(library, follow_up_days=config.follow_up_days)
            first = session.current_id or 0
            app = new_app(session, config)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                assert "under 95%" in shown_text(app)  # most fields are now below the bar
                await pilot.press("k")
                assert str(library.get_card(first).follow_up) == "2026-10-23"  # met 2026-10-14 + 9

    run(scenario)
