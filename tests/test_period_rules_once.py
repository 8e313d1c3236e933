"""The rules the store and the screens share, written once in the domain: closing a
period, which milestones are due in the current run, and a new timer's instants."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from companion.clock import parse_instant
from companion.domain import periods as pm
from companion.domain import timer as tm
from companion.domain.records import Event, EventKind, Period, PeriodOutcome, PeriodStart

D = date.fromisoformat


def period(start: str, length: int = 30, by: PeriodStart = PeriodStart.ONBOARDING) -> Period:
    return Period(started_on=start, length_days=length, started_by=by.value,
                  created_at=f"{start}T12:00:00+00:00")


def milestone(days: int, run_start: str) -> Event:
    return Event(kind=EventKind.MILESTONE.value, at=f"{run_start}T12:00:00+00:00",
                 data={"days": days, "run_started_on": run_start})


def test_a_period_closed_before_its_end_by_a_slip_is_restarted_and_otherwise_finished() -> None:
    slipped = pm.close_period(period("2026-11-01"), D("2026-11-10"), by_slip=True)
    assert (slipped.ended_on, slipped.outcome) == ("2026-11-10", PeriodOutcome.RESTARTED.value)
    finished = pm.close_period(period("2026-11-01"), D("2026-11-10"), by_slip=False)
    assert (finished.ended_on, finished.outcome) == ("2026-11-10", PeriodOutcome.FINISHED.value)
    assert not finished.is_ongoing


@given(st.integers(7, 365), st.integers(0, 400), st.booleans())
def test_a_period_closed_on_or_after_its_end_is_completed_whatever_closed_it(
        length: int, days_in: int, by_slip: bool) -> None:
    start = D("2026-01-01")
    closed_on = date.fromordinal(start.toordinal() + days_in)
    closed = pm.close_period(period(start.isoformat(), length), closed_on, by_slip)
    completed = days_in >= length
    assert (closed.outcome == PeriodOutcome.COMPLETED.value) is completed
    assert closed.ended_on == closed_on.isoformat()


def test_milestones_due_are_those_of_this_run_not_yet_marked() -> None:
    periods = [period("2026-10-01"), period("2026-11-01", by=PeriodStart.SLIP)]
    today = D("2026-11-08")  # a streak of 7 days since the slip
    assert pm.current_run_start(periods) == D("2026-11-01")
    assert pm.milestones_due(periods, [], today) == [1, 3, 7]
    marked = [milestone(1, "2026-11-01"), milestone(3, "2026-11-01"), milestone(7, "2026-10-01")]
    assert pm.milestones_due(periods, marked, today) == [7]  # the earlier run's 7 does not count
    assert pm.milestones_due([], [], today) == [] and pm.current_run_start([]) is None


def test_a_renewal_carries_the_run_on() -> None:
    periods = [period("2026-10-01", 21), period("2026-10-22", by=PeriodStart.RENEWAL)]
    assert pm.current_run_start(periods) == D("2026-10-01")
    assert pm.milestones_due(periods, [], D("2026-10-31")) == [1, 3, 7, 14, 21, 30]


def test_a_new_timer_fixes_its_end_with_its_start() -> None:
    now = parse_instant("2026-11-26T09:30:00+00:00")
    timer = tm.new_timer(now, 15, "Europe/London")
    assert (timer.started_at, timer.ends_at) == ("2026-11-26T09:30:00+00:00", "2026-11-26T09:45:00+00:00")
    assert (timer.minutes, timer.zone) == (15, "Europe/London")
    later = tm.new_timer(parse_instant("2026-07-01T09:30:00+00:00"), 120, "Europe/London")
    assert later.ends_at == "2026-07-01T12:30:00+01:00"
