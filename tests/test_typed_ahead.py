"""Keys typed faster than the app handles them land where they would at a slow pace.

Terminals deliver a fast burst (or tmux's send-keys, or a paste of keystrokes) as one
read. Textual hands each key to the widget focused when the key is read, so a key that
moves the focus (tab, enter in a form field) must move it before the next key is
handed on; otherwise "Sam<tab>Alex" ends as "SamAlex" in the first field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from companion.store.repository import Repository
from companion.ui.screens.onboarding import OnboardingScreen
from tests.app_helpers import app_for, onboarded_repo

TAB, SHIFT_TAB, ENTER = ("tab", "\t"), ("shift+tab", None), ("enter", "\r")


def keys(text: str) -> list[tuple[str, str | None]]:
    """Printable characters as Textual names them ("a", "space", "A"...)."""
    names = {" ": "space", "-": "minus"}
    return [(names.get(ch, ch), ch) for ch in text]


async def burst(pilot: Pilot, *strokes: tuple[str, str | None]) -> None:
    """All the keys queued at once, as one terminal read delivers them."""
    for key, character in strokes:
        pilot.app.post_message(events.Key(key, character))
    await pilot.pause()
    await pilot.pause()


async def on_names_step(pilot: Pilot) -> OnboardingScreen:
    await pilot.press("pagedown")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, OnboardingScreen) and screen.step_name == "you"
    return screen


@pytest.mark.parametrize("move_on", [TAB, ENTER], ids=["tab", "enter"])
async def test_a_key_that_moves_on_in_a_burst_moves_before_the_next_letters(
        data_file: Path, move_on: tuple[str, str | None]) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await on_names_step(pilot)
        name, ex_name = screen.query_one("#name", Input), screen.query_one("#ex-name", Input)
        await burst(pilot, *keys("Sam"), move_on, *keys("Alex"))
        assert (name.value, ex_name.value) == ("Sam", "Alex")
        await burst(pilot, SHIFT_TAB, *keys("Jo"))  # back to the first field, its text kept
        assert (name.value, ex_name.value) == ("SamJo", "Alex") and app.focused is name


async def test_the_next_step_takes_the_letters_typed_right_after_pagedown(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, ("pagedown", None), *keys("Sam"))
        screen = app.screen
        assert isinstance(screen, OnboardingScreen) and screen.step_name == "you"
        assert screen.query_one("#name", Input).value == "Sam"


async def test_tab_in_a_dialog_burst_moves_between_its_fields(data_file: Path) -> None:
    from companion.ui.dialogs.goal_form import GoalForm
    from tests.app_helpers import dialog_open

    async with dialog_open(onboarded_repo(data_file), GoalForm()) as pilot:
        app, dialog = pilot.app, pilot.app.screen
        title, why = dialog.query_one("#goal-title", Input), dialog.query_one("#goal-why", Input)
        assert app.focused is title
        await burst(pilot, *keys("Run 5k"), TAB, TAB, *keys("for me"))
        assert (title.value, why.value) == ("Run 5k", "for me")
        assert app.focused is why


async def test_text_typed_right_after_the_journal_key_lands_in_the_journal(data_file: Path) -> None:
    from textual.widgets import TextArea

    from companion.ui.dialogs.journal import JournalDialog

    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, ("j", "j"), *keys("I miss them"))
        await pilot.pause(0.2)
        assert isinstance(app.screen, JournalDialog)  # and no mood, they-texted or history opened
        assert app.screen.query_one("#journal-text", TextArea).text == "I miss them"
        await burst(pilot, *keys(" today"))  # typed once it is up: straight in, after it
        assert app.screen.query_one("#journal-text", TextArea).text == "I miss them today"


async def test_keys_typed_right_after_the_panic_key_act_on_the_timer(data_file: Path) -> None:
    from tests.app_helpers import TIMER_SETTLE, timer_screen

    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, ("p", "p"), ("7", "7"))
        await pilot.pause(TIMER_SETTLE)
        assert timer_screen(app).wait.timer.intensity_before == 7  # as if pressed once it was up


async def test_words_typed_right_after_the_timers_write_key_land_in_the_box(data_file: Path) -> None:
    from textual.widgets import TextArea

    from tests.app_helpers import timer_open, timer_screen

    async with timer_open(onboarded_repo(data_file)) as pilot:
        await burst(pilot, ("w", "w"), *keys("I want to text"))
        await pilot.pause(0.2)
        box = timer_screen(pilot.app).query_one(TextArea)
        assert pilot.app.focused is box and box.text == "I want to text"


async def test_a_letter_no_key_uses_does_not_swallow_the_key_after_it(data_file: Path) -> None:
    from companion.ui.dialogs.journal import JournalDialog

    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, ("z", "z"), ("j", "j"))
        await pilot.pause(0.2)
        assert isinstance(app.screen, JournalDialog)


async def test_escape_after_text_typed_ahead_comes_after_the_text(data_file: Path) -> None:
    """Escape behind the held words leaves the journal as it would at a slow pace:
    asking to keep a draft, because something was written."""
    from textual.widgets import TextArea

    from companion.ui.dialogs.choose import ChooseDialog
    from companion.ui.dialogs.journal import JournalDialog

    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, ("j", "j"), *keys("so tired"), ("escape", None))
        await pilot.pause(0.2)
        journal = app.screen_stack[-2]
        assert isinstance(app.screen, ChooseDialog) and isinstance(journal, JournalDialog)
        assert journal.query_one("#journal-text", TextArea).text == "so tired"
