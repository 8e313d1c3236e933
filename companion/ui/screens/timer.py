"""The impulse-delay timer ("panic button"): counting from the first frame, until the urge passes.

The wait's state (start, end, strength, forecast, trigger, message, outcome) is a
`TimerSession` (domain/timer_session.py); this screen draws it, asks the repository
to save it, and walks the steps at the end. Every second it recomputes what is left
from the stored end instant and the clock, so the countdown never drifts and picks
up where it was after the app is closed. Its widgets post messages to it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer as Ticker

from companion.clock import Instant
from companion.content import timer_prompts as words
from companion.domain import timer as tm
from companion.domain.planning import occurrences_on
from companion.domain.records import Timer
from companion.domain.text import hide_name
from companion.domain.timer_session import Elsewhere, TimerSession
from companion.store.repository import Snapshot
from companion.ui.session import SessionLink
from companion.ui.widgets.bars import KeyBar, TitleBar
from companion.ui.widgets.countdown import CountdownFace
from companion.ui.widgets.support import SupportCard
from companion.ui.widgets.timer_parts import TriggerLine, UnsentPreview, WritingPart
from companion.ui.widgets.timer_top import TimerTop

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from companion.ui.dialogs.trigger import TriggerChoice
    from companion.ui.screens.timer_walk import EndOfWait

__all__ = ["TimerScreen", "hide_name", "plan_lines"]

FIRST_FRAME_SECONDS = 0.15  # as the first screen: the rest of it comes this long after mounting
COLUMN = "timer-column"
KEY_ACTIONS = {"intensity", "extend", "write", "trigger", "next_card", "end_now", "forecast"}
TICK_LAG = 0.02  # the tick comes this long after the countdown's second turns
TICK_LATE = 0.3  # a tick later than this after the turn (the clock jumped, or a sleep) re-aligns
SAVE_AFTER_SECONDS = 1.0  # what is typed is saved this long after typing starts


def _intensity_bindings() -> list[Binding]:
    first = [Binding("1", "intensity(1)", "Urge", key_display="0-9")]
    rest = [Binding(str(n), f"intensity({n})", show=False) for n in range(2, 10)]
    return first + rest + [Binding("0", "intensity(10)", show=False)]


def plan_lines(snapshot: Snapshot, today: date) -> list[str]:
    """Today's planned, not yet done activities, as short lines."""
    lines = []
    for occurrence in occurrences_on(snapshot.activities, today):
        if occurrence.done:
            continue
        activity = occurrence.activity
        lines.append(activity.title + (f" ({activity.at})" if activity.at else ""))
    return lines


