"""Settings: changes take effect and are saved; data tools; reset keeps a named backup."""

from __future__ import annotations

import json
from pathlib import Path

from companion.store.repository import Repository
from companion.ui.screens.settings import SettingsScreen
from companion.ui.screens.today import TodayScreen
from tests.app_helpers import app_for, onboarded_repo


async def open_settings(pilot) -> None:
    await pilot.press("s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SettingsScreen)


async def test_saving_settings_changes_the_file_and_the_app(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_settings(pilot)
        screen = app.screen
        screen.query_one("#length").value = "45"
        screen.query_one("#delay").value = 20
        screen.query_one("#week-start").value = "sunday"
        screen.query_one("#day-start").value = "04:00"
        screen.query_one("#zone").value = "Asia/Kolkata"
        screen.query_one("#theme").value = "companion-warm"
        screen.query_one("#discreet").value = True
        screen.query_one("#ex-name").value = "Jordan"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        snap = repo.load()
        s = snap.settings
        assert (s.default_delay_minutes, s.week_start, s.day_starts_at, s.zone, s.theme, s.discreet) == (
            20, "sunday", "04:00", "Asia/Kolkata", "companion-warm", True)
        assert snap.profile.ex_name == "Jordan"
        assert repo.status().period.length_days == 45
        assert app.theme == "companion-warm"
        assert app.title == "Daily"
        assert "Your period" == app.screen.query_one("#period-card").border_title


async def test_a_setting_changed_elsewhere_while_the_form_is_open_is_not_put_back(data_file: Path) -> None:
    """Discreet mode from the palette over Settings, and a delay set in another terminal:
    the form shows the first, and saving it writes only what was changed in it."""
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_settings(pilot)
        screen = app.screen
        app.action_data("discreet")  # what the palette's "Discreet mode on or off" runs
        await pilot.pause()
        assert screen.query_one("#discreet").value is True  # the form follows
        Repository(data_file).setup.update_settings(default_delay_minutes=25)  # another terminal
        screen.query_one("#week-start").value = "sunday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        settings = repo.load().settings
        assert (settings.discreet, settings.default_delay_minutes, settings.week_start) == (True, 25, "sunday")


async def test_invalid_settings_are_explained_and_not_saved(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.periods.celebrate_milestones()  # so that opening the app writes nothing
    before = repo.load()
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_settings(pilot)
        app.screen.query_one("#zone").value = "Mars/Olympus"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert "unknown time zone" in str(app.screen.query_one("#settings-error").render()).lower()
        app.screen.query_one("#zone").value = ""
        app.screen.query_one("#length").value = "3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "between 7 and 365" in str(app.screen.query_one("#settings-error").render())
    after = Repository(data_file).load()  # what was typed may be kept as a draft, but nothing is saved
    assert (after.settings, after.profile, after.periods) == (before.settings, before.profile, before.periods)


async def test_escape_undoes_the_theme_preview(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_settings(pilot)
        app.screen.query_one("#theme").value = "companion-contrast"
        await pilot.pause()
        assert app.theme == "companion-contrast"
        await pilot.press("escape")
        await pilot.pause()
        assert app.theme == "companion-calm"
    assert Repository(data_file).load().settings.theme == "companion-calm"


async def test_theme_from_the_command_line_is_saved(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo, theme="companion-quiet")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "companion-quiet"
    assert repo.load().settings.theme == "companion-quiet"


async def test_export_and_merge_import(data_file: Path, tmp_path: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.events.log_mood(4)
    repo.periods.celebrate_milestones()  # days 1 and 3: two milestone events
    target = tmp_path / "out.json"
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_settings(pilot)
        app.screen.query_one("#export").press()
        await pilot.pause()
        app.screen.query_one("#path").value = str(target)
        await pilot.press("ctrl+s")
        await pilot.pause()
        exported = json.loads(target.read_text())
        assert len(exported["events"]) == 3
        app.screen.query_one("#import").press()
        await pilot.pause()
        app.screen.query_one("#path").value = str(target)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert len(repo.load().events) == 3  # merging the same export adds nothing


async def test_reset_needs_reset_typed_and_keeps_a_backup(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.events.log_mood(2)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_settings(pilot)
        app.screen.query_one("#reset").press()
        await pilot.pause()
        app.screen.query_one("#confirm").value = "reset"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert repo.load().profile is not None  # lowercase is not enough
        app.screen.query_one("#confirm").value = "RESET"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "OnboardingScreen"
    assert repo.load().profile is None
    backups = [p for p in repo.db.backups() if "before-reset" in p.name]
    assert len(backups) == 1
    kept = json.loads(backups[0].read_text())
    assert [e["kind"] for e in kept["events"].values()].count("mood") == 1
    assert len(kept["profile"]) == 1
