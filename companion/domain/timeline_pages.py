"""History's timeline a page at a time: its newest days made first, the rest when asked for.

The first page of years of history needs only the last days of it. `recent_items`
makes the items of those days from the events of those days, and `PagedTimeline`
holds them together with how many items the whole timeline has (`timeline_length`)
and a way to make all of it, which it does the first time anything past those days
is read. Every item it gives is the item `build_timeline` gives at that place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, time, timedelta
from typing import overload

from companion.domain.records import Activity, Event, Period
from companion.domain.timeline import TimelineItem, build_timeline, done_days, timeline_length

# The most days an event's wall-clock date can lie after the date its stored instant
# starts with (an instant written at UTC-12 and read in a zone at UTC+14).
EVENT_DAY_MARGIN = 2
# How far back the first part reaches, widened in these steps until it holds
# FIRST_ITEMS items (more than a tall screen's page, so that the first pages down
# need nothing more).
SPANS_DAYS = (30, 365, 1461)
FIRST_ITEMS = 200


def recent_items(periods: Sequence[Period], events: Sequence[Event], activities: Sequence[Activity],
                 today: date, since: date, day_starts_at: time = time(0), *, discreet: bool = False,
                 ex_name: str = "") -> list[TimelineItem]:
    """The items dated `since` or later: the start of what `build_timeline` gives.

    Args:
        periods: every period.
        events: at least every event whose stored instant starts with a date no more
            than EVENT_DAY_MARGIN days before `since`, in the order they were written.
        activities: every activity ticked off on `since` or later (more may come), in
            the order they were written.
        today, day_starts_at, discreet, ex_name: as for `build_timeline`.
    """
    items = build_timeline(periods, events, activities, today, day_starts_at, discreet=discreet,
                           ex_name=ex_name)
    cut = next((index for index, item in enumerate(items) if item.day < since), len(items))
    return items[:cut]


class PagedTimeline(Sequence[TimelineItem]):
    """The whole timeline as a sequence, of which only the newest items exist at first.

    `head` must be the start of what `build_all` returns and `length` its length;
    reading past the head makes the whole list (once), so everything read is the
    whole timeline's item at that place.
    """

    def __init__(self, head: list[TimelineItem], length: int,
                 build_all: Callable[[], list[TimelineItem]]) -> None:
        self.head = head
        self._length = length
        self._build_all = build_all
        self._all: list[TimelineItem] | None = None if len(head) < length else head

    @property
    def complete(self) -> bool:
        """Whether every item has been made."""
        return self._all is not None

    def whole(self) -> list[TimelineItem]:
        """Every item, newest first (made on the first call)."""
        if self._all is None:
            self._all = self._build_all()
            self._length = len(self._all)
        return self._all

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> TimelineItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[TimelineItem]: ...

    def __getitem__(self, index: int | slice) -> TimelineItem | list[TimelineItem]:
        if isinstance(index, int) and 0 <= index < len(self.head):
            return self.head[index]
        return self.whole()[index]

    def __iter__(self) -> Iterator[TimelineItem]:
        return iter(self.whole())

    def index(self, item: object, start: int = 0, stop: int | None = None) -> int:
        """Where an item is: looked for among the newest first, then in the whole."""
        if start == 0 and stop is None and item in self.head:
            return self.head.index(item)
        return self.whole().index(item, start, *(() if stop is None else (stop,)))


def paged_timeline(periods: Sequence[Period], today: date, day_starts_at: time, *,
                   events_since: Callable[[date], Sequence[Event]],
                   activities_since: Callable[[date], tuple[int, Sequence[Activity]]], events: int,
                   unsent: int, build_all: Callable[[], list[TimelineItem]], discreet: bool = False,
                   ex_name: str = "") -> PagedTimeline:
    """The timeline with its newest FIRST_ITEMS items or more made (fewer if the last
    SPANS_DAYS[-1] days hold fewer), the rest made by `build_all` when read.

    Args:
        events_since: the events whose stored instant starts with a given date or a
            later one (more may come; none of them left out), in the order written.
        activities_since: for a date, (how many of the activities left out were
            ticked off, the others in the order written); left out may be only
            one-off activities planned before that date.
        events, unsent: as for `timeline_length`.
        build_all: `build_timeline` of every record.
    """
    head: list[TimelineItem] = []
    length = 0
    for days in SPANS_DAYS:
        since = today - timedelta(days=days)
        done_before, activities = activities_since(since)
        done = [(activity, found) for activity in activities if (found := done_days(activity, today))]
        length = timeline_length(periods, [], today, events=events, unsent=unsent) + done_before + sum(
            len(found) for _, found in done)
        recent = [activity for activity, found in done if max(found) >= since]
        head = recent_items(periods, events_since(since - timedelta(days=EVENT_DAY_MARGIN)), recent, today,
                            since, day_starts_at, discreet=discreet, ex_name=ex_name)
        if len(head) >= min(FIRST_ITEMS, length):
            break
    return PagedTimeline(head, length, build_all)
