"""The guided path's app actions: the workbook, goals, today's step, the check-in, the guides.

The palette's entries for them, and the two that do more than open a screen or a
dialog: marking today's step and opening a guide.
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from companion.domain.program import DONE, SKIPPED
from companion.ui.session import session_of

PALETTE: tuple[tuple[str, str, str], ...] = (
    ("Understand it (workbook)", "A few guided questions on what happened and what is in your control", "app.workbook"),
    ("Growth goals", "Your goals: the next version of you", "app.goals"),
    ("Today's step: done", "Mark today's short step done", "app.step('done')"),
    ("Today's step: skip", "Skip today's step; the next one comes tomorrow", "app.step('skipped')"),
    ("Weekly check-in", "Three quick questions on knowing who you are now", "app.checkin"),
    ("Guide: when the period ends", "Take a day, look back, decide what you want", "app.guide('end')"),
    ("Guide: they want to talk", "A calm guide for when they reach out wanting to talk", "app.guide('talk')"),
)


def mark_step(app: App[Any], status: str = DONE) -> None:
    """Mark today's step done or skipped (after setup), and say so."""
    session = session_of(app)
    if not session.set_up:
        return
    marked = session.perform(lambda: session.repo.mark_step(status))
    if marked is None:
        return
    if status == SKIPPED:
        app.notify("Skipped. That's fine: tomorrow brings the next step.")
    else:
        app.notify(f"Done: {marked.step.title}. Well done.", markup=False)


def open_guide(app: App[Any], which: str = "end") -> None:
    """The calm guide for the end of a period, or for when they want to talk."""
    from companion.content import guides
    from companion.ui.dialogs.read_text import ReadTextDialog

    if which == "talk":
        app.push_screen(ReadTextDialog(guides.WANTS_TO_TALK_TITLE, "Before you answer", guides.WANTS_TO_TALK))
    else:
        app.push_screen(ReadTextDialog(guides.END_OF_PERIOD_TITLE, "Before you decide", guides.END_OF_PERIOD))
