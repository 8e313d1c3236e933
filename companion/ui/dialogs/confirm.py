"""A yes/no question in a small modal, for anything that should be asked before it happens."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static
from companion.ui.widgets.bars import KeyBar

from companion.ui.panic_keys import PanicModal


class ConfirmDialog(PanicModal[bool]):
    """Asks one question; dismisses with True for yes, False for no (escape is no).

    The "no" button has the focus first, so a stray enter never does the thing.

    Args:
        question: the question, in a short sentence.
        yes: the label of the button that goes ahead ("Leave", "Delete"...).
        no: the label of the button that keeps things as they are.
        detail: an optional line under the question (what happens either way).
    """

    BINDINGS = [
        Binding("escape", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
        Binding("n", "answer(False)", "No", show=False),
    ]
    HELP_TITLE = "Confirm"

    def __init__(self, question: str, yes: str = "Yes", no: str = "No", *,
                 detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm"):
            yield Static(self.question, classes="dialog-title", id="confirm-question")
            if self.detail:
                yield Static(self.detail, classes="muted", id="confirm-detail")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.no_label, id="no")
                yield Button(self.yes_label, id="yes", variant="primary")
        yield KeyBar()  # this dialog's own keys, not the screen's underneath

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, answer: bool) -> None:
        """Close with the answer."""
        self.dismiss(answer)

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(False)
