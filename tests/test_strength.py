"""The strength score and days kept: what a slip does not erase (fixed dates, Hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.records import Period, PeriodStart
from companion.domain.strength import (
    ALPHA,
    MAX_DROP_AFTER_ONE_SLIP,
    compute_strength,
    kept_days,
    points,
    strength_after_slip,
    strength_of,
)

START = date(2026, 1, 1)
QUICK = settings(max_examples=200, deadline=None)


def periods_with_slips(*slip_offsets: int) -> list[Period]:
    """A first period on START and a slip period on each START + offset."""
    result = [Period(started_on=START.isoformat(), started_by=PeriodStart.ONBOARDING.value)]
    result += [Period(started_on=(START + timedelta(days=d)).isoformat(), started_by=PeriodStart.SLIP.value)
               for d in slip_offsets]
    return result


def test_the_constants_are_a_13_day_half_life() -> None:
    assert abs((1 - ALPHA) ** 13 - 0.5) < 1e-12
    assert points(strength_of([True] * 30)) == 80
    assert points(strength_of([True] * 60)) == 96


def test_no_slip_days_kept_equal_days_total_equal_the_streak() -> None:
    strength = compute_strength(periods_with_slips(), START + timedelta(days=40))
    assert (strength.days_kept, strength.days_total) == (40, 40)
    assert strength.score == 88


def test_a_slip_day_is_not_kept_and_the_days_before_it_stay_kept() -> None:
    periods = periods_with_slips(40)
    strength = compute_strength(periods, START + timedelta(days=45))
    assert (strength.days_kept, strength.days_total) == (44, 45)
    assert kept_days(periods, START + timedelta(days=45))[39] is False


def test_a_renewal_continues_the_run() -> None:
    periods = periods_with_slips() + [Period(started_on=(START + timedelta(days=30)).isoformat(),
                                             started_by=PeriodStart.RENEWAL.value)]
    assert compute_strength(periods, START + timedelta(days=35)).days_kept == 35


def test_before_the_first_full_day_everything_is_zero() -> None:
    assert compute_strength([], START) == compute_strength(periods_with_slips(), START)
    assert compute_strength(periods_with_slips(), START).score == 0
    assert compute_strength(periods_with_slips(), START).kept_share is None


def test_a_lapse_after_40_days_costs_a_few_points() -> None:
    today = START + timedelta(days=40)
    assert compute_strength(periods_with_slips(), today).score == 88
    after = strength_after_slip(periods_with_slips(), today, today)
    assert (after.score, after.days_kept, after.days_total) == (83, 39, 40)
    assert after == compute_strength(periods_with_slips(40), today)
    yesterday = strength_after_slip(periods_with_slips(), today - timedelta(days=1), today)
    assert (yesterday.score, yesterday.days_kept) == (83, 39)


@QUICK
@given(st.lists(st.booleans(), max_size=400))
def test_the_score_stays_between_0_and_100(kept: list[bool]) -> None:
    assert 0 <= points(strength_of(kept)) <= 100
    assert 0.0 <= strength_of(kept) <= 1.0


@QUICK
@given(st.lists(st.booleans(), max_size=300), st.integers(1, 200))
def test_kept_days_never_lower_the_score(history: list[bool], run: int) -> None:
    scores = [points(strength_of(history + [True] * n)) for n in range(run + 1)]
    assert scores == sorted(scores)
    exact = [strength_of(history + [True] * n) for n in range(run + 1)]
    assert all(b > a or a == 1.0 for a, b in zip(exact, exact[1:]))


@QUICK
@given(st.lists(st.booleans(), max_size=300), st.integers(30, 400))
def test_one_slip_after_30_kept_days_drops_at_most_the_stated_points(history: list[bool], run: int) -> None:
    before = history + [True] * run
    drop = points(strength_of(before)) - points(strength_of(before + [False]))
    assert 0 <= drop <= MAX_DROP_AFTER_ONE_SLIP


@QUICK
@given(st.sets(st.integers(1, 200), max_size=8), st.integers(0, 250))
def test_days_kept_is_days_total_less_the_slip_days(slips: set[int], today_offset: int) -> None:
    today = START + timedelta(days=today_offset)
    strength = compute_strength(periods_with_slips(*slips), today)
    assert strength.days_total == today_offset
    assert strength.days_kept == today_offset - sum(1 for d in slips if d <= today_offset)
    assert 0 <= strength.score <= 100
