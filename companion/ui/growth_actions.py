"""The guided path's app actions: the workbook, goals, today's step, the check-in, the guides.

A mixin of CompanionApp, kept apart so that app.py stays a wiring file; each action
opens a screen or dialog that lives in its own module.
"""

from __future__ import annotations

from typing import Any

from companion.domain.program import DONE, SKIPPED

PALETTE: tuple[tuple[str, str, str], ...] = (
    ("Understand it (workbook)", "A few guided questions on what happened and what is in your control", "app.workbook"),
    ("Growth goals", "Your goals: the next version of you", "app.goals"),
    ("Today's step: done", "Mark today's short step done", "app.step('done')"),
    ("Today's step: skip", "Skip today's step; the next one comes tomorrow", "app.step('skipped')"),
    ("Writing: what it made possible", "An optional exercise in three sittings of about fifteen minutes",
     "app.writing"),
    ("Today's step: open", "Open what today's step is about (the workbook, goals, the week…)", "app.open_step"),
    ("Weekly check-in", "Three quick questions on knowing who you are now", "app.checkin"),
    ("Guide: when the period ends", "Take a day, look back, decide what you want", "app.guide('end')"),
    ("Guide: they want to talk", "A calm guide for when they reach out wanting to talk", "app.guide('talk')"),
)


class GrowthActions:
    """Actions of CompanionApp for the guided path."""

    # Provided by CompanionApp.
    snapshot: Any
    repo: Any
    clock: Any
    perform: Any
    notify: Any
    push_screen: Any
    _open_screen: Any
    _open_dialog: Any
    screen: Any
    run_action: Any

    def action_workbook(self) -> None:
        """The "Understand it" workbook."""
        from companion.ui.screens.workbook import WorkbookScreen

        self._open_screen(WorkbookScreen)

    def action_goals(self) -> None:
        """Growth goals: see them, add one, mark one done or drop it."""
        from companion.ui.dialogs.goals import GoalsDialog

        self._open_dialog(GoalsDialog())

    def action_checkin(self) -> None:
        """The weekly check-in on knowing who you are."""
        from companion.ui.dialogs.checkin import CheckInDialog

        self._open_dialog(CheckInDialog())

    def action_step(self, status: str = DONE) -> None:
        """Mark today's step done or skipped."""
        if self.snapshot.profile is None:
            return
        marked = self.perform(lambda: self.repo.mark_step(status))
        if marked is None:
            return
        if status == SKIPPED:
            self.notify("Skipped. That's fine: tomorrow brings the next step.")
        else:
            self.notify(f"Done: {marked.step.title}. Well done.", markup=False)

    def action_writing(self) -> None:
        """The next sitting of the writing exercise on what the breakup made possible."""
        from companion.content import writing as words
        from companion.domain.writing import next_sitting
        from companion.ui.screens.writing import WritingScreen

        if self.snapshot.profile is None:
            return
        sitting = next_sitting(self.snapshot.events, words.EXERCISE)
        if sitting is None:
            self.notify(words.ALL_DONE, timeout=8)
            return
        if not isinstance(self.screen, WritingScreen):
            self.push_screen(WritingScreen(sitting))

    async def action_open_step(self) -> None:
        """Open what today's step is about, when it is about a place in the app."""
        from companion.store.growth_ops import step_today

        step = step_today(self.snapshot, self.clock.today())
        if step is None or not step.step.opens:
            self.notify("Today's step is something to do away from the screen.")
            return
        await self.run_action(step.step.opens)

    def action_guide(self, which: str = "end") -> None:
        """The calm guide for the end of a period, or for when they want to talk."""
        from companion.content import guides
        from companion.ui.dialogs.read_text import ReadTextDialog

        if which == "talk":
            self.push_screen(ReadTextDialog(guides.WANTS_TO_TALK_TITLE, "Before you answer", guides.WANTS_TO_TALK))
        else:
            self.push_screen(ReadTextDialog(guides.END_OF_PERIOD_TITLE, "Before you decide", guides.END_OF_PERIOD))
