"""The end of a wait: the bell, the outcome step, and logging the urge with its outcome.

A mixin of TimerScreen, kept apart so that each file reads as one part of the flow.
"""

from __future__ import annotations

from typing import Any

from companion.content import panic as panic_words
from companion.content import timer_prompts as words
from companion.domain import timer as tm
from companion.domain.records import UrgeOutcome
from companion.ui.screens.timer_end import CONTACT, LEAVE, MORE, PASSED, EndChoice, TimerEndScreen


class TimerOutcomes:
    """What happens when the wait is over (or the user ends it early)."""

    # Provided by TimerScreen (and Screen).
    app: Any
    timer: Any
    ended: bool
    persisted: bool
    _end_open: bool
    _finishing: bool
    _started: Any
    _message: str
    _intensity_after: int | None
    elapsed: Any
    notify: Any
    dismiss: Any
    _store_start: Any

    def time_up(self, live: bool) -> None:
        """The wait is over: bell and notice when it ends live, then the outcome step."""
        self.ended = True
        self.save_message()
        if live:
            self.app.bell()
            self.notify(words.ENDED_NOTICE, title="Time's up", timeout=8)
        if self.app.screen is self:
            self.open_end()

    def on_screen_resume(self) -> None:
        """Back on top after the wait ended under another screen: ask the outcome now."""
        if self.ended and not self._end_open and not self._finishing:
            self.call_after_refresh(self._open_end_if_on_top)

    def _open_end_if_on_top(self) -> None:
        if self.app.screen is self:
            self.open_end()

    def open_end(self) -> None:
        """Show the outcome step (re-read, how is the urge now, what next)."""
        if self._end_open or self._finishing or self.timer is None:
            return
        self._end_open = True
        waited = tm.minutes_waited(self._started or self._now(), self._end(), self._now())
        discreet = self.app.snapshot.settings.discreet  # type: ignore[attr-defined]
        early = tm.remaining_seconds(self._end(), self._now()) > 0
        end = TimerEndScreen(self._message, waited, self.timer.intensity_before, discreet,
                             self._intensity_after, early=early, expected=self.timer.expected)
        self.app.push_screen(end, self._after_end)

    def _after_end(self, choice: EndChoice | None) -> None:
        self._end_open = False
        if choice is None:
            return
        self._intensity_after = choice.intensity_after
        if choice.choice == PASSED:
            self._finish(UrgeOutcome.RESISTED.value, choice.intensity_after, words.PASSED_NOTICE)
        elif choice.choice == MORE:
            self._intensity_after = None  # asked afresh when the extra time is up
            self.action_extend(tm.MORE_MINUTES)
        elif choice.choice == CONTACT:
            self._contact(choice.intensity_after)
        elif choice.choice == LEAVE:
            self._confirm_leave(choice.intensity_after)

    def _contact(self, intensity_after: int | None) -> None:
        """One last gentle pause (their reason, someone to call instead), then the slip
        flow; the urge is logged as contacted once the contact is logged."""
        from companion.ui.dialogs.i_contacted import IContactedDialog
        from companion.ui.screens.timer_pause import GO_ON, WAIT, LastPause

        def logged(done: bool | None) -> None:
            if done:
                self._finish(UrgeOutcome.CONTACTED.value, intensity_after, words.CONTACTED_NOTICE)
            else:
                self.open_end()

        def paused(choice: str | None) -> None:
            if choice == GO_ON:
                self.app.push_screen(IContactedDialog(), logged)
            elif choice == WAIT:
                self._intensity_after = None
                self.action_extend(tm.MORE_MINUTES)
            else:
                self.open_end()

        self.app.push_screen(LastPause(self.app.snapshot, seed=self.timer.started_at), paused)

    def _confirm_leave(self, intensity_after: int | None) -> None:
        if intensity_after is None and not self.ended and not self._message.strip() \
                and self.elapsed() < panic_words.MISTAKE_SECONDS:
            self._ask_mistake()
            return
        from companion.ui.dialogs.confirm import ConfirmDialog

        def answered(stop: bool | None) -> None:
            if stop:
                self._finish(UrgeOutcome.UNRESOLVED.value, intensity_after,
                             words.UNRESOLVED_NOTICE)
            elif self.ended:
                self.open_end()

        self.app.push_screen(ConfirmDialog(words.LEAVE_QUESTION, yes="Stop the timer",
                                           no="Keep going"), answered)

    def _ask_mistake(self) -> None:
        """Stopped within seconds: perhaps p was pressed by mistake; log it at all?"""
        from companion.ui.dialogs.choose import Answer, ChooseDialog

        def answered(choice: str | None) -> None:
            if choice == "keep":
                self._finish(UrgeOutcome.UNRESOLVED.value, None, words.UNRESOLVED_NOTICE)
            elif choice == "drop":
                self._discard()

        self.app.push_screen(ChooseDialog(
            panic_words.MISTAKE_QUESTION,
            [Answer("drop", panic_words.MISTAKE_DROP, "d"), Answer("keep", panic_words.MISTAKE_KEEP, "l")],
            detail=panic_words.MISTAKE_DETAIL, back="Keep going"), answered)

    def _discard(self) -> None:
        """Close the timer and log nothing."""
        self._store_start()
        self._finishing = True
        if self.persisted and self.app.perform(self.app.repo.discard_timer) is None:
            self._finishing = False
            return
        self.notify(panic_words.MISTAKE_DROPPED, timeout=4)
        self.dismiss()

    def _finish(self, outcome: str, intensity_after: int | None, notice: str) -> None:
        """Log the urge with its outcome, remove the timer and leave the screen."""
        self._store_start()
        self.save_message()
        self._finishing = True
        if self.persisted:
            done = self.app.perform(  # type: ignore[attr-defined]
                lambda: self.app.repo.finish_timer(outcome, intensity_after))  # type: ignore[attr-defined]
            if done is None:
                self._finishing = False
                return
        self.notify(notice, timeout=6)
        self.dismiss()
