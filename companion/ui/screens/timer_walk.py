"""The walk at the end of a wait: after the outcome step, the choice it made leads on.

It passed → log it; ten more minutes; reaching out → one last pause, then the slip flow;
stopping → ask first (or, within seconds of starting, whether to log it at all). The
timer screen owns the wait and closing it (`finish`, `discard`); this is only the walk
between the dialogs, kept apart so that the screen reads as the countdown it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.content import panic as panic_words
from companion.content import timer_prompts as words
from companion.domain.records import UrgeOutcome
from companion.ui.screens.timer_end import CONTACT, LEAVE, MORE, PASSED, EndChoice

if TYPE_CHECKING:
    from companion.ui.screens.timer import TimerScreen


class EndOfWait:
    """The choices after the outcome step, for one timer screen."""

    def __init__(self, screen: TimerScreen) -> None:
        self.screen = screen

    def after_end(self, choice: EndChoice | None) -> None:
        """What the outcome step chose: it passed, more time, reaching out, or stopping."""
        self.screen._end_open = False
        if choice is None:
            return
        self.screen.wait.intensity_after = choice.intensity_after
        if choice.choice == PASSED:
            self.screen.finish(UrgeOutcome.RESISTED, choice.intensity_after, words.PASSED_NOTICE)
        elif choice.choice == MORE:
            self.screen.more_time()
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
                self.screen.finish(UrgeOutcome.CONTACTED, intensity_after, words.CONTACTED_NOTICE)
            else:
                self.screen.open_end()

        def paused(choice: str | None) -> None:
            if choice == GO_ON:
                self.screen.app.push_screen(IContactedDialog(), logged)
            elif choice == WAIT:
                self.screen.more_time()
            else:
                self.screen.open_end()

        self.screen.app.push_screen(LastPause(self.screen.companion.snapshot, seed=self.screen.wait.timer.started_at), paused)

    def confirm_leave(self, intensity_after: int | None) -> None:
        if intensity_after is None and self.screen.wait.may_be_mistake(panic_words.MISTAKE_SECONDS):
            self.ask_mistake()
            return
        from companion.ui.dialogs.confirm import ConfirmDialog

        def answered(stop: bool | None) -> None:
            if stop:
                self.screen.finish(UrgeOutcome.UNRESOLVED, intensity_after, words.UNRESOLVED_NOTICE)
            elif self.screen.wait.ended:
                self.screen.open_end()

        self.screen.app.push_screen(ConfirmDialog(words.LEAVE_QUESTION, yes="Stop the timer",
                                           no="Keep going"), answered)

    def ask_mistake(self) -> None:
        """Stopped within seconds: perhaps p was pressed by mistake; log it at all?"""
        from companion.ui.dialogs.choose import Answer, ChooseDialog

        def answered(choice: str | None) -> None:
            if choice == "keep":
                self.screen.finish(UrgeOutcome.UNRESOLVED, None, words.UNRESOLVED_NOTICE)
            elif choice == "drop":
                self.screen.discard()

        self.screen.app.push_screen(ChooseDialog(
            panic_words.MISTAKE_QUESTION,
            [Answer("drop", panic_words.MISTAKE_DROP, "d"), Answer("keep", panic_words.MISTAKE_KEEP, "l")],
            detail=panic_words.MISTAKE_DETAIL, back="Keep going"), answered)
