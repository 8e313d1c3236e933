"""What the planner changes: add, edit, tick, delete (with undo), move, copy, ideas, export."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.markup import escape
from textual.screen import Screen

from companion.domain.planning import WEEKLY, Occurrence, occurrences_on, occurs_on
from companion.locations import export_dir
from companion.domain.records import Activity
from companion.domain.week_plan import balance, copies_for_week
from companion.ui.dialogs.activity_form import ActivityDraft, ActivityForm
from companion.ui.dialogs.export_calendar import ExportCalendarDialog
from companion.ui.dialogs.move_day import MoveDayDialog
from companion.ui.dialogs.repeat_scope import ALL, ONE, RepeatScopeDialog
from companion.ui.dialogs.suggestions import SuggestionsDialog
from companion.ui.session import SessionLink

UNDO_DEPTH = 20

# What undoing each kind of change says, as a sentence.
UNDONE = {
    "Tick": "The tick is undone.",
    "Delete": "The activity is back in your plan.",
    "Move": "The activity is back on its day.",
    "Copy last week": "The copied activities are gone again.",
}


@dataclass
class UndoStep:
    """How to put things back: the records as they were, and the ones that were added."""

    label: str
    previous: list[Activity] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


class PlannerEdits(Screen[None]):
    """The planner's changes; the base of PlannerScreen (which provides the cursor and days)."""

    session = SessionLink()
    if TYPE_CHECKING:  # PlannerScreen's
        @property
        def days(self) -> list[date]: ...
        @property
        def selected_day(self) -> date: ...
        @property
        def selected(self) -> Occurrence | None: ...
        week_first: date | None
        by_day: list[list[Occurrence]]

        def follow(self, activity_id: str, day: date) -> None: ...

    # Helpers -----------------------------------------------------------------

    def _steps(self) -> list[UndoStep]:
        """The planner's changes that z can put back, newest last; kept for as long as
        the app runs, so leaving the planner does not lose them."""
        return self.session.undo_steps("planner")

    def _remember(self, step: UndoStep) -> None:
        steps = self._steps()
        steps.append(step)
        del steps[:-UNDO_DEPTH]

    def _current(self, activity_id: str) -> Activity | None:
        for activity in self.session.snapshot.activities:
            if activity.id == activity_id:
                return copy.deepcopy(activity)
        return None

    def _change(self, label: str, activity_id: str | None, operation: Any,
                added: list[str] | None = None) -> Any:
        """Run a write and remember how to undo it."""
        before = self._current(activity_id) if activity_id else None
        result = self.session.perform(operation)
        if result is not None:
            self._remember(UndoStep(label, [before] if before else [], list(added or [])))
        return result

    # Add and edit ------------------------------------------------------------

    def action_add(self) -> None:
        """Plan something new on the selected day."""
        self.app.push_screen(ActivityForm(self.days, day=self.selected_day), self._added)

    def _added(self, draft: ActivityDraft | None) -> None:
        if draft is None:
            return
        activity = Activity(title=draft.title, category=draft.category, on=draft.day.isoformat(),
                            at=draft.at, minutes=draft.minutes, note=draft.note,
                            repeat=WEEKLY if draft.weekly else None, goal=draft.goal)
        self.follow(activity.id, draft.day)
        if self._change(f"Added “{activity.title}”", None,
                        lambda: self.session.repo.activities.plan(activity), added=[activity.id]):
            self.notify(f"Planned “{escape(activity.title)}” on {_day(draft.day)}.")

    def action_ideas(self) -> None:
        """Pick an idea and plan it on the selected day in one step."""
        week = [o for items in self.by_day for o in items]
        missing = balance(week).missing
        start = missing[0] if missing else "people"
        day = self.selected_day
        self.app.push_screen(SuggestionsDialog(day, start, self._window_hint()), lambda chosen: self._idea(chosen, day))

    def _window_hint(self) -> str | None:
        """The hardest hours of the day over the last 30 days of urges, as a time to fill."""
        from datetime import timedelta

        from companion.domain.records import EventKind
        from companion.domain.urge_hints import planner_hint

        today = self.session.clock.today()
        return planner_hint(self.session.snapshot.events_since(today - timedelta(days=30), (EventKind.URGE.value,)))

    def _idea(self, chosen: tuple[str, str] | None, day: date) -> None:
        if chosen is None:
            return
        title, category = chosen
        activity = Activity(title=title, category=category, on=day.isoformat())
        self.follow(activity.id, day)
        if self._change(f"Added “{title}”", None, lambda: self.session.repo.activities.plan(activity),
                        added=[activity.id]):
            self.notify(f"Planned “{escape(title)}” on {_day(day)}.")

    def action_edit(self) -> None:
        """Edit the selected activity (a weekly one: every week)."""
        occurrence = self.selected
        if occurrence is None:
            self.action_add()
            return
        a = occurrence.activity
        draft = ActivityDraft(a.title, a.category, occurrence.on, a.at, a.minutes, a.note,
                              a.repeat == WEEKLY, a.goal)
        self.app.push_screen(ActivityForm(self.days, draft=draft),
                             lambda new: self._edited(occurrence, new))

    def _edited(self, occurrence: Occurrence, draft: ActivityDraft | None) -> None:
        if draft is None:
            return
        activity = occurrence.activity
        was_weekly = activity.repeat == WEEKLY
        values: dict[str, Any] = dict(title=draft.title, category=draft.category, at=draft.at,
                                      minutes=draft.minutes, note=draft.note,
                                      repeat=WEEKLY if draft.weekly else None, goal=draft.goal)
        shift = (draft.day - occurrence.on).days
        if was_weekly and draft.weekly:
            on = activity.date + timedelta(days=shift)
            values.update(on=on.isoformat(),
                          done_dates=sorted((date.fromisoformat(d) + timedelta(days=shift)).isoformat()
                                            for d in activity.done_dates),
                          skipped_dates=sorted((date.fromisoformat(d) + timedelta(days=shift)).isoformat()
                                               for d in activity.skipped_dates))
        elif was_weekly:  # it stops repeating: it stays as a one-off on the chosen day
            values.update(on=draft.day.isoformat(), done=occurrence.done, done_dates=[],
                          skipped_dates=[])
        else:
            values.update(on=draft.day.isoformat(),
                          done_dates=[draft.day.isoformat()] if draft.weekly and activity.done else [])
        self.follow(activity.id, draft.day)
        self._change(f"Edited “{draft.title}”", activity.id,
                     lambda: self.session.repo.activities.update(activity.id, **values))

    # Done and delete -----------------------------------------------------------

    def action_toggle_done(self) -> None:
        """Tick or untick the selected occurrence (other weeks of a repeat stay as they are)."""
        occurrence = self.selected
        if occurrence is None:
            return
        activity = occurrence.activity
        self.follow(activity.id, occurrence.on)
        self._change("Tick", activity.id, lambda: self.session.repo.activities.set_done(
            activity.id, occurrence.on, done=not occurrence.done))

    def action_delete(self) -> None:
        """Delete the selected activity; for a weekly one, ask: this one or every week."""
        occurrence = self.selected
        if occurrence is None:
            return
        activity = occurrence.activity
        if activity.repeat != WEEKLY:
            self._delete(occurrence, ALL)
            return
        question = f"Delete “{activity.title}”?"
        self.app.push_screen(
            RepeatScopeDialog(question, one=f"Only {_day(occurrence.on)}", every="Every week"),
            lambda scope: self._delete(occurrence, scope))

    def _delete(self, occurrence: Occurrence, scope: str | None) -> None:
        if scope is None:
            return
        activity = occurrence.activity
        if scope == ONE:
            done = self._change("Delete", activity.id,
                                lambda: self.session.repo.activities.skip_occurrence(activity.id, occurrence.on))
            what = f"“{escape(activity.title)}” on {_day(occurrence.on)}"
        else:
            done = self._change("Delete", activity.id,
                                lambda: self.session.repo.activities.delete(activity.id))
            what = f"“{escape(activity.title)}”" + (" (every week)" if activity.repeat else "")
        if done is not None:
            self.notify(f"Deleted {what}. [@click=screen.undo]Undo[/] (z)", timeout=8)

    def action_undo(self) -> None:
        """Put back the last change made here."""
        steps = self._steps()
        if not steps:
            self.notify("Nothing to undo.")
            return
        step = steps.pop()
        if self.session.perform(lambda: self.session.repo.activities.restore(step.previous, step.added)) is None:
            steps.append(step)
            return
        for activity in step.previous:  # the cursor goes to what came back
            here = [d for d in self.days if occurs_on(activity, d)]
            if here:
                self.follow(activity.id, self.selected_day if self.selected_day in here else here[0])
                break
        self.notify(UNDONE.get(step.label, "Your last change is undone."))

    # Moving and copying --------------------------------------------------------

    def action_move(self) -> None:
        """Move the selected activity to another day."""
        occurrence = self.selected
        if occurrence is None:
            return
        self.app.push_screen(MoveDayDialog(occurrence.activity.title, self.days, occurrence.on),
                             lambda to: self._move(occurrence, to))

    def action_shift(self, step: int) -> None:
        """Move the selected activity one day earlier or later."""
        occurrence = self.selected
        if occurrence is not None:
            self._move(occurrence, occurrence.on + timedelta(days=step))

    def _move(self, occurrence: Occurrence, to: date | None) -> None:
        if to is None or to == occurrence.on:
            return
        activity = occurrence.activity
        if activity.repeat != WEEKLY:
            self._moved(occurrence, to, ONE)
            return
        self.app.push_screen(
            RepeatScopeDialog(f"Move “{activity.title}” to {to:%A}?", one=f"Only {_day(occurrence.on)}",
                              every=f"Every week, to {to:%A}s"),
            lambda scope: self._moved(occurrence, to, scope))

    def _moved(self, occurrence: Occurrence, to: date, scope: str | None) -> None:
        if scope is None:
            return
        activity = occurrence.activity
        if scope == ALL:
            days = (to - occurrence.on).days
            self.follow(activity.id, to)
            self._change("Move", activity.id, lambda: self.session.repo.activities.shift(activity.id, days))
            return
        before = self._current(activity.id)
        self.follow(activity.id, to)
        activities = self.session.repo.activities
        moved = self.session.perform(lambda: activities.move_occurrence(activity.id, occurrence.on, to))
        if moved is None:
            return
        added = [moved.id] if moved.id != activity.id else []
        self._remember(UndoStep("Move", [before] if before else [], added))
        self.follow(moved.id, to)
        if to not in self.days:
            self.notify(f"Moved “{escape(activity.title)}” to {_day(to)}.")

    def action_copy_last_week(self) -> None:
        """Copy the week before into this one, skipping what is already here."""
        assert self.week_first is not None
        activities = self.session.snapshot.activities
        previous = [o for i in range(7)
                    for o in occurrences_on(activities, self.week_first - timedelta(days=7 - i))]
        copies = copies_for_week(previous, [o for items in self.by_day for o in items])
        if not copies:
            self.notify("Nothing new to copy: the week before is empty or already here.")
            return
        if self._change("Copy last week", None, lambda: self.session.repo.activities.plan_many(copies),
                        added=[c.id for c in copies]):
            count = len(copies)
            self.notify(f"Copied {count} {'activity' if count == 1 else 'activities'} from the week before. "
                        "[@click=screen.undo]Undo[/] (z)")

    # Export --------------------------------------------------------------------

    def action_export(self) -> None:
        """Save this week's plan as an .ics calendar file."""
        assert self.week_first is not None
        suggested = export_dir() / f"companion-week-{self.week_first.isoformat()}.ics"
        self.app.push_screen(ExportCalendarDialog(suggested), self._export)

    def _export(self, path: Path | None) -> None:
        if path is None:
            return
        from companion.exports.calendar import calendar
        from companion.store.errors import DataFileError, plain_reason
        from companion.store.files import atomic_write

        clock = self.session.clock
        chosen = [a for a in self.session.snapshot.activities if any(occurs_on(a, d) for d in self.days)]
        text = calendar(chosen, clock.zone, clock.now())
        from companion.exports.target import export_target

        try:
            atomic_write(export_target(self.session.repo.path, path), text.encode("utf-8"))
        except (DataFileError, OSError, ValueError) as error:
            self.notify(f"Could not write the calendar to {escape(str(path))}: {escape(plain_reason(error))}. "
                        "Your plan is untouched.", title="Not exported", severity="error")
            return
        count = f"{len(chosen)} {'activity' if len(chosen) == 1 else 'activities'}"
        self.notify(f"Saved {count} in {escape(str(path.parent))}, as {escape(path.name)}.", title="Calendar exported")
