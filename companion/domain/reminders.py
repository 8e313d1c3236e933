"""What reminder is due now, from the person's preferences, their records and the clock.

Pure: the caller passes the instant, the zone and the day start, and the records.
Each reminder comes at most once per day (once per planned activity, once per
timer); the log of what was sent is a small record of its own (`ReminderLog`).

- morning / evening / planning come from their time for a few hours (not past the
  end of the person's day: a missed one still comes after a laptop wakes), unless quiet mode is on or the thing they ask for is already done;
- activities come in the minutes before a planned activity that has a time;
- timer comes when a running timer has ended while no one closed it (within a day);
- quiet hours hold everything but the timer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from companion.clock import Instant, local_date, read_instant, wall_time
from companion.domain.planning import occurrences_in, occurrences_on, start_of_week
from companion.domain.records import Activity, Event, EventKind, Timer
from companion.domain.reminder_log import ReminderLog
from companion.domain.reminder_prefs import (
    ACTIVITIES,
    EVENING,
    MORNING,
    PLANNING,
    TIMER,
    WEEKDAYS,
    ReminderPrefs,
    as_time,
    in_quiet_hours,
)
from companion.domain.status import event_date

TIMER_NOTICE_HOURS = 24  # a timer that ended longer ago than this is not worth a notification
DAILY_WINDOW_HOURS = 4  # a daily reminder missed (asleep, held by quiet hours) still comes this long after


@dataclass(frozen=True)
class Due:
    """One notification to send: which reminder, its once-only key, and what it is about."""

    kind: str
    key: str
    title: str = ""  # the activity's title (activities only)
    starts_at: str = ""  # HH:MM (activities only)


@dataclass(frozen=True)
class Moment:
    """The instant seen the way the person sees time: their zone and day start."""

    now: Instant
    zone: str
    day_starts_at: time = time(0)

    @property
    def wall(self) -> datetime:
        """Naive local wall-clock time."""
        return wall_time(self.now, self.zone)

    @property
    def today(self) -> date:
        """The person's date (day start applied)."""
        return local_date(self.now, self.zone, self.day_starts_at)

    def slot(self, day: date, at: time) -> datetime:
        """The wall-clock time of `at` on the person's `day` (after midnight belongs to the day before)."""
        calendar_day = day if at >= self.day_starts_at else day + timedelta(days=1)
        return datetime.combine(calendar_day, at)


def due_now(prefs: ReminderPrefs, log: ReminderLog, moment: Moment, *, week_start: str,
            events: Sequence[Event], activities: Iterable[Activity],
            timer: Timer | None, today_opened_on: date | None = None) -> list[Due]:
    """Every notification due at this moment that has not been sent yet.

    `today_opened_on` is the last day the person opened Today (the morning one rests then).
    """
    activities = list(activities)
    quiet = in_quiet_hours(moment.wall.time(), prefs.quiet_hours)
    found: list[Due] = []
    if prefs.active(TIMER) and timer is not None and _timer_ended(timer, moment.now):
        found.append(Due(TIMER, f"timer:{timer.id}"))
    if not quiet:
        found += _daily(prefs, moment, week_start, events, activities, today_opened_on)
        if prefs.active(ACTIVITIES):
            found += _activities(prefs, moment, activities)
    return [due for due in found if due.key not in log.sent]


def _daily(prefs: ReminderPrefs, moment: Moment, week_start: str, events: Sequence[Event],
           activities: list[Activity], today_opened_on: date | None) -> list[Due]:
    today = moment.today
    day_end = moment.slot(today + timedelta(days=1), moment.day_starts_at)
    todays = [e for e in events if e.kind != EventKind.MILESTONE.value
              and event_date(e, moment.day_starts_at) == today]
    skip = {
        MORNING: today_opened_on == today or bool(todays),
        EVENING: any(e.kind == EventKind.MOOD.value for e in todays),
        PLANNING: (WEEKDAYS[today.weekday()] != prefs.reminders[PLANNING].planning_day(week_start)
                   or _next_week_planned(activities, today, week_start)),
    }
    found = []
    for kind, skipped in skip.items():
        reminder = prefs.reminders[kind]
        if not prefs.active(kind) or skipped or reminder.at is None:
            continue
        slot = moment.slot(today, as_time(reminder.at))
        if slot <= moment.wall < min(day_end, slot + timedelta(hours=DAILY_WINDOW_HOURS)):
            found.append(Due(kind, f"{kind}:{today.isoformat()}"))
    return found


def _next_week_planned(activities: list[Activity], today: date, week_start: str) -> bool:
    first = start_of_week(today, week_start) + timedelta(days=7)
    return bool(occurrences_in(activities, [first + timedelta(days=n) for n in range(7)]))


def _activities(prefs: ReminderPrefs, moment: Moment, activities: list[Activity]) -> list[Due]:
    lead = timedelta(minutes=prefs.reminders[ACTIVITIES].lead_minutes or 0)
    wall = moment.wall
    found = []
    for day in (wall.date(), wall.date() + timedelta(days=1)):  # 23:55 for 00:10 tomorrow
        for occurrence in occurrences_on(activities, day):
            activity = occurrence.activity
            start = _start(activity, day)
            if occurrence.done or start is None or not start - lead <= wall < start:
                continue
            found.append(Due(ACTIVITIES, f"activity:{activity.id}:{day.isoformat()}",
                             title=activity.title, starts_at=start.strftime("%H:%M")))
    return found


def _start(activity: Activity, day: date) -> datetime | None:
    try:
        return datetime.combine(day, as_time(activity.at)) if activity.at else None
    except ValueError:
        return None


def _timer_ended(timer: Timer, now: Instant) -> bool:
    try:
        ends = read_instant(timer.ends_at)
    except ValueError:
        return False
    return ends <= now < ends + timedelta(hours=TIMER_NOTICE_HOURS)

