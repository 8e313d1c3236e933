"""They reached out: log it, see whether a reply is warranted, and how."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Checkbox, Input, Select, Static

from companion.content.vocabulary import say
from companion.domain.advice import reply_guidance
from companion.domain.records import Channel, ContactAbout
from companion.ui.dialogs.base import Dialog, WhenField

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
        yield Checkbox("I replied", id="replied", compact=True)
        yield WhenField()
        yield Input(placeholder="A note (optional)", id="note", compact=True)

    def on_mount(self) -> None:
        self.query_one(".dialog-title", Static).update(say("title.they_contacted", self.app.discreet))
        self._update_guidance()
        self.query_one("#channel", Select).focus()

    @on(Select.Changed, "#about")
    def _update_guidance(self) -> None:
        about = self.query_one("#about", Select).value
        profile = self.app.snapshot.profile
        shared = profile.shared if profile else []
        self.query_one("#guidance", Static).update(reply_guidance(str(about), shared))

    def action_save(self) -> None:
        when = self.when_value()
        if when is None:
            return
        instant, date_only = when
        saved = self.app.perform(lambda: self.app.repo.log_contact_from_them(
            channel=str(self.query_one("#channel", Select).value),
            about=str(self.query_one("#about", Select).value),
            replied=self.query_one("#replied", Checkbox).value,
            note=self.note_text(), when=instant, date_only=date_only))
        if saved is None:
            return
        status = self.app.repo.status(self.app.snapshot)
        count = status.they_reached_out_total
        self.app.notify(say("notice.they_logged", self.app.discreet,
                            count=f"{count} time{'s' if count != 1 else ''}"), timeout=6)
        self.dismiss(True)
