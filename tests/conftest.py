"""Settings for every test."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own config.toml (key maps, image mode): an empty config folder instead."""
    monkeypatch.setenv("CARDSCAN_CONFIG_DIR", str(tmp_path / "config"))
