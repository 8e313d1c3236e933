"""Themes are data files: they load, reach readable contrast, and broken ones are skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.color import Color

from companion import locations
from companion.ui.themes import load_themes

BUILTIN = ["companion-calm", "companion-contrast", "companion-quiet", "companion-warm"]
TEXT_ON = ("background", "surface", "panel")
ACCENTS_ON = ("background", "surface")
ACCENT_COLOURS = ("primary", "accent", "success", "warning", "error", "text-muted")


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours."""
    la, lb = sorted((_lum(a), _lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _lum(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def test_builtin_themes_load_without_problems() -> None:
    themes = load_themes([locations.builtin_themes_dir()], trust_builtin=False)
    assert themes.problems == []
    assert sorted(themes.themes) == BUILTIN
    assert all(themes.descriptions[name] for name in BUILTIN)


@pytest.mark.parametrize("name", BUILTIN)
def test_text_and_accents_reach_contrast(name: str) -> None:
    theme = load_themes([locations.builtin_themes_dir()]).themes[name]
    colours = theme.to_color_system().generate()
    need = 7.0 if name == "companion-contrast" else 4.5
    parse = lambda key: Color.parse(colours[key]) if key in colours else Color.parse(getattr(theme, key))  # noqa: E731
    for text in ("foreground",):
        for back in TEXT_ON:
            assert contrast(parse(text), parse(back)) >= need, (name, text, back)
    for colour in ACCENT_COLOURS:
        for back in ACCENTS_ON:
            ratio = contrast(Color.parse(theme.variables.get(colour) or colours[colour]), parse(back))
            assert ratio >= need, (name, colour, back, round(ratio, 2))


def test_a_broken_user_theme_is_reported_and_skipped(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    user.mkdir()
    (user / "broken.json").write_text("{not json")
    (user / "nameless.json").write_text(json.dumps({"primary": "#123456"}))
    (user / "badcolour.json").write_text(json.dumps({"name": "x", "primary": "not-a-colour"}))
    (user / "mine.json").write_text(json.dumps({"name": "mine", "primary": "#336699", "dark": True}))
    themes = load_themes([locations.builtin_themes_dir(), user])
    assert "mine" in themes.themes
    assert len(themes.problems) == 3
    joined = "\n".join(themes.problems)
    assert "broken.json" in joined and "not valid JSON" in joined
    assert "nameless.json" in joined and "no name" in joined
    assert "badcolour.json" in joined


def test_a_user_theme_cannot_replace_a_builtin(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    user.mkdir()
    (user / "calm.json").write_text(json.dumps({"name": "companion-calm", "primary": "#FF0000"}))
    themes = load_themes([locations.builtin_themes_dir(), user])
    assert themes.themes["companion-calm"].primary == "#7FB7BE"
    assert any("exists already" in p for p in themes.problems)
