"""The Periods tab: every period with its start, end, length and outcome, and the restarts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.color import Color, ColorParseError
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from companion.domain.history import START_WORDS, PeriodRow
from companion.domain.records import PeriodOutcome

OUTCOME_STYLE = {
    PeriodOutcome.COMPLETED.value: ("bold", "success"),
    PeriodOutcome.ONGOING.value: ("bold", "primary"),
    PeriodOutcome.RESTARTED.value: ("", "warning"),
    PeriodOutcome.FINISHED.value: ("dim", ""),
}


def day_text(day: date | None) -> str:
    """"20 Nov 2026", or a dash."""
    return f"{day.day} {day:%b %Y}" if day else "—"


def days_text(row: PeriodRow) -> str:
    """"12 of 30": days held of the days planned (so far, for the ongoing one)."""
    return f"{row.held_days} of {row.planned_days}"


class PeriodsView(Vertical):
    """A summary line, the periods table (newest first), and a word about restarts."""

    DEFAULT_CSS = """
    PeriodsView { height: 1fr; padding: 0 1; }
    PeriodsView #periods-summary { height: auto; margin-bottom: 1; }
    PeriodsView #periods-table { height: auto; max-height: 1fr; }
    PeriodsView #periods-note { height: auto; margin-top: 1; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="periods-summary")
        yield DataTable(id="periods-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="periods-note")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Started", key="started")
        table.add_column("Ended", key="ended")
        table.add_column("Days", key="days")
        table.add_column("Outcome", key="outcome")
        table.add_column("Began with", key="began")

    def _outcome(self, outcome: str) -> Text:
        """The outcome in its theme colour (DataTable cells take Rich text)."""
        weight, variable = OUTCOME_STYLE.get(outcome, ("", ""))
        try:
            colour = Color.parse(self.app.theme_variables.get(variable, "")).hex if variable else ""
        except ColorParseError:
            colour = ""
        return Text(outcome, style=f"{weight} {colour}".strip())

    def show(self, rows: Sequence[PeriodRow], summary: str, today: date) -> None:
        """Fill the table from the period rows."""
        self.query_one("#periods-summary", Static).update(Content.styled(summary, "bold"))
        table = self.query_one(DataTable)
        table.clear()
        for row in rows:
            ended = day_text(row.ended_on)
            if row.ended_on is None and row.outcome == PeriodOutcome.COMPLETED.value:
                ended = day_text(row.ends_on)
            table.add_row(day_text(row.started_on), ended, days_text(row),
                          self._outcome(row.outcome),
                          START_WORDS.get(row.started_by, row.started_by))
        note = ""
        ongoing = next((r for r in rows if r.outcome == PeriodOutcome.ONGOING.value), None)
        if ongoing:
            note = f"This period ends on {ongoing.ends_on:%A} {day_text(ongoing.ends_on)}. "
        if any(r.outcome == PeriodOutcome.RESTARTED.value for r in rows):
            note += "A restart is a point to learn from, not a failure: every day held still counts."
        self.query_one("#periods-note", Static).update(note.strip())
