"""When in the day urges come: events with their wall-clock hour, the busiest window.

Kept apart from the rest of the insights because Today's hardest-hours line needs
only this, and the check pattern shares it. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from companion.domain.moments import user_day, wall_time
from companion.domain.records import Event, EventKind

WINDOW_HOURS = 3
MIN_URGES_FOR_HOURS = 3
NOT_ENOUGH_URGES = "Not enough urges logged yet to see a pattern."

_URGE = EventKind.URGE.value


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


def urges_of(events: Iterable[Event | Dated], day_starts_at: time = time(0)) -> list[Dated]:
    return dated((e for e in events if (e.event if isinstance(e, Dated) else e).kind == _URGE), day_starts_at)


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
    counts, dated_only = hour_counts(urges_of(events))
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
