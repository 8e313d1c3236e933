"""The panic keys: `p` from every dialog (not while typing), ctrl+t from anywhere, even
while typing; the footer shows only what works; the timer before setup; a stop within
seconds asks whether to log it; one last pause before reaching out."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Button, Input, TextArea

from companion.clock import MovableSource
from companion.store.repository import NoProfileError, Repository
from companion.ui.dialogs.activity_form import ActivityForm
from companion.ui.dialogs.choose import ChooseDialog
from companion.ui.dialogs.confirm import ConfirmDialog
from companion.ui.dialogs.data_file import ImportDialog
from companion.ui.dialogs.i_contacted import IContactedDialog
from companion.ui.dialogs.journal import JournalDialog
from companion.ui.dialogs.log_urge import LogUrgeDialog
from companion.ui.dialogs.mood import MoodDialog
from companion.ui.dialogs.they_contacted import TheyContactedDialog
from companion.ui.screens.help import HelpScreen
from companion.ui.screens.onboarding import OnboardingScreen
from companion.ui.screens.timer import TimerScreen
from companion.ui.screens.timer_pause import LastPause, pause_lines
from companion.ui.screens.today import TodayScreen
from companion.ui.widgets.bars import KeyBar
from tests.app_helpers import START, TIMER_SETTLE, app_for, onboarded_repo, open_from_today
from tests.textual_internals import notices


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(START)


def urges(path: Path) -> list[dict]:
    return [e for e in json.loads(path.read_text())["events"].values() if e["kind"] == "urge"]


DIALOGS = {
    "log urge": lambda: LogUrgeDialog(),
    "they contacted me": lambda: TheyContactedDialog(),
    "I contacted them": lambda: IContactedDialog(),
    "mood": lambda: MoodDialog(),
    "journal": lambda: JournalDialog(),
    "activity form": lambda: ActivityForm([date(2026, 11, 26)], day=date(2026, 11, 26)),
    "import": lambda: ImportDialog(),
    "confirmation": lambda: ConfirmDialog("Sure?"),
    "help": None,
}


@pytest.mark.parametrize("name", list(DIALOGS))
async def test_p_opens_the_timer_over_every_dialog_which_keeps_what_was_typed(
        name: str, data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        dialog = DIALOGS[name]() if DIALOGS[name] else HelpScreen(app.screen)
        app.push_screen(dialog)
        await pilot.pause()
        typed = {}
        for field in dialog.query(Input):
            field.focus()
            await pilot.press(*"hi", "p")  # in a text field p types a p: no timer
            assert app.screen is dialog
            typed[field.id] = field.value
        for area in dialog.query(TextArea):
            area.focus()
            await pilot.press(*"hi", "p")
            assert app.screen is dialog
            typed[area.id] = area.text
        assert all(value.endswith("hip") for value in typed.values())
        if dialog.query(Button):
            dialog.query(Button).first().focus()  # away from any text field
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause(TIMER_SETTLE)
        assert isinstance(app.screen, TimerScreen)
        assert app.screen_stack[-2] is dialog  # underneath, as it was
        await pilot.press("f", "r")  # it passed
        await pilot.pause()
        assert app.screen is dialog
        for field in dialog.query(Input):
            assert field.value == typed[field.id]
        for area in dialog.query(TextArea):
            assert area.text == typed[area.id]
    assert len(urges(data_file)) == 1


async def test_ctrl_t_opens_the_timer_even_while_typing(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        journal = await open_from_today(pilot, "j")
        assert isinstance(journal, JournalDialog) and isinstance(journal.focused, TextArea)
        await pilot.press(*"so hard", "ctrl+t")
        await pilot.pause(TIMER_SETTLE)
        assert isinstance(app.screen, TimerScreen)
        assert journal.query_one(TextArea).text == "so hard"


def footer_keys(screen) -> dict[str, bool]:
    """The keys the screen offers now (the footer shows exactly these)."""
    return {key: active.enabled for key, active in screen.active_bindings.items() if active.binding.show}


async def test_the_footer_shows_the_panic_keys_only_where_they_work(data_file: Path,
                                                                   source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(100, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        assert "p/^t Panic" in app.screen.query_one(KeyBar).render().plain
        await pilot.press("m")
        await pilot.pause()
        mood = app.screen
        assert {"p", "ctrl+t"} <= set(footer_keys(mood))  # on the mood choices: both work
        mood.query_one("#note", Input).focus()
        await pilot.pause()
        keys = footer_keys(mood)
        assert "p" not in keys and "ctrl+t" in keys  # typing: p types, ctrl+t still works
        await pilot.press("ctrl+t")
        await pilot.pause(TIMER_SETTLE)
        timer = app.screen
        assert isinstance(timer, TimerScreen)
        keys = footer_keys(timer)
        assert "p" not in keys and "ctrl+t" not in keys  # the timer is here already
        assert "Panic" not in timer.query_one(KeyBar).render().plain


async def test_help_lists_both_panic_keys(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        rows = dict(pilot.app.screen.rows)
        assert rows["p"] == "Panic"
        assert "even while typing" in rows["ctrl+t"]


async def test_panic_before_setup_starts_at_once_and_setup_follows(data_file: Path,
                                                                  source: MovableSource) -> None:
    repo = Repository(data_file, source=source)  # a fresh file: no profile
    async with app_for(repo, panic_minutes=0).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause(TIMER_SETTLE)
        assert isinstance(app.screen, TimerScreen)  # no setup forced mid-urge
        assert app.screen.query_one("#countdown").value == "15:00"
        assert isinstance(app.screen_stack[-2], OnboardingScreen)  # waiting underneath
        await pilot.press("7", "f", "r")
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        assert any("setting up takes two minutes" in n.message for n in notices(app))
    urge = urges(data_file)[0]["data"]
    assert (urge["outcome"], urge["intensity_before"]) == ("resisted", 7)
    with pytest.raises(NoProfileError):  # status still says there is no profile
        repo.status()


async def test_p_in_the_wizard_starts_the_timer(data_file: Path, source: MovableSource) -> None:
    repo = Repository(data_file, source=source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.press("p")
        await pilot.pause(TIMER_SETTLE)
        assert isinstance(app.screen, TimerScreen)
        assert repo.load().timer is not None


async def test_an_urge_before_setup_is_kept_when_they_set_up(data_file: Path, source: MovableSource) -> None:
    repo = Repository(data_file, source=source)
    async with app_for(repo, panic_minutes=5).run_test(size=(80, 24)) as pilot:
        await pilot.pause(TIMER_SETTLE)
        source.advance(minutes=5)
        await pilot.press("f", "r")
        await pilot.pause()
    onboarded_repo(data_file, source)  # they set up afterwards
    snapshot = repo.load()
    assert snapshot.profile is not None
    assert [e.data["minutes_waited"] for e in snapshot.events if e.kind == "urge"] == [5.0]


async def test_a_stop_within_seconds_asks_whether_to_log_it(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await open_from_today(pilot, "p")
        source.advance(seconds=5)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChooseDialog)
        await pilot.press("escape")  # keep going
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")  # don't log it
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        await pilot.press("p")
        await pilot.pause(TIMER_SETTLE)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("l")  # log it after all
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    assert [u["data"]["outcome"] for u in urges(data_file)] == ["unresolved"]
    assert repo.load().timer is None


async def test_a_stop_after_the_first_seconds_asks_the_usual_question(data_file: Path,
                                                                      source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await open_from_today(pilot, "p")
        source.advance(seconds=16)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)


def test_the_last_pause_says_their_reason_and_someone_to_call(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source, support_person="my sister Jo")
    reason, call = pause_lines(repo.load(), seed="x")
    assert "I deserve calm" in reason and "my sister Jo" in call
    repo.setup.update_profile(reasons=[], support_person="")
    reason, call = pause_lines(repo.load(), seed="x")
    assert "room to heal" in reason and "someone who is on your side" in call


async def test_ten_more_minutes_from_the_last_pause(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo, panic_minutes=5).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause(TIMER_SETTLE)
        source.advance(minutes=5)
        await pilot.press("f", "c")
        await pilot.pause()
        assert isinstance(app.screen, LastPause)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen)
    assert urges(data_file) == [] and repo.load().timer.minutes == 15


async def test_the_palette_opens_the_timer_even_from_a_text_field(data_file: Path,
                                                                 source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        journal = await open_from_today(pilot, "j")
        assert isinstance(journal.focused, TextArea)
        await app.run_action("app.panic")
        await pilot.pause(TIMER_SETTLE)
        assert isinstance(app.screen, TimerScreen)
