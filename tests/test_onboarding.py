"""The onboarding wizard, driven with Pilot at 80x24, and its answer checks."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.text import Text
from textual.widgets import Button, Checkbox, Input, RadioButton, Static

from companion.domain.records import Profile, Settings
from companion.store.repository import Repository
from companion.ui.dialogs.confirm import ConfirmDialog
from companion.ui.screens.onboarding import OnboardingScreen
from companion.ui.screens.onboarding_form import Answers, answers_from, months_bucket
from companion.ui.widgets.choices import CheckGrid, ChoiceSet
from tests.app_helpers import app_for, onboarded_repo
from tests.textual_internals import notices

TODAY = date(2026, 11, 26)  # conftest's COMPANION_NOW


def read(path: Path) -> dict[str, Any]:
    """The data file as plain JSON (as jq would see it)."""
    return json.loads(path.read_text(encoding="utf-8"))


def only(document: dict[str, Any], table: str) -> dict[str, Any]:
    rows = list(document[table].values())
    assert len(rows) == 1, rows
    return rows[0]


def text_of(screen: Any, selector: str) -> str:
    """What a Static shows, as plain text (Rich renderables rendered at 100 columns)."""
    content = screen.query_one(selector, Static).content
    if isinstance(content, str):
        return Text.from_markup(content).plain
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(content)
    return console.export_text()


def next_disabled(screen: Any) -> bool:
    return screen.query_one("#next", Button).disabled


async def type_text(pilot: Any, text: str) -> None:
    await pilot.press(*text)
    await pilot.pause()


def box(screen: Any, grid: str, name: str) -> Checkbox:
    """One checkbox of a grid, by its stored value."""
    return next(b for b in screen.query_one(grid).query(Checkbox) if b.name == name)


def choice(screen: Any, choices: str, value: str) -> RadioButton:
    """One option of a ChoiceSet, by its stored value."""
    return next(b for b in screen.query_one(choices).query(RadioButton) if b.name == value)


async def to_step(pilot: Any, screen: OnboardingScreen, name: str) -> None:
    """Press Next until `name` is on screen (the steps before must be valid)."""
    for _ in range(8):
        if screen.step_name == name:
            return
        await pilot.press("pagedown")
        await pilot.pause()
    raise AssertionError(f"stuck on {screen.step_name}")


async def test_full_run_saves_everything_and_opens_today(data_file: Path) -> None:
    from companion.ui.screens.today import TodayScreen

    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, OnboardingScreen)
        assert "Step 1 of 7" in text_of(screen, "#step-indicator")
        assert str(data_file) in text_of(screen, "#data-path")
        assert screen.query_one("#back", Button).disabled

        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.step_name == "you" and app.focused is screen.query_one("#name")
        await type_text(pilot, "Sam")
        await pilot.press("enter")
        await type_text(pilot, "Alex")
        await pilot.press("enter")  # the step's last field: on to the next step
        await pilot.pause()

        assert screen.step_name == "breakup"
        assert "Step 3 of 7" in text_of(screen, "#step-indicator")
        assert "Optional" in text_of(screen, "#breakup-echo")  # it may stay empty
        assert not next_disabled(screen)
        await type_text(pilot, "2026-11-20")
        assert "Friday 20 November" in text_of(screen, "#breakup-echo")
        await pilot.press("enter")  # on to the last-contact field (selected on focus)
        await type_text(pilot, "3 days ago")
        assert "Monday 23 November" in text_of(screen, "#last-contact-echo")
        await pilot.press("tab", "right", "right", "right", "space")  # 2-5 years
        await pilot.press("tab", "right", "space")  # broken trust
        await pilot.press("down", "down", "space")  # past the causes: shared children
        await pilot.pause()
        assert screen.query_one("#relationship", ChoiceSet).value_of == "36"
        assert screen.query_one("#causes", CheckGrid).chosen == ["broken trust"]
        assert screen.query_one("#shared", CheckGrid).chosen == ["children"]
        assert not next_disabled(screen)

        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.step_name == "period"
        # Trust broken + 2 years or more: 60 days, suggested and preselected, with the reason.
        assert "60 days" in text_of(screen, "#recommendation")
        assert "Trust was broken" in text_of(screen, "#recommendation-reason")
        assert screen.query_one("#length", ChoiceSet).value_of == "60"
        await pilot.press("left", "space")  # 45 instead
        await pilot.pause()
        assert "to Thursday 7 January 2027" in text_of(screen, "#length-echo")

        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.step_name == "why" and next_disabled(screen)
        await type_text(pilot, "I want my evenings back")
        assert not next_disabled(screen)
        await pilot.press("enter")
        await type_text(pilot, "I deserve calm \x07")  # a control character is dropped
        await pilot.press("pagedown")
        await pilot.pause()

        assert screen.step_name == "preferences"
        assert screen.query_one("#delay", ChoiceSet).value_of == "15"  # the default
        await pilot.press("right", "space", "tab", "right", "space")  # 20 min, Sunday
        await pilot.click(choice(screen, "#theme", "companion-warm"))
        await pilot.press("pagedown")
        await pilot.pause()

        assert screen.step_name == "summary"
        assert str(screen.query_one("#next", Button).label) == "Start"
        summary = text_of(screen, "#summary-table")
        for expected in ("Sam", "Alex", "Friday 20 November", "Monday 23 November", "2–5 years",
                         "broken trust", "children", "45 days", "I want my evenings back",
                         "timer 20 min", "Sunday", "warm colours"):
            assert expected in summary
        assert not data_file.exists()  # nothing written before Start

        await pilot.press("pagedown")  # Start
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert app.theme == "companion-warm"

    document = read(data_file)
    profile = only(document, "profile")
    assert profile["name"] == "Sam" and profile["ex_name"] == "Alex"
    assert profile["breakup_on"] == "2026-11-20"
    assert profile["relationship_months"] == 36
    assert profile["causes"] == ["broken trust"] and profile["shared"] == ["children"]
    assert profile["reasons"] == ["I want my evenings back", "I deserve calm"]
    settings = only(document, "settings")
    assert settings["default_delay_minutes"] == 20 and settings["week_start"] == "sunday"
    assert settings["theme"] == "companion-warm" and settings["theme_chosen"] is True
    period = only(document, "periods")
    assert period["started_on"] == "2026-11-23" and period["length_days"] == 45
    assert period["outcome"] == "ongoing" and period["started_by"] == "onboarding"


async def open_breakup_step(pilot: Any, app: Any) -> OnboardingScreen:
    screen = app.screen
    await to_step(pilot, screen, "breakup")
    return screen


async def test_future_breakup_date_is_refused_and_next_stays_disabled(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "2026-12-01")
        echo = screen.query_one("#breakup-echo", Static)
        assert "still to come" in text_of(screen, "#breakup-echo") and echo.has_class("-invalid")
        assert next_disabled(screen)
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.step_name == "breakup"
        await pilot.press("ctrl+u")
        await type_text(pilot, "yesterday")
        assert "Wednesday 25 November" in text_of(screen, "#breakup-echo")
        assert not next_disabled(screen)


async def test_unreadable_date_is_explained(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "next tuesday")
        assert "is not a date" in text_of(screen, "#breakup-echo")
        assert next_disabled(screen)


async def test_last_contact_before_the_breakup_is_refused(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "2026-11-20")
        await pilot.press("enter")
        await type_text(pilot, "2026-11-18")
        echo = screen.query_one("#last-contact-echo", Static)
        assert "before the breakup" in text_of(screen, "#last-contact-echo")
        assert echo.has_class("-invalid")
        assert next_disabled(screen)
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.step_name == "breakup"
        await pilot.press("ctrl+u")
        await type_text(pilot, "2026-11-20")  # the same day is fine
        assert not next_disabled(screen)


async def test_last_contact_in_the_future_is_refused(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "2026-11-20")
        await pilot.press("enter")
        await type_text(pilot, "2026-11-27")
        assert "still to come" in text_of(screen, "#last-contact-echo")
        assert next_disabled(screen)


@pytest.mark.parametrize("typed", ["5", "400", "0"])
async def test_custom_length_out_of_range_is_refused(data_file: Path, typed: str) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "yesterday")
        await to_step(pilot, screen, "period")
        assert screen.query_one("#length", ChoiceSet).value_of == "30"  # the default advice
        assert not screen.query_one("#custom-length", Input).display
        await pilot.press("right", "right", "right", "space")  # from 30 to "another number"
        await pilot.pause()
        assert app.focused is screen.query_one("#custom-length")
        assert next_disabled(screen)
        await type_text(pilot, typed)
        assert "out of range" in text_of(screen, "#length-echo")
        assert next_disabled(screen)
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.step_name == "period"
        await pilot.press("ctrl+u")
        await type_text(pilot, "50")
        assert "50 days" in text_of(screen, "#length-echo")
        assert not next_disabled(screen)


async def test_back_keeps_every_value(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("pagedown")
        await type_text(pilot, "Sam")
        await pilot.press("pagedown")
        await type_text(pilot, "2026-11-20")
        await pilot.press("tab", "tab", "space", "tab", "space")  # <6 months, routine
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.step_name == "period"
        assert screen.query_one("#length", ChoiceSet).value_of == "21"
        await pilot.press("pageup", "pageup")
        await pilot.pause()
        assert screen.step_name == "you"
        assert screen.query_one("#name", Input).value == "Sam"
        await pilot.press("pageup")
        await pilot.pause()
        assert screen.step_name == "welcome" and screen.query_one("#back", Button).disabled
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert screen.query_one("#breakup-date", Input).value == "2026-11-20"
        assert screen.query_one("#last-contact", Input).value == "today"
        assert screen.query_one("#relationship", ChoiceSet).value_of == "3"
        assert screen.query_one("#causes", CheckGrid).chosen == ["routine"]


async def test_the_suggestion_follows_changed_answers_until_the_user_picks(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "yesterday")
        await to_step(pilot, screen, "period")
        assert screen.query_one("#length", ChoiceSet).value_of == "30"
        await pilot.press("pageup")
        await pilot.pause()
        await pilot.click(box(screen, "#causes", "broken trust"))
        await to_step(pilot, screen, "period")
        assert screen.query_one("#length", ChoiceSet).value_of == "45"
        await pilot.press("right", "space")  # the user's own pick: 60
        await pilot.press("pageup")
        await pilot.pause()
        await pilot.click(box(screen, "#causes", "broken trust"))
        await to_step(pilot, screen, "period")
        assert screen.query_one("#length", ChoiceSet).value_of == "60"
        assert "30 days" in text_of(screen, "#recommendation")


async def test_escape_then_leave_writes_nothing(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_breakup_step(pilot, app)
        await type_text(pilot, "yesterday")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.focused is app.screen.query_one("#no")  # a stray enter keeps you here
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0  # the app closed: the user left before starting
    assert not data_file.exists()
    assert not data_file.parent.exists() or not any(data_file.parent.iterdir())


async def test_escape_then_stay_keeps_the_answers(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "yesterday")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # "Stay" has the focus
        await pilot.pause()
        assert app.screen is screen and screen.step_name == "breakup"
        assert screen.query_one("#breakup-date", Input).value == "yesterday"
    assert not data_file.exists()


async def test_rerun_prefills_and_keeps_history(data_file: Path) -> None:
    repo = onboarded_repo(data_file, last_contact=date(2026, 11, 20), length=45,
                          breakup_on="2026-11-18", relationship_months=30,
                          causes=["distance", "mutual"], shared=["pet"])
    repo.setup.complete_onboarding(
        replace(repo.load().profile, reasons=["Calm first", "My evenings", "My friends"]),
        Settings(default_delay_minutes=10, week_start="sunday", day_starts_at="04:00",
                 zone="Europe/Paris"),
        date(2026, 11, 20), 45)
    repo.events.log_urge(intensity_before=7)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        results: list[bool | None] = []
        app.push_screen(OnboardingScreen(), results.append)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, OnboardingScreen) and screen.rerun
        assert "history is kept" in text_of(screen, ".rerun")
        assert screen.query_one("#name", Input).value == "Sam"
        assert screen.query_one("#ex-name", Input).value == "Alex"
        assert screen.query_one("#breakup-date", Input).value == "2026-11-18"
        assert screen.query_one("#last-contact", Input).value == "2026-11-20"
        assert screen.query_one("#relationship", ChoiceSet).value_of == "36"  # 30 months: 2-5 years
        assert screen.query_one("#causes", CheckGrid).chosen == ["distance", "mutual"]
        assert screen.query_one("#shared", CheckGrid).chosen == ["pet"]
        assert screen.query_one("#length", ChoiceSet).value_of == "45"
        assert [screen.query_one(f"#reason-{n}", Input).value for n in (1, 2, 3)] == [
            "Calm first", "My evenings", "My friends"]
        assert screen.query_one("#delay", ChoiceSet).value_of == "10"
        assert screen.query_one("#week-start", ChoiceSet).value_of == "sunday"
        assert screen.answers.first_invalid_step(TODAY) is None

        await to_step(pilot, screen, "period")
        await pilot.press("right", "space")  # 60 days
        await to_step(pilot, screen, "summary")
        await pilot.press("pagedown")  # Start
        await pilot.pause()
        assert results == [True]

    document = read(data_file)
    period = only(document, "periods")  # the same period: only its length changed
    assert period["started_on"] == "2026-11-20" and period["length_days"] == 60
    assert len(document["events"]) >= 1  # the urge is still there
    settings = only(document, "settings")
    assert settings["day_starts_at"] == "04:00" and settings["zone"] == "Europe/Paris"
    assert settings["default_delay_minutes"] == 10
    assert only(document, "profile")["relationship_months"] == 36


async def test_rerun_escape_changes_nothing(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = data_file.read_bytes()  # after Today marked its milestones
        results: list[bool | None] = []
        app.push_screen(OnboardingScreen(), results.append)
        await pilot.pause()
        screen = app.screen
        assert app.theme == "companion-calm"
        await to_step(pilot, screen, "preferences")
        await pilot.click(choice(screen, "#theme", "companion-warm"))
        await pilot.pause()
        assert app.theme == "companion-warm"  # a preview
        assert "Warm light" in text_of(screen, "#theme-echo")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert results == [False]
        assert app.theme == "companion-calm"  # the preview is undone
    assert data_file.read_bytes() == before


async def test_a_failed_save_keeps_the_wizard_open(data_file: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    repo = Repository(data_file)

    def refuse(*args: object) -> None:
        raise ValueError("the disk said no")

    monkeypatch.setattr(repo.setup, "complete_onboarding", refuse)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await to_step(pilot, screen, "why")
        await type_text(pilot, "Me first")
        await to_step(pilot, screen, "summary")
        await pilot.press("pagedown")  # Start
        await pilot.pause()
        assert app.screen is screen and screen.step_name == "summary"
        assert not next_disabled(screen)  # can try again
        assert any("the disk said no" in str(n.message) for n in notices(app))
    assert not data_file.exists()


async def test_enter_on_the_last_reason_goes_on(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_breakup_step(pilot, app)
        await type_text(pilot, "today")
        await to_step(pilot, screen, "why")
        await pilot.press("enter", "enter", "enter")  # no reason yet: the focus only moves
        await pilot.pause()
        assert screen.step_name == "why" and app.focused is screen.query_one("#reason-3")
        await type_text(pilot, "Me first")
        await pilot.press("enter")  # the step's last field, and the step is complete
        await pilot.pause()
        assert screen.step_name == "preferences"


# The answers, without the screen ----------------------------------------------------


def test_months_bucket_maps_stored_months_to_the_choices() -> None:
    assert [months_bucket(m) for m in (None, 1, 5, 6, 11, 12, 23, 24, 59, 60, 200)] == [
        None, 3, 3, 9, 9, 18, 18, 36, 36, 72, 72]


def test_answers_problems_per_step() -> None:
    answers = Answers(breakup_text="2026-11-20", last_contact_text="2026-11-19")
    assert set(answers.problems("breakup", TODAY)) == {"last_contact"}
    answers.last_contact_text = "today"
    assert answers.problems("breakup", TODAY) == {}
    answers.length_choice = "custom"
    answers.custom_length_text = "366"
    assert "out of range" in answers.problems("period", TODAY)["length"]
    answers.custom_length_text = "365"
    assert answers.problems("period", TODAY) == {}
    assert "reasons" in answers.problems("why", TODAY)
    answers.reasons = ["  ", "\x1b", "ok"]
    assert answers.problems("why", TODAY) == {} and answers.clean_reasons() == ["ok"]


def test_breakup_date_is_optional_but_last_contact_is_not() -> None:
    answers = Answers()
    assert answers.problems("breakup", TODAY) == {}
    profile, _, last, _ = answers.build(TODAY, None, Settings())
    assert profile.breakup_on is None and last == TODAY
    answers.last_contact_text = " "
    assert set(answers.problems("breakup", TODAY)) == {"last_contact"}


def test_build_keeps_what_the_wizard_does_not_ask() -> None:
    old_profile = Profile(name="Old", created_at="2026-01-01T00:00:00+00:00", finished_on=None)
    old_settings = Settings(day_starts_at="03:00", zone="Asia/Kolkata", discreet=True)
    answers = answers_from(old_profile, old_settings, [], TODAY)
    answers.breakup_text = "yesterday"
    answers.reasons = ["x" * 500, "", ""]
    profile, settings, last, length = answers.build(TODAY, old_profile, old_settings)
    assert profile.id == old_profile.id and profile.created_at == old_profile.created_at
    assert profile.breakup_on == "2026-11-25" and len(profile.reasons[0]) == 120
    assert settings.zone == "Asia/Kolkata" and settings.discreet and settings.day_starts_at == "03:00"
    assert last == TODAY and length == 30


async def test_confirm_dialog_is_generic() -> None:
    from textual.app import App

    answers: list[bool | None] = []

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(ConfirmDialog("Delete it?", yes="Delete", no="Keep",
                                           detail="It can be undone."), answers.append)

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = app.screen
        assert str(dialog.query_one("#yes", Button).label) == "Delete"
        assert str(dialog.query_one("#no", Button).label) == "Keep"
        await pilot.press("escape")
        await pilot.pause()
        app.push_screen(ConfirmDialog("Sure?"), answers.append)
        await pilot.pause()
        await pilot.press("tab", "enter")  # focus moves from No to Yes
        await pilot.pause()
    assert answers == [False, True]
