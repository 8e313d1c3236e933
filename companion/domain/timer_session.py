"""One wait on the delay timer, from its start to its outcome: what the timer screen keeps.

The screen draws and asks the repository; this object holds everything else: the
stored timer record (start, end, strength before, forecast, trigger, message), the
instants counted from, whether the start is written yet, the strength after, and
where the wait is (counting, over, being closed). It reads the time only from the
clock it is given, so a test can fix it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from enum import Enum

from companion.clock import Instant, read_instant, wall_time
from companion.domain import timer as tm
from companion.domain.records import Timer, UrgeOutcome, instant_text

Clock = Callable[[], Instant]


class Elsewhere(Enum):
    """What another process did to this timer, as seen in a fresh read of the file."""

    NOTHING = "nothing"
    EXTENDED = "extended"
    ENDED = "ended"


class TimerSession:
    """The state of one wait: a new timer (not yet written) or a running one picked up.

    Args:
        timer: the timer record counted towards.
        now: the clock.
        zone: the zone the end's time of day is said in.
        resumed: the timer was already running when the screen opened.
        unsaved: a new timer whose start is not written to the file yet.
    """

    def __init__(self, timer: Timer, now: Clock, zone: str, *, resumed: bool = False,
                 unsaved: bool = False) -> None:
        self.now = now
        self.zone = zone
        self.resumed = resumed
        self.start_unsaved = unsaved
        self.persisted = True  # False once writing the start failed: it counts in memory
        self.ended = False  # the time is up (or was when the screen opened)
        self.finishing = False  # the outcome is being logged, or the timer closed elsewhere
        self.forecasting = False  # `e` was pressed: the next digit is the forecast
        self.intensity_after: int | None = None
        self.outcome: UrgeOutcome | None = None  # how it ended, once it is being logged
        self.message = timer.unsent_message
        self.message_dirty = False
        self.apply(timer)

    @classmethod
    def begin(cls, running: Timer | None, now: Clock, zone: str, minutes: int) -> TimerSession:
        """Pick up the running timer, or start a new one of `minutes` (clamped) now."""
        if running is not None:
            return cls(running, now, zone, resumed=True)
        start = now()
        length = min(max(minutes, tm.MIN_MINUTES), tm.MAX_MINUTES)
        return cls(tm.new_timer(start, length, zone), now, zone, unsaved=True)

    def apply(self, timer: Timer) -> None:
        """Count towards this record's end (the start written, an extension, a re-read)."""
        self.timer = timer
        self.start_at = read_instant(timer.started_at)
        self.end_at = read_instant(timer.ends_at)
        self.ends_text = wall_time(self.end_at, self.zone).strftime("%H:%M")

    # The countdown -------------------------------------------------------------

    def remaining(self, now: Instant | None = None) -> int:
        """Whole seconds left (0 once the end has passed)."""
        return tm.remaining_seconds(self.end_at, now or self.now())

    def face(self, now: Instant | None = None) -> str:
        """What the countdown shows: "MM:SS" or "H:MM:SS"."""
        return tm.clock_face(self.remaining(now))

    def fraction(self, now: Instant | None = None) -> float:
        """How much of the wait is behind (0.0-1.0)."""
        return tm.progress_fraction(self.start_at, self.end_at, now or self.now())

    def elapsed(self, now: Instant | None = None) -> float:
        """Seconds since the start."""
        return ((now or self.now()) - self.start_at).total_seconds()

    def seconds_to_next_turn(self) -> float:
        """How long until the countdown's next second turns (0.0-1.0)."""
        return (self.end_at - self.now()).total_seconds() % 1.0

    def seconds_since_turn(self, now: Instant) -> float:
        """How long ago the countdown's last second turned (0.0-1.0)."""
        return -(self.end_at - now).total_seconds() % 1.0

    def minutes_waited(self) -> float:
        """Minutes held off so far (no further than the end)."""
        return tm.minutes_waited(self.start_at, self.end_at, self.now())

    def early(self) -> bool:
        """The person says it passed before the time is up."""
        return self.remaining() > 0

    # What the person says --------------------------------------------------------

    def ask_forecast(self) -> None:
        """`e`: the next strength key is the forecast for ten minutes from now."""
        self.forecasting = True

    def strength_key(self, value: int) -> dict[str, int]:
        """A strength key (1-10): the strength now, or the forecast after `e`.

        Returns the change to save, e.g. {"intensity_before": 7}.
        """
        field = "expected" if self.forecasting else "intensity_before"
        self.forecasting = False
        self.timer = replace(self.timer, **{field: tm.check_intensity(value)})
        return {field: value}

    def choose_trigger(self, trigger: str) -> dict[str, str]:
        """What the text is trying to get; returns the change to save."""
        self.timer = replace(self.timer, trigger=trigger)
        return {"trigger": trigger}

    def write(self, text: str) -> None:
        """The unsent message as typed so far (saved by `message_to_save`)."""
        self.message = text
        self.message_dirty = True

    def message_to_save(self) -> str | None:
        """The message if it changed since it was last saved (and mark it saved), else None."""
        if not self.message_dirty:
            return None
        self.message_dirty = False
        return self.message

    def message_kept(self, saved: Timer | None) -> bool:
        """After saving the message: keep what the file holds. True if it was shortened."""
        shortened = saved is not None and len(saved.unsent_message) < len(self.message.strip()) - 2
        self.timer = replace(self.timer, unsent_message=saved.unsent_message if saved else self.message)
        return shortened

    def may_be_mistake(self, within_seconds: float) -> bool:
        """Stopped within the first seconds, with nothing said or written: maybe a slip of a key."""
        return (not self.ended and not self.message.strip()
                and self.elapsed() < within_seconds)

    # The end -------------------------------------------------------------------------

    def time_is_up(self) -> None:
        """The end instant has passed: the outcome is asked next."""
        self.ended = True

    def close(self, outcome: UrgeOutcome | None, intensity_after: int | None = None) -> None:
        """The wait is closing: log `outcome` with the strength after (None: log nothing)."""
        self.finishing = True
        self.outcome = outcome
        self.intensity_after = intensity_after

    def stay_open(self) -> None:
        """Logging the outcome failed: the wait goes on as it was."""
        self.finishing = False
        self.outcome = None

    # Saving ----------------------------------------------------------------------

    def start_written(self, saved: Timer | None) -> bool:
        """The start was written (`saved`), or could not be (None: count in memory).

        Returns True when another timer was running already: that one is counted now,
        with its message.
        """
        self.start_unsaved = False
        if saved is None:
            self.persisted = False
            return False
        other = saved.started_at != self.timer.started_at
        if other:
            self.message = saved.unsent_message
        self.apply(saved)
        return other

    def saved(self, timer: Timer | None) -> None:
        """What the file holds after a change (None: not saved, keep the change in memory)."""
        if timer is not None:
            self.timer = timer

    def extend(self, minutes: int, saved: Timer | None) -> None:
        """Add `minutes`: as the file now says, or (not saved) from the end or from now."""
        if saved is None:
            base = max(self.end_at, self.now())
            saved = replace(self.timer, ends_at=instant_text(base + timedelta(minutes=minutes), self.timer.zone),
                            minutes=self.timer.minutes + minutes)
        self.apply(saved)
        self.ended = False

    def changed_elsewhere(self, current: Timer | None) -> Elsewhere:
        """A fresh read of the file: was this timer ended or extended by another process?"""
        if self.finishing or self.start_unsaved or not self.persisted:
            return Elsewhere.NOTHING
        if current is None:
            self.finishing = True
            return Elsewhere.ENDED
        if current.id == self.timer.id and current.ends_at != self.timer.ends_at:
            self.apply(current)
            self.ended = False
            return Elsewhere.EXTENDED
        return Elsewhere.NOTHING
