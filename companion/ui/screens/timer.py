"""The impulse-delay timer ("panic button"): counting from the first frame, until the urge passes.

The end instant is stored when the timer starts; every second the screen recomputes
what is left from it and the clock (`timer_clock`), so the countdown never drifts and
picks up where it was after the app is closed.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer as Ticker
from textual.widgets import Static

from companion.content import timer_prompts as words
from companion.domain import timer as tm
from companion.domain.planning import occurrences_on
from companion.domain.records import Timer, instant_text
from companion.domain.text import hide_name
from companion.store.repository import Snapshot
from companion.ui.screens.timer_clock import TimerClock
from companion.ui.screens.timer_forecast import forecast_field, forecast_text
from companion.ui.screens.timer_outcomes import TimerOutcomes
from companion.ui.screens.timer_writing import TimerWriting
from companion.ui.widgets.bars import KeyBar, TitleBar
from companion.ui.widgets.countdown import CountdownFace
from companion.ui.widgets.fit import clip_at_word
from companion.ui.widgets.steady import SteadyLines, SteadyStatic, SteadyVertical
from companion.ui.widgets.support import SupportCard

FIRST_FRAME_SECONDS = 0.15  # as the first screen: the rest of it comes this long after mounting
COLUMN = "timer-column"
KEY_ACTIONS = {"intensity", "extend", "write", "trigger", "next_card", "end_now", "forecast"}
TOP_WIDTH = 108  # the timer column's max-width (timer.tcss)


def _intensity_bindings() -> list[Binding]:
    first = [Binding("1", "intensity(1)", "Urge", key_display="0-9")]
    rest = [Binding(str(n), f"intensity({n})", show=False) for n in range(2, 10)]
    return first + rest + [Binding("0", "intensity(10)", show=False)]


def plan_lines(snapshot: Snapshot, today: Any) -> list[str]:
    """Today's planned, not yet done activities, as short lines."""
    lines = []
    for occurrence in occurrences_on(snapshot.activities, today):
        if occurrence.done:
            continue
        activity = occurrence.activity
        lines.append(activity.title + (f" ({activity.at})" if activity.at else ""))
    return lines


