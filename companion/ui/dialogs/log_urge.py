"""Log an urge after the fact: how strong, how it went, a note."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import RadioButton, RadioSet, Select, Static

from companion.content.vocabulary import say
from companion.domain.records import UrgeOutcome
from companion.ui.dialogs.base import Dialog, WhenField
from companion.ui.widgets.text_input import TextInput

OUTCOME_LABELS = {
    UrgeOutcome.RESISTED.value: "It passed",
    UrgeOutcome.UNRESOLVED.value: "Still there",
    UrgeOutcome.CONTACTED.value: "I reached out",
}


class LogUrgeDialog(Dialog[bool]):
    """Note an urge you had; dismisses with True when it was saved."""

    TITLE_TEXT = "Log an urge"
    DRAFT_KEY = "log-urge"
    BINDINGS = [Binding(str(n % 10), f"intensity({n})", f"Intensity {n}", show=False) for n in range(1, 11)]

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="field-row"):
            yield Static("How strong: 1-9, 0=10", classes="field-label")
            yield Select([(str(n), n) for n in range(1, 11)], prompt="—", id="intensity", compact=True)
        yield Static("How did it go?", classes="field-label")
        with RadioSet(compact=True, id="outcome", classes="horizontal"):
            for value, label in OUTCOME_LABELS.items():
                yield RadioButton(label, value=value == UrgeOutcome.RESISTED.value, name=value, compact=True)
        yield WhenField()
        yield TextInput(placeholder="A note (optional): what set it off, what helped", id="note", compact=True)

    def on_mount(self) -> None:
        self.query_one("#intensity", Select).focus()

    def action_intensity(self, value: int) -> None:
        """Set the intensity with one key (1-9, 0 = 10)."""
        self.query_one("#intensity", Select).value = value

    def action_save(self) -> None:
        when = self.when_value()
        if when is None:
            return
        instant, date_only = when
        intensity = self.query_one("#intensity", Select).value
        pressed = self.query_one("#outcome", RadioSet).pressed_button
        outcome = pressed.name if pressed and pressed.name else UrgeOutcome.RESISTED.value
        saved = self.session.perform(lambda: self.session.repo.events.log_urge(
            intensity_before=intensity if isinstance(intensity, int) else None,
            outcome=outcome, note=self.note_text(), when=instant, date_only=date_only))
        if saved is None:
            return
        if outcome == UrgeOutcome.RESISTED.value:
            self.app.notify("Logged. Another wave you rode out.")
        elif outcome == UrgeOutcome.CONTACTED.value:
            self.app.notify(say("notice.urge_reached", self.session.discreet))
        else:
            self.app.notify("Logged. If it is still strong, press p for the timer.")
        self.dismiss(True)
