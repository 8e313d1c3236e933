"""What the history says: urges per day, the share that passed, mood, activities, urge hours.

Pure: every function takes records, the user's date and day-start offset, and
returns numbers plus one plain sentence that still makes sense with little data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from companion.domain.planning import occurrences_in, start_of_week
from companion.domain.records import Activity, Category, Event, EventKind, UrgeOutcome
from companion.domain.text import plural
from companion.domain.urge_hours import (  # the hour windows live there: Today needs them alone
    MIN_URGES_FOR_HOURS,
    Dated,
    UrgeHours,
    dated,
    urge_hours,
    urges_of,
)

DAYS = 30
WEEKS = 8
MIN_MOOD_DAYS = 3


def last_days(today: date, days: int = DAYS) -> list[date]:
    """The `days` dates ending with today, oldest first."""
    return [today - timedelta(days=days - 1 - i) for i in range(days)]


_MOOD = EventKind.MOOD.value


@dataclass(frozen=True)
class DailyCounts:
    """Urges on each of the last days, oldest first, and what they say."""

    days: list[date]
    counts: list[int]
    summary: str

    @property
    def total(self) -> int:
        """Urges in the whole window."""
        return sum(self.counts)


def urges_per_day(events: Iterable[Event | Dated], today: date, day_starts_at: time = time(0),
                  days: int = DAYS) -> DailyCounts:
    """How many urges came on each of the last `days` days."""
    window = last_days(today, days)
    index = {day: i for i, day in enumerate(window)}
    counts = [0] * days
    for urge in urges_of(events, day_starts_at):
        i = index.get(urge.day)
        if i is not None:
            counts[i] += 1
    total = sum(counts)
    if not total:
        return DailyCounts(window, counts, f"No urges logged in the last {days} days.")
    summary = f"{plural(total, 'urge')} in the last {days} days; at most {max(counts)} in one day."
    half = days // 2
    earlier, later = sum(counts[:half]), sum(counts[half:])
    if total >= 5:
        if later < earlier * 0.8:
            summary += " They are coming less often than before."
        elif later > earlier * 1.25:
            summary += " They have come more often lately; the timer is there for them."
        else:
            summary += " About as often as before."
    return DailyCounts(window, counts, summary)


@dataclass(frozen=True)
class PassedShare:
    """How many urges passed without reaching out, of all of them."""

    passed: int
    total: int
    passed_recent: int
    total_recent: int
    summary: str
    left_open: int = 0
    reached_out: int = 0

    @property
    def share(self) -> float | None:
        """passed / total (None with no urges)."""
        return self.passed / self.total if self.total else None

    @property
    def share_recent(self) -> float | None:
        """The same over the last 30 days."""
        return self.passed_recent / self.total_recent if self.total_recent else None


def passed_share(events: Iterable[Event | Dated], today: date, day_starts_at: time = time(0),
                 days: int = DAYS) -> PassedShare:
    """The share of urges that passed (resisted / all), overall and over the last `days` days."""
    since = today - timedelta(days=days - 1)
    passed = total = passed_recent = total_recent = left_open = reached_out = 0
    for urge in urges_of(events, day_starts_at):
        outcome = urge.event.data.get("outcome")
        ok = outcome == UrgeOutcome.RESISTED.value
        total += 1
        passed += ok
        left_open += outcome == UrgeOutcome.UNRESOLVED.value
        reached_out += outcome == UrgeOutcome.CONTACTED.value
        if since <= urge.day <= today:
            total_recent += 1
            passed_recent += ok
    if not total:
        summary = "No urges logged yet."
    else:
        summary = f"{passed:,} of {plural(total, 'urge')} passed ({round(100 * passed / total)}%)."
        if total_recent and total_recent != total:
            summary += f" Last {days} days: {passed_recent:,} of {total_recent:,}."
        if total < MIN_URGES_FOR_HOURS:
            summary += " A few more will show how it usually goes."
    return PassedShare(passed, total, passed_recent, total_recent, summary, left_open, reached_out)


@dataclass(frozen=True)
class MoodTrend:
    """The average mood of each of the last days (None: no check-in that day)."""

    days: list[date]
    averages: list[float | None]
    summary: str


def mood_trend(events: Iterable[Event | Dated], today: date, day_starts_at: time = time(0),
               days: int = DAYS) -> MoodTrend:
    """Daily average mood over the last `days` days, and which way it is going."""
    window = last_days(today, days)
    index = {day: i for i, day in enumerate(window)}
    sums = [0.0] * days
    counts = [0] * days
    moods = dated((e for e in events if (e.event if isinstance(e, Dated) else e).kind == _MOOD), day_starts_at)
    for mood in moods:
        score = mood.event.data.get("score")
        i = index.get(mood.day)
        if i is not None and isinstance(score, (int, float)):
            sums[i] += score
            counts[i] += 1
    averages = [s / c if c else None for s, c in zip(sums, counts)]
    known = [a for a in averages if a is not None]
    if not known:
        return MoodTrend(window, averages, f"No mood check-ins in the last {days} days.")
    if len(known) < MIN_MOOD_DAYS:
        return MoodTrend(window, averages, "Check in on a few more days to see a trend.")
    half = len(known) // 2
    before = sum(known[:half]) / half
    after = sum(known[half:]) / (len(known) - half)
    if after - before >= 0.3:
        summary = f"Your mood has been lifting: {before:.1f} → {after:.1f} on average."
    elif before - after >= 0.3:
        summary = f"Your mood has dipped lately ({before:.1f} → {after:.1f}). Be gentle with yourself."
    else:
        summary = f"Your mood has been steady, around {sum(known) / len(known):.1f} out of 5."
    return MoodTrend(window, averages, summary)


@dataclass(frozen=True)
class WeeklyActivities:
    """Activities done in each of the last weeks, by category (oldest week first)."""

    weeks: list[date]
    counts: list[dict[str, int]]
    summary: str

    @property
    def total(self) -> int:
        """Everything done over the weeks."""
        return sum(sum(week.values()) for week in self.counts)


def activities_per_week(activities: Sequence[Activity], today: date, week_start: str = "monday",
                        weeks: int = WEEKS) -> WeeklyActivities:
    """What was ticked off in each of the last `weeks` weeks (this one included), per category."""
    this_week = start_of_week(today, week_start)
    starts = [this_week - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    counts: list[dict[str, int]] = []
    for first in starts:
        days = [first + timedelta(days=i) for i in range(7) if first + timedelta(days=i) <= today]
        week = {c.value: 0 for c in Category}
        for occurrence in occurrences_in(activities, days):
            if occurrence.done:
                week[occurrence.activity.category] = week.get(occurrence.activity.category, 0) + 1
        counts.append(week)
    totals = {c.value: sum(week.get(c.value, 0) for week in counts) for c in Category}
    total = sum(totals.values())
    if not total:
        summary = (f"Nothing ticked off in the last {weeks} weeks yet. "
                   "One small plan for this week is a good start.")
        return WeeklyActivities(starts, counts, summary)
    favourite = max(totals, key=lambda c: totals[c])
    summary = f"{plural(total, 'activity', 'activities')} done in {weeks} weeks; most often {favourite}."
    missing = [c for c, n in totals.items() if not n]
    if missing:
        summary += f" Not yet: {', '.join(missing)}."
    return WeeklyActivities(starts, counts, summary)


@dataclass(frozen=True)
class Insights:
    """Everything the Insights tab draws."""

    per_day: DailyCounts
    passed: PassedShare
    mood: MoodTrend
    activities: WeeklyActivities
    hours: UrgeHours


def compute_insights(events: Sequence[Event], activities: Sequence[Activity], today: date,
                     day_starts_at: time = time(0), week_start: str = "monday") -> Insights:
    """All the insights at once."""
    urges = urges_of(events, day_starts_at)
    moods = dated((e for e in events if e.kind == _MOOD), day_starts_at)
    return Insights(
        per_day=urges_per_day(urges, today, day_starts_at),
        passed=passed_share(urges, today, day_starts_at),
        mood=mood_trend(moods, today, day_starts_at),
        activities=activities_per_week(activities, today, week_start),
        hours=urge_hours(urges),
    )
