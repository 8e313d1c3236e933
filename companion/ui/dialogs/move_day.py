"""Pick the day to move an activity to (this week's days, or a week later)."""

from __future__ import annotations

from datetime import date, timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from companion.ui.widgets.bars import KeyBar

from companion.ui.panic_keys import PanicModal


class MoveDayDialog(PanicModal[date | None]):
    """Dismisses with the chosen date, or None.

    Args:
        title: what is being moved.
        days: the seven days of the week on screen.
        current: the day it is on now.
    """

    DEFAULT_CSS = """
    MoveDayDialog .dialog { width: 44; }
    MoveDayDialog OptionList, MoveDayDialog OptionList:focus {
        height: auto; border: none; padding: 0; background: $surface;
    }
    """
    BINDINGS = [Binding("escape", "close", "Back")]
    HELP_TITLE = "Move to another day"

    def __init__(self, title: str, days: list[date], current: date) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(days) + [current + timedelta(days=7)]
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(f"Move “{self.title_text}” to…"), classes="dialog-title")
            options = []
            for number, day in enumerate(self.choices):
                label = f"{day:%A} {day.day} {day:%b}"
                if number == 7:
                    label = f"A week later: {label}"
                elif day == self.current:
                    label += " · where it is now"
                options.append(Option(label, id=day.isoformat(), disabled=day == self.current))
            yield OptionList(*options)
        yield KeyBar()  # this dialog's own keys, not the screen's underneath

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        for number, day in enumerate(self.choices):
            if day != self.current:
                options.highlighted = number
                if day > self.current:
                    break

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(date.fromisoformat(str(event.option.id)))

    def action_close(self) -> None:
        """Leave it where it is."""
        self.dismiss(None)
