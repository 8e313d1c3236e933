"""They reached out: log it, see whether a reply is warranted, and how."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Checkbox, Select, Static

from companion.content.vocabulary import say
from companion.content.replies import CALM_REPLY, CALM_REPLY_META, CALM_REPLY_TITLE, REPLY_QUESTION
from companion.domain.advice import is_about_feelings, reply_counts_as_reaching_out, reply_guidance
from companion.domain.records import Channel, ContactAbout
from companion.ui.dialogs.base import Dialog, WhenField
from companion.ui.growth_actions import open_guide
from companion.ui.widgets.text_input import TextInput

ABOUT_LABELS = {
    ContactAbout.LOGISTICS.value: "Logistics (shared things)",
    ContactAbout.EMERGENCY.value: "An emergency",
    ContactAbout.EMOTIONAL.value: "Feelings, memories",
    ContactAbout.REKINDLE.value: "Wants to talk / get back",
    ContactAbout.OTHER.value: "Something else",
}


class TheyContactedDialog(Dialog[bool]):
    """Counts the contact (it never touches the streak) and offers reply guidance."""

    TITLE_TEXT = "They reached out"
    DRAFT_KEY = "they-contacted"

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="field-row"):
            yield Static("How", classes="field-label")
            yield Select([(c.value.capitalize(), c.value) for c in Channel], value=Channel.TEXT.value,
                         allow_blank=False, id="channel", compact=True)
        with Horizontal(classes="field-row"):
            yield Static("About", classes="field-label")
            yield Select(list((label, value) for value, label in ABOUT_LABELS.items()),
                         value=ContactAbout.OTHER.value, allow_blank=False, id="about", compact=True)
        yield Static(id="guidance", classes="guidance")
        with Horizontal(id="feelings-help", classes="dialog-buttons"):
            yield Button("Start the timer", id="feelings-timer", compact=True)
            yield Button("A calm reply: the guide", id="feelings-guide", compact=True)
        yield Checkbox("I replied", id="replied", compact=True)
        yield WhenField()
        yield TextInput(placeholder="A note (optional)", id="note", compact=True)

    def on_mount(self) -> None:
        self.query_one(".dialog-title", Static).update(say("title.they_contacted", self.session.discreet))
        self._update_guidance()
        self.query_one("#channel", Select).focus()

    @on(Select.Changed, "#about")
    def _update_guidance(self) -> None:
        about = self.query_one("#about", Select).value
        profile = self.session.snapshot.profile
        shared = profile.shared if profile else []
        self.query_one("#guidance", Static).update(reply_guidance(str(about), shared))
        self.query_one("#feelings-help").display = is_about_feelings(str(about))

    @on(Button.Pressed, "#feelings-timer")
    def _timer(self) -> None:
        """The timer on top of this dialog; what was chosen here is still here after."""
        from companion.ui.screens.timer import TimerScreen

        self.app.push_screen(TimerScreen())

    @on(Button.Pressed, "#feelings-guide")
    def _guide(self) -> None:
        from companion.ui.dialogs.read_text import ReadTextDialog

        self.app.push_screen(ReadTextDialog(CALM_REPLY_TITLE, CALM_REPLY_META, CALM_REPLY))

    def action_save(self) -> None:
        when = self.when_value()
        if when is None:
            return
        about = str(self.query_one("#about", Select).value)
        replied = self.query_one("#replied", Checkbox).value
        if reply_counts_as_reaching_out(about, replied):
            self._ask_about_reply()
            return
        self._save(when)

    def _ask_about_reply(self) -> None:
        """A reply to the non-essential counts as reaching out: say so, and ask first."""
        from companion.ui.dialogs.confirm import ConfirmDialog
        from companion.ui.dialogs.i_contacted import IContactedDialog

        def answered(yes: bool | None) -> None:
            when = self.when_value()
            if not yes or when is None:
                return
            if self._save(when, dismiss=False):
                self.app.push_screen(IContactedDialog(), lambda _logged: self.dismiss(True))

        self.app.push_screen(ConfirmDialog(REPLY_QUESTION, yes="Log both", no="Back"), answered)

    def _save(self, when: tuple[Any, bool], dismiss: bool = True) -> bool:
        instant, date_only = when
        saved = self.session.perform(lambda: self.session.repo.events.log_contact_from_them(
            channel=str(self.query_one("#channel", Select).value),
            about=str(self.query_one("#about", Select).value),
            replied=self.query_one("#replied", Checkbox).value,
            note=self.note_text(), when=instant, date_only=date_only))
        if saved is None:
            return False
        status = self.session.repo.status(self.session.snapshot)
        count = status.they_reached_out_total
        self.app.notify(say("notice.they_logged", self.session.discreet,
                            count=f"{count} time{'s' if count != 1 else ''}"), timeout=6)
        if dismiss:
            self.dismiss(True)
            if str(self.query_one("#about", Select).value) == ContactAbout.REKINDLE.value:
                open_guide(self.app, "talk")  # take a day, look back, decide what you want
        return True
