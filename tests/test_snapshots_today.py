"""Snapshots of Today and its dialogs at 80x24 with demo-like data and a fixed clock."""

from __future__ import annotations

from pathlib import Path

from companion.domain.records import Activity
from tests.app_helpers import app_for, onboarded_repo


def demo_like(path: Path):
    repo = onboarded_repo(path, shared=["pet"])
    for title, category, at in (("Run 5k by the river", "body", "18:00"), ("Call Mum", "people", None),
                                ("Pottery class", "challenge", "19:30")):
        repo.activities.plan(Activity(title=title, category=category, on="2026-11-26", at=at))
    repo.events.log_urge(intensity_before=8, outcome="resisted")
    repo.events.log_urge(intensity_before=5, outcome="unresolved")
    repo.events.log_contact_from_them(channel="text", about="emotional")
    repo.events.log_mood(3)
    repo.periods.celebrate_milestones()
    return app_for(repo)


def test_today_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(demo_like(data_file), terminal_size=(80, 24))


def test_today_160x48(snap_compare, data_file: Path) -> None:
    assert snap_compare(demo_like(data_file), terminal_size=(160, 48))


def test_they_contacted_dialog_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(demo_like(data_file), terminal_size=(80, 24), press=["t"])


def test_slip_confirmation_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(demo_like(data_file), terminal_size=(80, 24), press=["i", "ctrl+s"])
