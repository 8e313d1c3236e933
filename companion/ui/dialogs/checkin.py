"""The weekly check-in on knowing who you are now: three items, 1 to 5, and a line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, RadioButton, RadioSet, Static

from companion.content import checkin as words
from companion.ui.dialogs.base import Dialog
from companion.ui.widgets.text_input import TextInput


class CheckInDialog(Dialog[bool]):
    """Three answers on a 1-5 scale (all needed) and an optional line; ctrl+s saves."""

    DEFAULT_CSS = """
    CheckInDialog .dialog { width: 70; }
    CheckInDialog .checkin-item { margin-top: 0; text-style: bold; }
    CheckInDialog RadioButton { margin-right: 2; }
    """
    TITLE_TEXT = "Weekly check-in"
    BINDINGS = [Binding(str(n), f"pick({n})", "Answer" if n == 1 else "", key_display="1-5", show=n == 1)
                for n in range(1, 6)]

    def compose_body(self) -> ComposeResult:
        yield Static(f"{words.INTRO} {words.SCALE}.", classes="hint")
        for index, item in enumerate(words.ITEMS):
            yield Static(item, classes="checkin-item", markup=False)
            with RadioSet(id=f"item-{index}", compact=True, classes="horizontal"):
                for score in range(1, 6):
                    yield RadioButton(str(score), name=str(score), compact=True)
        with Horizontal(classes="field-row"):
            yield TextInput(placeholder=words.NOTE_LABEL, id="note", compact=True)

    def on_mount(self) -> None:
        self.query_one("#item-0", RadioSet).focus()

    def action_pick(self, score: int) -> None:
        """Answer the item in focus with `score`, then go to the next one."""
        sets = list(self.query(RadioSet))
        current = next((s for s in sets if s.has_focus), sets[0])
        for button in current.query(RadioButton):
            if button.name == str(score):
                button.value = True
        following = sets.index(current) + 1
        (sets[following] if following < len(sets) else self.query_one("#note", Input)).focus()

    def scores(self) -> list[int | None]:
        """The chosen score of each item (None where none is chosen)."""
        chosen = []
        for index in range(len(words.ITEMS)):
            button = self.query_one(f"#item-{index}", RadioSet).pressed_button
            chosen.append(int(button.name) if button and button.name else None)
        return chosen

    def action_save(self) -> None:
        scores = self.scores()
        if None in scores:
            self.app.notify("Choose a number for each of the three.", severity="warning")
            return
        saved = self.session.perform(lambda: self.session.repo.growth.add_checkin(scores, self.note_text()))
        if saved is not None:
            self.app.notify("Check-in saved. See how it moves in History's Growth tab.")
            self.dismiss(True)
