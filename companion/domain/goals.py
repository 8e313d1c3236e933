"""Growth goals: the rules for adding and closing them, and how each is going.

One to five goals are active at a time. A goal's progress counts the planned
activities linked to it: done this week, done in all, planned in all (up to the
end of this week). A goal is quiet when it has been around for two weeks and
nothing was planned for it in the last two weeks or the week ahead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from companion.domain.growth_records import Goal, GoalStatus
from companion.domain.planning import WEEKLY, done_on, occurs_on
from companion.domain.records import Activity, Category
from companion.domain.text import clean, clean_line

MAX_ACTIVE = 5
QUIET_DAYS = 14
CATEGORIES = tuple(c.value for c in Category)


def new_goal(goals: Sequence[Goal], title: str, category: str, why: str, today: date,
             source: str | None = None) -> Goal:
    """A new active goal, or ValueError naming what is wrong (nothing is changed)."""
    cleaned = clean_line(title)
    if not cleaned.text:
        raise ValueError("the goal needs a title")
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}: choose one of {', '.join(CATEGORIES)}")
    if len(active(goals)) >= MAX_ACTIVE:
        raise ValueError(f"you already have {MAX_ACTIVE} active goals; mark one done or drop one first")
    return Goal(title=cleaned.text, category=category, why=clean(why, limit=500).text,
                created_on=today.isoformat(), source=source)


def active(goals: Iterable[Goal]) -> list[Goal]:
    """The active goals, oldest first."""
    return [g for g in goals if g.status == GoalStatus.ACTIVE.value]


def find_goal(goals: Sequence[Goal], prefix: str) -> Goal:
    """The goal whose id is or starts with `prefix` (at least 4 characters)."""
    wanted = prefix.strip()
    if len(wanted) < 4:
        raise LookupError("give at least the first 4 characters of the goal's id")
    matches = [g for g in goals if g.id.startswith(wanted)]
    if not matches:
        raise LookupError(f"no goal with id {wanted!r} (see `companion goal list`)")
    if len(matches) > 1:
        raise LookupError(f"{wanted!r} matches several goals; give more of the id")
    return matches[0]


def closed(goal: Goal, status: str, today: date) -> Goal:
    """The goal marked done or dropped (ValueError if it is not active)."""
    if status not in (GoalStatus.DONE.value, GoalStatus.DROPPED.value):
        raise ValueError(f"a goal can be marked done or dropped, not {status!r}")
    if goal.status != GoalStatus.ACTIVE.value:
        raise ValueError(f"{goal.title!r} is already {goal.status}")
    return Goal(**{**goal.to_dict(), "status": status, "closed_on": today.isoformat()})


@dataclass(frozen=True)
class GoalProgress:
    """How a goal is going: its linked activities this week and in all."""

    goal: Goal
    done_this_week: int
    planned_this_week: int
    done_total: int
    planned_total: int
    quiet: bool


def _dates(activity: Activity, first: date, last: date) -> list[date]:
    """The dates from `first` to `last` on which `activity` occurs."""
    if activity.repeat != WEEKLY:
        return [activity.date] if first <= activity.date <= last else []
    day = max(first, activity.date)
    day += timedelta(days=(activity.date - day).days % 7)
    found = []
    while day <= last:
        if occurs_on(activity, day):
            found.append(day)
        day += timedelta(days=7)
    return found


def progress(goal: Goal, activities: Iterable[Activity], week: Sequence[date], today: date) -> GoalProgress:
    """Counts for one goal; `week` is this week's seven dates."""
    linked = [a for a in activities if a.goal == goal.id]
    week_first, week_last = week[0], week[-1]
    done_week = planned_week = done_total = planned_total = 0
    recent = False
    for activity in linked:
        try:
            activity.date
        except (TypeError, ValueError):
            continue  # a hand-edited date that is not a date: not counted
        start = min(activity.date, week_first)
        for day in _dates(activity, start, week_last):
            did = done_on(activity, day)
            planned_total += 1
            done_total += did
            if day >= week_first:
                planned_week += 1
                done_week += did
        if _dates(activity, today - timedelta(days=QUIET_DAYS - 1), today + timedelta(days=6)):
            recent = True
    old_enough = goal.created_on <= (today - timedelta(days=QUIET_DAYS)).isoformat()
    quiet = goal.status == GoalStatus.ACTIVE.value and old_enough and not recent
    return GoalProgress(goal, done_week, planned_week, done_total, planned_total, quiet)


def weekly_done(goal: Goal, activities: Iterable[Activity], weeks: Sequence[Sequence[date]]) -> list[int]:
    """How many linked activities were done in each of `weeks` (lists of dates)."""
    linked = [a for a in activities if a.goal == goal.id]
    counts = []
    for week in weeks:
        counts.append(sum(1 for a in linked for day in _dates(a, week[0], week[-1]) if done_on(a, day)))
    return counts


def compact_line(goals: Sequence[Goal], width: int = 76) -> str:
    """The active goals in one short line for Today ("Goals: Run 5 km · Call Mum")."""
    titles = [g.title for g in active(goals)]
    if not titles:
        return ""
    line = "Goals: " + " · ".join(titles)
    if len(line) > width:
        line = line[:max(width - 1, 0)].rstrip() + "…"
    return line
