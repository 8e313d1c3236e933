"""The repository's named operations keep the domain rules: slips, renewals, milestones, travel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from companion.clock import MovableSource, parse_instant
from companion.domain.records import PeriodOutcome, PeriodStart, Profile, Settings
from companion.domain.status import event_date
from companion.store.repository import NoProfileError, Repository

D = date.fromisoformat


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(parse_instant("2026-11-26T09:00:00Z"))


@pytest.fixture
def repo(data_file: Path, source: MovableSource) -> Repository:
    repository = Repository(data_file, source=source)
    repository.setup.complete_onboarding(Profile(name="Sam"), Settings(zone="Europe/London"),
                                   D("2026-11-20"), 30)
    return repository


def test_nothing_can_be_logged_before_onboarding(data_file: Path, source: MovableSource) -> None:
    repository = Repository(data_file, source=source)
    with pytest.raises(NoProfileError):
        repository.events.log_urge()
    with pytest.raises(NoProfileError):
        repository.status()
    assert not data_file.exists()


def test_a_slip_restarts_and_keeps_the_old_period(repo: Repository, source: MovableSource) -> None:
    event, new = repo.events.log_contact_from_me(essential=False, note="sent a text")
    assert new is not None and new.started_on == "2026-11-26" and new.length_days == 30
    assert new.started_by == PeriodStart.SLIP.value
    snap = repo.load()
    old = next(p for p in snap.periods if p.started_on == "2026-11-20")
    assert old.outcome == PeriodOutcome.RESTARTED.value and old.ended_on == "2026-11-26"
    status = repo.status()
    assert (status.streak_days, status.best_streak_days, status.restarts) == (0, 6, 1)
    assert event.data["slip"] is True
    source.advance(days=2)
    assert repo.status().streak_days == 2


def test_a_slip_may_choose_another_length_and_may_be_logged_late(repo: Repository) -> None:
    when = parse_instant("2026-11-24T21:00:00Z")
    _, new = repo.events.log_contact_from_me(essential=False, when=when, new_length=45)
    assert new is not None and (new.started_on, new.length_days) == ("2026-11-24", 45)
    assert repo.status().streak_days == 2
    with pytest.raises(ValueError):
        repo.events.log_contact_from_me(essential=False, new_length=3)
    with pytest.raises(ValueError, match="before the current period"):
        repo.events.log_contact_from_me(essential=False, when=parse_instant("2026-11-20T09:00:00Z"))


def test_an_essential_reply_does_not_reset(repo: Repository) -> None:
    _, new = repo.events.log_contact_from_me(essential=True, note="keys for the flat")
    assert new is None
    status = repo.status()
    assert (status.streak_days, status.restarts) == (6, 0)


def test_a_contact_from_them_is_counted_and_resets_nothing(repo: Repository) -> None:
    repo.events.log_contact_from_them(channel="call", about="wants to talk", replied=False)
    repo.events.log_contact_from_them(channel="text", about="logistics", replied=True,
                               when=parse_instant("2026-11-10T10:00:00Z"))
    status = repo.status()
    assert status.streak_days == 6
    assert status.they_reached_out_total == 2
    assert status.they_reached_out_this_period == 1


def test_renewal_continues_the_streak(repo: Repository, source: MovableSource) -> None:
    source.advance(days=30)  # the 26th of December: the period ended on the 20th
    assert repo.status().completed
    new = repo.periods.start_new(21)
    assert new.started_by == PeriodStart.RENEWAL.value and new.started_on == "2026-12-26"
    status = repo.status()
    assert status.streak_days == 36 and status.restarts == 0 and status.days_left == 21
    old = [p for p in repo.load().periods if p.started_on == "2026-11-20"][0]
    assert old.outcome == PeriodOutcome.COMPLETED.value


def test_milestones_are_celebrated_once(repo: Repository, source: MovableSource) -> None:
    assert repo.periods.celebrate_milestones() == [1, 3]
    assert repo.periods.celebrate_milestones() == []
    source.advance(days=1)
    assert repo.periods.celebrate_milestones() == [7]
    repo.events.log_contact_from_me(essential=False)
    source.advance(days=1)
    assert repo.periods.celebrate_milestones() == [1]  # a new run celebrates again


def test_set_period_length_and_finish(repo: Repository) -> None:
    repo.periods.set_length(45)
    assert repo.status().days_left == 39
    with pytest.raises(ValueError):
        repo.periods.set_length(400)
    closed = repo.periods.finish()
    assert closed is not None and closed.outcome == PeriodOutcome.FINISHED.value
    assert repo.load().profile.finished_on == "2026-11-26"  # type: ignore[union-attr]


def test_onboarding_again_keeps_history(repo: Repository) -> None:
    repo.events.log_urge(outcome="resisted")
    repo.setup.complete_onboarding(Profile(name="Sam"), Settings(zone="Europe/London"), D("2026-11-20"), 45)
    snap = repo.load()
    assert len(snap.periods) == 1 and snap.periods[0].length_days == 45
    repo.setup.complete_onboarding(Profile(name="Sam"), Settings(), D("2026-11-22"), 30)
    snap = repo.load()
    assert len(snap.periods) == 2 and len(snap.events) == 1
    with pytest.raises(ValueError, match="future"):
        repo.setup.complete_onboarding(Profile(), Settings(), D("2026-11-27"), 30)


def test_a_traveller_keeps_the_date_each_event_was_lived(data_file: Path) -> None:
    # 23:00 on the 20th in New York is 04:00 UTC on the 21st.
    source = MovableSource(parse_instant("2026-11-21T04:00:00Z"))
    repo = Repository(data_file, source=source)
    repo.setup.complete_onboarding(Profile(), Settings(zone="America/New_York"), D("2026-11-15"), 30)
    urge = repo.events.log_urge(outcome="resisted")
    _, slip = repo.events.log_contact_from_me(essential=False)
    assert slip is not None and slip.started_on == "2026-11-20"
    assert urge.zone == "America/New_York" and urge.at.endswith("-05:00")
    # They fly to Tokyo; three hours later it is 16:00 on the 21st there.
    repo.setup.update_settings(zone="Asia/Tokyo")
    source.advance(hours=3)
    assert repo.clock().today() == D("2026-11-21")
    stored = repo.load().events[0]
    assert event_date(stored, repo.clock().day_starts_at) == D("2026-11-20")
    status = repo.status()
    assert status.streak_days == 1 and status.period.started_on == "2026-11-20"  # type: ignore[union-attr]
    # A week later in Tokyo, the New York urge has left the 7-day window.
    source.instant = parse_instant("2026-11-26T16:00:00Z")  # 01:00 on the 27th in Tokyo
    assert repo.status().urges_last_7_days == 0


def test_a_day_start_offset_from_settings(data_file: Path) -> None:
    source = MovableSource(parse_instant("2026-11-21T01:30:00Z"))
    repo = Repository(data_file, source=source)
    repo.setup.complete_onboarding(Profile(), Settings(zone="Europe/London", day_starts_at="04:00"),
                             D("2026-11-20"), 30)
    event, period = repo.events.log_contact_from_me(essential=False)
    assert period is not None and period.started_on == "2026-11-20"  # 01:30 on the 21st
    assert repo.status().streak_days == 0
    source.advance(hours=3)  # 04:30: the 21st begins
    assert repo.status().streak_days == 1


def test_moods_are_checked(repo: Repository) -> None:
    with pytest.raises(ValueError):
        repo.events.log_mood(9)
    assert repo.events.log_mood(5, "good day").data["score"] == 5


def test_status_from_recent_events_matches_the_full_count(tmp_path) -> None:
    """Status reads only recent events; the totals must equal a count over everything."""
    import pendulum

    from companion.clock import MovableSource
    from companion.domain.records import Profile, Settings
    from companion.domain.status import compute_status
    from companion.store.repository import Repository

    source = MovableSource(pendulum.parse("2026-09-01T21:00:00+00:00"))
    repo = Repository(tmp_path / "c.json", source=source)
    repo.setup.complete_onboarding(Profile(), Settings(day_starts_at="04:00"), pendulum.date(2026, 9, 1), 60)
    for day in range(0, 86, 3):
        source.instant = pendulum.parse("2026-09-01T21:00:00+00:00").add(days=day)
        repo.events.log_urge(outcome="resisted" if day % 2 else "unresolved")
        repo.events.log_contact_from_them()
        source.instant = source.instant.add(hours=5)  # 02:00: still the day before
        repo.events.log_urge()
    snapshot = repo.load()
    fast = repo.status(snapshot)
    clock = repo.clock(snapshot.settings)
    full = compute_status(snapshot.periods, repo.load().events, snapshot.activities, clock.today(),
                          clock.day_starts_at)
    assert fast == full
    assert fast.they_reached_out_total == 29
    assert fast.urges_last_7_days > 0


def test_a_tick_is_stamped_when_it_was_done_or_with_its_day(tmp_path) -> None:
    """Ticked on its day: now (never the planned time to come); ticked later: its day."""
    from datetime import date

    from companion.clock import MovableSource
    from tests.app_helpers import START, onboarded_repo

    repo = onboarded_repo(tmp_path / "d.json", MovableSource(START))  # 09:00 on 26 Nov
    from companion.domain.records import Activity

    today = repo.activities.plan(Activity(title="Walk", category="body", on="2026-11-26", at="18:00"))
    earlier = repo.activities.plan(Activity(title="Call", category="people", on="2026-11-24", at="18:00"))
    today = repo.activities.set_done(today.id, date(2026, 11, 26))
    earlier = repo.activities.set_done(earlier.id, date(2026, 11, 24))
    assert today.done_at == "2026-11-26T09:00:00+00:00" and today.done_times == {"2026-11-26": "09:00"}
    assert earlier.done_at == "2026-11-24" and earlier.done_times == {}
    untick = repo.activities.set_done(today.id, date(2026, 11, 26), done=False)
    assert untick.done_at is None and untick.done_times == {}
