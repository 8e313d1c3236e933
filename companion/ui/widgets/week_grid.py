"""Seven day columns of planned activities, with a cursor the planner screen moves."""

from __future__ import annotations

import textwrap
from datetime import date

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from companion.domain.planning import Occurrence
from companion.ui.widgets.activity_list import CATEGORY_MARK

CATEGORY_COLOUR = {
    "people": "$error",
    "body": "$success",
    "work": "$primary",
    "challenge": "$warning",
    "joy": "$secondary",
}


def category_mark(category: str) -> Content:
    """The category's symbol in its colour."""
    return Content.from_markup(f"[{CATEGORY_COLOUR.get(category, '$foreground')}]$mark[/]",
                               mark=CATEGORY_MARK.get(category, "·"))


class DayHeader(Static):
    """"Thursday 26", or "Thu 26" / "Th 26" when the column is narrow."""

    def __init__(self, day: date, today: date) -> None:
        super().__init__()
        self.day = day
        self.today = today

    def render(self) -> Content:
        width = self.size.width or 12
        if width >= 12:  # "Wednesday 30", the longest
            text = f"{self.day:%A} {self.day.day}"
        elif width >= 6:
            text = f"{self.day:%a} {self.day.day}"
        else:
            text = f"{self.day:%a}"[:2] + f"{self.day.day}"
        if self.day == self.today and len(text) + 8 <= width:
            text += " · today"
        return Content(text)

    def on_click(self, event: events.Click) -> None:
        column = self.parent
        if isinstance(column, DayColumn):
            column.post_message(WeekGrid.Picked(column.index, None, double=event.chain > 1))


class ItemRow(Static):
    """One planned occurrence: done mark, category symbol, time (when there is room), title."""

    def __init__(self, occurrence: Occurrence, day_index: int, item_index: int,
                 selected: bool) -> None:
        classes = "-done" if occurrence.done else ""
        super().__init__(classes=classes + (" -selected" if selected else ""))
        self.occurrence = occurrence
        self.day_index = day_index
        self.item_index = item_index

    def _lines(self, width: int) -> list[Content]:
        """The row wrapped to `width`: at most 2 lines when narrow, 3 otherwise, "…" if cut."""
        activity = self.occurrence.activity
        done = self.occurrence.done
        roomy = width >= 16
        tick = Content.from_markup("[$success]✓[/]") if done else Content("○")
        if roomy:
            lead = Content.assemble(tick, " ", category_mark(activity.category), " ")
            text = (activity.at + " " if activity.at else "") + activity.title
        else:  # one symbol: the tick when done, else the category
            lead = Content.assemble(tick if done else category_mark(activity.category), " ")
            text = activity.title
        room = max(1, width - lead.cell_length)
        wrapped = textwrap.wrap(text, room) or [""]
        most = 3 if roomy else 2
        if len(wrapped) > most:
            wrapped = wrapped[:most]
            wrapped[-1] = wrapped[-1][: room - 1].rstrip() + "…"
        indent = " " * lead.cell_length
        return [Content.assemble(lead if n == 0 else indent, line) for n, line in enumerate(wrapped)]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        return Content("\n").join(self._lines(self.content_size.width or 20))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(WeekGrid.Picked(self.day_index, self.item_index, double=event.chain > 1))


class DayColumn(Vertical):
    """One day: its header and what is planned on it."""

    def __init__(self, index: int, day: date, today: date, items: list[Occurrence],
                 selected: int | None) -> None:
        classes = ["-today"] if day == today else []
        if day < today:
            classes.append("-past")
        super().__init__(classes=" ".join(classes))
        self.index = index
        self.day = day
        self.today = today
        self.items = items
        self.selected = selected

    def compose(self) -> ComposeResult:
        yield DayHeader(self.day, self.today)
        with VerticalScroll(can_focus=False):
            for number, occurrence in enumerate(self.items):
                yield ItemRow(occurrence, self.index, number, number == self.selected)
            if not self.items:
                yield Static("—", classes="day-empty")

    def on_click(self) -> None:
        self.post_message(WeekGrid.Picked(self.index, None))


class WeekGrid(Horizontal, can_focus=True):
    """The week: seven DayColumns. Owns no state of its own; the screen tells it what to show."""

    class Picked(Message):
        """A day (item None) or an item was clicked."""

        def __init__(self, day_index: int, item_index: int | None, double: bool = False) -> None:
            super().__init__()
            self.day_index = day_index
            self.item_index = item_index
            self.double = double

    async def show(self, days: list[date], today: date, by_day: list[list[Occurrence]],
                   cursor: tuple[int, int | None]) -> None:
        """Rebuild the columns for a week."""
        columns = [DayColumn(i, day, today, by_day[i], cursor[1] if i == cursor[0] else None)
                   for i, day in enumerate(days)]
        async with self.batch():
            await self.remove_children()
            await self.mount_all(columns)
        self.move_cursor(cursor)

    def move_cursor(self, cursor: tuple[int, int | None]) -> None:
        """Highlight one day and (if any) one item in it, scrolling it into view."""
        day_index, item_index = cursor
        for column in self.query_children(DayColumn):
            column.set_class(column.index == day_index, "-cursor")
        for row in self.query(ItemRow):
            chosen = row.day_index == day_index and row.item_index == item_index
            row.set_class(chosen, "-selected")
            if chosen:
                row.scroll_visible(animate=False)

    def column(self, index: int) -> Widget | None:
        """The column of day `index` (0-6)."""
        for column in self.query_children(DayColumn):
            if column.index == index:
                return column
        return None
