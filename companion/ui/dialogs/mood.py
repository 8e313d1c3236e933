"""A mood check-in: 1 to 5 with one key, and a note."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import RadioButton, RadioSet, Static

from companion.ui.dialogs.base import Dialog
from companion.ui.widgets.text_input import TextInput

MOODS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}


class MoodDialog(Dialog[bool]):
    """How are you? 1-5 (press the number), an optional note."""

    TITLE_TEXT = "How are you right now?"
    DRAFT_KEY = "mood"
    BINDINGS = [Binding(str(n), f"pick({n})", MOODS[n], show=False) for n in MOODS]

    def compose_body(self) -> ComposeResult:
        yield Static("Press 1-5, add a note if you like, then ctrl+s or Save.", classes="hint")
        with RadioSet(compact=True, id="mood", classes="horizontal"):
            for score, label in MOODS.items():
                yield RadioButton(f"{score} {label}", value=score == 3, name=str(score), compact=True)
        yield TextInput(placeholder="A note (optional)", id="note", compact=True)

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()

    def action_pick(self, score: int) -> None:
        """Choose a mood by its number."""
        for button in self.query(RadioButton):
            if button.name == str(score):
                button.value = True

    def action_save(self) -> None:
        pressed = self.query_one(RadioSet).pressed_button
        score = int(pressed.name) if pressed and pressed.name else 3
        saved = self.session.perform(lambda: self.session.repo.events.log_mood(score, self.note_text()))
        if saved is not None:
            self.app.notify(f"Mood {score} noted. Thank you for checking in.")
            self.dismiss(True)
