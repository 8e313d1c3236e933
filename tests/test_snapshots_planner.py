"""Snapshots of the week planner and its dialogs (fixed clock: Thursday 26 Nov 2026)."""

from __future__ import annotations

from pathlib import Path

from companion.domain.records import Activity
from tests.app_helpers import app_for, onboarded_repo

WEEK = (
    ("Deep work on the portfolio", "work", "2026-11-23", "09:30", 90, True),
    ("Call Mum", "people", "2026-11-23", None, None, True),
    ("Run 5k by the river", "body", "2026-11-24", "18:00", 40, True),
    ("Pottery class, first time", "challenge", "2026-11-25", "19:30", 120, False),
    ("Coffee with Jo", "people", "2026-11-26", "17:30", 45, False),
    ("Read for an hour 📚", "joy", "2026-11-26", None, 60, False),
    ("Board-game night at Sam's", "people", "2026-11-28", "20:00", None, False),
)


def planned_week(path: Path):
    repo = onboarded_repo(path)
    for title, category, on, at, minutes, done in WEEK:
        repo.activities.plan(Activity(title=title, category=category, on=on, at=at, minutes=minutes,
                                    done=done, note="bring the blue notebook" if category == "work" else ""))
    repo.activities.plan(Activity(title="Gym", category="body", on="2026-11-20", at="07:00",
                                repeat="weekly", done_dates=["2026-11-20"]))
    repo.activities.plan(Activity(title="Swim", category="body", on="2026-11-17", done=True))
    return app_for(repo)


async def open_planner(pilot) -> None:
    pilot.app.clear_notifications()
    pilot.app.action_planner()
    await pilot.pause()


def test_planner_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(planned_week(data_file), terminal_size=(80, 24), run_before=open_planner)


def test_planner_160x48(snap_compare, data_file: Path) -> None:
    assert snap_compare(planned_week(data_file), terminal_size=(160, 48), run_before=open_planner)


def test_empty_week_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(app_for(onboarded_repo(data_file)), terminal_size=(80, 24),
                        run_before=open_planner)


def test_activity_form_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(planned_week(data_file), terminal_size=(80, 24), run_before=open_planner,
                        press=["e"])


def test_ideas_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(planned_week(data_file), terminal_size=(80, 24), run_before=open_planner,
                        press=["i"])
