"""The garbage collector, off while the app starts, is back on once the first screen is up,
whichever screen that is (setup, Today, or the timer)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from companion.clock import MovableSource
from companion.store.repository import Repository
from companion.ui.startup import STARTED_SECONDS
from companion.ui.screens.onboarding import OnboardingScreen
from companion.ui.screens.timer import TimerScreen
from companion.ui.screens.today import TodayScreen
from tests.app_helpers import START, app_for, onboarded_repo


@pytest.mark.parametrize(("set_up", "panic", "first"), [
    (False, None, OnboardingScreen),
    (True, None, TodayScreen),
    (False, 15, TimerScreen),
    (True, 15, TimerScreen),
])
async def test_the_collector_is_back_on_after_the_first_screen(
        data_file: Path, set_up: bool, panic: int | None, first: type) -> None:
    source = MovableSource(START)
    repo = onboarded_repo(data_file, source) if set_up else Repository(data_file, source=source)  # type: ignore[arg-type]
    gc.disable()  # as the console script starts the app
    try:
        async with app_for(repo, panic_minutes=panic).run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(pilot.app.screen, first)
            await pilot.pause(STARTED_SECONDS + 0.3)
            assert isinstance(pilot.app.screen, first)
            assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
