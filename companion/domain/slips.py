"""Taking a slip back: the period it closed carries on as if it had not happened.

A slip (a non-essential contact the user made) closes the ongoing period and starts
a new one on its date. Deleting it merges the two again: the period it closed takes
over the end (and outcome) of the one it started, which goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from companion.domain import periods as pm
from companion.domain.records import Period, PeriodOutcome, PeriodStart


@dataclass(frozen=True)
class SlipRemoval:
    """What changes in the periods: `changed` are saved as given, `removed` go."""

    changed: tuple[Period, ...]
    removed: tuple[Period, ...]


def _started_by(periods: Sequence[Period], slip_day: date, period_id: str | None) -> Period | None:
    if period_id:
        for period in periods:
            if period.id == period_id:
                return period
        return None  # recorded, but gone (a reset, an edit by hand): nothing to merge
    started = [p for p in periods
               if p.started_by == PeriodStart.SLIP.value and p.started_on == slip_day.isoformat()]
    return max(started, key=lambda p: p.created_at) if started else None


def _closed_by(periods: Sequence[Period], started: Period) -> Period | None:
    closed = [p for p in periods
              if p.id != started.id and p.ended_on == started.started_on
              and p.outcome in (PeriodOutcome.RESTARTED.value, PeriodOutcome.COMPLETED.value)
              and p.started_on <= started.started_on]
    return max(closed, key=lambda p: (p.started_on, p.created_at)) if closed else None


def remove_slip(periods: Sequence[Period], slip_day: date, period_id: str | None = None) -> SlipRemoval:
    """The periods once the slip on `slip_day` is taken back.

    Args:
        periods: every period.
        slip_day: the user's date of the slip.
        period_id: the period the slip started, when it was recorded with the slip.
    """
    started = _started_by(periods, slip_day, period_id)
    if started is None:
        return SlipRemoval((), ())
    closed = _closed_by(periods, started)
    if closed is None:  # nothing before it: the period stays, but no longer as a restart
        return SlipRemoval((replace(started, started_by=PeriodStart.ONBOARDING.value),), ())
    if started.is_ongoing:
        merged = replace(closed, ended_on=None, outcome=PeriodOutcome.ONGOING.value)
    else:
        end = date.fromisoformat(started.ended_on or started.started_on)
        by_slip = started.outcome == PeriodOutcome.RESTARTED.value
        merged = replace(closed, ended_on=end.isoformat(),
                         outcome=pm.closing_outcome(closed, end, by_slip=by_slip).value)
    return SlipRemoval((merged,), (started,))
