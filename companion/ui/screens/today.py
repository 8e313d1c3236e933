"""Today: the daily glance — where you stand, today's plan, and the way to every action."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from rich.text import Text
from textual.widgets import Button, Static

from companion.content.checks import short
from companion.content.reflections import MILESTONE_WORDS, prompt_for
from companion.content.vocabulary import say
from companion.domain import periods as pm
from companion.domain.planning import occurrences_on
from companion.domain.records import EventKind
from companion.domain.status import Status, event_date
from companion.domain.text import plural
from companion.store.period_ops import milestones_due
from companion.store.repository import Snapshot
from companion.ui.session import SessionLink
from companion.ui.widgets.activity_list import ActivityList
from companion.ui.widgets.bars import KeyBar, TitleBar
from companion.ui.widgets.period_card import PeriodCard
from companion.ui.widgets.today_path import TodayPath

GUIDED_PATH_KEYS = [  # today's step, goals, the workbook and the check-in (ui/growth_actions.py)
    Binding("d", "app.step('done')", "Step done", show=False),
    Binding("x", "app.step('skipped')", "Skip step", show=False),
    Binding("g", "app.goals", "Goals", show=False),
    Binding("b", "app.workbook", "Understand it", show=False),
    Binding("k", "app.checkin", "Check-in", show=False),
    Binding("o", "app.open_step", "Open step", show=False),
]


class TodayScreen(Screen[None]):
    """The screen people open every morning."""

    session = SessionLink()

    CSS_PATH = "today.tcss"
    HELP_TITLE = "Today"
    # Shown in the footer when the line has room for them (help lists them always).
    KEYS_IF_ROOM = frozenset({"app.i_contacted", "app.mood", "app.journal", "app.settings"})
    AUTO_FOCUS = "#today-activities"  # not the scrolling body: focusing it restyles all within
    BINDINGS = [
        Binding("u", "app.log_urge", "Urge"),
        Binding("t", "app.they_contacted", "They texted"),
        Binding("i", "app.i_contacted", "I texted"),
        Binding("c", "app.checked_on_them", "Checked on them", show=False),
        Binding("m", "app.mood", "Mood"),
        Binding("j", "app.journal", "Journal"),
        Binding("w", "app.planner", "Week"),
        Binding("h", "app.history", "History"),
        Binding("s", "app.settings", "Settings"),
        Binding("space", "tick", "Tick", show=False),
        *GUIDED_PATH_KEYS,
    ]

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="today-body"):
            if self.app.demo_note:
                yield Static(self.app.demo_note, id="demo-note", classes="hint", markup=False)
            yield PeriodCard(id="period-card")
            yield Static(id="milestone", classes="hidden")
            yield Static(id="urge-hint", classes="hidden")
            # The end-of-period panel is mounted here only when the period ends.
            with Horizontal(id="today-columns"):
                yield ActivityList(id="today-activities", classes="column")
                yield Static(id="plan-empty", classes="column hint")
                yield Static(id="week-numbers", classes="column")
            yield TodayPath(id="today-path")
            yield Static(id="reflection")
        yield KeyBar()

    def on_mount(self) -> None:
        self._end_panel: Vertical | None = None  # mounted when the period reaches its end
        self._banner_run: str | None = None  # the run whose milestone the banner shows
        self.query_one(ActivityList).border_title = "Today's plan"
        self.query_one("#plan-empty").border_title = "Today's plan"
        self.query_one("#week-numbers").border_title = "This week"
        self.session.data_changed.subscribe(self, self._on_data)
        self.refresh_view(self.session.snapshot)
        self.query_one(ActivityList).focus()
        self._celebrate()

    def _on_data(self, snapshot: Snapshot) -> None:
        self.refresh_view(snapshot)
        self._celebrate()

    def _status(self, snapshot: Snapshot) -> Status:
        return self.session.repo.status(snapshot)

    def refresh_view(self, snapshot: Snapshot) -> None:
        """Redraw everything from the records."""
        if snapshot.profile is None:
            return
        self.session.repo.reminders.note_today_opened(snapshot)  # the morning reminder rests today
        status = self._status(snapshot)
        discreet = snapshot.settings.discreet
        self.query_one(PeriodCard).show(status, discreet)
        self.sub_title = status.today.strftime("%A %-d %B")
        self._show_plan(snapshot, status)
        self._show_week(snapshot, status)
        self._show_end(snapshot, status)
        self.query_one(TodayPath).show(snapshot, status.today)
        self._show_urge_hint(snapshot, status)
        period = status.period
        prompt = prompt_for(status.today, status.day_number,
                            period.length_days if period else 0,
                            status.completed or period is None)
        self.query_one("#reflection", Static).update(f"[i]{prompt}[/i]")

    def _show_plan(self, snapshot: Snapshot, status: Status) -> None:
        todays = occurrences_on(snapshot.activities_on(status.today), status.today)
        self.query_one(ActivityList).show(todays)
        empty = self.query_one("#plan-empty", Static)
        self.query_one(ActivityList).display = bool(todays)
        empty.display = not todays
        empty.update("Nothing planned today. Press [b]w[/b] to plan your week: people, body, "
                     "work, a challenge, something just for you.")
        if todays and self.is_current and self.focused is None:
            self.query_one(ActivityList).focus()

    def on_screen_resume(self) -> None:
        """Back from another screen: the list takes the keys again if it has items."""
        activities = self.query_one(ActivityList)
        if activities.display and self.focused is None:
            activities.focus()

    def _show_week(self, snapshot: Snapshot, status: Status) -> None:
        day_start = self.session.clock.day_starts_at
        moods = [e for e in snapshot.events_since(status.today, (EventKind.MOOD.value,))
                 if e.kind == EventKind.MOOD.value and event_date(e, day_start) == status.today]
        mood = f"{moods[-1].data.get('score')}/5" if moods else "not yet (m)"
        they = say("count.they_first", snapshot.settings.discreet)
        checks = status.checks
        lines = [
            f"Urges {status.urges_last_7_days} · {status.resisted_last_7_days} passed",
            f"{short(snapshot.settings.discreet)} {checks.last_7_days}"
            + (f" · {checks.this_period} this period" if checks.this_period != checks.last_7_days else ""),
            f"{they} {plural(status.they_reached_out_total, 'time')}"
            + (f" ({status.they_reached_out_this_period} this period)" if status.they_reached_out_total else ""),
            f"Planned today {status.done_today}/{status.planned_today} done",
            f"Mood today {mood}",
        ]
        self.query_one("#week-numbers", Static).update("\n".join(lines))

    def _show_urge_hint(self, snapshot: Snapshot, status: Status) -> None:
        """The hardest hours when they come round; on the week's first day, a plan to make."""
        from datetime import timedelta

        from companion.domain.text import hide_name
        from companion.domain.urge_hints import missing_plan_hint, window_hint

        urges = snapshot.events_since(status.today - timedelta(days=30), (EventKind.URGE.value,))
        plans = snapshot.ifthen
        hint = (window_hint(urges, plans, self.session.clock.wall_time().hour)
                or missing_plan_hint(urges, plans, status.today, snapshot.settings.week_start))
        widget = self.query_one("#urge-hint", Static)
        widget.set_class(hint is None, "hidden")
        if hint and snapshot.settings.discreet and snapshot.profile:
            hint = hide_name(hint, snapshot.profile.ex_name)
        widget.update(Text(hint or ""))

    def _show_end(self, snapshot: Snapshot, status: Status) -> None:
        finished = snapshot.profile is not None and snapshot.profile.finished_on
        if not (finished or (status.period is not None and status.completed)):
            if self._end_panel is not None:
                self._end_panel.display = False
            return
        if self._end_panel is None:
            self._end_text = Static(id="period-end-text")
            self._end_buttons = [Button("Extend", id="extend", variant="primary"),
                                 Button("New period", id="new-period"), Button("Finish", id="finish")]
            guide = Button("A guide for now", id="end-guide", action="app.guide('end')")
            self._end_panel = Vertical(self._end_text, Horizontal(*self._end_buttons, guide, id="period-end-buttons"),
                                       id="period-end")
            self.query_one("#today-body").mount(self._end_panel, after="#milestone")
        self._end_panel.display = True
        extend, _, finish = self._end_buttons
        extend.display = finish.display = not finished
        if finished:
            self._end_text.update(f"{say('period.finished', snapshot.settings.discreet)} Your streak carries on: "
                                  f"{plural(status.streak_days, 'day')}. Start another period any time.")
        else:
            assert status.period is not None
            self._end_text.update(f"[b]You reached the end of your {status.period.length_days} days.[/b] "
                                  "Extend it, start a new period, or finish here.")

    def _celebrate(self) -> None:
        """Mark new milestones once, quietly."""
        snapshot = self.session.snapshot
        start = pm.current_run_start(snapshot.periods)
        banner = self.query_one("#milestone", Static)
        run_start = start.isoformat() if start else None
        if self._banner_run not in (None, run_start):
            banner.add_class("hidden")  # a restart since: that milestone is not this run's
            self._banner_run = None
        if not milestones_due(snapshot, self.session.clock.today()):
            return  # nothing to mark: no write
        fresh = self.session.perform(self.session.repo.periods.celebrate_milestones)
        if fresh:
            days = max(fresh)
            banner.update(f"✦ {MILESTONE_WORDS.get(days, f'{days} days.')}")
            banner.remove_class("hidden")
            self._banner_run = run_start

    # Actions -------------------------------------------------------------------

    def action_tick(self) -> None:
        self.query_one(ActivityList).action_toggle()

    @on(ActivityList.Toggled)
    def _toggle(self, event: ActivityList.Toggled) -> None:
        occurrence = event.occurrence
        self.session.perform(lambda: self.session.repo.activities.set_done(
            occurrence.activity.id, occurrence.on, not occurrence.done))

    @on(Button.Pressed, "#extend")
    def _extend(self) -> None:
        from companion.ui.dialogs.period_length import PeriodLengthDialog

        current = pm.current_period(self.session.snapshot.periods)
        if current is None:
            return

        def chosen(extra: int | None) -> None:
            if extra:
                self.session.perform(lambda: self.session.repo.periods.set_length(current.length_days + extra))
                self.app.notify(f"Extended by {plural(extra, 'day')}.")

        self.app.push_screen(PeriodLengthDialog("Extend by how many days?", (7, 14, 21, 30), 14), chosen)

    @on(Button.Pressed, "#new-period")
    def _new_period(self) -> None:
        from companion.ui.dialogs.period_length import PeriodLengthDialog

        current = pm.current_period(self.session.snapshot.periods)

        def chosen(length: int | None) -> None:
            if length:
                self.session.perform(lambda: self.session.repo.periods.start_new(length))
                self.app.notify(f"A new period of {plural(length, 'day')} starts today. Your streak carries on.")

        default = current.length_days if current else 30
        self.app.push_screen(PeriodLengthDialog("How long should the new period be?", pm.LENGTH_CHOICES, default), chosen)

    @on(Button.Pressed, "#finish")
    def _finish(self) -> None:
        from companion.ui.dialogs.confirm import ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.session.perform(self.session.repo.periods.finish)
                self.app.notify("Finished. Well done — truly.")

        self.app.push_screen(ConfirmDialog(say("period.finish_question", self.session.discreet),
                                           yes="Finish", no="Not yet"), confirmed)

    def palette_commands(self) -> list[Any]:
        """Screen-specific commands for the palette."""
        from textual.app import SystemCommand

        return [SystemCommand("Tick the highlighted activity", "Mark it done or not done", self.action_tick)]
