"""Editing and deleting logged events, undo, and taking back a slip (store and domain)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.clock import MovableSource
from companion.domain.records import Period, PeriodOutcome, PeriodStart
from companion.domain.slips import remove_slip
from companion.store.drafts import draft_for
from tests.app_helpers import START, onboarded_repo


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(START)


def periods_shape(repo) -> list[tuple[str, str | None, str, str]]:
    return sorted((p.started_on, p.ended_on, p.outcome, p.started_by) for p in repo.load().periods)


def test_deleting_a_slip_restores_the_period_it_closed(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)  # period from 20 Nov, 30 days
    before = periods_shape(repo)
    streak_before = repo.status().streak_days
    event, _period = repo.events.log_contact_from_me(essential=False, note="sent it")
    assert repo.status().streak_days == 0 and repo.status().restarts == 1
    deleted = repo.events.delete(event.id)
    assert deleted.was_slip
    assert periods_shape(repo) == before
    status = repo.status()
    assert (status.streak_days, status.restarts) == (streak_before, 0)
    assert all(e.id != event.id for e in repo.load().events)
    # undo: the slip and its restart come back exactly
    repo.events.restore(deleted)
    assert repo.status().restarts == 1 and repo.status().streak_days == 0
    assert any(e.id == event.id for e in repo.load().events)


def test_deleting_an_older_slip_keeps_what_came_after(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    first, _ = repo.events.log_contact_from_me(essential=False, when=pendulum.parse("2026-11-22T20:00:00+00:00"))
    second, _ = repo.events.log_contact_from_me(essential=False, when=pendulum.parse("2026-11-24T20:00:00+00:00"))
    repo.events.delete(first.id)
    assert periods_shape(repo) == [
        ("2026-11-20", "2026-11-24", PeriodOutcome.RESTARTED.value, PeriodStart.ONBOARDING.value),
        ("2026-11-24", None, PeriodOutcome.ONGOING.value, PeriodStart.SLIP.value),
    ]
    assert repo.status().restarts == 1


def test_a_slip_recorded_before_period_ids_is_found_by_its_date() -> None:
    old = Period(id="a", started_on="2026-11-01", length_days=30, ended_on="2026-11-10",
                 outcome=PeriodOutcome.RESTARTED.value)
    new = Period(id="b", started_on="2026-11-10", length_days=30, started_by=PeriodStart.SLIP.value)
    removal = remove_slip([old, new], date(2026, 11, 10))
    assert [p.id for p in removal.removed] == ["b"]
    assert [(p.id, p.ended_on, p.outcome) for p in removal.changed] == [("a", None, "ongoing")]


@given(length=st.integers(7, 60), slip_after=st.integers(0, 80), end_after=st.integers(0, 80),
       ended_by=st.sampled_from([None, "restarted after a slip", "finished early"]))
def test_removing_a_slip_leaves_one_period_where_there_were_two(length: int, slip_after: int,
                                                               end_after: int, ended_by: str | None) -> None:
    start = date(2026, 1, 1)
    slip = date.fromordinal(start.toordinal() + slip_after)
    end = date.fromordinal(slip.toordinal() + end_after)
    old = Period(id="a", started_on=start.isoformat(), length_days=length, ended_on=slip.isoformat(),
                 outcome=PeriodOutcome.RESTARTED.value)
    new = Period(id="b", started_on=slip.isoformat(), length_days=length,
                 started_by=PeriodStart.SLIP.value,
                 ended_on=end.isoformat() if ended_by else None, outcome=ended_by or "ongoing")
    removal = remove_slip([old, new], slip, period_id="b")
    (merged,) = removal.changed
    assert merged.id == "a" and merged.started_on == old.started_on
    assert merged.ended_on == new.ended_on  # it ends where the one it swallowed ended
    assert merged.is_ongoing == new.is_ongoing
    if ended_by and end_after + slip_after >= length:
        assert merged.outcome == PeriodOutcome.COMPLETED.value


def test_deleting_an_event_drops_a_draft_of_its_edit(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    mood = repo.events.log_mood(3)
    repo.drafts.save(f"edit:{mood.id}", {"note": "half"})
    repo.drafts.save("journal", {"journal-text": "kept"})
    repo.events.delete(mood.id)
    assert [d.key for d in repo.load().drafts] == ["journal"]


def test_deleting_other_events_and_undo(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    made = [repo.events.log_urge(intensity_before=6), repo.events.log_contact_from_them(about="logistics"),
            repo.events.log_mood(2, "meh"), repo.events.add_journal("dear diary"),
            repo.events.log_contact_from_me(essential=True)[0]]
    periods = periods_shape(repo)
    for event in made:
        deleted = repo.events.delete(event.id)
        assert not deleted.was_slip and deleted.periods_before == ()
        assert all(e.id != event.id for e in repo.load().events)
        repo.events.restore(deleted)
        restored = next(e for e in repo.load().events if e.id == event.id)
        assert restored.to_dict() == event.to_dict()
    assert periods_shape(repo) == periods


def test_editing_each_kind_of_event(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    urge = repo.events.update(repo.events.log_urge(intensity_before=6).id,
                             {"intensity_before": 8, "outcome": "unresolved", "note": "late"})
    assert (urge.data["intensity_before"], urge.data["outcome"], urge.data["note"]) == (8, "unresolved", "late")
    them = repo.events.update(repo.events.log_contact_from_them().id, {"about": "emergency", "replied": True})
    assert (them.data["about"], them.data["replied"]) == ("emergency", True)
    mood = repo.events.update(repo.events.log_mood(2).id, {"score": 4},
                             when=pendulum.parse("2026-11-25T20:00:00+00:00"))
    assert mood.data["score"] == 4 and mood.at.startswith("2026-11-25T20:00")
    journal = repo.events.update(repo.events.add_journal("first").id, {"text": "second"})
    assert journal.data["text"] == "second"
    slip, _ = repo.events.log_contact_from_me(essential=False)
    assert repo.events.update(slip.id, {"note": "I did"}).data["note"] == "I did"
    with pytest.raises(ValueError):  # a slip's date made the periods: delete and log again
        repo.events.update(slip.id, {}, when=pendulum.parse("2026-11-25T20:00:00+00:00"))
    with pytest.raises(ValueError):
        repo.events.update(mood.id, {"score": 9})
    with pytest.raises(ValueError):
        repo.events.update(mood.id, {"essential": True})
    saved = {e.id: e.data for e in repo.load().events}
    assert saved[urge.id]["intensity_before"] == 8 and saved[journal.id]["text"] == "second"


def test_drafts_are_kept_replaced_and_cleared(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    repo.drafts.save("journal", {"journal-text": "half a thought"})
    repo.drafts.save("journal", {"journal-text": "a whole thought"})
    repo.drafts.save("mood", {"note": "tired"})
    snapshot = repo.load()
    assert draft_for(snapshot, "journal") == {"journal-text": "a whole thought"}
    assert len(snapshot.drafts) == 2
    repo.drafts.clear("journal")
    assert draft_for(repo.load(), "journal") is None and draft_for(repo.load(), "mood") == {"note": "tired"}
