"""What someone wrote in a one-line field stays when the focus comes back to it.

Textual's `Input` selects all of its text when the focus arrives from the keyboard, so
one letter typed after shift+tab would replace a whole reason, with no undo. Every
one-line field in Companion is a `TextInput`, which leaves the text as it is and puts
the next letters after it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

import companion
from companion.store.repository import Repository
from companion.ui.dialogs.mood import MoodDialog
from companion.ui.screens.settings import SettingsScreen
from companion.ui.widgets.text_input import TextInput
from tests.app_helpers import app_for, onboarded_repo

SOURCE = Path(companion.__file__).parent
MADE_HERE = re.compile(r"(?<![\w.])Input\(")  # a stock Input built by our code


def test_the_scan_sees_a_stock_input_and_not_ours() -> None:
    assert MADE_HERE.search('yield Input(placeholder="A note", id="note")')
    assert MADE_HERE.search("parts += [Input(str(n), id='at')]")
    assert not MADE_HERE.search('yield TextInput(placeholder="A note")')
    assert not MADE_HERE.search("self.query_one('#note', Input).value")


def test_every_one_line_field_in_companion_is_a_text_input() -> None:
    stock = [f"{path.relative_to(SOURCE)}:{number}"
             for path in sorted(SOURCE.rglob("*.py")) if path.name != "text_input.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if MADE_HERE.search(line)]
    assert stock == []


def test_a_text_input_can_still_be_asked_to_select_on_focus() -> None:
    assert TextInput().select_on_focus is False
    assert TextInput(select_on_focus=True).select_on_focus is True


async def test_a_suggested_value_is_replaced_by_what_is_typed(data_file: Path) -> None:
    """Setup's last-contact day holds "today" until the person types another day."""
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await pilot.press("pagedown")
            await pilot.pause()
        field = app.screen.query_one("#last-contact", Input)
        assert field.value == "today"
        field.focus()
        await pilot.pause()
        await type_text(pilot, "yesterday")
        assert field.value == "yesterday"


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])
    await pilot.pause()


async def test_shift_tab_back_into_a_name_adds_to_it(data_file: Path) -> None:
    """Setup's names step: Sam, tab, Alex, then back to the first name to finish it."""
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("pagedown")
        await pilot.pause()
        name, ex_name = app.screen.query_one("#name", Input), app.screen.query_one("#ex-name", Input)
        await type_text(pilot, "Sam")
        await pilot.press("tab")
        await type_text(pilot, "Alex")
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is name and name.selection.is_empty
        await type_text(pilot, "my")
        assert (name.value, ex_name.value) == ("Sammy", "Alex")


async def test_a_note_written_then_left_is_added_to_when_come_back(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(MoodDialog())
        await pilot.pause()
        note = app.screen.query_one("#note", Input)
        note.focus()
        await pilot.pause()
        await type_text(pilot, "a rough day")
        await pilot.press("shift+tab")  # away, to the mood choices
        await pilot.pause()
        assert app.focused is not note
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is note
        await type_text(pilot, " but I held on")
        assert note.value == "a rough day but I held on"


@pytest.mark.parametrize("field, typed, expected", [
    ("#name", " R.", "Sam R."),
    ("#reason-1", " and sleep", "I deserve calm and sleep"),
    ("#length", "45", "45"),  # a value: typing replaces it
    ("#zone", "Europe/Paris", "Europe/Paris"),
])
async def test_a_filled_settings_field_keeps_words_and_replaces_values(
        data_file: Path, field: str, typed: str, expected: str) -> None:
    repo = onboarded_repo(data_file)
    repo.setup.update_settings(zone="Europe/London")
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(SettingsScreen())
        await pilot.pause()
        box = app.screen.query_one(field, Input)
        box.focus()
        await pilot.pause()
        await type_text(pilot, typed)
        assert box.value == expected
