"""The top of Today: day X of N, the progress bar, days left, the streaks."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult, RenderResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from companion.domain import periods as pm
from companion.domain.status import Status
from companion.domain.when import say_date


def plural(count: int, word: str) -> str:
    """"1 day", "3 days"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


class PeriodBar(Widget):
    """A one-line bar with the share done; lighter than ProgressBar (no timers, no ETA)."""

    COMPONENT_CLASSES = {"period-bar--done", "period-bar--left"}
    DEFAULT_CSS = """
    PeriodBar { height: 1; width: 1fr; }
    PeriodBar > .period-bar--done { color: $primary; }
    PeriodBar > .period-bar--left { color: $foreground 25%; }
    """

    fraction: reactive[float] = reactive(0.0)

    def render(self) -> RenderResult:
        label = f" {round(self.fraction * 100):3d}%"
        width = max(1, self.size.width - len(label))
        filled = round(width * min(1.0, max(0.0, self.fraction)))
        bar = Text()
        bar.append("━" * filled, style=self.get_component_rich_style("period-bar--done"))
        bar.append("━" * (width - filled), style=self.get_component_rich_style("period-bar--left"))
        bar.append(label)
        return bar


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
    PeriodCard #period-left { width: auto; height: 1; margin-left: 2; }
    PeriodCard #streak-line { height: 1; }
    PeriodCard #period-days { height: 1; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="period-days")
        with Horizontal(id="period-line"):
            yield PeriodBar(id="period-progress")
            yield Static(id="period-left")
        yield Static(id="streak-line")

    def show(self, status: Status, discreet: bool) -> None:
        """Fill the card from a status."""
        self.border_title = "Your period" if discreet else "No Contact"
        days = self.query_one("#period-days", Static)
        bar = self.query_one(PeriodBar)
        left = self.query_one("#period-left", Static)
        period = status.period
        if period is None:
            days.update("No period running")
            bar.fraction = 1.0
            left.update("")
        else:
            days.update(f"Day {status.day_number} of {period.length_days}")
            bar.fraction = min(status.day_number, period.length_days) / period.length_days
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
