"""Activities on the calendar: occurrences of weekly repeats and the user's weeks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from companion.domain.records import Activity, Category

WEEKLY = "weekly"


@dataclass(frozen=True)
class Occurrence:
    """One activity on one date (a weekly activity has one per week)."""

    activity: Activity
    on: date
    done: bool

    @property
    def key(self) -> tuple[str, str]:
        """(activity id, date): what identifies this occurrence."""
        return (self.activity.id, self.on.isoformat())


def occurs_on(activity: Activity, day: date) -> bool:
    """Whether an activity is planned on `day` (repeats included, skipped ones not)."""
    first = activity.date
    if activity.repeat != WEEKLY:
        return first == day
    if day < first or (day - first).days % 7:
        return False
    return day.isoformat() not in activity.skipped_dates


def done_on(activity: Activity, day: date) -> bool:
    """Whether the occurrence on `day` is ticked off."""
    if activity.repeat == WEEKLY:
        return day.isoformat() in activity.done_dates
    return activity.done


def occurrences_on(activities: Iterable[Activity], day: date) -> list[Occurrence]:
    """Everything planned on `day`, timed ones first by time, then by title."""
    found = [Occurrence(a, day, done_on(a, day)) for a in activities if occurs_on(a, day)]
    return sorted(found, key=lambda o: (o.activity.at is None, o.activity.at or "", o.activity.title.lower()))


def week_start_weekday(week_start: str) -> int:
    """Python weekday (Monday=0) on which the user's week starts."""
    return 6 if week_start == "sunday" else 0


def start_of_week(day: date, week_start: str) -> date:
    """The first date of the week containing `day`."""
    back = (day.weekday() - week_start_weekday(week_start)) % 7
    return day - timedelta(days=back)


def week_days(day: date, week_start: str) -> list[date]:
    """The seven dates of the week containing `day`."""
    first = start_of_week(day, week_start)
    return [first + timedelta(days=i) for i in range(7)]


def occurrences_in(activities: Iterable[Activity], days: Iterable[date]) -> list[Occurrence]:
    """All occurrences on the given dates, in date order."""
    items = list(activities)
    result: list[Occurrence] = []
    for day in days:
        result.extend(occurrences_on(items, day))
    return result


def category_counts(occurrences: Iterable[Occurrence]) -> dict[str, int]:
    """How many activities of each category (every category present, zero included)."""
    counts = {c.value: 0 for c in Category}
    for occurrence in occurrences:
        counts[occurrence.activity.category] = counts.get(occurrence.activity.category, 0) + 1
    return counts


def completion_rate(occurrences: Iterable[Occurrence]) -> float | None:
    """Share of occurrences done (None when nothing was planned)."""
    items = list(occurrences)
    if not items:
        return None
    return sum(1 for o in items if o.done) / len(items)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_plan_day(text: str, today: date) -> date:
    """A day to plan for: a date, `today`, `tomorrow`, `yesterday` or a weekday name (the next one)."""
    from companion.domain.when import WhenError, parse_day

    value = text.strip().lower()
    if value == "tomorrow":
        return today + timedelta(days=1)
    for index, name in enumerate(_WEEKDAYS):
        if value in (name, name[:3]):
            return today + timedelta(days=(index - today.weekday()) % 7)
    try:
        return parse_day(value, today)
    except WhenError:
        raise WhenError(f"{text!r} is not a day; try 2026-11-28, today, tomorrow or friday") from None


def parse_time_of_day(text: str) -> str:
    """HH:MM (24-hour) normalised to two digits each, else ValueError."""
    parts = text.strip().split(":")
    try:
        hours, minutes = int(parts[0]), int(parts[1])
        if len(parts) != 2 or not (0 <= hours <= 23 and 0 <= minutes <= 59):
            raise ValueError
    except (ValueError, IndexError):
        raise ValueError(f"{text!r} is not a time of day; use HH:MM, e.g. 18:30") from None
    return f"{hours:02d}:{minutes:02d}"


def done_stamp(on: date, today: date, now_wall: str) -> str | None:
    """The time of day to stamp on an occurrence ticked off now: the time it was ticked
    when that is its own day; none (its day only) when ticked later or ahead, so a
    stamp never says a time that has not come, nor one on another day."""
    return now_wall if on == today else None
