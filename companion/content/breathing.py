"""The breathing pacers' names in Settings. Our own words."""

from __future__ import annotations

PACER_LABELS: dict[str, str] = {
    "cyclic": "Cyclic sighing",
    "box": "Box breathing",
}
PACER_HINT = "cyclic sighing: two breaths in, one long breath out"
SIGHING_TEXT = (
    "Cyclic sighing: breathe in through your nose, then a second short breath in on top of it, "
    "then let it all out slowly through your mouth. Follow the line around the square."
)
