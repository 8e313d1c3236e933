"""Reading an event's wall-clock time quickly, for screens that go through years of events.

`Event.instant` parses with Pendulum, which costs about 15 µs an event; History reads
tens of thousands of them, so it uses the standard library's ISO parser and zone
data instead. The result is the same wall-clock time `clock.local_date` reads.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.domain.records import Event


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # unknown or malformed: keep the stored offset
        return None


def wall_time(event: Event) -> datetime:
    """The naive wall-clock time of an event in the zone it was recorded in."""
    try:
        moment = datetime.fromisoformat(event.at)
    except ValueError:
        moment = event.instant  # an unusual ISO form Pendulum still understands
    zone = _zone(event.zone)
    if moment.tzinfo is not None and zone is not None:
        moment = moment.astimezone(zone)
    return moment.replace(tzinfo=None)


def user_day(wall: datetime, day_starts_at: time = time(0)) -> date:
    """The user's date for a wall-clock time, with the day-start offset applied."""
    shifted = wall - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return shifted.date()


def minutes_into_day(wall: datetime, day_starts_at: time = time(0)) -> int:
    """Minutes since the start of the user's day (for ordering within a day)."""
    shifted = wall - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return shifted.hour * 60 + shifted.minute