class TimerScreen(Screen[None]):
    """The delay timer: countdown, support, a place to write, and the outcome at the end.

    Args:
        minutes: the delay; None means the user's default. A timer that is already
            running is resumed instead.
    """

    CSS_PATH = "timer.tcss"
    HELP_TITLE = "Delay timer"
    IS_TIMER = True  # the app's panic keys rest while the timer (or one of its steps) is up
    AUTO_FOCUS = ""
    session = SessionLink()
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
        self._wait: TimerSession | None = None  # made in compose: the app's data is needed
        self._walk: EndOfWait | None = None  # the steps after the wait, loaded when it ends
        self._save_pending: Ticker | None = None
        self._ticker: Ticker | None = None
        self._last_tick: Instant | None = None
        self._first_frame_pending = True

    @property
    def wait(self) -> TimerSession:
        """This wait's state: the timer record, where the countdown is, what is left to save."""
        assert self._wait is not None, "the wait is made when the screen is composed"
        return self._wait

    @property
    def walk(self) -> EndOfWait:
        """The steps after the countdown (the outcome, more time, the last pause, stopping)."""
        if self._walk is None:
            from companion.ui.screens.timer_walk import EndOfWait  # what ends a wait loads with it

            self._walk = EndOfWait(self)
        return self._walk

    @property
    def timer(self) -> Timer | None:
        """The timer record counted towards (None before the screen is composed)."""
        return self._wait.timer if self._wait is not None else None

    # Starting ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        session = self.session
        snapshot = session.snapshot
        length = self.minutes or snapshot.settings.default_delay_minutes
        self._wait = TimerSession.begin(snapshot.timer, session.clock.instant, session.clock.zone, length)
        profile = snapshot.profile
        name = profile.ex_name if profile else ""
        reasons = profile.reasons if profile else []
        plans = plan_lines(snapshot, session.clock.today())
        if snapshot.settings.discreet:
            reasons = [hide_name(r, name) for r in reasons]
            plans = [hide_name(p, name) for p in plans]
        self._countdown = CountdownFace(self.wait.face(), id="countdown", classes=COLUMN)
        yield TitleBar()
        top = TimerTop(self._title(), id="timer-top", classes=COLUMN)
        top.show(self.wait.timer.intensity_before, self.wait.timer.expected, self.wait.forecasting)
        yield top
        yield self._countdown
        # Below the countdown comes one frame later: the first frame is the running
        # countdown alone, painted as soon as possible.
        self._card = SupportCard(self.wait.elapsed, reasons, plans, seed=self.wait.timer.started_at,
                                 id="support", classes=COLUMN)
        self._footer = KeyBar()
        yield self._footer

    def on_mount(self) -> None:
        self.sub_title = "Delay timer"
        self.session.data_changed.subscribe(self, self._on_data)
        self.refresh_display()
        self._align_ticks()
        if self.wait.resumed and not self.wait.ended:
            self.notify("Your timer was already running; here it is.", timeout=4)
        if self.wait.remaining() == 0 and not self.wait.ended:
            self.walk.time_up(live=False)

    def on_screen_resume(self) -> None:
        """On show: the rest of the screen, and writing the start, wait for its first frame.

        Opened over another screen, that frame is drawn as the screen resumes. As the
        app's first screen it is drawn only when the terminal's size is known, after
        callbacks asked for now would run (and a first Resize can paint nothing), so
        the rest follows a moment later instead. Back on top after the wait ended
        under another screen, the outcome is asked now.
        """
        if self._first_frame_pending:
            if len(self.app.screen_stack) > 2:  # the default screen, another one, this one
                self.call_after_refresh(self._after_first_frame)
            else:
                self.set_timer(FIRST_FRAME_SECONDS, self._after_first_frame)
        if self.wait.ended and not self.wait.finishing and (self._walk is None or not self._walk.end_open):
            self.call_after_refresh(self.walk.open_end_if_on_top)

    async def _after_first_frame(self) -> None:
        """The support card and the writing part, then writing the start to the file."""
        if not self._first_frame_pending:
            return
        self._first_frame_pending = False
        writing = WritingPart(self.wait.message, self.wait.timer.trigger, id="timer-writing", classes=COLUMN)
        await self.mount_all([self._card, writing], before=self._footer)
        self.refresh_display()
        self.store_start()

    def store_start(self) -> None:
        """Write the new timer (once); if another one got there first, show that one."""
        wait = self.wait
        if not wait.start_unsaved:
            return
        started = wait.start_at
        saved = self.session.perform(lambda: self.session.repo.timer.start(wait.timer.minutes, at=started))
        if wait.start_written(saved):
            self.notify("A timer was already running; here it is.", timeout=4)
            for writing in self.query(WritingPart):  # not there yet: it is made with this message
                writing.load_text(wait.message)
        self.refresh_display()

    def on_unmount(self) -> None:
        self._stop_ticking()
        wait = self._wait
        if wait is None:  # never composed
            return
        repo = self.session.repo
        if wait.start_unsaved:  # closed before the first frame: keep the timer all the same
            try:
                repo.timer.start(wait.timer.minutes, at=wait.start_at)
            except Exception:
                pass
        if wait.message_dirty and wait.persisted and not wait.finishing:
            try:
                repo.timer.update(unsent_message=wait.message)
            except Exception:  # closing: nothing more we can do than try
                pass

    # Words -------------------------------------------------------------------

    def _title(self) -> str:
        snapshot = self.session.snapshot
        if snapshot.settings.discreet:
            return words.TITLE_DISCREET
        name = snapshot.profile.ex_name.strip() if snapshot.profile else ""
        return words.TITLE_NAMED.format(name=name) if name else words.TITLE_PLAIN

    def _show_strength(self) -> None:
        timer = self.wait.timer
        self.query_one(TimerTop).show(timer.intensity_before, timer.expected, self.wait.forecasting)

    def _note(self, left: int) -> str:
        if left == 0:
            return "The wait is over."
        return f"to go · ends at {self.wait.ends_text} · an urge is a wave: it rises, then it falls"

    # The tick ----------------------------------------------------------------

    def _align_ticks(self) -> None:
        """Start ticking once a second, just after the countdown's next second turns."""
        if self._ticker is not None:
            self._ticker.stop()
        ahead = self.wait.seconds_to_next_turn()
        self._ticker = self.set_timer(ahead + TICK_LAG, self._start_ticking, name="timer align")

    def _start_ticking(self) -> None:
        self._ticker = self.set_interval(1, self._tick, name="timer tick")
        self._tick()

    def _stop_ticking(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()

    def _tick(self) -> None:
        """The screen's one clock: the digits, the bar, the support card and its breathing
        square all change in this one frame (other processes' writes reach the screen
        through the session's own poll, as on every screen)."""
        if self.wait.finishing:
            self._stop_ticking()
            return
        now = self.wait.now()
        self.refresh_display(now)
        if self.wait.seconds_since_turn(now) > TICK_LATE and now != self._last_tick:
            self._align_ticks()  # a clock that stands still stays
        self._last_tick = now

    def refresh_display(self, now: Instant | None = None) -> None:
        """Recompute everything on show from the end instant and now; each part redraws
        only if what it shows has changed."""
        wait = self.wait
        if wait.finishing:
            return
        now = now if now is not None else wait.now()
        left = wait.remaining(now)
        self._countdown.update(tm.clock_face(left))
        self._countdown.set_fraction(wait.fraction(now))
        self._countdown.set_note(self._note(left))
        if self._card.is_mounted:  # mounted after the first frame
            self._card.sync()
        if left == 0 and not wait.ended:
            self.walk.time_up(live=True)

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
        change = self.wait.strength_key(value)
        self._show_strength()
        self.save(**change)

    def action_forecast(self) -> None:
        """`e`: the next key says how strong it will be in ten minutes if you wait."""
        self.wait.ask_forecast()
        self._show_strength()

    def action_extend(self, minutes: int = tm.EXTEND_MINUTES) -> None:
        """Add time (from the end, or from now if it has passed)."""
        self.wait.extend(minutes, self.save(extend_minutes=minutes))
        self.refresh_display()
        self.notify(f"{minutes} more minutes. Until {self.wait.ends_text}.", timeout=3)

    async def action_next_card(self) -> None:
        """Show the next support card now."""
        await self._after_first_frame()
        self._card.next_card()

    async def action_write(self) -> None:
        """Go to the text box (a key pressed before the rest of the screen is up brings it now)."""
        await self._after_first_frame()
        (await self.query_one(WritingPart).open_editor()).focus()

    async def action_trigger(self) -> None:
        """Choose what the text is trying to get."""
        from companion.ui.dialogs.trigger import TriggerDialog  # loaded when first asked for

        await self._after_first_frame()

        def chosen(choice: TriggerChoice | None) -> None:
            if choice is None:
                return
            self.save(**self.wait.choose_trigger(choice.trigger))
            self.query_one(TriggerLine).show(self.wait.timer.trigger)

        self.app.push_screen(TriggerDialog(self.wait.timer.trigger), chosen)

    def action_end_now(self) -> None:
        """The urge has passed already: go to the outcome step (the countdown goes on)."""
        self.save_message()
        self.walk.open_end()

    def action_leave(self) -> None:
        """Stop early: ask first, then log the urge as unresolved."""
        self.walk.confirm_leave(None)

    # What the widgets say ------------------------------------------------------

    @on(TriggerLine.Clicked)
    async def _trigger_clicked(self) -> None:
        await self.action_trigger()

    @on(UnsentPreview.Opened)
    async def _write_wanted(self) -> None:
        """The look-alike box got focus (a click, tab): write in the real one."""
        (await self.query_one(WritingPart).open_editor()).focus()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """What is typed in the text box (TextArea.Changed, handled by name: its module
        loads after the first frame)."""
        if event.text_area.id != "unsent":
            return
        self.wait.write(event.text_area.text)
        if self._save_pending is None:
            self._save_pending = self.set_timer(SAVE_AFTER_SECONDS, self.save_message)

    # Saving ------------------------------------------------------------------

    def save_message(self) -> None:
        """Keep what was typed (at most a second after typing, so a crash keeps it)."""
        if self._save_pending is not None:
            self._save_pending.stop()
            self._save_pending = None
        message = self.wait.message_to_save()
        if message is None:
            return
        if self.wait.message_kept(self.save(unsent_message=message)):
            self.notify("That was long: the saved copy was shortened.", severity="warning")

    def save(self, **values: Any) -> Timer | None:
        """Save a change to the running timer; None if it could not be (it stays in memory)."""
        self.store_start()  # a key pressed before the first frame was stored
        if not self.wait.persisted:
            return None
        saved = self.session.perform(lambda: self.session.repo.timer.update(**values))
        self.wait.saved(saved)  # what is on disk now, with this change (and any made before)
        return saved

    def _on_data(self, snapshot: Snapshot) -> None:
        """Another process may have extended or ended the timer."""
        change = self.wait.changed_elsewhere(snapshot.timer)
        if change is Elsewhere.ENDED:
            self.notify("The timer was ended elsewhere.", timeout=4)
            self.dismiss()
        elif change is Elsewhere.EXTENDED:
            self.refresh_display()
