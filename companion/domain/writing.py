"""The three-sitting writing exercise: which sitting comes next, and the quiet countdown.

Pure: the sittings are journal events marked with the exercise's name and a sitting
number; the countdown is words from the minutes and seconds left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from companion.domain.records import Event, EventKind

SITTINGS = 3


@dataclass(frozen=True)
class Countdown:
    """What the quiet line says: minutes left (rounded up), or that the time is up."""

    minutes_left: int
    last_minute: bool
    up: bool


def sittings_written(events: Iterable[Event], exercise: str) -> list[int]:
    """The sitting numbers already saved to the journal for `exercise`, sorted."""
    found = set()
    for event in events:
        if event.kind != EventKind.JOURNAL.value or event.data.get("exercise") != exercise:
            continue
        sitting = event.data.get("sitting")
        if isinstance(sitting, int) and not isinstance(sitting, bool) and 1 <= sitting <= SITTINGS:
            found.add(sitting)
    return sorted(found)


def next_sitting(events: Iterable[Event], exercise: str) -> int | None:
    """The first sitting not yet written (None when all three are)."""
    written = set(sittings_written(events, exercise))
    return next((n for n in range(1, SITTINGS + 1) if n not in written), None)


def countdown(seconds_elapsed: float, minutes: int) -> Countdown:
    """The quiet countdown after `seconds_elapsed` of a sitting of `minutes`.

    Minutes are rounded up, so the line never says 0 while time remains, and it
    changes at most once a minute (nothing ticks by the second).
    """
    left = max(minutes * 60 - max(seconds_elapsed, 0.0), 0.0)
    if left <= 0:
        return Countdown(0, False, True)
    whole_minutes = int(-(-left // 60))
    return Countdown(whole_minutes, left <= 60, False)
