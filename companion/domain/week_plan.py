"""The week as the planner shows it: its name in words, balance, copying and moving.

Pure functions on dates and Activity records (no clock reads, no storage).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from companion.domain.planning import WEEKLY, Occurrence, category_counts, completion_rate
from companion.domain.records import Activity, Category, new_id

_MINUTES = re.compile(r"^(?:(\d{1,2})\s*h)?\s*(?:(\d{1,4})\s*(?:m|min|mins|minutes)?)?$")


def date_range_text(first: date, last: date, today: date | None = None) -> str:
    """"23–29 Nov", "30 Nov – 6 Dec", "28 Dec 2026 – 3 Jan 2027" (year when not this one)."""
    show_year = today is not None and (first.year != today.year or last.year != today.year)
    if first.year != last.year:
        return f"{first.day} {first:%b} {first.year} – {last.day} {last:%b} {last.year}"
    year = f" {last.year}" if show_year else ""
    if first.month == last.month:
        return f"{first.day}–{last.day} {last:%b}{year}"
    return f"{first.day} {first:%b} – {last.day} {last:%b}{year}"


def week_label(first: date, today_first: date, today: date) -> str:
    """The week in words: "This week · 23–29 Nov", "Next week · …", "Last week · …", or the dates.

    Args:
        first: the first day of the week shown.
        today_first: the first day of the week holding today.
        today: the user's today (for the year).
    """
    dates = date_range_text(first, first + timedelta(days=6), today)
    names = {0: "This week", 7: "Next week", -7: "Last week"}
    name = names.get((first - today_first).days)
    if name:
        return f"{name} · {dates}"
    weeks = (first - today_first).days // 7
    if 2 <= weeks <= 8:
        return f"In {weeks} weeks · {dates}"
    if -8 <= weeks <= -2:
        return f"{-weeks} weeks ago · {dates}"
    return dates


@dataclass(frozen=True)
class Balance:
    """How a week spreads over the five categories."""

    counts: dict[str, int]
    missing: list[str]
    done: int
    planned: int


def balance(occurrences: Iterable[Occurrence]) -> Balance:
    """Counts per category (all five), the empty ones in order, and how many are done."""
    items = list(occurrences)
    counts = category_counts(items)
    missing = [c.value for c in Category if not counts.get(c.value)]
    return Balance(counts, missing, sum(1 for o in items if o.done), len(items))


def rate_text(occurrences: Iterable[Occurrence]) -> str:
    """"4 of 6 done (67%)", or "nothing planned"."""
    items = list(occurrences)
    rate = completion_rate(items)
    if rate is None:
        return "nothing planned"
    done = sum(1 for o in items if o.done)
    return f"{done} of {len(items)} done ({round(rate * 100)}%)"


def join_words(words: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def same_plan(a: Activity, b: Activity) -> bool:
    """Whether two activities are "the same thing" (title, case aside, and category)."""
    return a.title.strip().casefold() == b.title.strip().casefold() and a.category == b.category


def copies_for_week(previous: list[Occurrence], current: list[Occurrence]) -> list[Activity]:
    """New one-off activities copying last week's into this one, 7 days later.

    Weekly repeats already show in every week, so they are not copied; neither is
    anything with the same title and category already on that weekday.
    """
    copies: list[Activity] = []
    for occurrence in previous:
        source = occurrence.activity
        if source.repeat == WEEKLY:
            continue
        day = occurrence.on + timedelta(days=7)
        there = [o.activity for o in current if o.on == day] + [c for c in copies if c.date == day]
        if any(same_plan(source, other) for other in there):
            continue
        copies.append(Activity(title=source.title, category=source.category, on=day.isoformat(),
                               at=source.at, minutes=source.minutes, note=source.note))
    return copies


def _shift_dates(values: list[str], days: int) -> list[str]:
    return sorted((date.fromisoformat(v) + timedelta(days=days)).isoformat() for v in values)


def shifted(activity: Activity, days: int) -> Activity:
    """The activity moved by `days` (a weekly one: every week, with its ticks and skips)."""
    moved = replace(activity, on=(activity.date + timedelta(days=days)).isoformat())
    if activity.repeat == WEEKLY:
        moved.done_dates = _shift_dates(activity.done_dates, days)
        moved.skipped_dates = _shift_dates(activity.skipped_dates, days)
    return moved


def single_from(activity: Activity, on: date, to: date, done: bool) -> Activity:
    """A one-off copy of one occurrence of a weekly activity, placed on `to`."""
    return Activity(id=new_id(), title=activity.title, category=activity.category,
                    on=to.isoformat(), at=activity.at, minutes=activity.minutes,
                    note=activity.note, done=done,
                    done_at=activity.done_at if done else None)


def without_occurrence(activity: Activity, on: date) -> Activity:
    """A weekly activity with one date left out (its tick on that date dropped too)."""
    key = on.isoformat()
    return replace(activity,
                   skipped_dates=sorted(set(activity.skipped_dates) | {key}),
                   done_dates=[d for d in activity.done_dates if d != key])


def parse_minutes(text: str) -> int | None:
    """A duration as typed: "45", "45m", "1h", "1h30", "1 h 30 min" (blank means none).

    Raises:
        ValueError: not a duration, or not between 1 minute and 24 hours.
    """
    value = text.strip().lower()
    if not value:
        return None
    match = _MINUTES.match(value)
    if not match or not any(match.groups()):
        raise ValueError(f"{text.strip()!r} is not a duration; try 45, 90 or 1h30")
    total = int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    if not 1 <= total <= 24 * 60:
        raise ValueError("a duration is between 1 minute and 24 hours")
    return total


def minutes_text(minutes: int | None) -> str:
    """"45 min", "1 h", "1 h 30" (empty for none)."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest:02d}" if rest else "")
