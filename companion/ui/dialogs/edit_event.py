"""Edit a logged event from History: what it says, and when (a slip keeps its date)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Checkbox, Select, Static, TextArea

from companion.domain.records import Channel, Event, EventKind
from companion.domain.text import LONG_TEXT_LIMIT, clean
from companion.store.event_ops import is_slip
from companion.ui.dialogs.base import Dialog, WhenField
from companion.ui.dialogs.log_urge import OUTCOME_LABELS
from companion.ui.dialogs.mood import MOODS
from companion.ui.dialogs.they_contacted import ABOUT_LABELS
from companion.ui.widgets.text_input import TextInput

TITLES = {
    EventKind.URGE.value: "Edit an urge",
    EventKind.CONTACT_FROM_THEM.value: "Edit: they reached out",
    EventKind.CONTACT_FROM_ME.value: "Edit: you reached out",
    EventKind.MOOD.value: "Edit a mood check-in",
    EventKind.JOURNAL.value: "Edit a journal entry",
}
DISCREET_TITLES = {
    EventKind.CONTACT_FROM_THEM.value: "Edit: a message came in",
    EventKind.CONTACT_FROM_ME.value: "Edit: a message sent",
}


class KeepWhenField(WhenField):
    """"When?" for an edit: left blank, it stays as it was."""

    HINT = "blank: as it was; or 22:30, yesterday…"
    PLACEHOLDER = "as it was"


def _row(label: str, widget: Any) -> Horizontal:
    return Horizontal(Static(label, classes="field-label"), widget, classes="field-row")


def _select(options: list[tuple[str, Any]], value: Any, widget_id: str, blank: bool = False) -> Select:
    known = {v for _, v in options}
    if value not in known:
        value = Select.NULL if blank else options[0][1]
    return Select(options, value=value, allow_blank=blank, prompt="—", id=widget_id, compact=True)


class EditEventDialog(Dialog[bool]):
    """Change one logged event; dismisses with True once saved.

    Args:
        event: the event as it is stored.
        discreet: neutral wording.
    """

    HELP_TITLE = "Edit"
    DEFAULT_CSS = """
    EditEventDialog TextArea { height: 7; margin-top: 1; }
    EditEventDialog .dialog-body > Input, EditEventDialog .dialog-body > WhenField { margin-top: 1; }
    """

    def __init__(self, event: Event, discreet: bool = False) -> None:
        super().__init__()
        self.event = event
        self.TITLE_TEXT = (DISCREET_TITLES.get(event.kind) if discreet else None) \
            or TITLES.get(event.kind, "Edit")

    def draft_key(self) -> str | None:
        return f"edit:{self.event.id}"

    def compose_body(self) -> ComposeResult:
        data = self.event.data
        kind = self.event.kind
        strengths = [(str(n), n) for n in range(1, 11)]
        if kind == EventKind.URGE.value:
            yield _row("How strong", _select(strengths, data.get("intensity_before"), "intensity_before", True))
            yield _row("Afterwards", _select(strengths, data.get("intensity_after"), "intensity_after", True))
            yield _row("How it went", _select([(label, value) for value, label in OUTCOME_LABELS.items()],
                                              data.get("outcome"), "outcome"))
        elif kind == EventKind.CONTACT_FROM_THEM.value:
            yield _row("How", _select([(c.value.capitalize(), c.value) for c in Channel],
                                      data.get("channel"), "channel"))
            yield _row("About", _select([(label, value) for value, label in ABOUT_LABELS.items()],
                                        data.get("about"), "about"))
            yield Checkbox("I replied", bool(data.get("replied")), id="replied", compact=True)
        elif kind == EventKind.CONTACT_FROM_ME.value:
            yield Static("Essential." if data.get("essential") else
                         "A restart point. Its date started the period after it: to change "
                         "it, delete this entry in History and log it again.", classes="hint")
        elif kind == EventKind.MOOD.value:
            yield _row("Mood", _select([(f"{n} {label}", n) for n, label in MOODS.items()],
                                       data.get("score"), "score"))
        if kind == EventKind.JOURNAL.value:
            yield TextArea(str(data.get("text") or ""), id="text", soft_wrap=True,
                           show_line_numbers=False, compact=True)
        else:
            if kind == EventKind.URGE.value and data.get("unsent_message"):
                yield Static("What you wrote, unsent", classes="field-label")
                yield TextArea(str(data["unsent_message"]), id="unsent_message", soft_wrap=True,
                               show_line_numbers=False, compact=True)
            yield TextInput(str(data.get("note") or ""), placeholder="A note (optional)", id="note",
                            compact=True)
        if not is_slip(self.event):
            yield KeepWhenField()
        yield Static("", id="edit-error", classes="error-text")

    def on_mount(self) -> None:
        self.query_one("#text" if self.event.kind == EventKind.JOURNAL.value else "#note").focus()

    def values(self) -> dict[str, Any]:
        """The fields of this kind, as the store takes them."""
        values: dict[str, Any] = {}
        for select in self.query(Select):
            value = select.value
            values[select.id or ""] = None if value is Select.NULL else value
        for box in self.query(Checkbox):
            values[box.id or ""] = box.value
        if self.event.kind == EventKind.JOURNAL.value:
            values["text"] = clean(self.query_one("#text", TextArea).text, LONG_TEXT_LIMIT).text
        else:
            values["note"] = self.note_text()
        for area in self.query("#unsent_message").results(TextArea):
            values["unsent_message"] = clean(area.text, LONG_TEXT_LIMIT).text
        return values

    def action_save(self) -> None:
        values = self.values()
        if self.event.kind == EventKind.JOURNAL.value and not values["text"].strip():
            self.query_one("#edit-error", Static).update(Text("An entry needs some words; "
                                                              "to remove it, delete it instead."))
            return
        instant, date_only = None, None
        if not is_slip(self.event):
            when = self.when_value()
            if when is None:
                return
            instant, only = when
            date_only = only if instant is not None else None
        saved = self.session.perform(lambda: self.session.repo.events.update(
            self.event.id, values, when=instant, date_only=date_only))
        if saved is not None:
            self.app.notify("Changed.")
            self.dismiss(True)
