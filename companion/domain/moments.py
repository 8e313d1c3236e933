"""Reading an event's wall-clock time, for screens that go through years of events.

History reads tens of thousands of events, each in the zone it was recorded in; an
event whose zone is not in the zone database is read at the offset it was stored with.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from companion.clock import ClockError, read_instant
from companion.clock import wall_time as wall_time_in
from companion.domain.records import Event


def wall_time(event: Event) -> datetime:
    """The naive wall-clock time of an event in the zone it was recorded in."""
    instant = read_instant(event.at)
    try:
        return wall_time_in(instant, event.zone)
    except ClockError:  # an unknown or malformed zone: the stored offset's time
        return instant.replace(tzinfo=None)


def user_day(wall: datetime, day_starts_at: time = time(0)) -> date:
    """The user's date for a wall-clock time, with the day-start offset applied."""
    shifted = wall - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return shifted.date()


def minutes_into_day(wall: datetime, day_starts_at: time = time(0)) -> int:
    """Minutes since the start of the user's day (for ordering within a day)."""
    shifted = wall - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return shifted.hour * 60 + shifted.minute
