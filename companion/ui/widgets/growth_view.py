"""History's Growth tab: goals with their activities over time and the workbook's
answers (the weekly check-in's trend is in Insights). Read-only; every stored text is drawn as plain Text."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from companion.content.workbook import QUESTIONS
from companion.domain.goals import weekly_done
from companion.domain.planning import week_days
from companion.store.growth_ops import goals_progress
from companion.store.repository import Snapshot

WEEKS_SHOWN = 8
BARS = " ▁▂▃▄▅▆▇█"


def _bars(counts: list[int]) -> str:
    top = max(counts) or 1
    return "".join(BARS[round(c / top * (len(BARS) - 1))] if c else "·" for c in counts)


def growth_text(snapshot: Snapshot, today: date) -> Text:
    """The whole tab as one Text."""
    out = Text()
    out.append("Goals\n", style="bold")
    items = goals_progress(snapshot, today)
    if not items:
        out.append("  No goals yet. On Today, g adds one.\n", style="dim")
    weeks = [week_days(today - timedelta(days=7 * n), snapshot.settings.week_start)
             for n in range(WEEKS_SHOWN - 1, -1, -1)]
    for item in items:
        goal = item.goal
        out.append(f"  {goal.title}", style="bold" if goal.status == "active" else "dim")
        out.append(f"  {goal.category} · {goal.status} · since {goal.created_on}\n", style="dim")
        if goal.why:
            out.append(f"    why: {goal.why}\n", style="italic")
        out.append(f"    last {WEEKS_SHOWN} weeks {_bars(weekly_done(goal, snapshot.activities, weeks))}"
                   f"  · in all {item.done_total} of {item.planned_total} done"
                   + ("  · quiet lately" if item.quiet else "") + "\n")
    out.append("\nUnderstand it (the workbook; b on Today to add or change)\n", style="bold")
    answers = {a.question: a for a in snapshot.workbook if a.text.strip()}
    if not answers:
        out.append("  Nothing written yet.\n", style="dim")
    for question in QUESTIONS:
        answer = answers.get(question.id)
        if answer is None:
            continue
        changed = answer.updated_at[:10]
        when = answer.created_on + (f", changed {changed}" if changed and changed != answer.created_on else "")
        out.append(f"  {question.title}", style="bold")
        out.append(f"  ({when})\n", style="dim")
        out.append("".join(f"    {line}\n" for line in answer.text.splitlines()))
    out.append("\nWho you are now: the weekly check-in's trend is in 4 Insights.\n", style="dim")
    return out


class GrowthView(VerticalScroll):
    """The Growth tab's contents."""

    DEFAULT_CSS = """
    GrowthView { height: 1fr; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="growth-text")

    def show(self, snapshot: Snapshot, today: date) -> None:
        """Draw from the records."""
        self.query_one("#growth-text", Static).update(growth_text(snapshot, today))
