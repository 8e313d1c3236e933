"""What the history says: urges per day, the share that passed, mood, activities, urge hours.

Pure: every function takes records, the user's date and day-start offset, and
returns numbers plus one plain sentence that still makes sense with little data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from companion.domain.moments import user_day, wall_time
from companion.domain.planning import occurrences_in, start_of_week
from companion.domain.records import Activity, Category, Event, EventKind, UrgeOutcome

DAYS = 30
WEEKS = 8
WINDOW_HOURS = 3
MIN_URGES_FOR_HOURS = 3
MIN_MOOD_DAYS = 3
NOT_ENOUGH_URGES = "Not enough urges logged yet to see a pattern."


def plural(count: int, word: str, many: str | None = None) -> str:
    """"1 urge", "3 urges" ("activity" takes its plural form as `many`)."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def last_days(today: date, days: int = DAYS) -> list[date]:
    """The `days` dates ending with today, oldest first."""
    return [today - timedelta(days=days - 1 - i) for i in range(days)]


_URGE = EventKind.URGE.value
_MOOD = EventKind.MOOD.value


@dataclass(frozen=True)
class Dated:
    """An event with its wall-clock time and the user's date, read once."""

    event: Event
    wall: datetime
    day: date


def dated(events: Iterable[Event | Dated], day_starts_at: time = time(0)) -> list[Dated]:
    """Events with their times read (already-dated ones pass through)."""
    return [e if isinstance(e, Dated) else Dated(e, w := wall_time(e), user_day(w, day_starts_at))
            for e in events]


def _urges(events: Iterable[Event | Dated], day_starts_at: time = time(0)) -> list[Dated]:
    return dated((e for e in events if (e.event if isinstance(e, Dated) else e).kind == _URGE), day_starts_at)


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
    for urge in _urges(events, day_starts_at):
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
    for urge in _urges(events, day_starts_at):
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
class UrgeHours:
    """Urges by hour of the day (wall-clock time where they happened)."""

    counts: list[int]
    window_start: int | None
    window_count: int
    summary: str

    @property
    def timed(self) -> int:
        """Urges that have a real time of day."""
        return sum(self.counts)

    def in_window(self, hour: int) -> bool:
        """Whether `hour` is inside the busiest window."""
        if self.window_start is None:
            return False
        return (hour - self.window_start) % 24 < WINDOW_HOURS


def busiest_window(counts: Sequence[int], hours: int = WINDOW_HOURS) -> tuple[int, int]:
    """The start hour and size of the busiest run of `hours` hours, wrapping midnight.

    Ties go to the window with the most in its middle hour, then the earliest start.
    """
    def score(start: int) -> tuple[int, int, int]:
        total = sum(counts[(start + i) % 24] for i in range(hours))
        return total, counts[(start + hours // 2) % 24], -start

    best = max(range(24), key=score)
    return best, score(best)[0]


def hour_counts(events: Iterable[Dated]) -> tuple[list[int], int]:
    """How many events came in each hour of the day, and how many have a date only."""
    counts = [0] * 24
    dated_only = 0
    for moment in events:
        if moment.event.date_only:
            dated_only += 1
        else:
            counts[moment.wall.hour] += 1
    return counts, dated_only


def window_text(start: int, hours: int = WINDOW_HOURS) -> str:
    """"between 22:00 and 01:00"."""
    return f"between {start:02d}:00 and {(start + hours) % 24:02d}:00"


def hardest_window(events: Iterable[Event | Dated]) -> tuple[int, int] | None:
    """The hardest hours of the day, from when urges came: (start hour, end hour),
    the window "Most urges come between 22:00 and 01:00" names; None without enough urges."""
    hours = urge_hours(events)
    if hours.window_start is None:
        return None
    return hours.window_start, (hours.window_start + WINDOW_HOURS) % 24


def urge_hours(events: Iterable[Event | Dated]) -> UrgeHours:
    """When urges come, and the plain sentence that says it.

    Urges logged with only a date have no real time and are left out.
    """
    counts, dated_only = hour_counts(_urges(events))
    timed = sum(counts)
    if timed < MIN_URGES_FOR_HOURS:
        if timed + dated_only >= MIN_URGES_FOR_HOURS:
            summary = "Most urges were logged with a date only; log the time too to see when they come."
        else:
            summary = NOT_ENOUGH_URGES
        return UrgeHours(counts, None, 0, summary)
    start, size = busiest_window(counts)
    span = window_text(start)
    if size * 2 > timed:
        summary = f"Most urges come {span}."
    else:
        summary = f"Urges come most often {span}, and at other times too."
    return UrgeHours(counts, start, size, summary)


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
    urges = _urges(events, day_starts_at)
    moods = dated((e for e in events if e.kind == _MOOD), day_starts_at)
    return Insights(
        per_day=urges_per_day(urges, today, day_starts_at),
        passed=passed_share(urges, today, day_starts_at),
        mood=mood_trend(moods, today, day_starts_at),
        activities=activities_per_week(activities, today, week_start),
        hours=urge_hours(urges),
    )
