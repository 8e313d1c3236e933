"""The one place that reads the time, and the one place that knows how instants are made.

`COMPANION_NOW` fixes the instant for the whole program; the local zone comes from
the Settings zone, else `TZ`, else the system. "Today" is the calendar date of
(local wall-clock time minus the day-start offset).

Instants. `Instant` is the type of a moment in time everywhere outside this module:
Pendulum's `DateTime`, which the design card names for period and streak maths. The
rest of the code relies only on what every aware `datetime` does — compare, subtract
(giving a `timedelta`), add hours, minutes or seconds as a `timedelta`, `date()`,
`strftime`, `isoformat` — and asks this module for the rest: making an instant
(`parse_instant`, `read_instant`, `instant_at`, `Clock.now`), moving it (`shift`, which
also moves by calendar days) and reading it on a zone's clocks (`in_zone`, `wall_time`,
`local_date`).

That is what lets Today and the timer draw their first frame without loading
Pendulum: the instants they need (now, and the stored ones they read) are made here
with the standard library, as `datetime`s with a fixed UTC offset, which do all of
the above exactly as Pendulum's do, and every function here accepts either. Which of
the two an instant is stays inside this module (a test keeps Pendulum-only calls out
of the rest of `companion/`).

Dates are `datetime.date` values; a Pendulum `Date` is one too (it is a subclass).

Zones: `zone_info` is the one cache of the zone database; everything that needs a
zone's offsets goes through it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from pendulum import DateTime as Instant
else:
    Instant = datetime  # every instant is a datetime; naming the type loads nothing

NOW_ENV = "COMPANION_NOW"


class ClockError(ValueError):
    """The clock was configured with something that is not a time or a zone."""


class NotADateAndTime(ClockError):
    """ISO-8601 text that names something other than one date and time (an interval...)."""


@lru_cache(maxsize=64)
def zone_info(name: str) -> tzinfo:
    """The tz database zone `name` (a `zoneinfo.ZoneInfo`); ClockError if unknown."""
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name)
    except Exception as error:  # ZoneInfoNotFoundError, ValueError for odd keys
        raise ClockError(f"unknown time zone: {name!r}") from error



def parse_instant(text: str, zone: str | None = None) -> Instant:
    """Parse an ISO-8601 instant; a naive one is read in `zone` (default UTC)."""
    import pendulum

    try:
        parsed = pendulum.parse(text, tz=zone or "UTC")
    except Exception as error:  # pendulum raises several types
        raise ClockError(f"not an ISO-8601 time: {text!r}") from error
    if not isinstance(parsed, pendulum.DateTime):
        raise NotADateAndTime(f"not an ISO-8601 date and time: {text!r}")
    return parsed


def parse_date_and_time(text: str) -> Instant:
    """ISO-8601 date and time as someone typed it: an Instant when it carries an offset,
    else a naive wall-clock time (whose clocks it is on is the caller's to say).

    ClockError when it is not ISO-8601; NotADateAndTime when it is, but not one date and time.
    """
    import pendulum

    try:
        parsed = pendulum.parse(text, tz=None)
    except Exception as error:  # pendulum raises several types
        raise ClockError(f"not an ISO-8601 time: {text!r}") from error
    if not isinstance(parsed, pendulum.DateTime):
        raise NotADateAndTime(f"not an ISO-8601 date and time: {text!r}")
    return parsed


def read_instant(text: str) -> Instant:
    """A stored ISO-8601 instant (naive means UTC); ValueError if it is not one.

    The standard library's reader comes first: it needs no Pendulum (the first frames
    read stored instants) and it knows offsets with seconds, which `in_zone` gives for
    local mean time (Asia/Kolkata in 1900 was +05:21:10) and Pendulum's parser refuses.
    Pendulum's parser reads the ISO-8601 forms it does not know.
    """
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        import pendulum

        parsed = pendulum.parse(text)
        if not isinstance(parsed, pendulum.DateTime):
            raise ValueError(f"not a stored instant: {text!r}") from None
        return parsed
    return cast("Instant", value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc))


def instant_at(day: date, at: time, zone: str) -> Instant:
    """`at` o'clock (to the second) on `day` on `zone`'s clocks.

    A time the clocks skipped (a spring-forward gap) comes out moved on by the gap
    (01:30 on the night London jumps from 01:00 to 02:00 is 02:30), so a caller can tell
    by comparing the result's date and time with what it asked for. A time that comes
    twice (the night the clocks go back) is the later one.
    """
    import pendulum

    return pendulum.datetime(day.year, day.month, day.day, at.hour, at.minute, at.second, tz=zone)



def shift(instant: Instant, **delta: float) -> Instant:
    """`instant` moved by `delta` (e.g. `minutes=5`): days and longer on the calendar,
    hours and shorter on the time line (Pendulum's rules)."""
    return _pendulum(instant).add(**delta)  # type: ignore[arg-type]


def in_zone(instant: Instant, zone: str) -> Instant:
    """The same instant on `zone`'s clocks (with the offset in force there then)."""
    if type(instant) is datetime:
        local = instant.astimezone(zone_info(zone))  # then a fixed offset: see `_standard`
        return cast("Instant", local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0))))
    return cast("Instant", instant).in_timezone(zone)


def wall_time(instant: Instant, zone: str) -> datetime:
    """What the clocks in `zone` showed at `instant`, as a naive datetime."""
    return _standard(instant).astimezone(zone_info(zone)).replace(tzinfo=None)


