"""Periods, streaks, milestones, the recommendation and the status numbers (SPEC "Domain rules")."""

from __future__ import annotations

from datetime import date, time

import pytest

from companion.clock import Clock, MovableSource, parse_instant
from companion.domain import periods as pm
from companion.domain.records import (
    Activity,
    Event,
    EventKind,
    Period,
    PeriodOutcome,
    PeriodStart,
)
from companion.domain.status import compute_status, event_date

D = date.fromisoformat


def period(start: str, length: int = 30, by: PeriodStart = PeriodStart.ONBOARDING,
           outcome: PeriodOutcome = PeriodOutcome.ONGOING, created: str = "") -> Period:
    """A period record for the tests."""
    return Period(started_on=start, length_days=length, started_by=by.value,
                  outcome=outcome.value, created_at=created or f"{start}T12:00:00+00:00")


def event(kind: EventKind, at: str, zone: str = "UTC", **data: object) -> Event:
    """An event recorded at `at` (ISO) in `zone`."""
    instant = parse_instant(at).in_timezone(zone)
    return Event(kind=kind.value, at=instant.isoformat(), zone=zone, data=dict(data))


# Period arithmetic -------------------------------------------------------------


def test_ends_on_days_left_and_completion() -> None:
    start = D("2026-11-20")
    assert pm.ends_on(start, 30) == D("2026-12-20")
    assert pm.days_left(start, 30, D("2026-11-20")) == 30
    assert pm.days_left(start, 30, D("2026-11-26")) == 24
    assert pm.days_left(start, 30, D("2026-12-19")) == 1
    assert pm.days_left(start, 30, D("2026-12-20")) == 0
    assert pm.days_left(start, 30, D("2027-01-20")) == 0  # never below zero
    assert not pm.is_complete(start, 30, D("2026-12-19"))
    assert pm.is_complete(start, 30, D("2026-12-20"))
    assert pm.is_complete(start, 30, D("2027-03-01"))
    assert pm.day_number(start, D("2026-11-20")) == 0
    assert pm.day_number(start, D("2026-11-26")) == 6
    assert pm.day_number(start, D("2026-11-19")) == 0


def test_ends_on_across_month_year_and_leap_day() -> None:
    assert pm.ends_on(D("2027-12-15"), 21) == D("2028-01-05")
    assert pm.ends_on(D("2028-02-10"), 30) == D("2028-03-11")  # 2028 has 29 February
    assert pm.ends_on(D("2027-02-10"), 30) == D("2027-03-12")
    assert pm.ends_on(D("2026-01-01"), 365) == D("2027-01-01")


@pytest.mark.parametrize("length", [7, 21, 30, 45, 60, 90, 365])
def test_lengths_within_bounds_are_kept(length: int) -> None:
    assert pm.check_length(length) == length


@pytest.mark.parametrize("length", [-1, 0, 6, 366, 1000])
def test_lengths_out_of_bounds_are_refused(length: int) -> None:
    with pytest.raises(ValueError, match="between 7 and 365"):
        pm.check_length(length)


# Streaks -----------------------------------------------------------------------


def test_streak_is_days_since_the_users_last_contact() -> None:
    periods = [period("2026-11-20")]
    assert pm.streak_days(periods, D("2026-11-20")) == 0
    assert pm.streak_days(periods, D("2026-11-21")) == 1
    assert pm.streak_days(periods, D("2026-11-26")) == 6
    assert pm.streak_days(periods, D("2026-11-10")) == 0  # a date before the start: never negative
    assert pm.streak_days([], D("2026-11-26")) == 0
    assert pm.best_streak_days([], D("2026-11-26")) == 0


def test_slips_restart_the_streak_and_best_streak_remembers() -> None:
    periods = [
        period("2026-01-01", outcome=PeriodOutcome.RESTARTED),
        period("2026-02-15", by=PeriodStart.SLIP, outcome=PeriodOutcome.RESTARTED),  # a 45-day run
        period("2026-03-01", by=PeriodStart.SLIP),  # a 14-day run
    ]
    today = D("2026-03-10")
    assert pm.streak_days(periods, today) == 9
    assert pm.best_streak_days(periods, today) == 45
    assert pm.restart_count(periods) == 2
    # The current run becomes the best once it is longer.
    assert pm.best_streak_days(periods, D("2026-05-01")) == 61


