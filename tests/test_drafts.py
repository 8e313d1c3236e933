"""Nothing typed is lost: Escape asks (keep a draft, discard, back), a draft comes back
next time, survives the app being killed, and goes once saved; Settings edits the
breakup date, causes, what is shared, the reasons and someone to call."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Select, TextArea

from companion.clock import MovableSource
from companion.store.drafts import draft_for
from companion.ui.dialogs.activity_form import ActivityForm
from companion.ui.dialogs.choose import ChooseDialog
from companion.ui.dialogs.i_contacted import IContactedDialog
from companion.ui.dialogs.journal import JournalDialog
from companion.ui.dialogs.log_urge import LogUrgeDialog
from companion.ui.dialogs.mood import MoodDialog
from companion.ui.dialogs.they_contacted import TheyContactedDialog
from companion.ui.screens.settings import SettingsScreen
from companion.ui.screens.today import TodayScreen
from tests.app_helpers import START, app_for, onboarded_repo, open_from_today
from tests.textual_internals import notices


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(START)


DIALOGS = {
    "log urge": (LogUrgeDialog, "#note"),
    "they contacted me": (TheyContactedDialog, "#note"),
    "I contacted them": (IContactedDialog, "#note"),
    "mood": (MoodDialog, "#note"),
    "journal": (JournalDialog, "#journal-text"),
    "activity form": (lambda: ActivityForm([date(2026, 11, 26)], day=date(2026, 11, 26)), "#title"),
}


def text_of(widget) -> str:
    return widget.text if isinstance(widget, TextArea) else widget.value


@pytest.mark.parametrize("name", list(DIALOGS))
async def test_escape_with_text_asks_and_a_kept_draft_comes_back(name: str, data_file: Path,
                                                               source: MovableSource) -> None:
    make, field = DIALOGS[name]
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        app.push_screen(make())
        await pilot.pause()
        app.screen.query_one(field).focus()
        await pilot.press(*"not sent yet", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ChooseDialog)
        await pilot.press("escape")  # back: the dialog as it was
        await pilot.pause()
        assert text_of(app.screen.query_one(field)) == "not sent yet"
        await pilot.press("escape", "k")  # keep a draft
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        app.push_screen(make())
        await pilot.pause()
        assert text_of(app.screen.query_one(field)) == "not sent yet"
        assert any("draft is back" in n.message for n in notices(app))
        await pilot.press("escape")  # nothing new typed: leaves at once, the draft stays
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        app.push_screen(make())
        await pilot.pause()
        app.screen.query_one(field).focus()
        await pilot.press("x", "escape", "d")  # discard
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    assert repo.load().drafts == []


async def test_a_journal_draft_survives_a_kill_and_goes_once_saved(data_file: Path,
                                                                 source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("j", *"the night is long")
        await pilot.pause(1.4)  # no escape, no save: as if the terminal were killed now
    assert draft_for(repo.load(), "journal") == {"journal-text": "the night is long"}
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalDialog)
        assert app.screen.query_one(TextArea).text == "the night is long"
        await pilot.press(*" but ok", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    snapshot = repo.load()
    assert snapshot.drafts == []
    assert [e.data["text"] for e in snapshot.events if e.kind == "journal"] == ["the night is long but ok"]


async def test_panic_from_a_dialog_writes_its_draft_at_once(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("j", *"they just texted", "ctrl+t")
        await pilot.pause(0.3)
        assert draft_for(repo.load(), "journal") == {"journal-text": "they just texted"}


async def test_settings_edits_what_setup_asked(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source, causes=["routine"], shared=["pet"])
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        screen = await open_from_today(pilot, "s")
        assert isinstance(screen, SettingsScreen)
        assert screen.query_one("#reason-1", Input).value == "I deserve calm"
        screen.query_one("#breakup-date", Input).value = "2026-11-01"
        screen.query_one("#reason-2", Input).value = "Sleep again"
        screen.query_one("#support-person", Input).value = "Jo (sister)"
        screen.query_one("#relationship", Select).value = 36
        for box in screen.query("#causes Checkbox").results(Checkbox):
            box.value = box.name in ("broken trust",)
        for box in screen.query("#shared Checkbox").results(Checkbox):
            box.value = box.name in ("home", "pet")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    profile = repo.load().profile
    assert profile.breakup_on == "2026-11-01"
    assert profile.reasons == ["I deserve calm", "Sleep again"]
    assert profile.support_person == "Jo (sister)"
    assert profile.causes == ["broken trust"] and profile.shared == ["home", "pet"]
    assert profile.relationship_months == 36


async def test_settings_refuses_a_breakup_date_to_come_and_keeps_what_was_typed(
        data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await open_from_today(pilot, "s")
        field = app.screen.query_one("#breakup-date", Input)
        field.value = "2027-01-01"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen) and app.screen.focused is field
        assert field.value == "2027-01-01"
        assert "still to come" in str(app.screen.query_one("#settings-error").render())
        await pilot.press("escape")  # typed and not saved: asks
        await pilot.pause()
        assert isinstance(app.screen, ChooseDialog)
    assert repo.load().profile.breakup_on is None
