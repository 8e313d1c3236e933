"""Add or edit one planned activity: title, category, day, time, length, note, weekly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Checkbox, Input, Select, Static

from companion.content.suggestions import CATEGORY_HINTS
from companion.domain.planning import parse_time_of_day
from companion.domain.records import Category
from companion.domain.text import clean, clean_line
from companion.domain.week_plan import minutes_text, parse_minutes
from companion.ui.dialogs.base import Dialog
from companion.ui.widgets.goal_select import chosen_goal, goal_category, goal_row
from companion.ui.widgets.text_input import TextInput


@dataclass(frozen=True)
class ActivityDraft:
    """What the form holds once it is valid."""

    title: str
    category: str
    day: date
    at: str | None
    minutes: int | None
    note: str
    weekly: bool
    goal: str | None = None  # the growth goal it serves


class ActivityForm(Dialog[ActivityDraft | None]):
    """The form for a new activity or an edit; dismisses with a draft, or None.

    Args:
        days: the days offered (the week on screen).
        draft: the values to start from (an edit), or None for a new one.
        day: the day chosen for a new one.
    """

    DEFAULT_CSS = """
    ActivityForm .dialog { width: 64; }
    ActivityForm .form-row { height: auto; margin-bottom: 0; }
    ActivityForm .plan-label { width: 9; color: $text-muted; }
    ActivityForm .form-row Input, ActivityForm .form-row Select { width: 1fr; }
    ActivityForm #at, ActivityForm #minutes { width: 12; }
    ActivityForm .field-hint { width: 1fr; padding-left: 1; color: $text-muted; }
    ActivityForm #weekly { margin-left: 9; }
    ActivityForm #form-error { height: auto; }
    """
    HELP_TITLE = "Plan an activity"
    SAVE_LABEL = "Save"

    def __init__(self, days: list[date], draft: ActivityDraft | None = None,
                 day: date | None = None) -> None:
        super().__init__()
        self.days = days
        self.draft = draft
        self.day = draft.day if draft else (day or days[0])
        self.TITLE_TEXT = Content(  # type: ignore[assignment]  # plain text: titles may hold [ ]
            f"Edit “{draft.title}”" if draft else f"Plan something for {self.day:%A} {self.day.day} {self.day:%b}")

    def draft_key(self) -> str | None:
        """A new activity's typing is kept as one draft; an edit's, per activity and day."""
        return f"activity-edit:{self.draft.title}:{self.day}" if self.draft else "activity-form"

    def compose_body(self) -> ComposeResult:
        draft = self.draft
        categories = [(f"{c.value} — {CATEGORY_HINTS[c.value]}", c.value) for c in Category]
        day_options = [(f"{d:%A} {d.day} {d:%b}", d) for d in self.days]
        if self.day not in self.days:
            day_options.insert(0, (f"{self.day:%A} {self.day.day} {self.day:%b}", self.day))
        with Horizontal(classes="form-row"):
            yield Static("What", classes="plan-label")
            yield TextInput(draft.title if draft else "", placeholder="e.g. Call Sam, a 5k run",
                            id="title", compact=True)
        with Horizontal(classes="form-row"):
            yield Static("Kind", classes="plan-label")
            yield Select(categories, value=draft.category if draft else Category.PEOPLE.value,
                         allow_blank=False, id="category", compact=True)
        with Horizontal(classes="form-row"):
            yield Static("Day", classes="plan-label")
            yield Select(day_options, value=self.day, allow_blank=False, id="day", compact=True)
        with Horizontal(classes="form-row"):
            yield Static("Time", classes="plan-label")
            yield TextInput((draft.at or "") if draft else "", placeholder="HH:MM", id="at", compact=True, select_on_focus=True)
            yield Static("optional", classes="field-hint")
        with Horizontal(classes="form-row"):
            yield Static("Length", classes="plan-label")
            yield TextInput(str(draft.minutes or "") if draft else "", placeholder="minutes",
                            id="minutes", compact=True, select_on_focus=True)
            yield Static("optional · 45, 90 or 1h30", classes="field-hint", id="minutes-echo")
        with Horizontal(classes="form-row"):
            yield Static("Note", classes="plan-label")
            yield TextInput(draft.note if draft else "", placeholder="optional", id="note", compact=True)
        yield Checkbox("Repeat every week", draft.weekly if draft else False, id="weekly",
                       compact=True)
        yield from goal_row(self.session.snapshot.goals, draft.goal if draft else None)
        yield Static("", classes="error-text", id="form-error")

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()
        self._kind_untouched = self.query_one("#category", Select).value

    @on(Select.Changed, "#goal")
    def _goal_chosen(self, event: Select.Changed) -> None:
        """A goal chosen on a new activity whose kind is untouched: the kind follows the goal's."""
        category = self.query_one("#category", Select)
        kind = goal_category(self.session.snapshot.goals, event.value)
        if kind and self.draft is None and category.value == getattr(self, "_kind_untouched", None):
            category.value = self._kind_untouched = kind

    @on(Input.Changed, "#minutes")
    def _echo_minutes(self, event: Input.Changed) -> None:
        echo = self.query_one("#minutes-echo", Static)
        try:
            minutes = parse_minutes(event.value)
        except ValueError:
            echo.update("45, 90 or 1h30")
            return
        echo.update(minutes_text(minutes) if minutes else "optional · 45, 90 or 1h30")

    @on(Input.Changed)
    def _clear_error(self) -> None:
        self.query_one("#form-error", Static).update("")

    def _fail(self, message: str, field: str) -> None:
        self.query_one("#form-error", Static).update(message)
        self.query_one(field).focus()

    def action_save(self) -> None:
        """Check the fields; dismiss with the draft when they are fine."""
        title = clean_line(self.query_one("#title", Input).value)
        if not title.text:
            self._fail("Give it a name, even a short one.", "#title")
            return
        at_text = self.query_one("#at", Input).value.strip()
        try:
            at = parse_time_of_day(at_text) if at_text else None
        except ValueError as error:
            self._fail(f"{error}.", "#at")
            return
        try:
            minutes = parse_minutes(self.query_one("#minutes", Input).value)
        except ValueError as error:
            self._fail(f"{error}.", "#minutes")
            return
        note = clean(self.query_one("#note", Input).value)
        if title.truncated or note.truncated:
            self.app.notify("That was long, so it was shortened.", severity="warning")
        day = self.query_one("#day", Select).value
        category = self.query_one("#category", Select).value
        assert isinstance(day, date) and isinstance(category, str)
        self.dismiss(ActivityDraft(title=title.text, category=category, day=day, at=at,
                                   minutes=minutes, note=note.text,
                                   weekly=self.query_one("#weekly", Checkbox).value,
                                   goal=chosen_goal(self)))
