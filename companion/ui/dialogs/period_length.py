"""Choose a number of days (extend by, or the length of a new period)."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, RadioButton, RadioSet, Static

from companion.domain.periods import MAX_LENGTH_DAYS, MIN_LENGTH_DAYS
from companion.ui.dialogs.base import Dialog
from companion.ui.widgets.text_input import TextInput


class PeriodLengthDialog(Dialog[int]):
    """A few common choices and a custom number; dismisses with the number of days."""

    SAVE_LABEL = "OK"

    def __init__(self, question: str, choices: Sequence[int], default: int,
                 minimum: int = MIN_LENGTH_DAYS, maximum: int = MAX_LENGTH_DAYS) -> None:
        super().__init__()
        self.question = question
        self.choices = tuple(choices)
        self.default = default
        self.minimum = minimum
        self.maximum = maximum

    def compose_body(self) -> ComposeResult:
        yield Static(self.question)
        with RadioSet(compact=True, id="choices"):
            for days in self.choices:
                yield RadioButton(f"{days} days", value=days == self.default, name=str(days), compact=True)
            yield RadioButton("Another number", value=self.default not in self.choices, name="custom", compact=True)
        yield TextInput(str(self.default), id="custom", type="integer", placeholder="days", compact=True, select_on_focus=True)
        yield Static("", id="length-error", classes="error-text")

    def on_mount(self) -> None:
        self.query_one("#custom", Input).display = self.default not in self.choices
        self.query_one(RadioSet).focus()

    @on(RadioSet.Changed)
    def _choice(self, event: RadioSet.Changed) -> None:
        custom = event.pressed.name == "custom"
        self.query_one("#custom", Input).display = custom
        if custom:
            self.query_one("#custom", Input).focus()

    def chosen(self) -> int | None:
        """The chosen number of days, or None (with the reason shown) when invalid."""
        pressed = self.query_one(RadioSet).pressed_button
        error = self.query_one("#length-error", Static)
        if pressed is not None and pressed.name != "custom":
            return int(pressed.name or self.default)
        try:
            days = int(self.query_one("#custom", Input).value)
        except ValueError:
            error.update("Enter a number of days.")
            return None
        if not self.minimum <= days <= self.maximum:
            error.update(f"Choose between {self.minimum} and {self.maximum} days.")
            return None
        return days

    def action_save(self) -> None:
        days = self.chosen()
        if days is not None:
            self.dismiss(days)
