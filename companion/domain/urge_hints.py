"""Today's gentle word about urges: the hardest hours of the day when they come round,
and, once a week, a nudge to make an if-then plan for the most frequent trigger. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from companion.content import urge_tools as words
from companion.domain.ifthen import plan_sentence, plans_for
from companion.domain.urge_hours import WINDOW_HOURS, hardest_window, window_text
from companion.domain.planning import start_of_week
from companion.domain.records import Event, EventKind, IfThen, Trigger, trigger_key

MIN_TRIGGERED = 2  # urges with the same trigger before a plan for it is suggested


def window_hint(urges: Iterable[Event], plans: Sequence[IfThen], hour: int) -> str | None:
    """At `hour` inside the hardest window of the day, a calm line with a plan (None otherwise)."""
    window = hardest_window(urges)
    if window is None or (hour - window[0]) % 24 >= WINDOW_HOURS:
        return None
    text = words.WINDOW_HINT.format(span=window_text(window[0]))
    if plans:
        return text + words.WINDOW_PLAN.format(plan=plan_sentence(plans_for(plans, None)[0]))
    return text + words.WINDOW_NO_PLAN


def planner_hint(urges: Iterable[Event]) -> str | None:
    """For the planner's ideas: the hardest window of the day, as a time to fill (None without one)."""
    window = hardest_window(urges)
    return None if window is None else words.PLANNER_WINDOW.format(span=window_text(window[0]))


def missing_plan_hint(urges: Iterable[Event], plans: Sequence[IfThen], today: date,
                      week_start: str = "monday") -> str | None:
    """On the first day of the week: the most frequent trigger, when it has no plan yet."""
    if today != start_of_week(today, week_start):
        return None
    values = {t.value for t in Trigger}
    wanted = Counter(e.data.get("trigger") for e in urges
                     if e.kind == EventKind.URGE.value and e.data.get("trigger") in values)
    if not wanted:
        return None
    value, count = wanted.most_common(1)[0]
    key = trigger_key(Trigger(value))
    if count < MIN_TRIGGERED or any(p.trigger == key for p in plans):
        return None
    return words.MISSING_PLAN.format(trigger=value, key=key)