class TimerScreen(TimerOutcomes, TimerWriting, TimerClock, SteadyLines, Screen[None]):
    """The delay timer: countdown, support, a place to write, and the outcome at the end.

    Args:
        minutes: the delay; None means the user's default. A timer that is already
            running is resumed instead.
    """

    CSS_PATH = "timer.tcss"
    HELP_TITLE = "Delay timer"
    IS_TIMER = True  # the app's panic keys rest while the timer (or one of its steps) is up
    AUTO_FOCUS = ""
    BINDINGS = [
        *_intensity_bindings(),
        Binding("plus", "extend", "5 min more", key_display="+"),
        Binding("e", "forecast", "Guess it in 10 min", show=False),
        Binding("w", "write", "Write it here", show=False),
        Binding("g", "trigger", "What is it trying to get?", show=False),
        Binding("n", "next_card", "Next card", show=False),
        Binding("f", "end_now", "It passed"),
        Binding("escape", "leave", "Stop"),
        Binding("p", "noop", show=False),
    ]

    def __init__(self, minutes: int | None = None) -> None:
        super().__init__()
        self.minutes = minutes
        self.timer: Timer | None = None
        self.persisted = True
        self.resumed = False
        self.ended = False
        self._end_open = False
        self._finishing = False
        self._intensity_after: int | None = None
        self._forecasting = False  # `e` was pressed: the next digit is the forecast
        self._start_unsaved = False
        self._ends_text = ""
        self._message = ""
        self._message_dirty = False
        self._save_pending: Ticker | None = None
        self._start_at: datetime | None = None  # standard-library instants: no Pendulum to start
        self._end_at: datetime | None = None
        self._ticker: Ticker | None = None
        self._ticks = 0
        self._last_tick: datetime | None = None
        self._card: SupportCard | None = None
        self._first_frame_pending = True
        self._editor_lock = asyncio.Lock()

    # Starting ----------------------------------------------------------------

    def _begin(self) -> Timer:
        """Pick up the running timer, or start counting now, before anything is drawn.

        A new timer's instants are fixed here; they are written to the file just
        after the first frame is painted (`_store_start`), so the countdown shows
        without waiting for the disk.
        """
        app: Any = self.app
        running = app.snapshot.timer
        if running is not None:
            self.resumed = True
            timer = running
        else:
            clock = app.clock
            now = self._plain_now()
            length = self.minutes or app.snapshot.settings.default_delay_minutes
            length = min(max(length, tm.MIN_MINUTES), tm.MAX_MINUTES)
            timer = Timer(started_at=instant_text(now, clock.zone),
                          ends_at=instant_text(now + timedelta(minutes=length), clock.zone),
                          zone=clock.zone, minutes=length)
            self._start_unsaved = True
        self._apply_timer(timer)
        self._message = timer.unsent_message
        return timer

    def _store_start(self) -> None:
        """Write the new timer (once); if another one got there first, show that one."""
        if not self._start_unsaved or self.timer is None:
            return
        self._start_unsaved = False
        app: Any = self.app
        started = self._start_at  # a standard-library instant: writing it needs no Pendulum
        saved = app.perform(lambda: app.repo.start_timer(self.timer.minutes, at=started))
        if saved is None:  # not saved: it still counts, in memory, so the wait happens
            self.persisted = False
            return
        if saved.started_at != self.timer.started_at:
            self.notify("A timer was already running; here it is.", timeout=4)
            self._message = saved.unsent_message
            self.query_one("#unsent").load_text(saved.unsent_message)  # type: ignore[attr-defined]
        self._apply_timer(saved)
        self.refresh_display()

    def compose(self) -> ComposeResult:
        timer = self._begin()
        snapshot = self.app.snapshot  # type: ignore[attr-defined]
        profile = snapshot.profile
        discreet = snapshot.settings.discreet
        name = profile.ex_name if profile else ""
        reasons = profile.reasons if profile else []
        plans = plan_lines(snapshot, self.app.clock.today())  # type: ignore[attr-defined]
        if discreet:
            reasons = [hide_name(r, name) for r in reasons]
            plans = [hide_name(p, name) for p in plans]
        # The parts sit straight on the screen, in one centred column. Each frame,
        # Textual asks every widget on the screen for its lines: the ones that do not
        # change once a second are steady (they hand back the lines they gave last).
        self._countdown = CountdownFace(self._face(), id="countdown", classes=COLUMN)
        yield TitleBar()
        yield SteadyStatic(self._top_line(), id="timer-top", classes=COLUMN)
        yield self._countdown
        # Below the countdown comes one frame later: the first frame is the running
        # countdown alone, painted as soon as possible.
        self._card = SupportCard(self.elapsed, reasons, plans, seed=timer.started_at,
                                 id="support", classes=COLUMN)
        self._footer = KeyBar()
        yield self._footer

    def on_mount(self) -> None:
        self.sub_title = "Delay timer"
        self.app.data_changed.subscribe(self, self._on_data)  # type: ignore[attr-defined]
        self.refresh_display()
        self._align_ticks()
        if self.resumed and not self.ended:
            self.notify("Your timer was already running; here it is.", timeout=4)
        if tm.remaining_seconds(self._end_at, self._plain_now()) == 0 and not self.ended:
            self.time_up(live=False)

    def on_screen_resume(self) -> None:
        """On show: the rest of the screen, and writing the start, wait for its first frame.

        Opened over another screen, that frame is drawn as the screen resumes. As the
        app's first screen it is drawn only when the terminal's size is known, after
        callbacks asked for now would run (and a first Resize can paint nothing), so
        the rest follows a moment later instead.
        """
        if not self._first_frame_pending:
            return
        if len(self.app.screen_stack) > 2:  # the default screen, another one, this one
            self.call_after_refresh(self._after_first_frame)
        else:
            self.set_timer(FIRST_FRAME_SECONDS, self._after_first_frame)

    async def _after_first_frame(self) -> None:
        if not self._first_frame_pending:
            return
        self._first_frame_pending = False
        await self._mount_lower()
        self._store_start()

    async def _mount_lower(self) -> None:
        """The support card, the text box and the trigger, after the first frame.

        The writing part has a container of its own, so a frame that changes only the
        countdown and the card does not go through the text box. The box is a
        look-alike until someone writes (`_open_editor`): Textual's TextArea is not
        loaded for a wait that needs no writing.
        """
        from companion.ui.widgets.timer_parts import TriggerLine, UnsentPreview

        assert self.timer is not None and self._card is not None
        writing = SteadyVertical(
            Static(f"{words.WRITE_LABEL} · w to write, esc when done", id="write-label"),
            UnsentPreview(self._message, placeholder=words.WRITE_PLACEHOLDER, id="unsent"),
            TriggerLine(self._trigger_text(), id="trigger-row"),
            id="timer-writing", classes=COLUMN,
        )
        await self.mount_all([self._card, writing], before=self._footer)
        self.refresh_display()

    def on_unmount(self) -> None:
        self._stop_ticking()
        if self._start_unsaved:  # closed before the first frame: keep the timer all the same
            try:
                self.app.repo.start_timer(self.timer.minutes, at=self._start_at)  # type: ignore[attr-defined,union-attr]
            except Exception:
                pass
        if self._message_dirty and self.persisted and not self._finishing:
            try:
                self.app.repo.update_timer(unsent_message=self._message)  # type: ignore[attr-defined]
            except Exception:  # closing: nothing more we can do than try
                pass

    # Words -------------------------------------------------------------------

    def _title(self) -> str:
        snapshot = self.app.snapshot  # type: ignore[attr-defined]
        if snapshot.settings.discreet:
            return words.TITLE_DISCREET
        name = snapshot.profile.ex_name.strip() if snapshot.profile else ""
        return words.TITLE_NAMED.format(name=name) if name else words.TITLE_PLAIN

    def _top_line(self) -> Table:
        intensity = self._intensity_text()
        width = self.size.width - 2 if self.size.width else self.app.size.width - 2  # the column's margins
        room = max(1, min(width, TOP_WIDTH) - intensity.cell_len - 2)
        line = Table.grid(expand=True)
        line.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        line.add_column(justify="right", no_wrap=True)
        # The name is shown as typed (a Text, never markup) and shortened at a word,
        # leaving two cells before the right-hand words.
        line.add_row(Text(clip_at_word(self._title(), room), style="bold"), intensity)
        return line

    def on_resize(self) -> None:
        self.query_one("#timer-top", Static).update(self._top_line())

    def _intensity_text(self) -> Text:
        value = self.timer.intensity_before if self.timer else None
        if value is None and not self._forecasting:
            return Text(words.INTENSITY_ASK, style="italic")
        return forecast_text(value, self.timer.expected if self.timer else None, self._forecasting)

    # Keys --------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While writing, single keys type text: hide their bindings from the footer."""
        if action in KEY_ACTIONS and self.focused is not None and self.focused.id == "unsent":
            return False
        return True

    def action_noop(self) -> None:
        """`p` while the timer is open: it is already here."""

    def action_intensity(self, value: int) -> None:
        """How strong the urge is (one key: 1-9, 0 for 10); after `e`, the forecast."""
        if self.timer is None:
            return
        field = forecast_field(self._forecasting)
        self._forecasting = False
        setattr(self.timer, field, value)
        self.query_one("#timer-top", Static).update(self._top_line())
        self._save(**{field: value})

    def action_forecast(self) -> None:
        """`e`: the next key says how strong it will be in ten minutes if you wait."""
        self._forecasting = True
        self.query_one("#timer-top", Static).update(self._top_line())

    def action_extend(self, minutes: int = tm.EXTEND_MINUTES) -> None:
        """Add time (from the end, or from now if it has passed)."""
        if self.timer is None:
            return
        saved = self._save(extend_minutes=minutes)
        if saved is None:
            self.timer.ends_at = instant_text(
                tm.extended_end(self._end(), self._now(), minutes), self.timer.zone)
            self.timer.minutes += minutes
            saved = self.timer
        self._apply_timer(saved)
        self.ended = False
        self.refresh_display()
        self.notify(f"{minutes} more minutes. Until {self._ends_text}.", timeout=3)

    async def action_next_card(self) -> None:
        """Show the next support card now."""
        await self._after_first_frame()
        self.query_one(SupportCard).next_card()

    def action_end_now(self) -> None:
        """The urge has passed already: go to the outcome step (the countdown goes on)."""
        self.save_message()
        self.open_end()

    def action_leave(self) -> None:
        """Stop early: ask first, then log the urge as unresolved."""
        self._confirm_leave(None)

    # Saving ------------------------------------------------------------------

    def _save(self, **values: Any) -> Timer | None:
        self._store_start()  # a key pressed before the first frame was stored
        if not self.persisted:
            return None
        saved = self.app.perform(lambda: self.app.repo.update_timer(**values))  # type: ignore[attr-defined]
        if saved is not None:  # what is on disk now, with this change (and any made before the start was)
            self.timer = saved
        return saved

    def _on_data(self, snapshot: Snapshot) -> None:
        """Another process may have extended or ended the timer."""
        if self._finishing or self._start_unsaved or not self.persisted or self.timer is None:
            return
        current = snapshot.timer
        if current is None:
            self._finishing = True
            self.notify("The timer was ended elsewhere.", timeout=4)
            self.dismiss()
        elif current.id == self.timer.id and current.ends_at != self.timer.ends_at:
            self._apply_timer(current)
            self.ended = False
            self.refresh_display()
