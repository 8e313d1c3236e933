"""Hypothesis properties of the streak, in any zone, with any day start, through the repository."""

from __future__ import annotations

import tempfile
from datetime import date, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from companion.clock import Clock, MovableSource, parse_instant
from companion.domain import periods as pm
from companion.domain.records import Period, PeriodOutcome, PeriodStart, Profile, Settings
from companion.store.repository import Repository

ZONES = [
    "UTC", "Europe/London", "America/New_York", "Asia/Tokyo", "Asia/Kolkata",
    "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe",
    "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo", "Europe/Dublin",
]
zones = st.sampled_from(ZONES)
day_starts = st.builds(time, st.integers(0, 6), st.sampled_from([0, 30])).filter(lambda t: t <= time(6))
# Instants in 2025-2027, which hold DST changes in every zone above that has them.
instants = st.integers(0, 3 * 365 * 24 * 60).map(
    lambda minutes: parse_instant("2025-01-01T00:00:00Z").add(minutes=minutes)
)
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@st.composite
def period_lists(draw: st.DrawFn) -> list[Period]:
    """Any history of periods: starts in any order, started by anything."""
    count = draw(st.integers(0, 6))
    base = date(2025, 1, 1)
    result = []
    for _ in range(count):
        start = base + timedelta(days=draw(st.integers(0, 900)))
        result.append(Period(
            started_on=start.isoformat(),
            length_days=draw(st.integers(7, 365)),
            started_by=draw(st.sampled_from([s.value for s in PeriodStart])),
            outcome=draw(st.sampled_from([o.value for o in PeriodOutcome])),
        ))
    return result


@FAST
@given(period_lists(), st.dates(date(2024, 1, 1), date(2028, 12, 31)))
def test_streaks_are_never_negative_and_best_is_at_least_current(periods: list[Period], today: date) -> None:
    streak = pm.streak_days(periods, today)
    best = pm.best_streak_days(periods, today)
    assert streak >= 0
    assert best >= streak
    assert pm.restart_count(periods) >= 0


@FAST
@given(zones, day_starts, instants, st.integers(1, 40), st.floats(0.0, 0.999))
# A day starting at 02:30 where the clocks jump from 02:00 to 03:00: the day turns at the jump.
@example("America/St_Johns", time(2, 30), parse_instant("2025-02-08T05:45:00Z"), 37, 0.984375)
def test_streak_grows_by_one_per_local_day(zone: str, starts_at: time, start: object, days: int,
                                           into_the_day: float) -> None:
    source = MovableSource(start)  # type: ignore[arg-type]
    clock = Clock(source, zone, starts_at)
    periods = [Period(started_on=clock.today().isoformat(), length_days=30)]
    previous = pm.streak_days(periods, clock.today())
    assert previous == 0
    for _ in range(days):
        rollover = clock.next_rollover()
        assert rollover > source.instant
        following = Clock(MovableSource(rollover), zone, starts_at).next_rollover()
        # Somewhere inside the next local day (which may last 23, 23.5, 24, 24.5 or 25 hours).
        seconds = int((following - rollover).total_seconds() * into_the_day)
        source.instant = rollover.add(seconds=seconds)
        streak = pm.streak_days(periods, clock.today())
        assert streak == previous + 1
        previous = streak


def _onboarded(folder: str, zone: str, starts_at: time, start: object) -> tuple[Repository, MovableSource]:
    source = MovableSource(start)  # type: ignore[arg-type]
    repo = Repository(Path(folder) / "companion.json", source=source)
    user_settings = Settings(zone=zone, day_starts_at=starts_at.strftime("%H:%M"))
    today = repo.clock(user_settings).today()
    repo.setup.complete_onboarding(Profile(), user_settings, today - timedelta(days=3), 30)
    return repo, source


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zones, day_starts, instants,
       st.lists(st.tuples(st.integers(0, 3 * 24 * 60), st.integers(0, 2 * 24 * 60),
                          st.booleans()), min_size=1, max_size=6))
def test_a_contact_from_them_never_changes_the_streak(zone: str, starts_at: time, start: object,
                                                      steps: list[tuple[int, int, bool]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo, source = _onboarded(folder, zone, starts_at, start)
        total = 0
        for advance, back, replied in steps:
            source.advance(minutes=advance)
            before = repo.status()
            when = source.instant.subtract(minutes=back)
            repo.events.log_contact_from_them(channel="text", about="emotional", replied=replied, when=when)
            total += 1
            after = repo.status()
            assert after.streak_days == before.streak_days
            assert after.best_streak_days == before.best_streak_days
            assert after.period == before.period
            assert after.restarts == 0
            assert after.they_reached_out_total == total
            assert after.streak_days == (repo.clock().today() - before.period.start).days


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zones, day_starts, instants, st.integers(1, 20))
def test_repository_streak_grows_by_one_per_local_day(zone: str, starts_at: time, start: object,
                                                      days: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo, source = _onboarded(folder, zone, starts_at, start)
        previous = repo.status().streak_days
        assert previous == 3
        for _ in range(days):
            source.instant = repo.clock().next_rollover().add(minutes=1)
            streak = repo.status().streak_days
            assert streak == previous + 1
            previous = streak


@FAST
@given(st.lists(st.tuples(st.integers(-10 * 24 * 60, 2 * 24 * 60), zones, zones), min_size=1, max_size=30),
       day_starts, st.dates(date(2025, 1, 1), date(2027, 12, 31)))
def test_the_weeks_urge_count_matches_a_plain_count(raw: list[tuple[int, str, str]], starts_at: time,
                                                    today: date) -> None:
    """The quick window check in compute_status never drops an urge, whatever offset it was stored with."""
    from companion.domain.records import Event, EventKind
    from companion.domain.status import compute_status, event_date

    noon = parse_instant(f"{today.isoformat()}T12:00:00Z")
    events = [
        Event(kind=EventKind.URGE.value, zone=lived,
              at=noon.add(minutes=minutes).in_timezone(written).isoformat(),
              data={"outcome": "resisted"})
        for minutes, lived, written in raw
    ]
    periods = [Period(started_on="2024-12-01", length_days=30)]
    expected = sum(1 for e in events if today - timedelta(days=6) <= event_date(e, starts_at) <= today)
    status = compute_status(periods, events, [], today, starts_at)
    assert status.urges_last_7_days == status.resisted_last_7_days == expected
