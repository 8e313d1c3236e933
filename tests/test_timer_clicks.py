"""The timer's lines answer a click as their keys do."""

from __future__ import annotations

from pathlib import Path

from companion.clock import MovableSource
from companion.ui.dialogs.trigger import TriggerDialog
from tests.app_helpers import START, onboarded_repo, timer_open, timer_screen


async def test_clicking_the_trigger_line_opens_the_choice(data_file: Path) -> None:
    repo = onboarded_repo(data_file, MovableSource(START))
    async with timer_open(repo) as pilot:
        app = pilot.app
        timer_screen(app)
        assert await pilot.click("#trigger-row")
        await pilot.pause()
        assert isinstance(app.screen, TriggerDialog)
        await pilot.press("enter")  # the first choice: reassurance
        await pilot.pause()
        assert "reassurance" in str(timer_screen(app).query_one("#trigger-row").render())
        assert repo.load().timer.trigger == "reassurance"


def test_the_trigger_line_names_the_key_that_changes_it() -> None:
    """Before and after a choice, the line says the key the screen binds to the choice."""
    from companion.ui.screens.timer import TimerScreen
    from companion.ui.widgets.timer_parts import TriggerLine

    key = next(binding.key for binding in TimerScreen.BINDINGS if binding.action == "trigger")
    assert f"press {key} to choose" in TriggerLine._words(None).plain
    assert f"({key} to change)" in TriggerLine._words("reassurance").plain
