"""History as one list: urges, contacts, checks on them, moods, journal, unsent messages,
activities, periods.

Pure: takes records, today and the day-start offset; returns plain items, newest
first, with the words to show (neutral ones in discreet mode).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from enum import Enum
from functools import partial

from companion.domain.text import hide_name
from companion.domain import periods as pm
from companion.domain.moments import minutes_into_day, wall_time
from companion.domain.records import (
    Activity,
    Event,
    EventKind,
    Period,
    PeriodOutcome,
    PeriodStart,
    UrgeHandling,
    UrgeOutcome,
)


class TimelineKind(str, Enum):
    """What the timeline can be filtered by."""

    URGE = "urge"
    CONTACT = "contact"
    MOOD = "mood"
    JOURNAL = "journal"
    UNSENT = "unsent"
    ACTIVITY = "activity"
    PERIOD = "period"
    CHECK = "check"


# Where items without a real time sit within their day. A slip closes a period and
# opens the next after the contact that caused it; other starts and ends (a completed
# period, a renewal) belong to the very start of the day.
_UNTIMED = 24 * 60
_SLIP_END = _UNTIMED + 1
_SLIP_START = _UNTIMED + 2
_DAY_END = -2
_DAY_START = -1

OUTCOME_WORDS = {
    UrgeOutcome.RESISTED.value: "passed",
    UrgeOutcome.CONTACTED.value: "reached out",
    UrgeOutcome.UNRESOLVED.value: "left open",
}


ABOUT_WORDS = {
    "logistics": "about logistics",
    "emergency": "an emergency",
    "emotional": "emotional",
    "wants to talk": "wants to talk",
}


class TimelineItem:
    """One line of history; its words are worked out when first read (years of items are cheap).

    Attributes:
        kind: what it is (what the filter sees).
        day: the user's date.
        time: "HH:MM" where it happened, or None when only the date is known.
        order: position within the day, for sorting.
        subkind: finer kind (e.g. "from_them" / "from_me", "start" / "end").
        event_id: the event it comes from, if any.
        key: what identifies it across reloads (its record and part).
        title: one line saying what happened.
        detail: the full text behind it (a note, a journal entry, a message), if any.
    """

    __slots__ = ("_describe", "_words", "day", "event_id", "key", "kind", "order", "subkind", "time")

    def __init__(self, kind: TimelineKind, day: date, time: str | None, title: str = "",
                 detail: str = "", order: int = _UNTIMED, subkind: str = "",
                 event_id: str | None = None, key: str = "",
                 describe: Callable[[], tuple[str, str]] | None = None) -> None:
        self.kind = kind
        self.day = day
        self.time = time
        self.order = order
        self.subkind = subkind
        self.event_id = event_id
        self.key = key or f"{event_id}:{kind.value}:{subkind}:{day}"
        self._describe = describe
        self._words: tuple[str, str] | None = None if describe else (title, detail)

    def _text(self) -> tuple[str, str]:
        if self._words is None:
            assert self._describe is not None
            self._words = self._describe()
        return self._words

    @property
    def title(self) -> str:
        """One line saying what happened."""
        return self._text()[0]

    @property
    def detail(self) -> str:
        """The full text behind it, if any."""
        return self._text()[1]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimelineItem) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"TimelineItem({self.kind.value}, {self.day}, {self.time}, {self.title!r})"


def first_line(text: str, limit: int = 60) -> str:
    """The start of a text on one line, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def intensity_words(before: object, after: object) -> str:
    """"8 → 3", "strength 8" or "" from an urge's intensities."""
    if isinstance(before, int) and isinstance(after, int):
        return f"{before} → {after}"
    if isinstance(before, int):
        return f"strength {before}"
    if isinstance(after, int):
        return f"strength after {after}"
    return ""


def waited_words(data: dict[str, object]) -> str:
    """What a timer urge shows: the time actually waited, not the length planned
    (older records without it say the plan, as what was planned)."""
    from companion.domain.timer import say_waited

    waited = data.get("minutes_waited")
    if isinstance(waited, (int, float)) and not isinstance(waited, bool):
        return f"waited {say_waited(waited)}"
    planned = data.get("minutes_planned")
    return f"timer of {planned:g} min" if isinstance(planned, (int, float)) else "timer"


