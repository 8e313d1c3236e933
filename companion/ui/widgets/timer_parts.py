"""Small pieces of the timer screen: the unsent-message box, the trigger line, the bar."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.widgets import ProgressBar, Static, TextArea


class UnsentMessage(TextArea):
    """The message written instead of sent; escape hands the keys back to the timer."""

    BINDINGS = [Binding("escape", "done", "Done writing")]

    def action_done(self) -> None:
        """Leave the text (kept) so that single keys work again."""
        self.screen.set_focus(None)


class TriggerLine(Static):
    """ "What is this text trying to get?" with the answer; a click opens the choice."""

    def on_click(self) -> None:
        getattr(self.screen, "action_trigger", lambda: None)()


class WaitBar(ProgressBar):
    """The wait's progress bar: it changes only when the screen sets it.

    Textual's ProgressBar also re-estimates its (hidden) ETA every second on its
    own, which would add a redraw a second to the timer's own.
    """

    def update(self, **values: Any) -> None:  # type: ignore[override]
        if values:
            super().update(**values)
