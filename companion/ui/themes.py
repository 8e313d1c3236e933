"""Themes as data files: JSON objects turned into Textual `Theme`s.

Built-in themes ship in the package's `themes/` folder; users add their own in
their config folder. A broken file is reported and skipped, never fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from textual.theme import Theme

from companion import locations

DEFAULT_THEME = "companion-calm"
DISCREET_THEME = "companion-quiet"
_THEME_FIELDS = {f.name for f in fields(Theme)}


@dataclass
class ThemeSet:
    """The themes that loaded, and the files that did not (with why)."""

    themes: dict[str, Theme] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def theme_from_file(path: Path, check_colours: bool = True) -> tuple[Theme, str]:
    """Read one theme file; raise ValueError with a reason if it is not a theme.

    `check_colours` builds the theme's whole colour system to prove every value
    parses; the built-in themes skip that at start-up (the test suite checks them).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"is not valid JSON (line {error.lineno})") from None
    if not isinstance(data, dict):
        raise ValueError("is not a JSON object")
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        raise ValueError("has no name")
    if not isinstance(data.get("primary"), str):
        raise ValueError("has no primary colour")
    unknown = set(data) - _THEME_FIELDS - {"description"}
    if unknown:
        raise ValueError(f"has unknown keys: {', '.join(sorted(unknown))}")
    description = str(data.pop("description", ""))
    try:
        theme = Theme(**data)
        if check_colours:
            theme.to_color_system().generate()  # checks every colour parses
    except Exception as error:
        raise ValueError(f"has a bad value ({error})") from None
    return theme, description


def load_themes(folders: list[Path] | None = None, trust_builtin: bool = True) -> ThemeSet:
    """Load the built-in themes, then the user's (a user theme may not replace a built-in).

    With `trust_builtin`, the shipped themes are read without building their colour
    systems, which costs start-up time; the user's themes are always checked in full.
    """
    result = ThemeSet()
    builtin = locations.builtin_themes_dir()
    for folder in folders if folders is not None else [builtin, locations.user_themes_dir()]:
        if not folder.is_dir():
            continue
        check = not (trust_builtin and folder == builtin)
        for path in sorted(folder.glob("*.json")):
            try:
                theme, description = theme_from_file(path, check)
            except ValueError as reason:
                result.problems.append(f"{path}: {reason}; skipped")
                continue
            if theme.name in result.themes:
                result.problems.append(f"{path}: a theme named {theme.name!r} exists already; skipped")
                continue
            result.themes[theme.name] = theme
            result.descriptions[theme.name] = description
    return result
