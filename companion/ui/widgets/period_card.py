"""The top of Today: day X of N, the progress bar, days left, the streaks, the strength — one widget."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import RenderResult
from textual.widget import Widget

from companion.domain import periods as pm
from companion.domain.status import Status
from companion.domain.strength import Strength
from companion.content.period_words import day_line, streak_line
from companion.content.vocabulary import say
from companion.domain.text import plural
from companion.domain.when import say_date


class PeriodCard(Widget):
    """Where the user stands in the period, in one glance (drawn as three lines)."""

    COMPONENT_CLASSES = {"period-card--bar-done", "period-card--bar-left"}
    DEFAULT_CSS = """
    PeriodCard {
        height: auto;
        border: round $primary;
        border-title-color: $primary;
        border-title-style: bold;
        padding: 0 1;
    }
    PeriodCard > .period-card--bar-done { color: $primary; }
    PeriodCard > .period-card--bar-left { color: $foreground 25%; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.days_text = ""
        self.left_text = ""
        self.streak_text = ""
        self.strength_text = ""
        self.fraction = 0.0

    def show(self, status: Status, discreet: bool) -> None:
        """Fill the card from a status."""
        self.border_title = say("period.title", discreet)
        period = status.period
        if period is None:
            self.days_text, self.fraction, self.left_text = "No period running", 1.0, ""
        else:
            self.days_text = day_line(status.day_number, period.length_days, status.completed)
            self.fraction = min(status.day_number, period.length_days) / period.length_days
            end = say_date(status.ends_on, status.today) if status.ends_on else ""
            if status.completed:
                self.left_text = f"ended {end}"
            else:
                self.left_text = f"{plural(status.days_left, 'day')} left · ends {end}"
        streak = streak_line(status.streak_days, status.best_streak_days)
        upcoming = pm.next_milestone(status.streak_days)
        if upcoming:
            streak += f" · next milestone {upcoming}"
        if status.restarts:
            streak += f" · {plural(status.restarts, 'restart')}"
        self.streak_text = streak
        self.strength_text = strength_line(status.strength)
        self.refresh(layout=True)

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        return 4

    def render(self) -> RenderResult:
        width = self.content_region.width or self.size.width
        left = f"  {self.left_text}"
        percent = f" {round(self.fraction * 100):3d}%"
        bar_width = max(4, width - len(left) - len(percent))
        if bar_width + len(percent) + len(left) > width:  # too narrow: the words go first
            left = ""
            bar_width = max(1, width - len(percent))
        filled = round(bar_width * min(1.0, max(0.0, self.fraction)))
        bar = Text(no_wrap=True, overflow="ellipsis")
        bar.append("━" * filled, style=self.get_component_rich_style("period-card--bar-done"))
        bar.append("━" * (bar_width - filled), style=self.get_component_rich_style("period-card--bar-left"))
        bar.append(percent + left)
        streak = Text(self.streak_text, no_wrap=True, overflow="ellipsis")
        words = self.streak_text.split(" · ", 1)[0]
        streak.stylize("bold", len("Streak "), len(words))
        strength = Text(self.strength_text, no_wrap=True, overflow="ellipsis")
        strength.stylize("bold", len("Strength "), len(self.strength_text.split("/", 1)[0]))
        return Group(Text(self.days_text, style="bold", no_wrap=True, overflow="ellipsis"), bar, streak, strength)


def strength_line(strength: Strength) -> str:
    """"Strength 88/100 · 40 of 40 days kept": what a slip does not erase."""
    return f"Strength {strength.score}/100 · {strength.days_kept} of {plural(strength.days_total, 'day')} kept"
