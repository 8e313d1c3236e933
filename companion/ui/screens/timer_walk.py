"""The walk at the end of a wait: after the outcome step, the choice it made leads on.

Time is up (or "it passed" was pressed) → the outcome step. Then: it passed → log it;
ten more minutes; reaching out → one last pause, then the slip flow; stopping → ask
first (or, within seconds of starting, whether to log it at all). Closing the wait
(`finish`, `discard`) is here too. The timer screen owns the wait and the countdown;
this module, and the outcome step with it, load only when a wait ends or is stopped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from companion.content import panic as panic_words
from companion.content import timer_prompts as words
from companion.domain.records import UrgeOutcome
from companion.domain import timer as tm
from companion.ui.screens.timer_end import CONTACT, LEAVE, MORE, PASSED, EndChoice, TimerEndScreen

if TYPE_CHECKING:
    from textual.app import App

    from companion.domain.timer_session import TimerSession
    from companion.ui.session import Session


class TimerWait(Protocol):
    """What the end of a wait uses of its timer screen (`TimerScreen`, which loads this
    module when a wait ends: the screen is named only here, so the two never import
    each other)."""

    @property
    def app(self) -> App[Any]: ...

    @property
    def session(self) -> Session: ...

    @property
    def wait(self) -> TimerSession: ...

    def save_message(self) -> None: ...

    def store_start(self) -> None: ...

    def action_extend(self, minutes: int = ...) -> None: ...

    def notify(self, message: str, *, title: str = ..., severity: Any = ..., timeout: float | None = ...,
               markup: bool = ...) -> None: ...

    def dismiss(self, result: None = None) -> Any: ...


class EndOfWait:
    """The end of one timer screen's wait: the outcome step and the choices after it."""

    def __init__(self, screen: TimerWait) -> None:
        self.screen = screen
        self.end_open = False  # the outcome step is up

    def time_up(self, live: bool) -> None:
        """The wait is over: bell and notice when it ends live, then the outcome step."""
        self.screen.wait.time_is_up()
        self.screen.save_message()
        if live:
            self.screen.app.bell()
            self.screen.notify(words.ENDED_NOTICE, title="Time's up", timeout=8)
        if self.screen.app.screen is self.screen:
            self.open_end()

    def open_end_if_on_top(self) -> None:
        """The outcome step, unless another screen is on top of the timer (it waits for it)."""
        if self.screen.app.screen is self.screen:
            self.open_end()

    def open_end(self) -> None:
        """Show the outcome step (re-read, how is the urge now, what next)."""
        wait = self.screen.wait
        if self.end_open or wait.finishing:
            return
        self.end_open = True
        snapshot = self.screen.session.snapshot
        end = TimerEndScreen(wait.message, wait.minutes_waited(), wait.timer.intensity_before,
                             snapshot.settings.discreet, wait.intensity_after,
                             early=wait.early(), expected=wait.timer.expected,
                             ex_name=snapshot.profile.ex_name if snapshot.profile else "")
        self.screen.app.push_screen(end, self.after_end)

    def more_time(self) -> None:
        """Ten more minutes; how strong the urge is is asked afresh when they are up."""
        self.screen.wait.intensity_after = None
        self.screen.action_extend(tm.MORE_MINUTES)

    def discard(self) -> None:
        """Close the timer and log nothing."""
        screen, session = self.screen, self.screen.session
        screen.store_start()
        screen.wait.close(None)
        if screen.wait.persisted and session.perform(session.repo.timer.discard) is None:
            screen.wait.stay_open()
            return
        screen.notify(panic_words.MISTAKE_DROPPED, timeout=4)
        screen.dismiss()

    def finish(self, outcome: UrgeOutcome, intensity_after: int | None, notice: str) -> None:
        """Log the urge with its outcome, remove the timer and leave the screen."""
        screen, session = self.screen, self.screen.session
        screen.store_start()
        screen.save_message()
        screen.wait.close(outcome, intensity_after)
        if screen.wait.persisted:
            done = session.perform(lambda: session.repo.timer.finish(outcome.value, intensity_after))
            if done is None:
                screen.wait.stay_open()
                return
        screen.notify(notice, timeout=6)
        screen.dismiss()

    def after_end(self, choice: EndChoice | None) -> None:
        """What the outcome step chose: it passed, more time, reaching out, or stopping."""
        self.end_open = False
        if choice is None:
            return
        self.screen.wait.intensity_after = choice.intensity_after
        if choice.choice == PASSED:
            self.finish(UrgeOutcome.RESISTED, choice.intensity_after, words.PASSED_NOTICE)
        elif choice.choice == MORE:
            self.more_time()
        elif choice.choice == CONTACT:
            self.contact(choice.intensity_after)
        elif choice.choice == LEAVE:
            self.confirm_leave(choice.intensity_after)

    def contact(self, intensity_after: int | None) -> None:
        """One last gentle pause (their reason, someone to call instead), then the slip
        flow; the urge is logged as contacted once the contact is logged."""
        from companion.ui.dialogs.i_contacted import IContactedDialog
        from companion.ui.screens.timer_pause import GO_ON, WAIT, LastPause

        def logged(done: bool | None) -> None:
            if done:
                self.finish(UrgeOutcome.CONTACTED, intensity_after, words.CONTACTED_NOTICE)
            else:
                self.open_end()

        def paused(choice: str | None) -> None:
            if choice == GO_ON:
                self.screen.app.push_screen(IContactedDialog(), logged)
            elif choice == WAIT:
                self.more_time()
            else:
                self.open_end()

        self.screen.app.push_screen(LastPause(self.screen.session.snapshot, seed=self.screen.wait.timer.started_at), paused)

    def confirm_leave(self, intensity_after: int | None) -> None:
        if intensity_after is None and self.screen.wait.may_be_mistake(panic_words.MISTAKE_SECONDS):
            self.ask_mistake()
            return
        from companion.ui.dialogs.confirm import ConfirmDialog

        def answered(stop: bool | None) -> None:
            if stop:
                self.finish(UrgeOutcome.UNRESOLVED, intensity_after, words.UNRESOLVED_NOTICE)
            elif self.screen.wait.ended:
                self.open_end()

        self.screen.app.push_screen(ConfirmDialog(words.LEAVE_QUESTION, yes="Stop the timer",
                                           no="Keep going"), answered)

    def ask_mistake(self) -> None:
        """Stopped within seconds: perhaps p was pressed by mistake; log it at all?"""
        from companion.ui.dialogs.choose import Answer, ChooseDialog

        def answered(choice: str | None) -> None:
            if choice == "keep":
                self.finish(UrgeOutcome.UNRESOLVED, None, words.UNRESOLVED_NOTICE)
            elif choice == "drop":
                self.discard()

        self.screen.app.push_screen(ChooseDialog(
            panic_words.MISTAKE_QUESTION,
            [Answer("drop", panic_words.MISTAKE_DROP, "d"), Answer("keep", panic_words.MISTAKE_KEEP, "l")],
            detail=panic_words.MISTAKE_DETAIL, back="Keep going"), answered)
