"""The periods and the unsent messages, as History lists them.

Pure: records, the user's date and day-start offset in; rows out, newest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time

from companion.domain import periods as pm
from companion.domain.moments import user_day, wall_time
from companion.domain.records import (
    Event,
    EventKind,
    Period,
    PeriodOutcome,
    PeriodStart,
)
from companion.domain.timeline import hide_name


@dataclass(frozen=True)
class PeriodRow:
    """One period as the table shows it.

    Attributes:
        started_on: its first date (the last contact the user made).
        ended_on: the date it closed, or None while it runs.
        planned_days: the length chosen.
        held_days: days it lasted (to today for the ongoing one).
        outcome: completed / restarted after a slip / ongoing / finished early.
        started_by: onboarding, slip or renewal.
    """

    started_on: date
    ended_on: date | None
    planned_days: int
    held_days: int
    outcome: str
    started_by: str

    @property
    def ends_on(self) -> date:
        """The date the period is (or was) complete."""
        return pm.ends_on(self.started_on, self.planned_days)


def period_rows(periods: Iterable[Period], today: date) -> list[PeriodRow]:
    """Every period, newest first, with how long it lasted and how it ended."""
    rows = []
    for period in periods:
        ended = date.fromisoformat(period.ended_on) if period.ended_on else None
        held = pm.days_between(period.start, ended or today)
        rows.append(PeriodRow(period.start, ended, period.length_days, max(0, held),
                              pm.period_summary_outcome(period, today), period.started_by))
    rows.sort(key=lambda r: (r.started_on, r.ended_on is None, r.ended_on or r.started_on), reverse=True)
    return rows


START_WORDS = {
    PeriodStart.ONBOARDING.value: "the start",
    PeriodStart.SLIP.value: "a restart",
    PeriodStart.RENEWAL.value: "a new round",
}


def periods_summary(periods: Sequence[Period], today: date) -> str:
    """One calm sentence: how many periods, restarts, completions and the best streak."""
    if not periods:
        return "No periods yet."
    count = len(periods)
    restarts = pm.restart_count(periods)
    completed = sum(1 for p in periods if pm.period_summary_outcome(p, today) == PeriodOutcome.COMPLETED.value)
    parts = [f"{count:,} period{'s' if count != 1 else ''}"]
    parts.append("no restarts" if not restarts else f"{restarts} restart{'s' if restarts != 1 else ''}")
    if completed:
        parts.append(f"{completed} completed")
    best = pm.best_streak_days(periods, today)
    parts.append(f"best streak {best} day{'s' if best != 1 else ''}")
    return " · ".join(parts) + "."


@dataclass(frozen=True)
class UnsentMessage:
    """A message written in the timer instead of being sent."""

    event_id: str
    day: date
    time: str | None
    trigger: str | None
    text: str
    outcome: str | None


def unsent_messages(events: Iterable[Event], day_starts_at: time = time(0), *,
                    discreet: bool = False, ex_name: str = "") -> list[UnsentMessage]:
    """Every non-empty unsent message, newest first (the ex's name hidden in discreet mode)."""
    found = []
    for event in events:
        if event.kind != EventKind.URGE.value:
            continue
        text = str(event.data.get("unsent_message") or "")
        if not text.strip():
            continue
        wall = wall_time(event)
        trigger = event.data.get("trigger")
        found.append((wall, UnsentMessage(
            event_id=event.id,
            day=user_day(wall, day_starts_at),
            time=None if event.date_only else f"{wall:%H:%M}",
            trigger=str(trigger) if trigger else None,
            text=hide_name(text, ex_name) if discreet else text,
            outcome=event.data.get("outcome"),
        )))
    found.sort(key=lambda pair: (pair[1].day, pair[0]), reverse=True)
    return [message for _, message in found]