def local_date(instant: Instant, zone: str, day_starts_at: time = time(0)) -> date:
    """The user's calendar date of an instant, in `zone`, with the day-start offset.

    Uses wall-clock time, so a DST change never moves an instant to another day.
    """
    wall = wall_time(instant, zone)
    shifted = wall - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return date(shifted.year, shifted.month, shifted.day)


def _standard(instant: datetime) -> datetime:
    """The instant as a standard `datetime` (a Pendulum one becomes one with a fixed offset).

    The standard instants made here all carry a fixed offset: with one, adding and
    subtracting go along the time line as Pendulum's do (on a zone's rules, a standard
    `datetime` adds on the wall clock).
    """
    if type(instant) is datetime:
        return instant
    offset = instant.utcoffset()
    if offset is None:
        raise ClockError(f"an instant without a time zone: {instant!r}")
    return datetime(instant.year, instant.month, instant.day, instant.hour, instant.minute,
                    instant.second, instant.microsecond, tzinfo=timezone(offset))


def _pendulum(instant: datetime) -> Instant:
    import pendulum

    return instant if isinstance(instant, pendulum.DateTime) else pendulum.instance(instant)



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



def _quick_now(source: Callable[[], Instant]) -> Instant:
    """The source's instant, made with the standard library when the source can."""
    quick = getattr(source, "quick", None)
    return quick() if quick is not None else source()


class Clock:
    """Now and today for one user: a zone, a day-start offset and a time source.

    Args:
        source: returns the current instant; defaults to COMPANION_NOW or the real time.
        zone: IANA zone name; None means $TZ / the system zone.
        day_starts_at: when the user's day starts (00:00-06:00).
    """

    def __init__(
        self,
        source: Callable[[], Instant] | None = None,
        zone: str | None = None,
        day_starts_at: time = time(0),
    ) -> None:
        self._source = source or default_source()
        self.zone = check_zone(zone) if zone else system_zone_name()
        self.day_starts_at = day_starts_at

    def with_settings(self, zone: str | None, day_starts_at: time) -> Clock:
        """The same time source seen from another zone / day start."""
        return Clock(self._source, zone or None, day_starts_at)

    def now(self) -> Instant:
        """The current instant, on the user's clocks."""
        return _pendulum(self._source()).in_timezone(self.zone)

    def instant(self) -> Instant:
        """The current instant, for counting and comparing (the countdown reads it every
        second); `now()` is the same instant on the user's clocks."""
        return _quick_now(self._source)

    def wall_time(self) -> datetime:
        """What the user's clocks show now, as a naive datetime ("what hour is it")."""
        return wall_time(self.instant(), self.zone)

    def today(self) -> date:
        """The user's current date (day-start offset applied)."""
        return self.date_of(self.instant())

    def date_of(self, instant: Instant, zone: str | None = None) -> date:
        """The user's date of an instant, read in `zone` (default: the current zone)."""
        return local_date(instant, zone or self.zone, self.day_starts_at)

    def next_rollover(self) -> Instant:
        """The first instant of the user's next day.

        Usually tomorrow at the day-start time. When the clocks skip that time (a
        day starting at 02:30 on the night they go forward past it), the day changes
        the moment they jump, so that is the rollover. When the time comes twice
        (the night they go back), the later one: the day has turned for good then.
        """
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
                if local_date(cast("Instant", middle), self.zone, self.day_starts_at) >= tomorrow:
                    high = middle
                else:
                    low = middle
            rollover = high.replace(microsecond=0)
        return _pendulum(rollover).in_tz(self.zone)



def real_now() -> Instant:
    """The machine's current instant."""
    import pendulum

    return pendulum.now("UTC")


class RealSource:
    """The machine's clock (with a quick path that needs no Pendulum)."""

    def __call__(self) -> Instant:
        return real_now()

    def quick(self) -> Instant:
        """The current instant, made with the standard library."""
        return cast("Instant", datetime.now(timezone.utc))


class FixedSource:
    """COMPANION_NOW: the same instant every time. Invalid text is refused at once."""

    def __init__(self, text: str) -> None:
        self.text = text
        try:
            parsed: datetime = datetime.fromisoformat(text)
        except ValueError:
            parsed = parse_instant(text)  # other ISO-8601 forms, or ClockError
        self._quick = cast("Instant", parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc))
        self._instant: Instant | None = None

    def __call__(self) -> Instant:
        if self._instant is None:
            self._instant = _pendulum(self._quick).in_timezone("UTC")
        return self._instant

    def quick(self) -> Instant:
        """The fixed instant, made with the standard library."""
        return self._quick


def default_source() -> Callable[[], Instant]:
    """COMPANION_NOW when set (a fixed instant), else the real clock."""
    fixed = os.environ.get(NOW_ENV)
    if fixed:
        return FixedSource(fixed)
    return RealSource()


class MovableSource:
    """A time source that stays put until moved; for demos and tests."""

    def __init__(self, start: Instant) -> None:
        self.instant = start

    def __call__(self) -> Instant:
        return self.instant

    def advance(self, **delta: float) -> None:
        """Move the clock forward (e.g. `advance(minutes=5)`)."""
        self.instant = shift(self.instant, **delta)


class OffsetSource:
    """Starts at a fixed instant and then moves with real time (for the demo)."""

    def __init__(self, start: Instant) -> None:
        self.start = start
        self.real_start = real_now()

    def __call__(self) -> Instant:
        return self.start + (real_now() - self.real_start)
