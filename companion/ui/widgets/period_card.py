"""The top of Today: day X of N, the progress bar, days left, the streaks."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import ProgressBar, Static

from companion.domain import periods as pm
from companion.domain.status import Status
from companion.domain.when import say_date


def plural(count: int, word: str) -> str:
    """"1 day", "3 days"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


class PeriodCard(Vertical):
    """Where the user stands in the period, in one glance."""

    DEFAULT_CSS = """
    PeriodCard {
        height: auto;
        border: round $primary;
        border-title-color: $primary;
        border-title-style: bold;
        padding: 0 1;
    }
    PeriodCard #period-line { height: 1; }
    PeriodCard #period-progress { width: 1fr; height: 1; }
    PeriodCard #period-progress Bar { width: 1fr; }
    PeriodCard #period-left { width: auto; height: 1; margin-left: 2; }
    PeriodCard #streak-line { height: 1; }
    PeriodCard #period-days { height: 1; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="period-days")
        with Horizontal(id="period-line"):
            yield ProgressBar(total=1, show_eta=False, id="period-progress")
            yield Static(id="period-left")
        yield Static(id="streak-line")

    def show(self, status: Status, discreet: bool) -> None:
        """Fill the card from a status."""
        self.border_title = "Your period" if discreet else "No Contact"
        days = self.query_one("#period-days", Static)
        bar = self.query_one("#period-progress", ProgressBar)
        left = self.query_one("#period-left", Static)
        period = status.period
        if period is None:
            days.update("No period running")
            bar.update(total=1, progress=1)
            left.update("")
        else:
            days.update(f"Day {status.day_number} of {period.length_days}")
            bar.update(total=period.length_days, progress=min(status.day_number, period.length_days))
            end = say_date(status.ends_on, status.today) if status.ends_on else ""
            if status.completed:
                left.update(f"complete · ended {end}")
            else:
                left.update(f"{plural(status.days_left, 'day')} left · ends {end}")
        streak = f"Streak [b]{plural(status.streak_days, 'day')}[/b] · best {plural(status.best_streak_days, 'day')}"
        upcoming = pm.next_milestone(status.streak_days)
        if upcoming:
            streak += f" · next milestone {upcoming}"
        if status.restarts:
            streak += f" · {plural(status.restarts, 'restart')}"
        self.query_one("#streak-line", Static).update(streak)
