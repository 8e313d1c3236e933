"""The text box for the message written instead of sent (Textual's TextArea).

Its own module: TextArea takes about 10 ms to import, so the timer loads it only when
someone starts to write (`timer_parts.UnsentPreview` stands in until then).
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.widgets import TextArea


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
