"""No Contact periods, streaks, milestones and the recommended length.

Every count here is a difference of calendar dates (`date` objects in the user's
zone, already shifted by the day-start offset); nothing divides seconds by 86400.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from companion.domain.records import Event, EventKind, Period, PeriodOutcome, PeriodStart

MIN_LENGTH_DAYS = 7
MAX_LENGTH_DAYS = 365
MILESTONES: tuple[int, ...] = (1, 3, 7, 14, 21, 30, 45, 60, 90, 100, 180, 365)
LENGTH_CHOICES: tuple[int, ...] = (21, 30, 45, 60)


def days_between(earlier: date, later: date) -> int:
    """Calendar days from `earlier` to `later` (negative if later is before)."""
    return (later - earlier).days


def ends_on(started_on: date, length_days: int) -> date:
    """The date a period is complete: start + length."""
    return started_on + timedelta(days=length_days)


def days_left(started_on: date, length_days: int, today: date) -> int:
    """Days until the end, never below zero."""
    return max(0, days_between(today, ends_on(started_on, length_days)))


def is_complete(started_on: date, length_days: int, today: date) -> bool:
    """Whether the period has reached its end date."""
    return today >= ends_on(started_on, length_days)


def day_number(started_on: date, today: date) -> int:
    """"Day X" of a period: the start date is day 0, the next day is day 1."""
    return max(0, days_between(started_on, today))


def check_length(length_days: int) -> int:
    """Return the length if it is within 7-365 days, else raise ValueError."""
    if not MIN_LENGTH_DAYS <= length_days <= MAX_LENGTH_DAYS:
        raise ValueError(
            f"a period lasts between {MIN_LENGTH_DAYS} and {MAX_LENGTH_DAYS} days"
        )
    return length_days


def run_starts(periods: Iterable[Period]) -> list[date]:
    """The dates of the user's own last contacts: where each streak run began.

    A period started at onboarding or by a slip begins a run; a renewal (a new
    period after a completed one, with no slip) continues the run before it.
    """
    return sorted(
        p.start for p in periods if p.started_by != PeriodStart.RENEWAL.value
    )


def streak_days(periods: Iterable[Period], today: date) -> int:
    """Days since the last contact the user initiated (0 on that day)."""
    starts = run_starts(periods)
    if not starts:
        return 0
    return max(0, days_between(starts[-1], today))


def best_streak_days(periods: Iterable[Period], today: date) -> int:
    """The longest run of days without a slip, over all periods, the current one included."""
    starts = run_starts(periods)
    if not starts:
        return 0
    runs = [days_between(a, b) for a, b in zip(starts, starts[1:])]
    runs.append(max(0, days_between(starts[-1], today)))
    return max(runs)


def restart_count(periods: Iterable[Period]) -> int:
    """How many times a slip started a new period."""
    return sum(1 for p in periods if p.started_by == PeriodStart.SLIP.value)


def current_period(periods: Sequence[Period]) -> Period | None:
    """The ongoing period, if any (the latest started one)."""
    ongoing = [p for p in periods if p.is_ongoing]
    return max(ongoing, key=lambda p: (p.started_on, p.created_at)) if ongoing else None


def closing_outcome(period: Period, closed_on: date, by_slip: bool) -> PeriodOutcome:
    """The outcome to record when a period closes on `closed_on`."""
    if is_complete(period.start, period.length_days, closed_on):
        return PeriodOutcome.COMPLETED
    return PeriodOutcome.RESTARTED if by_slip else PeriodOutcome.FINISHED


def close_period(period: Period, closed_on: date, by_slip: bool) -> Period:
    """End `period` on `closed_on` with the outcome its dates give (see
    closing_outcome); the one way a period is closed. Returns it, changed."""
    period.ended_on = closed_on.isoformat()
    period.outcome = closing_outcome(period, closed_on, by_slip).value
    return period


def milestones_reached(streak: int) -> list[int]:
    """Every milestone at or below the streak."""
    return [m for m in MILESTONES if m <= streak]


def new_milestones(streak: int, celebrated: Iterable[int]) -> list[int]:
    """Milestones reached in this run and not celebrated yet (oldest first)."""
    done = set(celebrated)
    return [m for m in milestones_reached(streak) if m not in done]


def current_run_start(periods: Iterable[Period]) -> date | None:
    """Where the streak running now began (None before there is any period)."""
    starts = run_starts(periods)
    return starts[-1] if starts else None


def milestones_due(periods: Sequence[Period], milestone_events: Iterable[Event], today: date) -> list[int]:
    """Milestones the current run has reached and not yet marked, oldest first.

    `milestone_events` holds at least the milestone events since the run began
    (others are ignored): a milestone is marked once per run, with the run's start.
    """
    start = current_run_start(periods)
    if start is None:
        return []
    celebrated = [e.data.get("days", 0) for e in milestone_events
                  if e.kind == EventKind.MILESTONE.value and e.data.get("run_started_on") == start.isoformat()]
    return new_milestones(streak_days(periods, today), celebrated)


def next_milestone(streak: int) -> int | None:
    """The next milestone ahead of the streak."""
    return next((m for m in MILESTONES if m > streak), None)


@dataclass(frozen=True)
class Recommendation:
    """A recommended period length and the reason, in plain words."""

    length_days: int
    reason: str


def recommend_length(relationship_months: int | None, trust_broken: bool) -> Recommendation:
    """The recommended No Contact length for this breakup (always editable).

    - 60 days when trust was broken and it lasted two years or more;
    - 45 days when it lasted two years or more, or trust was broken;
    - 21 days when it was shorter than six months and trust held;
    - 30 days otherwise.
    """
    long = relationship_months is not None and relationship_months >= 24
    short = relationship_months is not None and relationship_months < 6
    if trust_broken and long:
        return Recommendation(
            60,
            "Trust was broken and you were together two years or more. A deep wound "
            "and a long bond both need time; 60 days gives you both.",
        )
    if trust_broken:
        return Recommendation(
            45,
            "Trust was broken. Healing from that takes longer than the usual month, "
            "for you and for them; 45 days gives it room.",
        )
    if long:
        return Recommendation(
            45,
            "You were together two years or more. A long bond takes longer to loosen; "
            "45 days lets the habits of each other fade.",
        )
    if short:
        return Recommendation(
            21,
            "It lasted less than six months and nothing broke trust. Three weeks is "
            "enough to get your footing back.",
        )
    return Recommendation(
        30,
        "A month is the usual length: long enough for the first rush of feelings to "
        "settle and for your days to fill with your own life.",
    )


def period_summary_outcome(period: Period, today: date) -> str:
    """The outcome to show for a period: an ongoing one that reached its end is complete."""
    if period.is_ongoing and is_complete(period.start, period.length_days, today):
        return PeriodOutcome.COMPLETED.value
    return period.outcome
