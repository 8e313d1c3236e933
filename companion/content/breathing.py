"""The breathing pacers' names in Settings. Our own words."""

from __future__ import annotations

PACER_LABELS: dict[str, str] = {
    "cyclic": "Cyclic sighing",
    "box": "Box breathing",
}
PACER_HINT = "cyclic sighing: two breaths in, one long breath out"
