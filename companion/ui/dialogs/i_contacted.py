"""The user reached out: an essential reply (logged, streak kept) or a slip (a restart point)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, RadioButton, RadioSet, Static

from companion.content.vocabulary import say
from companion.domain import periods as pm
from companion.domain.strength import Strength, strength_after_slip
from companion.domain.text import plural
from companion.domain.when import say_date
from companion.ui.dialogs.base import Dialog, WhenField
from companion.ui.widgets.text_input import TextInput


class IContactedDialog(Dialog[bool]):
    """Log a contact the user made; a non-essential one asks to confirm, then restarts the period.

    Dismisses with True when something was logged.
    """

    TITLE_TEXT = "I reached out"
    DRAFT_KEY = "i-contacted"

    def __init__(self) -> None:
        super().__init__()
        self.confirming = False

    def compose_body(self) -> ComposeResult:
        profile = self.session.snapshot.profile
        shared = ", ".join(profile.shared) if profile and profile.shared else ""
        essential = "Essential: an emergency" + (f", or about {shared}" if shared else "")
        with Vertical(id="step-what"):
            yield Static("What was it?", classes="field-label")
            with RadioSet(compact=True, id="kind"):
                yield RadioButton(essential, name="essential", compact=True)
                yield RadioButton("Something else (a text, a call, a like…)", value=True, name="slip", compact=True)
            yield WhenField()
            yield TextInput(placeholder="A note (optional): what happened, what you felt", id="note", compact=True)
        with Vertical(id="step-restart"):
            yield Static(id="restart-text")
            yield Static("Length of the new period", classes="field-label wide-label")
            yield RadioSet(id="new-length", compact=True)
            yield Static("", id="length-error", classes="error-text")

    def on_mount(self) -> None:
        self.query_one(".dialog-title", Static).update(say("title.i_contacted", self.session.discreet))
        self.query_one("#step-restart").display = False
        self.query_one("#kind", RadioSet).focus()
        self._kind_changed()

    def _current_length(self) -> int:
        current = pm.current_period(self.session.snapshot.periods)
        return current.length_days if current else 30

    def action_cancel(self) -> None:
        if self.confirming:
            self._show_step(restart=False)
        else:
            super().action_cancel()

    def _show_step(self, restart: bool) -> None:
        self.confirming = restart
        self.query_one("#step-what").display = not restart
        self.query_one("#step-restart").display = restart
        self._relabel("#save", "Start again" if restart else "Save")
        self._relabel("#cancel", "Back" if restart else "Cancel")
        (self.query_one("#new-length") if restart else self.query_one("#kind")).focus()

    def _slip_chosen(self) -> bool:
        pressed = self.query_one("#kind", RadioSet).pressed_button
        return pressed is None or pressed.name == "slip"

    def action_save(self) -> None:
        when = self.when_value()
        if when is None:
            return
        instant, date_only = when
        if not self._slip_chosen():
            saved = self.session.perform(lambda: self.session.repo.events.log_contact_from_me(
                essential=True, note=self.note_text(), when=instant, date_only=date_only))
            if saved is not None:
                self.app.notify(say("notice.essential", self.session.discreet))
                self.dismiss(True)
            return
        if not self.confirming:
            self._prepare_restart(instant)
            return
        length = self._chosen_length()
        saved = self.session.perform(lambda: self.session.repo.events.log_contact_from_me(
            essential=False, note=self.note_text(), when=instant, date_only=date_only,
            new_length=length))
        if saved is None:
            return
        _, period = saved
        self.app.notify(
            f"A new period of {period.length_days} days has begun. You know more now than you did "
            "on day one — that is not lost.", title="A restart point", timeout=8)
        self.dismiss(True)

    def _prepare_restart(self, instant: object) -> None:
        status = self.session.repo.status(self.session.snapshot)
        clock = self.session.clock
        day = clock.date_of(instant) if instant is not None else clock.today()
        days = status.streak_days
        after = strength_after_slip(self.session.snapshot.periods, day, clock.today())
        self.query_one("#restart-text", Static).update(
            f"[b]That's okay. This is a restart point, not a failure.[/b]\n"
            f"Your {days} day{'s' if days != 1 else ''} still happened, and your best streak keeps "
            f"them. Reaching out once doesn't undo what you've built. A new period starts from "
            f"{say_date(day, clock.today())}; you can keep the same length or choose another.\n"
            f"{lapse_line(days, status.strength, after)}")
        lengths = self.query_one("#new-length", RadioSet)
        lengths.remove_children()
        current = self._current_length()
        choices = sorted(set(pm.LENGTH_CHOICES) | {current})
        lengths.mount_all(
            RadioButton(f"{d} days" + (" (same as before)" if d == current else ""), value=d == current, name=str(d),
                        compact=True)
            for d in choices)
        self._show_step(restart=True)

    def _chosen_length(self) -> int:
        pressed = self.query_one("#new-length", RadioSet).pressed_button
        return int(pressed.name) if pressed and pressed.name else self._current_length()

    def _relabel(self, selector: str, label: str) -> None:
        button = self.query_one(selector, Button)
        button.label = label
        button.refresh(layout=True)  # the width follows the new label

    @on(RadioSet.Changed, "#kind")
    def _kind_changed(self) -> None:
        self._relabel("#save", "Next" if self._slip_chosen() else "Save")


def lapse_line(days: int, before: Strength, after: Strength) -> str:
    """"A lapse after 40 days: strength 88 → 83 · 39 of 40 days kept."."""
    return (f"A lapse after {plural(days, 'day')}: strength {before.score} → {after.score} · "
            f"{after.days_kept} of {plural(after.days_total, 'day')} kept.")
