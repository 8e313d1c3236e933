"""Today's step: the program over any period length, and resuming after a slip."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.content.program import STEPS
from companion.domain.program import (
    DONE,
    MIN_STEADY_DAYS,
    SKIPPED,
    STAGES,
    StepMark,
    program_plan,
    program_started_on,
    stage_days,
    todays_step,
)
from companion.domain.records import Period, PeriodStart

lengths = st.integers(min_value=21, max_value=365)
START = date(2026, 11, 1)


def test_the_content_has_thirty_distinct_steps_of_one_to_twenty_minutes() -> None:
    ids = [s.id for s in STEPS]
    assert len(set(ids)) == len(ids) >= 30
    assert {s.stage for s in STEPS} == set(STAGES)
    assert all(1 <= s.minutes <= 20 and s.title and len(s.text) > 40 for s in STEPS)
    assert len({s.text for s in STEPS}) == len(STEPS)
    for stage in STAGES:  # a long stage needs steps that can come round again
        assert any(s.again for s in STEPS if s.stage == stage)
    steady = {s.id for s in STEPS if s.stage == "steady" and s.core}
    assert {"steady-sleep", "steady-food", "steady-tell", "steady-reach"} <= steady


def marks(count: int, first: date = START) -> list[StepMark]:
    plan = program_plan(STEPS, 30)
    return [StepMark(plan[i % 30].id, DONE, first + timedelta(days=i)) for i in range(count)]


@given(lengths)
def test_every_length_gets_one_step_a_day_in_stage_order(length: int) -> None:
    plan = program_plan(STEPS, length)
    assert len(plan) == length == sum(stage_days(length))
    order = [STAGES.index(s.stage) for s in plan]
    assert order == sorted(order) and set(order) == {0, 1, 2, 3}
    assert stage_days(length)[0] >= MIN_STEADY_DAYS
    assert {s.id for s in STEPS if s.core} <= {s.id for s in plan}
    assert plan[0].id == "steady-sleep"


@given(lengths)
def test_stage_boundaries_are_fractions_of_the_period(length: int) -> None:
    steady, understand, build, _ = stage_days(length)
    assert abs(steady + understand - 0.45 * length) <= 1
    assert abs(steady + understand + build - 0.75 * length) <= 1


@given(lengths)
def test_a_long_period_still_offers_every_step(length: int) -> None:
    if length >= len(STEPS) * 2:
        assert {s.id for s in program_plan(STEPS, length)} == {s.id for s in STEPS}


@settings(max_examples=60)
@given(length=lengths, done=st.integers(min_value=0, max_value=400),
       gap=st.integers(min_value=1, max_value=60))
def test_the_day_follows_the_steps_done_never_the_calendar(length: int, done: int, gap: int) -> None:
    """Days off and slips do not move the program: only steps marked do."""
    history = marks(done)
    last_mark = history[-1].on if history else START
    later = todays_step(STEPS, length, history, last_mark + timedelta(days=gap))
    much_later = todays_step(STEPS, length, history, last_mark + timedelta(days=gap + 100))
    assert later.day == much_later.day == done + 1
    assert later.step == much_later.step and not later.marked


def test_after_a_slip_the_program_resumes_where_it_was() -> None:
    periods = [Period(started_on="2026-11-01", length_days=30, started_by=PeriodStart.ONBOARDING.value,
                      ended_on="2026-11-12", outcome="restarted after a slip"),
               Period(started_on="2026-11-12", length_days=30, started_by=PeriodStart.SLIP.value)]
    assert program_started_on(periods) == date(2026, 11, 1)
    history = marks(11)
    step = todays_step(STEPS, 30, history, date(2026, 11, 13))
    assert step.day == 12 and step.day != 1
    assert step.step == program_plan(STEPS, 30)[11]


def test_a_renewal_or_fresh_onboarding_starts_a_new_program() -> None:
    periods = [Period(started_on="2026-10-01", length_days=30, outcome="completed"),
               Period(started_on="2026-10-31", length_days=60, started_by=PeriodStart.RENEWAL.value)]
    assert program_started_on(periods) == date(2026, 10, 31)
    assert program_started_on([]) is None


def test_marking_today_shows_that_step_as_done_and_tomorrow_the_next() -> None:
    today = date(2026, 11, 26)
    first = todays_step(STEPS, 30, [], today)
    assert (first.day, first.done, first.step.id) == (1, False, "steady-sleep")
    marked = [StepMark(first.step.id, DONE, today)]
    assert todays_step(STEPS, 30, marked, today).done
    tomorrow = todays_step(STEPS, 30, marked, today + timedelta(days=1))
    assert tomorrow.day == 2 and tomorrow.step.id == program_plan(STEPS, 30)[1].id
    skipped = [StepMark(first.step.id, SKIPPED, today)]
    shown = todays_step(STEPS, 30, skipped, today)
    assert shown.skipped and not shown.done and shown.marked


def test_past_the_end_the_closing_steps_come_round() -> None:
    step = todays_step(STEPS, 21, marks(40), START + timedelta(days=60))
    assert step.day == 41 and step.step.stage == "confidence" and step.step.again
