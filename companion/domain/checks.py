""""I checked on them": looking at their profile, stories or photos.

Not contact, and never a slip (the streak does not see these events), but it keeps
the wound open (EVIDENCE.md: watching an ex's profile), so it is counted and shown:
this week, this period and in total (here, for Today and `status`), per week and by
hour (`check_insights.py`, for History). Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta

from companion.domain.moments import user_day, wall_time
from companion.domain.records import Event, EventKind, Platform

CHECK = EventKind.CHECK.value


def check_platform(value: str) -> str:
    """A platform name as stored, or ValueError naming the choices."""
    choices = [p.value for p in Platform]
    if value not in choices:
        raise ValueError(f"unknown platform {value!r}; use one of {', '.join(choices)}")
    return value


@dataclass(frozen=True)
class CheckCounts:
    """How often they were checked on."""

    last_7_days: int
    this_period: int
    total: int

    def to_json(self) -> dict[str, int]:
        """The `checked_on_them` object of `companion status --json`."""
        return {"last_7_days": self.last_7_days, "this_period": self.this_period, "total": self.total}


def count_checks(events: Iterable[Event], today: date, period_start: date | None,
                 day_starts_at: time = time(0), total: int | None = None) -> CheckCounts:
    """Checks in the last 7 days (today included), since the period began, and in all.

    `events` may be only the recent ones when `total` is counted elsewhere.
    """
    week_ago = today - timedelta(days=6)
    week = period = everything = 0
    for event in events:
        if event.kind != CHECK:
            continue
        day = user_day(wall_time(event), day_starts_at)
        everything += 1
        week += week_ago <= day <= today
        period += period_start is not None and period_start <= day <= today
    return CheckCounts(week, period, everything if total is None else total)
