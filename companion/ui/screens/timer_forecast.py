"""The timer's forecast against reality: `e`, then one key like the strength, says how
strong the urge will be in ten minutes if the person waits (EVIDENCE.md: urges are
overestimated). The digits alone keep answering "how strong?". The end step shows
the two side by side."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from companion.content import urge_tools as words


def forecast_field(asking: bool) -> str:
    """Which answer a digit key gives: the forecast once `e` asked for it, else the strength."""
    return "expected" if asking else "intensity_before"


def forecast_text(intensity: int | None, expected: int | None, asking: bool) -> Text:
    """The top line's right side once the strength is known (or `e` asked first): "Urge 8/10 · …"."""
    line = Text(f"Urge {intensity}/10" if intensity is not None else "", style="bold")
    if asking:
        line.append(f"{' · ' if line else ''}{words.FORECAST_ASK}", style="italic")
    elif expected is None:
        line.append(f" · {words.FORECAST_OFFER}", style="italic")
    else:
        line.append(f" · {words.FORECAST_SET.format(expected=expected)}")
    return line
