"""The one place that reads the time.

`COMPANION_NOW` fixes the instant for the whole program; the local zone comes from
the Settings zone, else `TZ`, else the system. "Today" is the calendar date of
(local wall-clock time minus the day-start offset).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, time, timedelta

import pendulum
from pendulum import DateTime

NOW_ENV = "COMPANION_NOW"


class ClockError(ValueError):
    """The clock was configured with something that is not a time or a zone."""


def parse_instant(text: str, zone: str | None = None) -> DateTime:
    """Parse an ISO-8601 instant; a naive one is read in `zone` (default UTC)."""
    try:
        parsed = pendulum.parse(text, tz=zone or "UTC")
    except Exception as error:  # pendulum raises several types
        raise ClockError(f"not an ISO-8601 time: {text!r}") from error
    if not isinstance(parsed, DateTime):
        raise ClockError(f"not an ISO-8601 date and time: {text!r}")
    return parsed


def system_zone_name() -> str:
    """The zone from $TZ or the system, as an IANA name."""
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env:
        try:
            return pendulum.timezone(tz_env).name
        except Exception:
            pass
    try:
        return pendulum.local_timezone().name
    except Exception:
        return "UTC"


def check_zone(name: str) -> str:
    """Return `name` if it is a known IANA zone, else raise ClockError."""
    try:
        return pendulum.timezone(name).name
    except Exception as error:
        raise ClockError(f"unknown time zone: {name!r}") from error


def parse_day_start(text: str) -> time:
    """Parse "HH:MM" between 00:00 and 06:00 (the start of a night owl's day)."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        value = time(hours, minutes)
    except Exception as error:
        raise ClockError(f"not a time of day (HH:MM): {text!r}") from error
    if value > time(6, 0):
        raise ClockError("the day can start between 00:00 and 06:00")
    return value


def local_date(instant: DateTime, zone: str, day_starts_at: time = time(0)) -> date:
    """The user's calendar date of an instant, in `zone`, with the day-start offset.

    Uses wall-clock time, so a DST change never moves an instant to another day.
    """
    wall = instant.in_timezone(zone).naive()
    shifted = wall - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return date(shifted.year, shifted.month, shifted.day)


class Clock:
    """Now and today for one user: a zone, a day-start offset and a time source.

    Args:
        source: returns the current instant; defaults to COMPANION_NOW or the real time.
        zone: IANA zone name; None means $TZ / the system zone.
        day_starts_at: when the user's day starts (00:00-06:00).
    """

    def __init__(
        self,
        source: Callable[[], DateTime] | None = None,
        zone: str | None = None,
        day_starts_at: time = time(0),
    ) -> None:
        self._source = source or default_source()
        self.zone = check_zone(zone) if zone else system_zone_name()
        self.day_starts_at = day_starts_at

    def with_settings(self, zone: str | None, day_starts_at: time) -> Clock:
        """The same time source seen from another zone / day start."""
        return Clock(self._source, zone or None, day_starts_at)

    def now(self) -> DateTime:
        """The current instant in the user's zone."""
        return self._source().in_timezone(self.zone)

    def today(self) -> date:
        """The user's current date (day-start offset applied)."""
        return self.date_of(self._source())

    def date_of(self, instant: DateTime, zone: str | None = None) -> date:
        """The user's date of an instant, read in `zone` (default: the current zone)."""
        return local_date(instant, zone or self.zone, self.day_starts_at)

    def next_rollover(self) -> DateTime:
        """The instant the user's day next changes."""
        today = self.today()
        tomorrow = today + timedelta(days=1)
        start = pendulum.datetime(
            tomorrow.year,
            tomorrow.month,
            tomorrow.day,
            self.day_starts_at.hour,
            self.day_starts_at.minute,
            tz=self.zone,
        )
        return start


def real_now() -> DateTime:
    """The machine's current instant."""
    return pendulum.now("UTC")


def default_source() -> Callable[[], DateTime]:
    """COMPANION_NOW when set (a fixed instant), else the real clock."""
    fixed = os.environ.get(NOW_ENV)
    if fixed:
        instant = parse_instant(fixed)
        return lambda: instant
    return real_now


class MovableSource:
    """A time source that stays put until moved; for demos and tests."""

    def __init__(self, start: DateTime) -> None:
        self.instant = start

    def __call__(self) -> DateTime:
        return self.instant

    def advance(self, **delta: float) -> None:
        """Move the clock forward (e.g. `advance(minutes=5)`)."""
        self.instant = self.instant.add(**delta)


class OffsetSource:
    """Starts at a fixed instant and then moves with real time (for the demo)."""

    def __init__(self, start: DateTime) -> None:
        self.start = start
        self.real_start = real_now()

    def __call__(self) -> DateTime:
        return self.start + (real_now() - self.real_start)
