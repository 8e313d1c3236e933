"""Reminders, from Settings: each one on or off and when, quiet mode, and how they reach you."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Input, Select, Static

from companion.domain.reminder_prefs import (
    ACTIVITIES,
    KINDS,
    MAX_LEAD_MINUTES,
    PLANNING,
    TIMER,
    WEEKDAYS,
    ReminderError,
    ReminderPrefs,
)
from companion.store.reminder_ops import reminder_prefs
from companion.store.snapshot import Snapshot
from companion.ui.dialogs.base import Dialog
from companion.ui.session import SessionLink
from companion.ui.widgets.text_input import TextInput

LABELS = {
    "morning": "Morning check-in",
    "evening": "Evening mood",
    PLANNING: "Plan the week",
    ACTIVITIES: "Before an activity",
    TIMER: "Timer finished",
}
ON_OFF = [("On", True), ("Off", False)]
AUTO_DAY = "auto"


def reminders_summary(snapshot: Snapshot) -> str:
    """One line for Settings: which reminders are on."""
    prefs = reminder_prefs(snapshot)
    on = [LABELS[name].lower() for name in KINDS if prefs.active(name)]
    quiet = "quiet mode; " if prefs.quiet_mode else ""
    return f"{quiet}on: {', '.join(on)}" if on else f"{quiet}all off"


class RemindersRow(Horizontal):
    """The Settings line: which reminders are on, and the button that opens them."""

    session = SessionLink()

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__(classes="settings-row")
        self.summary = Static(reminders_summary(snapshot), classes="settings-hint", id="reminders-summary")

    def compose(self) -> ComposeResult:
        yield Static("Reminders", classes="settings-label")
        yield Button("Reminders…", id="reminders", compact=True)
        yield self.summary

    @on(Button.Pressed, "#reminders")
    def _open(self, event: Button.Pressed) -> None:
        event.stop()

        def saved(changed: bool | None) -> None:
            if changed:
                self.summary.update(reminders_summary(self.session.snapshot))

        self.app.push_screen(RemindersDialog(), saved)


class RemindersDialog(Dialog[bool]):
    """Each reminder with its switch and time; Save writes them all at once."""

    TITLE_TEXT = "Reminders"

    CSS = """
    RemindersDialog .dialog { width: 84; }
    RemindersDialog .dialog-body > .field-row { margin-top: 0; }
    RemindersDialog .dialog-body > .guidance { margin-bottom: 1; }
    RemindersDialog .field-row Select { width: 9; }
    RemindersDialog .field-row Input { width: 8; margin-left: 1; }
    RemindersDialog #planning-day { width: 1fr; margin-left: 1; }
    RemindersDialog .reminder-hint { width: 1fr; padding-left: 1; color: $text-muted; }
    RemindersDialog #quiet-hours { padding-left: 0; }
    """

    def compose_body(self) -> ComposeResult:
        snapshot: Snapshot = self.session.snapshot
        prefs = reminder_prefs(snapshot)
        week_start = snapshot.settings.week_start
        yield Static("They come through your system's notifications and speak only about you "
                     "and your day. Turn them on with `companion remind install`.", classes="guidance")
        for name in KINDS:
            reminder = prefs.reminders[name]
            parts: list[Static | Input | Select[object]] = [
                Static(LABELS[name], classes="field-label"),
                Select(ON_OFF, value=reminder.enabled, allow_blank=False, id=f"{name}-on", compact=True)]
            if name == ACTIVITIES:
                parts += [TextInput(str(reminder.lead_minutes), id=f"{name}-at", type="integer", compact=True, select_on_focus=True),
                          Static("minutes before", classes="reminder-hint")]
            elif name == TIMER:
                parts.append(Static("when it ends while the app is closed", classes="reminder-hint"))
            else:
                parts.append(TextInput(reminder.at or "", id=f"{name}-at", placeholder="HH:MM", compact=True, select_on_focus=True))
            if name == PLANNING:
                default = f"{reminder.planning_day(week_start).capitalize()} (before your week)"
                days = [(default, AUTO_DAY)] + [(day.capitalize(), day) for day in WEEKDAYS]
                parts.append(Select(days, value=reminder.day or AUTO_DAY, allow_blank=False,
                                    id="planning-day", compact=True))
            yield Horizontal(*parts, classes="field-row")
        yield Horizontal(Static("Quiet mode", classes="field-label"),
                         Select(ON_OFF, value=prefs.quiet_mode, allow_blank=False, id="quiet", compact=True),
                         Static("only activities and the timer", classes="reminder-hint"),
                         classes="field-row")
        start, end = prefs.quiet_hours
        yield Static(f"Quiet hours {start}–{end}: only the timer comes then.", id="quiet-hours",
                     classes="reminder-hint")
        yield Static("", id="reminders-error", classes="error-text")

    def on_mount(self) -> None:
        self.query_one("#morning-on", Select).focus()

    def chosen(self) -> ReminderPrefs | None:
        """The preferences on screen, or None (with the reason shown) when a time is wrong."""
        prefs = reminder_prefs(self.session.snapshot)
        try:
            for name in KINDS:
                prefs = prefs.switched(name, bool(self.query_one(f"#{name}-on", Select).value))
                if name == ACTIVITIES:
                    prefs = prefs.timed(name, _lead_time(self.query_one(f"#{name}-at", Input).value))
                elif name != TIMER:
                    prefs = prefs.timed(name, self.query_one(f"#{name}-at", Input).value)
            day = self.query_one("#planning-day", Select).value
            prefs = prefs.planning_on(None if day == AUTO_DAY else str(day))
        except ReminderError as error:
            self.query_one("#reminders-error", Static).update(f"{str(error).capitalize()}.")
            return None
        return prefs.quiet(bool(self.query_one("#quiet", Select).value))

    def action_save(self) -> None:
        prefs = self.chosen()
        if prefs is None:
            return
        repo = self.session.repo
        if self.session.perform(lambda: repo.reminders.change(lambda _: prefs)) is not None:
            self.app.notify("Reminders saved.")
            self.dismiss(True)


def _lead_time(text: str) -> str:
    """Minutes typed in the dialog as the HH:MM the preferences take."""
    try:
        minutes = int(text.strip())
    except ValueError:
        raise ReminderError(f"the activity reminder comes 1 to {MAX_LEAD_MINUTES} minutes before") from None
    if not 0 <= minutes < 24 * 60:
        raise ReminderError(f"the activity reminder comes 1 to {MAX_LEAD_MINUTES} minutes before")
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