def test_a_renewal_continues_the_streak() -> None:
    periods = [
        period("2026-01-01", length=30, outcome=PeriodOutcome.COMPLETED),
        period("2026-01-31", length=30, by=PeriodStart.RENEWAL),
    ]
    assert pm.run_starts(periods) == [D("2026-01-01")]
    assert pm.streak_days(periods, D("2026-02-10")) == 40
    assert pm.best_streak_days(periods, D("2026-02-10")) == 40
    assert pm.restart_count(periods) == 0


def test_current_period_is_the_latest_ongoing_one() -> None:
    old = period("2026-01-01", outcome=PeriodOutcome.RESTARTED)
    new = period("2026-02-01", by=PeriodStart.SLIP)
    assert pm.current_period([new, old]) is new
    assert pm.current_period([old]) is None
    assert pm.current_period([]) is None


def test_closing_outcome() -> None:
    p = period("2026-11-01", length=21)
    assert pm.closing_outcome(p, D("2026-11-10"), by_slip=True) is PeriodOutcome.RESTARTED
    assert pm.closing_outcome(p, D("2026-11-10"), by_slip=False) is PeriodOutcome.FINISHED
    assert pm.closing_outcome(p, D("2026-11-22"), by_slip=True) is PeriodOutcome.COMPLETED
    assert pm.period_summary_outcome(p, D("2026-11-22")) == PeriodOutcome.COMPLETED.value
    assert pm.period_summary_outcome(p, D("2026-11-21")) == PeriodOutcome.ONGOING.value


# Milestones --------------------------------------------------------------------


def test_milestones() -> None:
    assert pm.MILESTONES == (1, 3, 7, 14, 21, 30, 45, 60, 90, 100, 180, 365)
    assert pm.milestones_reached(0) == []
    assert pm.milestones_reached(7) == [1, 3, 7]
    assert pm.new_milestones(15, celebrated=[1, 3, 7]) == [14]
    assert pm.new_milestones(15, celebrated=[1, 3, 7, 14]) == []
    assert pm.next_milestone(0) == 1
    assert pm.next_milestone(14) == 21
    assert pm.next_milestone(100) == 180
    assert pm.next_milestone(365) is None


# The recommended length --------------------------------------------------------


@pytest.mark.parametrize(
    ("months", "trust_broken", "expected"),
    [
        (None, False, 30),
        (1, False, 21),
        (5, False, 21),
        (6, False, 30),
        (23, False, 30),
        (24, False, 45),
        (120, False, 45),
        (None, True, 45),
        (3, True, 45),
        (23, True, 45),
        (24, True, 60),
        (60, True, 60),
    ],
)
def test_recommended_length(months: int | None, trust_broken: bool, expected: int) -> None:
    recommendation = pm.recommend_length(months, trust_broken)
    assert recommendation.length_days == expected
    assert len(recommendation.reason) > 20
    assert expected in pm.LENGTH_CHOICES


def test_recommendation_reasons_name_their_factor() -> None:
    assert "trust" in pm.recommend_length(3, True).reason.lower()
    assert "two years" in pm.recommend_length(30, False).reason.lower()
    assert "six months" in pm.recommend_length(2, False).reason.lower()


# Status: the numbers Today and `companion status` show --------------------------


def test_status_counts() -> None:
    periods = [period("2026-11-01", length=30, outcome=PeriodOutcome.RESTARTED),
               period("2026-11-20", length=30, by=PeriodStart.SLIP)]
    events = [
        event(EventKind.URGE, "2026-11-26T08:00:00Z", outcome="resisted"),
        event(EventKind.URGE, "2026-11-20T08:00:00Z", outcome="resisted"),  # 6 days ago: in
        event(EventKind.URGE, "2026-11-19T23:59:00Z", outcome="resisted"),  # 7 days ago: out
        event(EventKind.URGE, "2026-11-24T20:00:00Z", outcome="contacted"),
        event(EventKind.URGE, "2026-11-25T20:00:00Z", outcome="unresolved"),
        event(EventKind.CONTACT_FROM_THEM, "2026-11-05T10:00:00Z"),  # before this period
        event(EventKind.CONTACT_FROM_THEM, "2026-11-21T10:00:00Z"),
        event(EventKind.CONTACT_FROM_THEM, "2026-11-25T10:00:00Z"),
        event(EventKind.MOOD, "2026-11-26T08:30:00Z", score=4),
    ]
    activities = [
        Activity(title="run", category="body", on="2026-11-26", done=True),
        Activity(title="call mum", category="people", on="2026-11-26"),
        Activity(title="pottery", category="joy", on="2026-11-19", repeat="weekly",
                 done_dates=["2026-11-26"]),
        Activity(title="swim", category="body", on="2026-11-12", repeat="weekly",
                 skipped_dates=["2026-11-26"]),
        Activity(title="tomorrow", category="work", on="2026-11-27"),
    ]
    status = compute_status(periods, events, activities, D("2026-11-26"))
    assert status.streak_days == 6
    assert status.best_streak_days == 19
    assert status.restarts == 1
    assert status.period is periods[1]
    assert status.ends_on == D("2026-12-20")
    assert status.days_left == 24
    assert not status.completed
    assert status.day_number == 6
    assert status.urges_last_7_days == 4
    assert status.resisted_last_7_days == 2
    assert status.they_reached_out_total == 3
    assert status.they_reached_out_this_period == 2
    assert status.planned_today == 3
    assert status.done_today == 2


