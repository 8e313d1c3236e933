"""The guided path's app actions: the workbook, goals, today's step, the check-in, the guides.

The palette's entries for them, and the ones that do more than open a screen or a
dialog: marking today's step, the writing exercise, opening what a step is about, a guide.
The app takes these functions as its actions as they are (each takes the app first).
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from companion.ui.session import session_of

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


def mark_step(app: App[Any], status: str | None = None) -> None:
    """Mark today's step done (or `status`: skipped) after setup, and say so."""
    from companion.domain.program import DONE, SKIPPED  # the path's rules load with its keys

    status = status or DONE
    session = session_of(app)
    if not session.set_up:
        return
    marked = session.perform(lambda: session.repo.growth.mark_step(status))
    if marked is None:
        return
    if status == SKIPPED:
        app.notify("Skipped. That's fine: tomorrow brings the next step.")
    else:
        app.notify(f"Done: {marked.step.title}. Well done.", markup=False)


def writing(app: App[Any]) -> None:
    """The next sitting of the writing exercise on what the breakup made possible."""
    from companion.content import writing as words
    from companion.domain.writing import next_sitting
    from companion.ui.screens.writing import WritingScreen

    session = session_of(app)
    if not session.set_up:
        return
    sitting = next_sitting(session.snapshot.events, words.EXERCISE)
    if sitting is None:
        app.notify(words.ALL_DONE, timeout=8)
        return
    if not isinstance(app.screen, WritingScreen):
        app.push_screen(WritingScreen(sitting))


async def open_step(app: App[Any]) -> None:
    """Open what today's step is about, when it is about a place in the app."""
    from companion.store.growth_ops import step_today

    session = session_of(app)
    step = step_today(session.snapshot, session.clock.today())
    if step is None or not step.step.opens:
        app.notify("Today's step is something to do away from the screen.")
        return
    await app.run_action(step.step.opens)


def open_guide(app: App[Any], which: str = "end") -> None:
    """The calm guide for the end of a period, or for when they want to talk."""
    from companion.content import guides
    from companion.ui.dialogs.read_text import ReadTextDialog

    if which == "talk":
        app.push_screen(ReadTextDialog(guides.WANTS_TO_TALK_TITLE, "Before you answer", guides.WANTS_TO_TALK))
    else:
        app.push_screen(ReadTextDialog(guides.END_OF_PERIOD_TITLE, "Before you decide", guides.END_OF_PERIOD))
