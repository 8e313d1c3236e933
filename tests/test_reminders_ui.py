"""Settings shows the reminders and changes them; opening Today is noted for the morning one."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select, Static

from companion.store.reminder_ops import reminder_prefs
from companion.ui.dialogs.reminders import RemindersDialog
from companion.ui.screens.settings import SettingsScreen
from tests.app_helpers import app_for, onboarded_repo


async def test_settings_shows_reminders_and_changes_them(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        summary = app.screen.query_one("#reminders-summary", Static)
        assert "morning check-in" in str(summary.render())
        app.screen.query_one("#reminders").press()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RemindersDialog)
        assert dialog.query_one("#morning-at", Input).value == "08:30"
        assert dialog.query_one("#activities-at", Input).value == "15"
        dialog.query_one("#morning-at", Input).value = "25:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RemindersDialog)
        assert "not a time of day" in str(dialog.query_one("#reminders-error", Static).render())
        dialog.query_one("#morning-at", Input).value = "7:15"
        dialog.query_one("#evening-on", Select).value = False
        dialog.query_one("#planning-day", Select).value = "friday"
        dialog.query_one("#activities-at", Input).value = "30"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert "evening" not in str(app.screen.query_one("#reminders-summary", Static).render())
    prefs = reminder_prefs(repo.load())
    assert prefs.reminders["morning"].at == "07:15"
    assert prefs.reminders["evening"].enabled is False
    assert prefs.reminders["planning"].day == "friday"
    assert prefs.reminders["activities"].lead_minutes == 30


async def test_opening_today_is_noted_beside_the_data_file_not_in_it(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.periods.celebrate_milestones()
    before = data_file.read_bytes()
    assert repo.reminders.today_opened_on() is None
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert repo.reminders.today_opened_on() == repo.clock().today()
    assert data_file.read_bytes() == before