class _Words:
    """The labels for one mode (plain or discreet) and one ex's name."""

    def __init__(self, discreet: bool, ex_name: str) -> None:
        self.discreet = discreet
        self.ex_name = "" if discreet else ex_name.strip()

    def text(self, text: str, ex_name: str) -> str:
        return hide_name(text, ex_name) if self.discreet else text

    def urge(self, data: dict[str, object]) -> str:
        parts = ["Urge"]
        strength = intensity_words(data.get("intensity_before"), data.get("intensity_after"))
        if strength:
            parts.append(strength)
        outcome = str(data.get("outcome") or "")
        if outcome == UrgeOutcome.CONTACTED.value and self.discreet:
            parts.append("acted on it")
        elif outcome:
            parts.append(OUTCOME_WORDS.get(outcome, outcome))
        if data.get("handled") == UrgeHandling.TIMER.value:
            parts.append(waited_words(data))
        return " · ".join(parts)

    def from_them(self, data: dict[str, object]) -> str:
        who = "Message received" if self.discreet else f"{self.ex_name or 'They'} reached out"
        parts = [who, str(data.get("channel") or "")]
        about = str(data.get("about") or "")
        if about and about != "other":
            parts.append(ABOUT_WORDS.get(about, about))
        parts.append("you replied" if data.get("replied") else "no reply")
        return " · ".join(p for p in parts if p)

    def from_me(self, data: dict[str, object]) -> str:
        if data.get("essential"):
            return "Message sent · essential" if self.discreet else "You replied · essential"
        return "Message sent · a restart point" if self.discreet else "You reached out · a restart point"

    def check(self, data: dict[str, object]) -> str:
        from companion.content.checks import PLATFORM_LABELS, short

        platform = str(data.get("platform") or "other")
        return f"{short(self.discreet)} · {PLATFORM_LABELS.get(platform, platform)}"

    def unsent(self, data: dict[str, object]) -> str:
        label = "Draft" if self.discreet else "Unsent message"
        trigger = data.get("trigger")
        return f"{label} · wanted {trigger}" if trigger else label

    def period_start(self, period: Period) -> str:
        label = "Period" if self.discreet else "No Contact period"
        reason = {PeriodStart.SLIP.value: " after a restart point",
                  PeriodStart.RENEWAL.value: ", a new round"}.get(period.started_by, "")
        return f"{label} began{reason} · {period.length_days} days"

    def period_end(self, period: Period, outcome: str, held: int) -> str:
        words = {
            PeriodOutcome.COMPLETED.value: f"completed · {held} days",
            PeriodOutcome.RESTARTED.value: f"restarted after a slip · day {held}",
            PeriodOutcome.FINISHED.value: f"finished early · day {held}",
        }.get(outcome, outcome)
        return f"Period {words}"


_URGE = EventKind.URGE.value
_FROM_THEM = EventKind.CONTACT_FROM_THEM.value
_FROM_ME = EventKind.CONTACT_FROM_ME.value
_MOOD = EventKind.MOOD.value
_JOURNAL = EventKind.JOURNAL.value
_CHECK = EventKind.CHECK.value
_KINDS = {_URGE: TimelineKind.URGE, _FROM_THEM: TimelineKind.CONTACT, _FROM_ME: TimelineKind.CONTACT,
          _MOOD: TimelineKind.MOOD, _JOURNAL: TimelineKind.JOURNAL, _CHECK: TimelineKind.CHECK}
TIMELINE_EVENT_KINDS = tuple(_KINDS)  # the kinds of event that are items (milestones are not)
_SUBKINDS = {_FROM_THEM: "from_them", _FROM_ME: "from_me"}
# Equal times: the urge above the message written during it (newest first).
_RANK = {TimelineKind.URGE: 2, TimelineKind.UNSENT: 1}


def _describe_event(event: Event, words: _Words, ex_name: str, unsent: bool) -> tuple[str, str]:
    """The title and detail of an event's item."""
    data = event.data
    kind = event.kind
    if unsent:
        return words.unsent(data), words.text(str(data.get("unsent_message") or ""), ex_name)
    note = words.text(str(data.get("note") or ""), ex_name)
    if kind == _URGE:
        return words.urge(data), note
    if kind == _FROM_THEM:
        return words.from_them(data), note
    if kind == _FROM_ME:
        return words.from_me(data), note
    if kind == _MOOD:
        return f"Mood {data.get('score')}/5", note
    if kind == _CHECK:
        return words.check(data), note
    text = words.text(str(data.get("text") or ""), ex_name)
    sitting = data.get("sitting") if data.get("exercise") else None
    if isinstance(sitting, int) and not isinstance(sitting, bool):  # the writing exercise
        return f"Journal · writing {sitting}/3 · " + first_line(text, 40), text
    return "Journal · " + first_line(text, 50), text


def _event_items(event: Event, words: _Words, ex_name: str, offset: timedelta) -> list[TimelineItem]:
    kind = _KINDS.get(event.kind)
    if kind is None:
        return []  # milestones: Today marks them
    wall = wall_time(event)
    shifted = wall - offset if offset else wall  # the user's day may start after midnight
    day = shifted.date()
    if event.date_only:
        clock, order = None, _UNTIMED
    else:
        clock, order = f"{wall.hour:02d}:{wall.minute:02d}", shifted.hour * 60 + shifted.minute
    items = [TimelineItem(kind, day, clock, "", "", order, _SUBKINDS.get(event.kind, ""), event.id,
                          event.id, partial(_describe_event, event, words, ex_name, False))]
    if kind is TimelineKind.URGE and writes_unsent(event.data):
        items.append(TimelineItem(TimelineKind.UNSENT, day, clock, "", "", order, "", event.id,
                                  event.id + ":unsent", partial(_describe_event, event, words, ex_name, True)))
    return items


