"""The timer's repository operations: one active timer, stored end instant, the urge it logs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from companion.clock import MovableSource, parse_instant
from companion.domain.records import Profile, Settings
from companion.store.repository import Repository


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(parse_instant("2026-11-26T21:40:00Z"))


@pytest.fixture
def repo(data_file: Path, source: MovableSource) -> Repository:
    repository = Repository(data_file, source=source)
    repository.setup.complete_onboarding(Profile(name="Sam"),
                                   Settings(zone="Europe/London", default_delay_minutes=20),
                                   date(2026, 11, 20), 30)
    return repository


def test_start_stores_both_instants_at_once(repo: Repository, data_file: Path) -> None:
    timer = repo.timer.start()
    assert timer.minutes == 20  # the user's default
    assert timer.started_at == "2026-11-26T21:40:00+00:00"
    assert timer.ends_at == "2026-11-26T22:00:00+00:00"
    assert timer.zone == "Europe/London"
    stored = json.loads(data_file.read_text())["timer"]
    assert [t["ends_at"] for t in stored.values()] == ["2026-11-26T22:00:00+00:00"]


def test_only_one_timer_can_be_active(repo: Repository, source: MovableSource) -> None:
    first = repo.timer.start(10)
    source.advance(minutes=3)
    again = repo.timer.start(5)
    assert again.id == first.id and again.ends_at == first.ends_at and again.minutes == 10
    assert len(repo.data.export_document()["timer"]) == 1


def test_update_keeps_what_was_typed_and_said(repo: Repository) -> None:
    repo.timer.start(15)
    repo.timer.update(intensity_before=8)
    repo.timer.update(trigger="reassurance", unsent_message="I just want to know you're ok \x07💛")
    timer = repo.load().timer
    assert timer is not None
    assert (timer.intensity_before, timer.trigger) == (8, "reassurance")
    assert timer.unsent_message == "I just want to know you're ok 💛"  # control character gone


def test_update_refuses_bad_values(repo: Repository) -> None:
    with pytest.raises(LookupError):
        repo.timer.update(intensity_before=3)  # no timer yet
    repo.timer.start(15)
    with pytest.raises(ValueError):
        repo.timer.update(intensity_before=11)
    with pytest.raises(ValueError):
        repo.timer.update(trigger="revenge")
    with pytest.raises(AttributeError):
        repo.timer.update(ends_at="2030-01-01T00:00:00+00:00")


def test_extend_moves_the_end_and_the_plan(repo: Repository, source: MovableSource) -> None:
    repo.timer.start(15)
    source.advance(minutes=2)
    timer = repo.timer.update(extend_minutes=5)
    assert timer.ends_at == "2026-11-26T22:00:00+00:00" and timer.minutes == 20
    source.advance(hours=1)  # long after the end: the extra time counts from now
    timer = repo.timer.update(extend_minutes=10)
    assert timer.ends_at == "2026-11-26T22:52:00+00:00" and timer.minutes == 30


def test_finish_logs_the_whole_urge_and_removes_the_timer(repo: Repository,
                                                           source: MovableSource) -> None:
    repo.timer.start(15)
    repo.timer.update(intensity_before=9, trigger="closure", unsent_message="why did you")
    source.advance(minutes=16)
    event = repo.timer.finish("resisted", intensity_after=3)
    snap = repo.load()
    assert snap.timer is None
    assert [e.id for e in snap.events if e.kind == "urge"] == [event.id]
    assert event.at == "2026-11-26T21:40:00+00:00" and event.zone == "Europe/London"
    assert event.data == {
        "intensity_before": 9, "intensity_after": 3, "outcome": "resisted",
        "handled": "timer", "note": "", "started": "2026-11-26T21:40:00+00:00",
        "ended": "2026-11-26T21:56:00+00:00", "minutes_planned": 15, "minutes_waited": 15.0,
        "trigger": "closure", "unsent_message": "why did you",
    }
    status = repo.status()
    assert (status.urges_last_7_days, status.resisted_last_7_days) == (1, 1)


def test_abandon_is_unresolved_with_the_time_actually_waited(repo: Repository,
                                                             source: MovableSource) -> None:
    repo.timer.start(15)
    source.advance(minutes=4, seconds=30)
    event = repo.timer.abandon()
    assert event.data["outcome"] == "unresolved" and event.data["minutes_waited"] == 4.5
    assert event.data["handled"] == "timer" and repo.load().timer is None
    with pytest.raises(LookupError):
        repo.timer.finish("resisted")


def test_finish_refuses_an_unknown_outcome(repo: Repository) -> None:
    repo.timer.start(15)
    with pytest.raises(ValueError):
        repo.timer.finish("maybe")
    assert repo.load().timer is not None


def test_bad_minutes_are_refused(repo: Repository) -> None:
    with pytest.raises(ValueError):
        repo.timer.start(500)
    assert repo.load().timer is None
