""""I checked on them" over the weeks: per week and by hour of the day, for History. Pure.

The counts Today and `companion status` show are in `checks.py`; this part needs the
urge insights' hour windows, which Today does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta

from companion.domain.checks import CHECK
from companion.domain.text import plural
from companion.domain.urge_hours import (
    MIN_URGES_FOR_HOURS,
    Dated,
    busiest_window,
    dated,
    hour_counts,
    window_text,
)
from companion.domain.planning import start_of_week
from companion.domain.records import Event

WEEKS = 8


def _checks(events: Iterable[Event | Dated], day_starts_at: time) -> list[Dated]:
    return dated((e for e in events if (e.event if isinstance(e, Dated) else e).kind == CHECK), day_starts_at)


@dataclass(frozen=True)
class CheckPattern:
    """Checks per week (oldest first) and by hour of the day, and what they say."""

    weeks: list[date]
    per_week: list[int]
    hours: list[int]
    window_start: int | None
    summary: str

    @property
    def total(self) -> int:
        """Checks over the weeks shown."""
        return sum(self.per_week)


def check_pattern(events: Iterable[Event | Dated], today: date, day_starts_at: time = time(0),
                  week_start: str = "monday", weeks: int = WEEKS) -> CheckPattern:
    """Checks in each of the last `weeks` weeks and the hours they happen."""
    this_week = start_of_week(today, week_start)
    starts = [this_week - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    per_week = [0] * weeks
    checks = _checks(events, day_starts_at)
    for check in checks:
        index = (check.day - starts[0]).days // 7
        if 0 <= index < weeks and check.day <= today:
            per_week[index] += 1
    hours, _ = hour_counts(checks)
    total = sum(per_week)
    window = None
    if not total:
        summary = f"No checking on them logged in the last {weeks} weeks."
    else:
        summary = f"{plural(total, 'check')} on them in the last {weeks} weeks"
        if sum(hours) >= MIN_URGES_FOR_HOURS:
            window, _ = busiest_window(hours)
            summary += f", most often {window_text(window)}"
        half = weeks // 2
        earlier, later = sum(per_week[:half]), sum(per_week[half:])
        summary += "; fewer than before." if later < earlier else "."
    return CheckPattern(starts, per_week, hours, window, summary)
