"""The guided path's records in the data file: answers, sittings, steps, check-ins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pendulum
import pytest

from companion.domain.records import Activity, Profile, Settings
from companion.store.repository import Repository


def at(text: str) -> Repository:
    """The repository of this test's data file, with the clock at `text`."""
    import os

    return Repository(Path(os.environ["COMPANION_DATA_FILE"]), source=lambda: pendulum.parse(text))  # type: ignore[arg-type, return-value]


@pytest.fixture
def repo(data_file: Path) -> Repository:
    first = at("2026-11-26T09:00:00+00:00")
    first.setup.complete_onboarding(Profile(name="Sam"), Settings(zone="UTC"), date(2026, 11, 20), 30)
    return first


def test_an_answer_is_saved_as_typed_dated_and_editable(repo: Repository) -> None:
    first = repo.growth.save_answer("what-happened", "We drifted")
    later = at("2026-11-28T20:00:00+00:00").growth.save_answer("what-happened", "We drifted apart.\x07")
    assert later.id == first.id and later.created_on == "2026-11-26"
    assert later.text == "We drifted apart." and later.updated_at.startswith("2026-11-28T20:00")
    assert [a.text for a in repo.load().workbook] == ["We drifted apart."]


def test_workbook_time_adds_up_per_day_and_remembers_circles(repo: Repository) -> None:
    repo.growth.add_workbook_time(4.5)
    repo.growth.add_workbook_time(3, circles=True)
    at("2026-11-27T09:00:00+00:00").growth.add_workbook_time(2)
    sittings = {s.on: (s.minutes, s.circles) for s in repo.load().workbook_sittings}
    assert sittings == {"2026-11-26": (7.5, True), "2026-11-27": (2.0, False)}


def test_marking_a_step_twice_a_day_changes_the_mark_not_the_day(repo: Repository) -> None:
    skipped = repo.growth.mark_step("skipped")
    done = repo.growth.mark_step("done")
    assert (skipped.day, done.day, done.done, done.skipped) == (1, 1, True, False)
    assert len(repo.load().steps) == 1
    with pytest.raises(ValueError):
        repo.growth.mark_step("maybe")


def test_a_check_in_the_same_day_replaces_the_first(repo: Repository) -> None:
    repo.growth.add_checkin([2, 2, 2])
    repo.growth.add_checkin([4, 4, 5], "better")
    assert [(c.scores, c.note) for c in repo.load().checkins] == [([4, 4, 5], "better")]
    with pytest.raises(ValueError):
        repo.growth.add_checkin([9, 1, 1])


def test_an_activity_for_an_unknown_goal_is_refused_and_nothing_written(repo: Repository) -> None:
    before = repo.path.read_bytes()
    with pytest.raises(LookupError):
        repo.activities.plan(Activity(title="Run", category="body", on="2026-11-26", goal="nope"))
    assert repo.path.read_bytes() == before
    goal = repo.growth.add_goal("Run 5 km", "body", source=None)
    repo.activities.plan(Activity(title="Run", category="body", on="2026-11-26", goal=goal.id))
    assert [a.goal for a in repo.load().activities] == [goal.id]
    assert repo.activities.update(repo.load().activities[0].id, goal=None).goal is None
