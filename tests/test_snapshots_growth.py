"""Snapshots of the guided path: Today with goals and a step, the workbook, the check-in,
goals, History's Growth tab (80x24 and 160x48, fixed clock)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.domain.records import Activity
from tests.app_helpers import app_for, onboarded_repo


def growing(path: Path):
    repo = onboarded_repo(path, causes=["routine", "distance"])
    run = repo.growth.add_goal("Run 5 km", "body", "to feel strong")
    repo.growth.add_goal("See Priya every week", "people")
    repo.activities.plan(Activity(title="Easy run", category="body", on="2026-11-26", at="18:00", goal=run.id))
    repo.activities.plan(Activity(title="Call Mum", category="people", on="2026-11-26"))
    repo.growth.save_answer("what-happened", "We stopped making time for each other.")
    repo.growth.save_answer("causes", "Routine, mostly. Weeks went by the same.")
    repo.growth.add_checkin([3, 2, 3], "")
    return app_for(repo)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_today_with_goals_and_a_step(snap_compare, data_file: Path, size: tuple[int, int]) -> None:
    assert snap_compare(growing(data_file), terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_workbook(snap_compare, data_file: Path, size: tuple[int, int]) -> None:
    assert snap_compare(growing(data_file), terminal_size=size, press=["b"])


def test_checkin_dialog_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(growing(data_file), terminal_size=(80, 24), press=["k", "4"])


def test_goals_dialog_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(growing(data_file), terminal_size=(80, 24), press=["g"])


def test_history_growth_tab_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(growing(data_file), terminal_size=(80, 24), press=["h", "5"])


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_writing_exercise(snap_compare, data_file: Path, size: tuple[int, int]) -> None:
    async def open_it(pilot) -> None:
        await pilot.app.run_action("writing")
        await pilot.pause()
        await pilot.press(*"More evenings for the choir.")

    assert snap_compare(growing(data_file), terminal_size=size, run_before=open_it)


def test_insights_with_the_check_in_trend_160x48(snap_compare, data_file: Path) -> None:
    from companion.clock import MovableSource
    from tests.app_helpers import START

    source = MovableSource(START.subtract(days=14))
    repo = onboarded_repo(data_file, source=source, last_contact=START.subtract(days=20).date())
    repo.growth.add_checkin([2, 2, 3])
    source.instant = START.subtract(days=7)
    repo.growth.add_checkin([3, 3, 3])
    source.instant = START
    repo.growth.add_checkin([4, 4, 3], "better")
    assert snap_compare(app_for(repo), terminal_size=(160, 48), press=["h", "4"])
