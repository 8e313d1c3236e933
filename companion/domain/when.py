"""Reading the dates and times people type: `2026-11-20`, `yesterday`, `3 days ago`, `22:30`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from companion.clock import (
    Clock,
    ClockError,
    Instant,
    NotADateAndTime,
    instant_at,
    local_date,
    parse_date_and_time,
)

_DAYS_AGO = re.compile(r"^(\d{1,4})\s*(day|days|d)\s+ago$")
_WEEKS_AGO = re.compile(r"^(\d{1,3})\s*(week|weeks|w)\s+ago$")
_TIME_OF_DAY = re.compile(r"^(\d{1,2}):(\d{2})$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{1,2}:\d{2}")


EARLIEST_DAY = date(1970, 1, 1)


class WhenError(ValueError):
    """Text that is not a date or time we understand, or one in the future."""


def _check_not_ancient(day: date) -> None:
    """Refuse dates before 1970: a typo in the year, not something being logged now
    (and before 1970 many zones' clocks ran on local mean time, seconds off the hour)."""
    if day < EARLIEST_DAY:
        raise WhenError(f"{day.isoformat()} is too long ago; check the year "
                        f"(Companion keeps dates from {EARLIEST_DAY.year} on)")


def parse_day(text: str, today: date) -> date:
    """A calendar date from `YYYY-MM-DD`, `today`, `yesterday` or `N days/weeks ago`."""
    value = text.strip().lower()
    if not value:
        raise WhenError("enter a date, e.g. 2026-11-20, today or 3 days ago")
    if value == "today":
        return today
    if value == "yesterday":
        return today - timedelta(days=1)
    if match := _DAYS_AGO.match(value):
        return today - timedelta(days=int(match.group(1)))
    if match := _WEEKS_AGO.match(value):
        return today - timedelta(weeks=int(match.group(1)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise WhenError(
            f"{text.strip()!r} is not a date; try 2026-11-20, today, yesterday or 3 days ago"
        ) from None


def parse_past_day(text: str, today: date) -> date:
    """Like parse_day, but a future date is refused."""
    day = parse_day(text, today)
    if day > today:
        raise WhenError(f"{day.isoformat()} is in the future")
    _check_not_ancient(day)
    return day


def say_date(day: date, today: date | None = None) -> str:
    """A date as a person says it: "Friday 20 November" (with the year if not this one)."""
    text = f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"
    if today is not None and day.year != today.year:
        text += f" {day.year}"
    return text


@dataclass(frozen=True)
class When:
    """A moment someone gave: the instant, and whether only the date was known."""

    instant: Instant
    date_only: bool


def _day_at(day: date, at: time, zone: str) -> Instant:
    """`at` on `day` in `zone`; WhenError if the clocks skipped that time (a DST gap)."""
    result = instant_at(day, at, zone)
    if (result.date(), result.time()) != (day, at):
        moved = result.strftime("%H:%M")
        raise WhenError(
            f"{at.strftime('%H:%M')} on {day.isoformat()} did not exist in {zone} (the clocks "
            f"went forward past it); try {moved}"
        )
    return result


def parse_when(text: str | None, clock: Clock) -> When:
    """A WHEN value: an ISO date or date-time, `yesterday`, `today`, `N days ago` or `HH:MM`.

    `HH:MM` is today at that time (a time before the day start belongs to the small
    hours after midnight). A date alone is recorded at noon of that day. A future
    moment is refused.
    """
    now = clock.now()
    today = clock.today()
    if text is None or text.strip().lower() in ("", "now", "today"):
        return When(now, False)
    value = text.strip()
    if match := _TIME_OF_DAY.match(value):
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours > 23 or minutes > 59:
            raise WhenError(f"{value!r} is not a time of day")
        at = time(hours, minutes)
        day = today
        if at < clock.day_starts_at:
            day = today + timedelta(days=1)
        result = _day_at(day, at, clock.zone)
        date_only = False
    elif _DATE_TIME.match(value):
        try:
            parsed = parse_date_and_time(f"{value[:10]}T{value[11:]}")
        except NotADateAndTime:
            raise WhenError(f"{value!r} is not a date and time") from None
        except ClockError:
            raise WhenError(
                f"{value!r} is not a time; try 22:30, yesterday or 2026-11-20T22:30"
            ) from None
        _check_not_ancient(parsed.date())
        # With its own offset it is that instant; without, the time on the user's clock.
        result = parsed if parsed.tzinfo is not None else _day_at(
            parsed.date(), parsed.time().replace(microsecond=0), clock.zone)
        date_only = False
    else:
        try:
            day = parse_day(value, today)
        except WhenError:
            raise WhenError(
                f"{value!r} is not a time; try 22:30, yesterday, 3 days ago or 2026-11-20"
            ) from None
        if day > today:
            raise WhenError(f"{day.isoformat()} is in the future")
        _check_not_ancient(day)
        result = _day_at(day, time(12, 0), clock.zone)
        if day == today and result > now:
            result = now
        date_only = True
    if result > now:
        raise WhenError(f"{result.strftime('%Y-%m-%d %H:%M:%S')} is in the future")
    return When(result, date_only)


def date_of_when(when: When, clock: Clock) -> date:
    """The user's date of a WHEN value."""
    return local_date(when.instant, clock.zone, clock.day_starts_at)