def writes_unsent(data: Mapping[str, object]) -> bool:
    """Whether an urge's data holds a message written instead of being sent (an item of its own)."""
    return bool(str(data.get("unsent_message") or "").strip())


def done_days(activity: Activity, today: date) -> list[date]:
    """The days on or before today that an activity was ticked off (each is an item)."""
    from companion.domain.planning import WEEKLY

    days = ([date.fromisoformat(d) for d in activity.done_dates] if activity.repeat == WEEKLY
            else [activity.date] if activity.done else [])
    return [day for day in days if day <= today]


def _activity_items(activity: Activity, today: date, day_starts_at: time) -> list[TimelineItem]:
    title = f"Done · {activity.title} ({activity.category})"
    items = []
    for day in done_days(activity, today):
        # The time it was ticked off on its own day; none when ticked later (its day).
        at = activity.done_times.get(day.isoformat())
        if at is None and not activity.repeat and activity.done_at and len(activity.done_at) > 16 \
                and activity.done_at[:10] == day.isoformat():
            at = activity.done_at[11:16]  # recorded before done_times: its wall time, that day
        order = _UNTIMED
        if at:
            try:
                hours, minutes = (int(part) for part in at.split(":"))
                order = minutes_into_day(datetime(2000, 1, 2, hours, minutes), day_starts_at)
            except ValueError:
                at = None
        items.append(TimelineItem(TimelineKind.ACTIVITY, day, at, title, activity.note, order,
                                  key=f"{activity.id}:{day}"))
    return items


def _period_items(period: Period, today: date, words: _Words) -> list[TimelineItem]:
    start = period.start
    by_slip = period.started_by == PeriodStart.SLIP.value
    items = [TimelineItem(TimelineKind.PERIOD, start, None, words.period_start(period),
                          order=_SLIP_START if by_slip else _DAY_START, subkind="start",
                          key=f"{period.id}:start")]
    outcome = pm.period_summary_outcome(period, today)
    if period.ended_on:
        end = date.fromisoformat(period.ended_on)
    elif outcome == PeriodOutcome.COMPLETED.value:
        end = pm.ends_on(start, period.length_days)
    else:
        return items
    held = pm.days_between(start, end)
    items.append(TimelineItem(TimelineKind.PERIOD, end, None, words.period_end(period, outcome, held),
                              order=_SLIP_END if outcome == PeriodOutcome.RESTARTED.value else _DAY_END,
                              subkind="end", key=f"{period.id}:end"))
    return items


def build_timeline(periods: Sequence[Period], events: Iterable[Event], activities: Iterable[Activity],
                   today: date, day_starts_at: time = time(0), *, discreet: bool = False,
                   ex_name: str = "") -> list[TimelineItem]:
    """Everything that happened, newest first (at the same moment, the later-written first).

    Args:
        periods: every period (their starts and ends become items).
        events: every event (milestones are left out: Today marks them).
        activities: every activity; each occurrence ticked off on or before today is an item.
        today: the user's date.
        day_starts_at: the user's day-start offset.
        discreet: neutral words, and the ex's name hidden from notes and texts.
        ex_name: the ex's name (shown in plain mode, hidden in discreet mode).
    """
    words = _Words(discreet, ex_name)
    items: list[TimelineItem] = []
    offset = timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    for event in events:
        items.extend(_event_items(event, words, ex_name, offset))
    for activity in activities:
        items.extend(_activity_items(activity, today, day_starts_at))
    for period in periods:
        items.extend(_period_items(period, today, words))
    rank = _RANK
    items.reverse()  # the sort keeps ties in this order: the later-written first
    items.sort(key=lambda item: (item.day, item.order, rank.get(item.kind, 0)), reverse=True)
    return items


def timeline_length(periods: Sequence[Period], activities: Iterable[Activity], today: date, *,
                    events: int, unsent: int) -> int:
    """How many items `build_timeline` gives, without making them.

    Args:
        periods: every period.
        activities: every activity.
        today: the user's date.
        events: how many events there are of the kinds in TIMELINE_EVENT_KINDS.
        unsent: how many urges hold an unsent message (`writes_unsent`).
    """
    words = _Words(False, "")
    return (events + unsent + sum(len(done_days(activity, today)) for activity in activities)
            + sum(len(_period_items(period, today, words)) for period in periods))


def filter_timeline(items: Sequence[TimelineItem], kind: TimelineKind | None) -> list[TimelineItem]:
    """Only the items of one kind (None keeps everything); the order is kept."""
    if kind is None:
        return list(items)
    return [item for item in items if item.kind == kind]
