"""The one place that reads the time.

`COMPANION_NOW` fixes the instant for the whole program; the local zone comes from
the Settings zone, else `TZ`, else the system. "Today" is the calendar date of
(local wall-clock time minus the day-start offset).

Pendulum is imported only when a Pendulum value is asked for (`Clock.now()`,
`parse_instant`...): `Clock.today()` needs only the standard library, which keeps
`companion status` quick.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pendulum import DateTime

NOW_ENV = "COMPANION_NOW"


class ClockError(ValueError):
    """The clock was configured with something that is not a time or a zone."""


@lru_cache(maxsize=64)
def zone_info(name: str) -> Any:
    """The tz database zone `name` (a `zoneinfo.ZoneInfo`); ClockError if unknown."""
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name)
    except Exception as error:  # ZoneInfoNotFoundError, ValueError for odd keys
        raise ClockError(f"unknown time zone: {name!r}") from error


def parse_instant(text: str, zone: str | None = None) -> DateTime:
    """Parse an ISO-8601 instant; a naive one is read in `zone` (default UTC)."""
    import pendulum

    try:
        parsed = pendulum.parse(text, tz=zone or "UTC")
    except Exception as error:  # pendulum raises several types
        raise ClockError(f"not an ISO-8601 time: {text!r}") from error
    if not isinstance(parsed, pendulum.DateTime):
        raise ClockError(f"not an ISO-8601 date and time: {text!r}")
    return parsed


def plain_instant(text: str) -> datetime:
    """An ISO-8601 instant as a standard-library aware datetime (naive means UTC).

    The quick path for reading stored instants; falls back to Pendulum's parser for
    the forms `datetime.fromisoformat` does not know.
    """
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = parse_instant(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _zone_from_system_files() -> str | None:
    """The system zone from /etc/timezone or the /etc/localtime link, if either names one."""
    try:
        with open("/etc/timezone", encoding="utf-8") as handle:
            name = handle.read().strip()
        if name:
            zone_info(name)
            return name
    except (OSError, ClockError):
        pass
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    marker = "/zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        try:
            zone_info(name)
            return name
        except ClockError:
            return None
    return None


def system_zone_name() -> str:
    """The zone from $TZ or the system, as an IANA name."""
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env:
        try:
            zone_info(tz_env)
            return tz_env
        except ClockError:
            pass
    found = _zone_from_system_files()
    if found:
        return found
    try:
        import pendulum

        return pendulum.local_timezone().name
    except Exception:
        return "UTC"


def check_zone(name: str) -> str:
    """Return `name` if it is a known IANA zone, else raise ClockError."""
    zone_info(name)
    return name


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


def standard_instant(instant: datetime) -> datetime:
    """The same instant as a plain `datetime` with a fixed offset (Pendulum's differ in arithmetic)."""
    if type(instant) is datetime:
        return instant
    offset = instant.utcoffset()
    if offset is None:
        raise ClockError(f"an instant without a time zone: {instant!r}")
    return datetime(instant.year, instant.month, instant.day, instant.hour, instant.minute,
                    instant.second, instant.microsecond, tzinfo=timezone(offset))


def local_date(instant: datetime, zone: str, day_starts_at: time = time(0)) -> date:
    """The user's calendar date of an aware instant, in `zone`, with the day-start offset.

    Uses wall-clock time, so a DST change never moves an instant to another day.
    Accepts Pendulum and standard-library datetimes alike.
    """
    wall = standard_instant(instant).astimezone(zone_info(zone)).replace(tzinfo=None)
    shifted = wall - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return date(shifted.year, shifted.month, shifted.day)


def _as_pendulum(instant: datetime) -> DateTime:
    import pendulum

    return instant if isinstance(instant, pendulum.DateTime) else pendulum.instance(instant)


def _plain_now(source: Callable[[], Any]) -> datetime:
    """The source's instant, through its quick standard-library path when it has one."""
    plain = getattr(source, "plain", None)
    return plain() if plain is not None else source()


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
        return _as_pendulum(self._source()).in_timezone(self.zone)

    def wall_now(self) -> datetime:
        """The current wall-clock time in the user's zone, without Pendulum (for quick screens)."""
        return standard_instant(_plain_now(self._source)).astimezone(zone_info(self.zone))

    def today(self) -> date:
        """The user's current date (day-start offset applied)."""
        return self.date_of(_plain_now(self._source))

    def date_of(self, instant: datetime, zone: str | None = None) -> date:
        """The user's date of an instant, read in `zone` (default: the current zone)."""
        return local_date(instant, zone or self.zone, self.day_starts_at)

    def next_rollover(self) -> DateTime:
        """The first instant of the user's next day.

        Usually tomorrow at the day-start time. When the clocks skip that time (a
        day starting at 02:30 on the night they go forward past it), the day changes
        the moment they jump, so that is the rollover. When the time comes twice
        (the night they go back), the later one: the day has turned for good then.
        """
        import pendulum

        tomorrow = self.today() + timedelta(days=1)
        wall = datetime.combine(tomorrow, self.day_starts_at)
        zone = zone_info(self.zone)
        first = wall.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)
        second = wall.replace(tzinfo=zone, fold=1).astimezone(timezone.utc)
        rollover = max(first, second)
        if first.astimezone(zone).replace(tzinfo=None) != wall:  # skipped: find the jump
            low, high = min(first, second), rollover
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if local_date(middle, self.zone, self.day_starts_at) >= tomorrow:
                    high = middle
                else:
                    low = middle
            rollover = high.replace(microsecond=0)
        return pendulum.instance(rollover).in_tz(self.zone)


def real_now() -> DateTime:
    """The machine's current instant."""
    import pendulum

    return pendulum.now("UTC")


class RealSource:
    """The machine's clock (with a quick path that needs no Pendulum)."""

    def __call__(self) -> DateTime:
        return real_now()

    def plain(self) -> datetime:
        """The current instant as a standard-library aware datetime."""
        return datetime.now(timezone.utc)


class FixedSource:
    """COMPANION_NOW: the same instant every time. Invalid text is refused at once."""

    def __init__(self, text: str) -> None:
        self.text = text
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            parsed = parse_instant(text)  # other ISO-8601 forms, or ClockError
        self._plain = parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
        self._instant: DateTime | None = None

    def __call__(self) -> DateTime:
        if self._instant is None:
            self._instant = _as_pendulum(self._plain).in_timezone("UTC")
        return self._instant

    def plain(self) -> datetime:
        """The fixed instant as a standard-library aware datetime."""
        return self._plain


def default_source() -> Callable[[], DateTime]:
    """COMPANION_NOW when set (a fixed instant), else the real clock."""
    fixed = os.environ.get(NOW_ENV)
    if fixed:
        return FixedSource(fixed)
    return RealSource()


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