def test_status_json_has_the_keys_spec_lists() -> None:
    status = compute_status([period("2026-11-20")], [], [], D("2026-11-26"))
    data = status.to_json()
    assert set(data) >= {"today", "streak_days", "best_streak_days", "period", "urges",
                         "they_reached_out", "today_activities"}
    assert set(data["period"]) >= {"started_on", "length_days", "ends_on", "days_left", "completed"}
    assert data["period"] == data["period"] | {
        "started_on": "2026-11-20", "length_days": 30, "ends_on": "2026-12-20",
        "days_left": 24, "completed": False}
    assert data["urges"] == {"last_7_days": 0, "resisted_last_7_days": 0}
    assert data["they_reached_out"] == {"total": 0, "this_period": 0}
    assert data["today_activities"] == {"planned": 0, "done": 0}
    assert data["today"] == "2026-11-26"


def test_status_at_the_end_of_the_period() -> None:
    status = compute_status([period("2026-10-27", length=30)], [], [], D("2026-11-26"))
    assert status.completed and status.days_left == 0 and status.streak_days == 30


def test_the_last_7_days_follow_the_day_start() -> None:
    # Day starts at 04:00: an urge at 02:00 on the 20th belongs to the 19th: out of the window.
    events = [event(EventKind.URGE, "2026-11-20T02:00:00Z", outcome="resisted"),
              event(EventKind.URGE, "2026-11-20T05:00:00Z", outcome="resisted")]
    status = compute_status([period("2026-11-01")], events, [], D("2026-11-26"), time(4))
    assert status.urges_last_7_days == 1


def test_a_traveller_keeps_each_events_own_date() -> None:
    # Logged in New York at 23:00 on the 19th (04:00 UTC on the 20th) ...
    in_new_york = event(EventKind.URGE, "2026-11-20T04:00:00Z", "America/New_York", outcome="resisted")
    # ... and in Tokyo at 08:00 on the 27th (23:00 UTC on the 26th).
    in_tokyo = event(EventKind.URGE, "2026-11-26T23:00:00Z", "Asia/Tokyo", outcome="resisted")
    assert event_date(in_new_york, time(0)) == D("2026-11-19")
    assert event_date(in_tokyo, time(0)) == D("2026-11-27")
    # Back in London on the 26th: the New York urge is 7 days ago, outside the week.
    status = compute_status([period("2026-11-01")], [in_new_york], [], D("2026-11-26"))
    assert status.urges_last_7_days == 0
    # Seen from Tokyo on the 27th, the Tokyo urge is today.
    status = compute_status([period("2026-11-01")], [in_tokyo], [], D("2026-11-27"))
    assert status.urges_last_7_days == 1


def test_streak_across_dst_uses_calendar_dates() -> None:
    # Last contact on the 28th; the 29th (spring forward in London) has 23 hours.
    london = Clock(MovableSource(parse_instant("2026-03-29T23:30:00Z")), "Europe/London")
    # 00:30 BST on the 30th: only 47.5 hours after the start of the 28th, yet two dates later.
    assert london.today() == D("2026-03-30")
    assert pm.streak_days([period("2026-03-28")], london.today()) == 2
    # New York falls back on 2026-11-01 (a 25-hour day): 23:30 EST on the 1st is still day 1.
    ny = Clock(MovableSource(parse_instant("2026-11-02T04:30:00Z")), "America/New_York")
    assert ny.today() == D("2026-11-01")
    assert pm.streak_days([period("2026-10-31")], ny.today()) == 1
