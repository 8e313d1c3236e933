"""Small pieces of the timer screen: the unsent-message box and the trigger line."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.widgets import Static, TextArea


class UnsentMessage(TextArea):
    """The message written instead of sent; escape hands the keys back to the timer.

    Its cursor stays lit instead of blinking: a blink is two more frames a second
    of the whole screen for as long as someone writes.
    """

    BINDINGS = [Binding("escape", "done", "Done writing")]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_reactive(TextArea.cursor_blink, False)

    def action_done(self) -> None:
        """Leave the text (kept) so that single keys work again."""
        self.screen.set_focus(None)


class TriggerLine(Static):
    """ "What is this text trying to get?" with the answer; a click opens the choice."""

    def on_click(self) -> None:
        getattr(self.screen, "action_trigger", lambda: None)()

