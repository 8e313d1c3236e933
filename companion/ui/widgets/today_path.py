"""Today's part of the guided path: today's step, the active goals, the check-in when due.

A few lines under Today's plan, so the period card and the plan keep their place at
80x24. Everything shown is the user's own text or ours, drawn as plain Text.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.widgets import Static

from companion.content import checkin as checkin_words
from companion.domain.checkin import due
from companion.domain.goals import active, compact_line
from companion.domain.program import TodaysStep, stage_of
from companion.store.growth_ops import step_today
from companion.store.repository import Snapshot


def step_text(step: TodaysStep | None, width: int = 78) -> Text:
    """Today's step in two lines (a marked one in one); the first line fits `width`,
    leaving out the stage, then shortening the keys, before it would wrap."""
    if step is None:
        return Text("")
    line = Text(step.step.title, style="bold")
    if step.marked:
        line.append("  ✓ done, see you tomorrow" if step.done else "  skipped; the next one comes tomorrow",
                    style="dim")
        return line
    opens = step.step.opens is not None
    about, stage = f" · about {step.step.minutes} min", f" · {stage_of(step.step)}"
    keys = "   d done · x skip" + (" · o open" if opens else "")
    if len(step.step.title + about + stage + keys) > width:
        stage = ""
    for shorter in ("   d done · x skip · o" if opens else keys, "  d · x · o" if opens else "  d · x"):
        if len(step.step.title + about + stage + keys) > width:
            keys = shorter
    line.append(about + stage, style="dim")
    line.append(keys, style="dim italic")
    line.append("\n" + first_sentence(step.step.text))
    return line


def first_sentence(text: str) -> str:
    """What to do, without the why (the whole text: a click, or `companion step`)."""
    head, dot, rest = text.partition(". ")
    return head + "." if dot and rest else text


def goals_text(snapshot: Snapshot, today: date, width: int) -> Text:
    """The active goals in one line, or how to add one; the weekly check-in at its end
    when it is due. (How each goal is going is in the goals dialog and History: counting
    it reads every planned activity, which Today leaves unread.)"""
    goals = active(snapshot.goals)
    offer = checkin_words.OFFER if due(snapshot.checkins, today) else ""
    if not goals:
        line = Text("No goals yet: g adds one, b to understand first.", style="dim")
    else:
        line = Text(compact_line(goals, max(width - len(offer) - 5, 20)))
        line.append(" g", style="dim")
    if offer:
        line.append(" · ", style="dim")
        line.append(offer, style="italic")
    return line


class TodayPath(Static):
    """Today's step, the goals line, and the weekly check-in when it is due."""

    DEFAULT_CSS = """
    TodayPath {
        height: auto;
        margin-top: 1;
        border: none;
        border-top: solid $primary 50%;
        border-title-color: $primary;
        border-title-style: bold;
        border-title-align: left;
    }
    """

    def show(self, snapshot: Snapshot, today: date) -> None:
        """Draw from the records."""
        step = step_today(snapshot, today)
        self.border_title = f"Today's step · day {step.day}" if step else "Your goals"
        width = max(self.size.width or 76, 40)
        lines = [step_text(step, width)] if step else []
        lines.append(goals_text(snapshot, today, width))
        self.update(Text("\n").join(lines))
        self._step = step

    def on_click(self) -> None:
        """The step in full: what to do and why."""
        step = getattr(self, "_step", None)
        if step is not None:
            from companion.ui.dialogs.read_text import ReadTextDialog

            self.app.push_screen(ReadTextDialog(step.step.title, f"Today's step · day {step.day} · "
                                                f"about {step.step.minutes} min", step.step.text))
