"""For a weekly activity: change just this week's, or every week's?"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static
from companion.ui.widgets.bars import KeyBar

from companion.ui.panic_keys import PanicModal

ONE = "one"
ALL = "all"


class RepeatScopeDialog(PanicModal[str | None]):
    """Dismisses with "one" (just this date), "all" (every week) or None (cancel).

    Args:
        question: e.g. "Delete “Run” on Thursday 26 Nov?"
        one: the label for this date only.
        every: the label for every week.
    """

    DEFAULT_CSS = """
    RepeatScopeDialog .dialog { width: 60; }
    """
    BINDINGS = [
        Binding("escape", "answer('')", "Cancel"),
        Binding("o", "answer('one')", "Only this one"),
        Binding("e", "answer('all')", "Every week"),
    ]
    HELP_TITLE = "This one or every week"

    def __init__(self, question: str, one: str = "Only this one", every: str = "Every week") -> None:
        super().__init__()
        self.question = question
        self.one_label = one
        self.every_label = every

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            yield Static("It repeats every week. o: only this one · e: every week · esc: cancel",
                         classes="muted")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel", compact=True)
                yield Button(Content(self.every_label), id="all", compact=True)
                yield Button(Content(self.one_label), id="one", variant="primary", compact=True)
        yield KeyBar()  # this dialog's own keys, not the screen's underneath

    def on_mount(self) -> None:
        self.query_one("#one", Button).focus()

    def action_answer(self, answer: str) -> None:
        """Close with the choice ('' is cancel)."""
        self.dismiss(answer or None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_answer("" if event.button.id == "cancel" else str(event.button.id))
