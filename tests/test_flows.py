"""Flows a new user walks: every way out lands somewhere real, errors show where one looks,
dialogs save with enter and show their own keys, the palette finds every action."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from companion.content.onboarding import LEAVE_NO_PROFILE
from companion.demo import DEMO_NOTE
from companion.locations import export_dir
from companion.ui.dialogs.choose import ChooseDialog
from companion.ui.dialogs.confirm import ConfirmDialog
from companion.ui.dialogs.data_file import ExportDialog, ImportDialog
from companion.ui.dialogs.export_calendar import ExportCalendarDialog
from companion.ui.screens.onboarding import OnboardingScreen
from companion.ui.screens.settings import SettingsScreen
from companion.ui.screens.today import TodayScreen
from companion.ui.widgets.bars import KeyBar
from tests.app_helpers import app_for, onboarded_repo, screen_text
from tests.textual_internals import notice_texts


def footer(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(KeyBar).render())


async def test_reset_then_leaving_setup_closes_the_app_and_says_so_truthfully(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#reset").press()
        await pilot.pause()
        await pilot.press(*"RESET", "enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.screen.question == LEAVE_NO_PROFILE
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0  # closed, not a blank screen
    assert data_file.exists()  # what the prompt said


@pytest.mark.parametrize("keys", [("u",), ("t",), ("i",), ("m",), ("j",), ("w",), ("h",), ("s",),
                                  ("question_mark",), ("p", "y"), ("w", "a"), ("w", "i"), ("h", "2")])
async def test_every_way_out_lands_on_today(data_file: Path, keys: tuple[str, ...]) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        opener, *rest = keys
        await pilot.press(opener)
        await pilot.pause()
        assert not isinstance(app.screen, TodayScreen)
        for key in [k for k in rest if k != "y"]:
            await pilot.press(key)
            await pilot.pause()
        for _ in range(3):
            if isinstance(app.screen, TodayScreen):
                break
            await pilot.press("escape")
            await pilot.pause()
            if isinstance(app.screen, ConfirmDialog):  # the timer asks before it stops
                await pilot.press("y")
                await pilot.pause()
            elif isinstance(app.screen, ChooseDialog):  # stopped within seconds: log it at all?
                await pilot.press("d")
                await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "Day 6 of 30" in screen_text(app)


async def test_an_invalid_setting_shows_beside_the_field_and_keeps_what_was_typed(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#length").value = "3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert app.focused is app.screen.query_one("#length")
        assert app.screen.query_one("#length").value == "3"
        (beside,) = app.screen.query(".settings-field-error")
        assert "between 7 and 365" in str(beside.render())
        row = app.screen.query_one("#length").parent
        assert beside.region.y == row.region.y + row.region.height  # right under the field
        assert any("between 7 and 365" in n for n in notice_texts(app))


async def test_every_settings_button_is_reachable_at_80_by_24(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#settings-body").scroll_end(animate=False)
        await pilot.pause()
        for button in app.screen.query("#data-buttons Button"):
            region = button.region
            assert region.width > 0 and region.right <= 80 and region.bottom <= 23, button.id
            assert str(button.label) in screen_text(app)


async def test_import_focuses_its_path_and_refuses_an_empty_one(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_data("import")
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog)
        assert app.focused is app.screen.query_one("#path")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog)
        assert "Type the path" in str(app.screen.query_one("#import-error").render())


@pytest.mark.parametrize("content, words", [
    ({"meta": {"1": {"schema_version": 99}}, "profile": {"1": {}}}, "comes from a newer version of Companion"),
    ({"meta": {"1": {"schema_version": 1}}, "events": {}}, "is not a Companion export: it has no profile"),
    ("not json at all", "is not a Companion export: it is not valid JSON"),
], ids=["newer", "no profile", "not json"])
async def test_import_says_in_the_dialog_why_a_file_is_refused(data_file: Path, tmp_path: Path,
                                                                content: object, words: str) -> None:
    path = tmp_path / "[b]odd name.json"  # the name is shown as it is, never as markup
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        before = data_file.read_bytes()  # as Today left it (it notes the morning's visit)
        app.action_data("import")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(path)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog)
        said = str(app.screen.query_one("#import-error", Static).render())
        assert words in said and "[b]odd name.json" in said
    assert data_file.read_bytes() == before


async def test_exports_default_to_one_folder_and_say_where(data_file: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_data("export")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert Path(app.screen.query_one("#path").value).parent == export_dir() == tmp_path
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any(f"Saved in {tmp_path}" in n for n in notice_texts(app))
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert isinstance(app.screen, ExportCalendarDialog)
        assert Path(app.screen.query_one("#export-path").value).parent == tmp_path


async def test_a_restart_hides_the_old_milestone_at_once(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        banner = app.screen.query_one("#milestone")
        assert not banner.has_class("hidden")
        app.session.perform(lambda: repo.events.log_contact_from_me(essential=False, new_length=30))
        await pilot.pause()
        assert banner.has_class("hidden")


async def test_enter_saves_a_one_line_dialog_and_its_footer_is_its_own(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        keys = footer(app)
        assert "Save" in keys and "Back" in keys and "They texted" not in keys
        app.screen.query_one("#note").focus()
        await pilot.press(*"walked it off", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert [e.data.get("note") for e in repo.load().events if e.kind == "urge"] == ["walked it off"]


async def test_todays_footer_shows_more_keys_when_there_is_room(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        keys = footer(app)
        for words in ("I texted", "Mood", "Journal", "Settings", "Panic"):
            assert words in keys
    async with app_for(onboarded_repo(data_file)).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = footer(pilot.app)
        assert "Panic" in keys and "Help" in keys and "Settings" not in keys


async def test_the_palette_finds_the_settings_actions(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Export your data", "Import data", "Backup now", "Reset everything",
                      "Discreet mode on or off", "Theme", "Settings"):
            assert title in titles
        (discreet,) = [c for c in app.get_system_commands(app.screen) if c.title == "Discreet mode on or off"]
        await discreet.callback()  # type: ignore[misc]
        await pilot.pause()
        assert repo.load().settings.discreet is True and app.theme == "companion-quiet"
        (backup,) = [c for c in app.get_system_commands(app.screen) if c.title == "Backup now"]
        await backup.callback()  # type: ignore[misc]
        await pilot.pause()
        assert any("Backup saved in" in n for n in notice_texts(app))


async def test_the_demo_says_it_is_a_demo_and_why_the_date_is_fixed(data_file: Path) -> None:
    note = DEMO_NOTE.format(day="Thursday 26 November 2026")
    app = app_for(onboarded_repo(data_file, last_contact=date(2026, 11, 20)), demo_note=note)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "demo" in app.title
        assert "The date stays at Thursday" in " ".join(screen_text(app).split())


async def test_a_failed_export_says_so_plainly(data_file: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_data("export")
        await pilot.pause()
        app.screen.query_one("#path").value = str(blocked / "export.json")
        await pilot.press("ctrl+s")
        await pilot.pause()
        (notice,) = [n for n in notice_texts(app) if "Could not write the export" in n]
        assert "untouched" in notice and "before this change" not in notice
        assert isinstance(app.screen, ExportDialog)  # still there, to choose another place
