""""I checked on them": where, when and a note. Counted, never a slip."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Select, Static

from companion.content import checks as words
from companion.domain.records import Platform
from companion.ui.dialogs.base import Dialog, WhenField
from companion.ui.widgets.text_input import TextInput


class CheckedDialog(Dialog[bool]):
    """Log a look at their profile, stories or photos (discreet mode words it neutrally)."""

    TITLE_TEXT = words.TITLE

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="field-row"):
            yield Static("Where", classes="field-label")
            yield Select([(words.PLATFORM_LABELS[p.value], p.value) for p in Platform],
                         value=Platform.INSTAGRAM.value, allow_blank=False, id="platform", compact=True)
        yield WhenField()
        yield TextInput(placeholder="A note (optional): what you looked for, how it felt", id="note", compact=True)

    def on_mount(self) -> None:
        if self.session.discreet:
            self.query_one(".dialog-title", Static).update(words.TITLE_DISCREET)
        self.query_one("#platform", Select).focus()

    def action_save(self) -> None:
        when = self.when_value()
        if when is None:
            return
        instant, date_only = when
        saved = self.session.perform(lambda: self.session.repo.events.log_check(
            platform=str(self.query_one("#platform", Select).value), note=self.note_text(),
            when=instant, date_only=date_only))
        if saved is None:
            return
        self.app.notify(words.LOGGED_DISCREET if self.session.discreet else words.LOGGED, timeout=6)
        self.dismiss(True)
