"""Snapshots of the delay timer and its end step (fixed clock: the pacer and the card stand still)."""

from __future__ import annotations

from pathlib import Path

from companion.clock import MovableSource
from companion.domain.records import Activity
from tests.app_helpers import START, app_for, onboarded_repo


def timer_app(path: Path, source: MovableSource | None = None):
    repo = onboarded_repo(path, source)
    repo.activities.plan(Activity(title="Climbing with Jo", category="body", on="2026-11-26", at="18:00"))
    return app_for(repo, panic_minutes=15)


def test_timer_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(timer_app(data_file), terminal_size=(80, 24))


def test_timer_written_160x48(snap_compare, data_file: Path) -> None:
    assert snap_compare(timer_app(data_file), terminal_size=(160, 48),
                        press=["8", "w", *"I just want to hear your voice", "escape"])


def test_timer_end_80x24(snap_compare, data_file: Path) -> None:
    source = MovableSource(START)
    app = timer_app(data_file, source)

    async def run_out(pilot) -> None:
        await pilot.press("7", "w", *"are you ok? I keep thinking about you", "escape")
        source.advance(minutes=15)
        pilot.app.screen.refresh_display()
        await pilot.pause()
        await pilot.press("4")

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_out)
