"""The triage settings: `config.toml` in the user config folder.

    [keys]                 # remap any action: binding id = "key,key" (Textual key names)
    keep = "right,k"
    discard = "left,d"

    [triage]
    image = "auto"         # auto | kitty | sixel | halfblock | none
    low_confidence = 0.6   # fields read with less confidence than this are marked
    follow_up_days = 3     # the default follow-up: this many days after the event

The folder is $CARDSCAN_CONFIG_DIR when set (tests point it at a temporary folder), else
platformdirs' user config folder for cardscan. No file means the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardscan.configdir import config_path, read_toml
from cardscan.errors import UsageError

IMAGE_MODES = ("auto", "kitty", "sixel", "halfblock", "none")
DEFAULT_LOW_CONFIDENCE = 0.6
DEFAULT_FOLLOW_UP_DAYS = 3


@dataclass(frozen=True)
class TriageConfig:
    keymap: dict[str, str] = field(default_factory=dict)  # binding id -> comma-separated keys
    image: str = "auto"
    low_confidence: float = DEFAULT_LOW_CONFIDENCE
    follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS
    path: Path | None = None  # the file read, if any
    warnings: tuple[str, ...] = ()  # settings that were ignored, and why (shown once in the app)


def _bad(path: Path, what: str) -> UsageError:
    return UsageError(f"{path}: {what}", hint=f"fix the setting or remove it from {path.name}")


def _keys(path: Path, table: Any, known_ids: frozenset[str] | None, warnings: list[str]) -> dict[str, str]:
    if not isinstance(table, dict):
        raise _bad(path, "[keys] must be a table of action = \"key,key\"")
    keymap: dict[str, str] = {}
    for action, keys in table.items():
        if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            keys = ",".join(keys)
        if not isinstance(keys, str) or not [k for k in keys.split(",") if k.strip()]:
            raise _bad(path, f"[keys] {action}: give the keys as a string, e.g. {action} = \"x,ctrl+x\"")
        if known_ids is not None and action not in known_ids:
            warnings.append(f"{path.name}: [keys] {action}: no such action (known: {', '.join(sorted(known_ids))})")
            continue
        keymap[action] = ",".join(k.strip() for k in keys.split(",") if k.strip())
    return keymap


def load_config(path: Path | None = None, *, known_ids: frozenset[str] | None = None) -> TriageConfig:
    """Read the settings; a missing file gives the defaults. A file that cannot be read or parsed is an error
    (the user wrote it and must hear what is wrong with it); an unknown action only warns."""
    path = path or config_path()
    data = read_toml(path)
    if data is None:
        return TriageConfig()

    warnings: list[str] = []
    keymap = _keys(path, data.get("keys", {}), known_ids, warnings)
    triage = data.get("triage", {})
    if not isinstance(triage, dict):
        raise _bad(path, "[triage] must be a table")
    image = triage.get("image", "auto")
    if image not in IMAGE_MODES:
        raise _bad(path, f"[triage] image = {image!r}: one of {', '.join(IMAGE_MODES)}")
    low = triage.get("low_confidence", DEFAULT_LOW_CONFIDENCE)
    if isinstance(low, bool) or not isinstance(low, int | float) or not 0 <= low <= 1:
        raise _bad(path, f"[triage] low_confidence = {low!r}: a number from 0 to 1")
    days = triage.get("follow_up_days", DEFAULT_FOLLOW_UP_DAYS)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
        raise _bad(path, f"[triage] follow_up_days = {days!r}: a whole number of days from 0 to 365")
    for section in data:
        if section not in ("keys", "triage", "me"):
            warnings.append(f"{path.name}: [{section}] is not a cardscan setting")
    for name in triage:
        if name not in ("image", "low_confidence", "follow_up_days"):
            warnings.append(f"{path.name}: [triage] {name} is not a cardscan setting")
    return TriageConfig(keymap=keymap, image=image, low_confidence=float(low), follow_up_days=days, path=path,
                        warnings=tuple(warnings))
