"""A question with a few answers (each with its own key) and escape for "back"."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from companion.ui.panic_keys import PanicModal
from companion.ui.widgets.bars import KeyBar


@dataclass(frozen=True)
class Answer:
    """One answer: what it returns, its button's label and its key."""

    value: str
    label: str
    key: str


class ChooseDialog(PanicModal[str | None]):
    """Asks one question; dismisses with the chosen answer's value, None for back (escape).

    Args:
        question: the question, in a short sentence.
        answers: the answers, in button order; the first has the focus.
        detail: an optional line under the question.
        back: the label of the escape button.
    """

    HELP_TITLE = "A question"

    def __init__(self, question: str, answers: list[Answer], *, detail: str = "",
                 back: str = "Back") -> None:
        super().__init__()
        self.question = question
        self.answers = answers
        self.detail = detail
        self.back = back
        for answer in answers:
            self._bindings.bind(answer.key, f"answer({answer.value!r})", answer.label)
        self._bindings.bind("escape", "answer(None)", self.back)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="choose"):
            yield Static(self.question, classes="dialog-title", id="choose-question")
            if self.detail:
                yield Static(self.detail, classes="muted", id="choose-detail")
            with Horizontal(classes="dialog-buttons"):
                for answer in self.answers:
                    yield Button(f"{answer.label} ({answer.key})", id=f"answer-{answer.value}",
                                 name=answer.value, compact=True)
                yield Button(f"{self.back} (esc)", id="answer-back", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def action_answer(self, value: str | None) -> None:
        """Close with an answer (None: back)."""
        self.dismiss(value)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.name if event.button.id != "answer-back" else None)
