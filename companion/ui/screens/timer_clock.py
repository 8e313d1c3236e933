"""The timer screen's clock: what is left, from the stored end instant and now, once a second.

A mixin of TimerScreen. The screen has one clock tick, just after each second of
the countdown turns: the digits, the bar, the support card and its breathing square
all change in that one frame, and nothing else on the screen runs a timer while it
counts (a frame costs the same for one changed cell as for many).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from companion.clock import plain_instant, zone_info
from companion.domain import timer as tm
from companion.domain.records import Timer
from companion.ui.session import POLL_SECONDS

if TYPE_CHECKING:
    from pendulum import DateTime

POLL_TICKS = round(POLL_SECONDS)  # ticks between polls of the file
TICK_LAG = 0.02  # the tick comes this long after the countdown's second turns
TICK_LATE = 0.3  # a tick later than this after the turn (the clock jumped, or a sleep) re-aligns


class TimerClock:
    """The countdown's instants, its tick, and redrawing what the tick changes."""

    # Provided by TimerScreen (and Screen).
    app: Any
    timer: Timer | None
    ended: bool
    _finishing: bool
    _start_at: datetime | None
    _end_at: datetime | None
    _ends_text: str
    _ticker: Any
    _ticks: int
    _last_tick: datetime | None
    _countdown: Any
    _card: Any
    set_timer: Any
    set_interval: Any
    time_up: Any

    def _apply_timer(self, timer: Timer) -> None:
        """Count towards this timer's end (a new one, a resumed one, or one extended)."""
        self.timer = timer
        self._start_at = plain_instant(timer.started_at)
        self._end_at = plain_instant(timer.ends_at)
        self._ends_text = self._end_at.astimezone(zone_info(self.app.clock.zone)).strftime("%H:%M")

    @property
    def _started(self) -> DateTime | None:
        """The start as a Pendulum instant, for the repository (made when asked: the
        first frame is drawn from standard-library instants, without Pendulum)."""
        return _pendulum(self._start_at)

    @property
    def _ends(self) -> DateTime | None:
        return _pendulum(self._end_at)

    def _now(self) -> DateTime:
        """The app clock's current instant, straight from its time source.

        Durations do not depend on the zone: the zone conversion of `clock.now()`
        is left out.
        """
        return self.app.repo.source()

    def _end(self) -> DateTime:
        assert self._ends is not None
        return self._ends

    def _plain_now(self) -> datetime:
        """Now from the same source, as a standard-library datetime where the source has one.

        What the once-a-second tick uses: sums of plain datetimes are much quicker
        than Pendulum's, and the instants are the same.
        """
        source = self.app.repo.source
        plain = getattr(source, "plain", None)
        return plain() if plain is not None else source()

    def elapsed(self) -> float:
        """Seconds since the timer started."""
        assert self._start_at is not None
        return (self._plain_now() - self._start_at).total_seconds()

    def _face(self) -> str:
        assert self._end_at is not None
        return tm.clock_face(tm.remaining_seconds(self._end_at, self._plain_now()))

    # The tick ----------------------------------------------------------------

    def _align_ticks(self) -> None:
        """Start ticking once a second, just after the countdown's next second turns."""
        if self._ticker is not None:
            self._ticker.stop()
        assert self._end_at is not None
        ahead = (self._end_at - self._plain_now()).total_seconds() % 1.0
        self._ticker = self.set_timer(ahead + TICK_LAG, self._start_ticking, name="timer align")

    def _start_ticking(self) -> None:
        self._ticker = self.set_interval(1, self._tick, name="timer tick")
        self.app.poll_from_tick(True)
        self._tick()

    def _stop_ticking(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
        self.app.poll_from_tick(False)

    def _tick(self) -> None:
        """The screen's one clock: everything that moves, moves here, in one frame.

        It also does the app's poll for other processes' writes, as often as the app
        would on its own.
        """
        if self._finishing:
            self._stop_ticking()
            return
        self._ticks += 1
        if self._ticks % POLL_TICKS == 0:
            self.app.poll()
        now = self._plain_now()
        self.refresh_display(now)
        assert self._end_at is not None
        since_turn = -(self._end_at - now).total_seconds() % 1.0
        if since_turn > TICK_LATE and now != self._last_tick:  # a clock that stands still stays
            self._align_ticks()
        self._last_tick = now

    def refresh_display(self, now: datetime | None = None) -> None:
        """Recompute everything on show from the end instant and now (once a second).

        Each part redraws only if what it shows has changed, and all in one frame.
        """
        if self._finishing or self.timer is None:
            return
        now = now if now is not None else self._plain_now()
        assert self._start_at is not None and self._end_at is not None
        left = tm.remaining_seconds(self._end_at, now)
        self._countdown.update(tm.clock_face(left))
        self._countdown.set_fraction(tm.progress_fraction(self._start_at, self._end_at, now))
        self._countdown.set_note(self._note(left))
        if self._card is not None and self._card.is_mounted:  # mounted after the first frame
            self._card.sync()
        if left == 0 and not self.ended:
            self.time_up(live=True)

    def _note(self, left: int) -> str:
        if left == 0:
            return "The wait is over."
        ends = self._ends_text
        return f"to go · ends at {ends} · an urge is a wave: it rises, then it falls"


def _pendulum(instant: datetime | None) -> DateTime | None:
    if instant is None:
        return None
    import pendulum

    return pendulum.instance(instant)
