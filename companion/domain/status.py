"""Where the user stands today: the numbers Today and `companion status` show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from companion.clock import local_date, read_instant
from companion.domain import periods as pm
from companion.domain.checks import CheckCounts, count_checks
from companion.domain.planning import occurrences_on
from companion.domain.strength import Strength, compute_strength
from companion.domain.records import (
    Activity,
    Event,
    EventKind,
    Period,
    UrgeOutcome,
)


def event_date(event: Event, day_starts_at: time) -> date:
    """The user's date of an event, read in the zone it was recorded in."""
    return local_date(read_instant(event.at), event.zone, day_starts_at)


def _maybe_between(event: Event, first: date, last: date) -> bool:
    """A cheap pre-check: could the event's date fall within first..last?

    The stored text starts with a calendar date within a day of the event's local
    date, whatever offset it was written with; two days of margin is always safe.
    """
    text = event.at[:10]
    return (first - timedelta(days=2)).isoformat() <= text <= (last + timedelta(days=2)).isoformat()


@dataclass(frozen=True)
class Status:
    """A snapshot of where the user stands on `today`."""

    today: date
    streak_days: int
    best_streak_days: int
    period: Period | None
    restarts: int
    urges_last_7_days: int
    resisted_last_7_days: int
    they_reached_out_total: int
    they_reached_out_this_period: int
    planned_today: int
    done_today: int
    checks: CheckCounts = CheckCounts(0, 0, 0)
    strength: Strength = Strength(0, 0, 0)

    @property
    def ends_on(self) -> date | None:
        """The current period's end date."""
        return pm.ends_on(self.period.start, self.period.length_days) if self.period else None

    @property
    def days_left(self) -> int:
        """Days until the current period ends."""
        if not self.period:
            return 0
        return pm.days_left(self.period.start, self.period.length_days, self.today)

    @property
    def completed(self) -> bool:
        """Whether the current period has reached its end."""
        if not self.period:
            return False
        return pm.is_complete(self.period.start, self.period.length_days, self.today)

    @property
    def day_number(self) -> int:
        """Day X of the current period."""
        return pm.day_number(self.period.start, self.today) if self.period else 0

    def to_json(self) -> dict[str, Any]:
        """The `companion status --json` object."""
        period = None
        if self.period:
            period = {
                "started_on": self.period.started_on,
                "length_days": self.period.length_days,
                "ends_on": self.ends_on.isoformat() if self.ends_on else None,
                "days_left": self.days_left,
                "completed": self.completed,
                "day": self.day_number,
                "restarts": self.restarts,
            }
        return {
            "today": self.today.isoformat(),
            "streak_days": self.streak_days,
            "best_streak_days": self.best_streak_days,
            "period": period,
            "urges": {
                "last_7_days": self.urges_last_7_days,
                "resisted_last_7_days": self.resisted_last_7_days,
            },
            "they_reached_out": {
                "total": self.they_reached_out_total,
                "this_period": self.they_reached_out_this_period,
            },
            "today_activities": {"planned": self.planned_today, "done": self.done_today},
            "checked_on_them": self.checks.to_json(),
            "strength": self.strength.score,
            "days_kept": self.strength.days_kept,
            "days_total": self.strength.days_total,
        }


def compute_status(
    periods: Sequence[Period],
    events: Sequence[Event],
    activities: Sequence[Activity],
    today: date,
    day_starts_at: time = time(0),
    they_reached_out_total: int | None = None,
    checks_total: int | None = None,
) -> Status:
    """Compute the status from the records and the user's date.

    `events` may be only the recent ones (from the current period's start or a week
    ago, whichever is earlier) when `they_reached_out_total` and `checks_total` are
    counted elsewhere.
    """
    period = pm.current_period(periods)
    week_ago = today - timedelta(days=6)
    urges = resisted = from_them = from_them_period = 0
    period_start = period.start if period else None
    for event in events:
        if event.kind == EventKind.URGE.value:
            if not _maybe_between(event, week_ago, today):
                continue
            day = event_date(event, day_starts_at)
            if week_ago <= day <= today:
                urges += 1
                if event.data.get("outcome") == UrgeOutcome.RESISTED.value:
                    resisted += 1
        elif event.kind == EventKind.CONTACT_FROM_THEM.value:
            from_them += 1
            if period_start and event_date(event, day_starts_at) >= period_start:
                from_them_period += 1
    todays = occurrences_on(activities, today)
    return Status(
        today=today,
        streak_days=pm.streak_days(periods, today),
        best_streak_days=pm.best_streak_days(periods, today),
        period=period,
        restarts=pm.restart_count(periods),
        urges_last_7_days=urges,
        resisted_last_7_days=resisted,
        they_reached_out_total=from_them if they_reached_out_total is None else they_reached_out_total,
        they_reached_out_this_period=from_them_period,
        planned_today=len(todays),
        done_today=sum(1 for o in todays if o.done),
        checks=count_checks(events, today, period_start, day_starts_at, checks_total),
        strength=compute_strength(periods, today),
    )
