"""The week planner: seven days of people, body, work, challenge and joy.

This module draws the week and moves the cursor; the changes (add, edit, delete,
undo, move, copy, ideas, export) live in planner_edits.PlannerEdits.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import partial

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from companion.clock import Clock
from companion.domain.planning import Occurrence, occurrences_on, start_of_week
from companion.domain.week_plan import balance, minutes_text, rate_text, week_label
from companion.store.repository import Snapshot
from companion.ui.screens.planner_edits import PlannerEdits
from companion.ui.widgets.balance_meter import BalanceMeter
from companion.ui.widgets.bars import KeyBar, TitleBar
from companion.ui.widgets.week_grid import WeekGrid, category_mark

NARROW = 120


class PlannerScreen(PlannerEdits):
    """Plan the week; `[` and `]` move between weeks."""

    CSS_PATH = "planner.tcss"
    HELP_TITLE = "Week planner"
    BINDINGS = [
        Binding("escape", "back", "Back", show=False),
        Binding("a", "add", "Add"),
        Binding("i", "ideas", "Ideas"),
        Binding("e,enter", "edit", "Edit", key_display="e", show=False),
        Binding("space,x", "toggle_done", "Done", key_display="space"),
        Binding("d,delete", "delete", "Delete", key_display="d"),
        Binding("z", "undo", "Undo", show=False),
        Binding("v", "move", "Move to another day", show=False),
        Binding("l", "copy_last_week", "Copy last week", show=False),
        Binding("left_square_bracket", "week(-1)", "Previous week", key_display="[", show=False),
        Binding("right_square_bracket", "week(1)", "Next week", key_display="]", show=False),
        Binding("n", "this_week", "Back to this week", show=False),
        Binding("ctrl+e", "export", "Export .ics", show=False),
        Binding("left", "day(-1)", "Previous day", show=False),
        Binding("right", "day(1)", "Next day", show=False),
        Binding("up", "item(-1)", "Previous item", show=False),
        Binding("down", "item(1)", "Next item", show=False),
        Binding("shift+left", "shift(-1)", "Move a day earlier", show=False),
        Binding("shift+right", "shift(1)", "Move a day later", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.week_first: date | None = None
        self.day_index = 0
        self.item_index: int | None = None
        self.by_day: list[list[Occurrence]] = [[] for _ in range(7)]
        self._follow: tuple[str, date] | None = None

    # Layout ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="week-bar"):
            yield Static(Content.from_markup("[@click=screen.previous_week] ◀ [/]"), id="week-prev")
            yield Static(id="week-title")
            yield Static(Content.from_markup("[@click=screen.next_week] ▶ [/]"), id="week-next")
            yield Static(id="week-keys", classes="muted")
        yield WeekGrid(id="week-grid")
        yield Static(id="item-detail")
        yield BalanceMeter(id="balance")
        yield KeyBar()

    async def on_mount(self) -> None:
        self.session.data_changed.subscribe(self, self._on_data)
        today = self.clock.today()
        self.week_first = start_of_week(today, self.week_start)
        self.day_index = (today - self.week_first).days
        self.query_one(WeekGrid).focus()
        await self.redraw()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.query_one("#week-keys", Static).update(
            r"\[ and ] change the week · ? all keys" if event.size.width < 136 else
            r"\[ and ] change the week · e edit · v move · l copy last week · z undo · ctrl+e export · ? all keys")
        self._show_details()

    # Data --------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        """The user's clock."""
        return self.session.clock

    @property
    def week_start(self) -> str:
        """"monday" or "sunday", from Settings."""
        return self.session.snapshot.settings.week_start

    @property
    def days(self) -> list[date]:
        """The seven dates on screen."""
        assert self.week_first is not None
        return [self.week_first + timedelta(days=i) for i in range(7)]

    @property
    def selected_day(self) -> date:
        """The day under the cursor."""
        return self.days[self.day_index]

    @property
    def selected(self) -> Occurrence | None:
        """The occurrence under the cursor, if any."""
        items = self.by_day[self.day_index]
        if self.item_index is None or not items:
            return None
        return items[min(self.item_index, len(items) - 1)]

    async def _on_data(self, snapshot: Snapshot) -> None:
        if self.week_first is None:
            return
        first = start_of_week(self.week_first, snapshot.settings.week_start)
        if first != self.week_first:  # the week start setting changed
            self.week_first = first
        await self.redraw()

    def follow(self, activity_id: str, day: date) -> None:
        """After the next redraw, put the cursor on this activity on `day` (if on screen)."""
        self._follow = (activity_id, day)

    async def redraw(self) -> None:
        """Recompute the week from the snapshot and draw everything."""
        if self.week_first is None:
            return
        activities = self.session.snapshot.activities
        self.by_day = [occurrences_on(activities, day) for day in self.days]
        if self._follow and self._follow[1] in self.days:
            activity_id, day = self._follow
            self.day_index = self.days.index(day)
            ids = [o.activity.id for o in self.by_day[self.day_index]]
            self.item_index = ids.index(activity_id) if activity_id in ids else None
        self._follow = None
        self._clamp()
        today = self.clock.today()
        await self.query_one(WeekGrid).show(self.days, today, self.by_day,
                                            (self.day_index, self.item_index))
        this_first = start_of_week(today, self.week_start)
        self.query_one("#week-title", Static).update(
            Content(week_label(self.week_first, this_first, today)))
        self._show_balance()
        self._show_details()

    def _clamp(self) -> None:
        items = self.by_day[self.day_index]
        if not items:
            self.item_index = None
        elif self.item_index is None:
            self.item_index = 0
        else:
            self.item_index = max(0, min(self.item_index, len(items) - 1))

    def _show_balance(self) -> None:
        assert self.week_first is not None
        activities = self.session.snapshot.activities
        week = [o for items in self.by_day for o in items]
        before = [o for i in range(7, 0, -1)
                  for o in occurrences_on(activities, self.week_first - timedelta(days=i))]
        today = self.clock.today()
        today_first = start_of_week(today, self.week_start)
        name = self._week_name(self.week_first, today_first, today) or "That week"
        before_name = self._week_name(self.week_first - timedelta(days=7), today_first, today)
        label = before_name or "The week before"
        spread = balance(week)
        this_text = f"{spread.done} of {spread.planned} done" if spread.planned else "nothing yet"
        self.query_one(BalanceMeter).show(spread, this_text, rate_text(before), label, name)

    @staticmethod
    def _week_name(first: date, today_first: date, today: date) -> str:
        """"This week", "Next week", "Last week", "In 2 weeks"… ("" for a far-off week)."""
        label = week_label(first, today_first, today)
        return label.split(" · ")[0] if " · " in label else ""

    def _show_details(self) -> None:
        if self.week_first is None:
            return
        detail = self.query_one("#item-detail", Static)
        day = self.selected_day
        occurrence = self.selected
        day_text = f"{day:%A} {day.day} {day:%b}"
        if occurrence is None:
            detail.update(Content.from_markup(
                "[b]$day[/] [$text-muted]· nothing here yet. a adds your own, i picks an idea.[/]",
                day=day_text))
            return
        activity = occurrence.activity
        facts = [day_text, activity.at or "", minutes_text(activity.minutes), activity.category,
                 "every week" if activity.repeat else "", "done ✓" if occurrence.done else ""]
        line = Content.assemble(
            category_mark(activity.category), " ", (activity.title, "bold"), "\n",
            (" · ".join(f for f in facts if f), "$text-muted"),
        )
        if activity.note:
            line = Content.assemble(line, "\n", (activity.note, "italic $text-muted"))
        detail.update(line)

    # Moving around -----------------------------------------------------------

    def _cursor(self) -> None:
        self._clamp()
        self.query_one(WeekGrid).move_cursor((self.day_index, self.item_index))
        self._show_details()

    def action_day(self, step: int) -> None:
        """Move the cursor to the previous or next day (into the next week at the edge)."""
        target = self.day_index + step
        if 0 <= target < 7:
            self.day_index = target
            self._cursor()
        else:
            self.day_index = 6 if step < 0 else 0
            self.run_worker(self._change_week(step))

    def action_item(self, step: int) -> None:
        """Move the cursor up or down within the day."""
        items = self.by_day[self.day_index]
        if items and self.item_index is not None:
            self.item_index = max(0, min(len(items) - 1, self.item_index + step))
            self._cursor()

    async def _change_week(self, step: int) -> None:
        assert self.week_first is not None
        self.week_first += timedelta(days=7 * step)
        self.item_index = 0
        await self.redraw()

    async def action_week(self, step: int) -> None:
        """Show the previous or next week."""
        await self._change_week(step)

    async def action_previous_week(self) -> None:
        """The week before (the ◀ arrow)."""
        await self._change_week(-1)

    async def action_next_week(self) -> None:
        """The week after (the ▶ arrow)."""
        await self._change_week(1)

    async def action_this_week(self) -> None:
        """Back to the week holding today, cursor on today."""
        today = self.clock.today()
        self.week_first = start_of_week(today, self.week_start)
        self.day_index = (today - self.week_first).days
        await self.redraw()

    @on(WeekGrid.Picked)
    def _picked(self, event: WeekGrid.Picked) -> None:
        self.day_index = event.day_index
        if event.item_index is not None:
            self.item_index = event.item_index
        self._cursor()
        if event.double and event.item_index is not None:
            self.action_edit()

    def palette_commands(self) -> Iterable[SystemCommand]:
        """The planner's actions for the command palette (ctrl+p)."""
        for title, help_text, action in (
            ("Plan an activity", "Add something to the selected day", self.action_add),
            ("Ideas for the selected day", "Pick an idea; it is planned in one step", self.action_ideas),
            ("Copy last week", "Copy the week before into this one", self.action_copy_last_week),
            ("Next week", "Show the week after", self.action_next_week),
            ("Previous week", "Show the week before", self.action_previous_week),
            ("This week", "Back to the week holding today", self.action_this_week),
            ("Export the week to a calendar file", "Save it as .ics", self.action_export),
            ("Undo", "Put back the last change made in the planner", self.action_undo),
        ):
            yield SystemCommand(title, help_text, partial(self.call_next, action))

    def action_back(self) -> None:
        """Back to where the planner was opened from."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
