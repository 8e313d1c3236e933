"""Snapshots of what the research brought to the urge (issue 16), at 80×24 and 160×48:
the if-then plan as the first card with the forecast set, the end step with the forecast
beside how it is now and the message read as a friend would, cyclic sighing, and the
"I checked on them" dialog (fixed clock: the pacer and the card stand still)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.clock import MovableSource
from companion.domain.ifthen import new_plan
from tests.app_helpers import START, app_for, onboarded_repo

SIZES = [(80, 24), (160, 48)]


def planned_timer(path: Path, source: MovableSource | None = None, pacer: str = "cyclic"):
    repo = onboarded_repo(path, source)
    repo.setup.update_settings(pacer=pacer)
    repo.ifthen.add(new_plan("I see their story at night", "I put the phone in the kitchen and call Jo", "company"))
    return app_for(repo, panic_minutes=15)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_the_plan_card_first_and_the_forecast_set(snap_compare, data_file: Path, size: tuple[int, int]) -> None:
    assert snap_compare(planned_timer(data_file), terminal_size=size, press=["8", "e", "9"])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_cyclic_sighing_card(snap_compare, data_file: Path, size: tuple[int, int]) -> None:
    app = app_for(onboarded_repo(data_file), panic_minutes=15)  # no plans: the pacer is the first card
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_the_end_with_the_forecast_and_a_friends_view(snap_compare, data_file: Path, size: tuple[int, int]) -> None:
    source = MovableSource(START)
    app = planned_timer(data_file, source)

    async def run_out(pilot) -> None:
        await pilot.press("8", "e", "9", "w", *"I miss you and my evenings are empty", "escape")
        source.advance(minutes=15)
        pilot.app.screen.refresh_display()
        await pilot.pause()
        await pilot.press("3", "v")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_out)


def test_the_check_dialog_80x24(snap_compare, data_file: Path) -> None:
    assert snap_compare(app_for(onboarded_repo(data_file)), terminal_size=(80, 24), press=["c"])
