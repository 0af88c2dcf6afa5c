"""The user's config folder and `config.toml` in it, for every part of cardscan (the TUI's settings, the
sender of drafts, template overrides).

The folder is $CARDSCAN_CONFIG_DIR when set (tests point it at a temporary folder), else platformdirs' user
config folder for cardscan (`~/.config/cardscan` on Linux).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from cardscan.errors import InputFileError, UsageError
from cardscan.fileio import read_regular

CONFIG_DIR_ENV = "CARDSCAN_CONFIG_DIR"
CONFIG_NAME = "config.toml"
MAX_CONFIG_BYTES = 1_048_576  # a settings file is a few lines


def config_dir() -> Path:
    given = os.environ.get(CONFIG_DIR_ENV)
    if given:
        return Path(given).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("cardscan", appauthor=False))


def config_path() -> Path:
    return config_dir() / CONFIG_NAME


def read_toml(path: Path) -> dict[str, Any] | None:
    """A TOML file the user wrote, or None when it does not exist; unreadable or invalid: a clear error."""
    try:
        raw = read_regular(str(path), MAX_CONFIG_BYTES)  # a regular file only: a pipe or /dev/zero never read
    except InputFileError as exc:
        if exc.reason in ("no such file", "broken symbolic link"):
            return None
        if exc.reason != "empty file":
            raise UsageError(f"cannot read the settings: {exc.message}") from None
        raw = b""
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: not a valid TOML file ({exc})", hint="fix the file or remove it") from exc
    except RecursionError:  # tomllib recurses once per nesting level: thousands of [[[...]]] exhaust the stack
        raise UsageError(f"{path}: not a valid settings file (nested too deeply)",
                         hint="fix the file or remove it") from None
