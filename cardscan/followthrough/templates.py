"""The texts of follow-up and introduction e-mails: one TOML data file per language (`templates/<lang>.toml`),
any key of which the user can override in `<config folder>/templates/<lang>.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from cardscan.configdir import config_dir, read_toml
from cardscan.errors import UsageError

LANGUAGES = ("en", "de", "fr", "it", "nl", "sv", "es", "pt")
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Templates:
    language: str
    data: dict[str, Any]

    def text(self, section: str, key: str, **values: str) -> str:
        template = self.data[section][key]
        try:
            return str(template).format(**values)
        except (KeyError, IndexError, ValueError) as exc:
            raise UsageError(f"template {self.language} [{section}] {key}: {template!r} cannot be filled ({exc})",
                             hint=f"placeholders allowed here: {', '.join('{' + k + '}' for k in values)}") from exc

    def words(self, section: str, key: str) -> list[str]:
        return [str(w) for w in self.data[section].get(key, [])]

    def date(self, day: date) -> str:
        months = self.data["months"]
        return str(self.data["date"]).format(day=day.day, month=months[day.month - 1], year=day.year)

    def join(self, items: list[str]) -> str:
        """"a, b and c" in this language."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.data['intro']['and']} {items[-1]}"


@lru_cache(maxsize=16)
def _builtin(language: str) -> dict[str, Any]:
    folder = resources.files("cardscan.followthrough").joinpath("templates")
    text = folder.joinpath(f"{language}.toml").read_text("utf-8")
    return tomllib.loads(text)


def user_template_path(language: str) -> Path:
    return config_dir() / "templates" / f"{language}.toml"


def load_templates(language: str) -> Templates:
    """The built-in texts of `language` (English for a language cardscan has none for), with the user's
    overrides merged in key by key."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    base = _builtin(language)
    merged: dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
    path = user_template_path(language)
    own = read_toml(path)
    if own:
        for key, value in own.items():
            if key not in base:
                raise UsageError(f"{path}: [{key}] is not a template section or setting",
                                 hint=f"known: {', '.join(sorted(base))}")
            if isinstance(base[key], dict):
                if not isinstance(value, dict):
                    raise UsageError(f"{path}: {key} must be a table ([{key}])")
                unknown = sorted(set(value) - set(base[key]))
                if unknown:
                    raise UsageError(f"{path}: [{key}] {unknown[0]} is not a template key",
                                     hint=f"known: {', '.join(sorted(base[key]))}")
                merged[key].update(value)
            else:
                merged[key] = value
        if not isinstance(merged.get("months"), list) or len(merged["months"]) != 12:
            raise UsageError(f"{path}: months must list the twelve month names")
    return Templates(language, merged)
