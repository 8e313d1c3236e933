"""Fit at 80×24: nothing cut in the middle of a word, hints under their fields,
names shown literally, and one notice for one thing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from companion.store.repository import Repository
from companion.ui.dialogs.mood import MOODS
from companion.ui.widgets.fit import ELLIPSIS, clip_at_word
from tests.app_helpers import app_for, onboarded_repo, screen_text, timer_open
from tests.textual_internals import notices

TRICKY_NAME = "[b]Max[/b] 🌊 Maximilian-Alexander von Wellington"


def test_clip_at_word_examples() -> None:
    assert clip_at_word("short", 10) == "short"
    assert clip_at_word("one two three", 9) == "one two…"
    assert clip_at_word("🌊🌊 wave", 6) == "🌊🌊…"
    assert clip_at_word("Supercalifragilistic", 6) == "Super…"


@given(st.lists(st.sampled_from(["a", "word", "🌊", "[b]x[/b]", "Maximilian-Alexander", "é"]), min_size=1,
                max_size=12), st.integers(2, 60))
def test_clip_at_word_fits_and_ends_at_a_word(words: list[str], cells: int) -> None:
    text = " ".join(words)
    clipped = clip_at_word(text, cells)
    assert cell_len(clipped) <= cells
    if clipped != text and len(words[0]) + 1 <= cells and cell_len(words[0] + ELLIPSIS) <= cells:
        kept = clipped.removesuffix(ELLIPSIS).split(" ")
        assert kept == words[:len(kept)]  # whole words only


async def test_the_mood_dialog_shows_every_label_whole(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        text = screen_text(app)
        for score, label in MOODS.items():
            assert f"{score} {label}" in text


async def test_the_timer_header_shows_a_long_name_literally_and_at_a_word(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.setup.update_profile(ex_name=TRICKY_NAME)
    async with timer_open(repo, size=(80, 24)) as pilot:
        header = screen_text(pilot.app).splitlines()[1]
        assert "[b]Max[/b] 🌊" in header  # markup-looking text is shown as typed
        title = header.split("How strong")[0].strip()
        assert title.endswith(ELLIPSIS)
        full = f"Before you text {TRICKY_NAME}: wait this out."
        assert full.startswith(title.removesuffix(ELLIPSIS))
        assert full[len(title.removesuffix(ELLIPSIS))] == " "  # cut between words


async def test_the_restart_dialog_labels_are_whole(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+s")  # "something else" is chosen: the restart step
        await pilot.pause()
        assert "Length of the new period" in screen_text(app)


async def test_wizard_step_three_hint_sits_under_its_field(data_file: Path) -> None:
    app = app_for(Repository(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        field = app.screen.query_one("#last-contact")
        hint = field.parent.query_one(".hint")
        assert hint.region.x == field.region.x and hint.region.y > field.region.y


async def test_the_same_notice_is_not_stacked(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        app.notify("Settings saved.")
        app.notify("Settings saved.")
        app.notify("Something else.")
        await pilot.pause()
        messages = [n.message for n in notices(app)]
        assert messages.count("Settings saved.") == 1 and "Something else." in messages


async def test_the_planner_key_hint_is_whole_and_literal(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w")
        await pilot.pause()
        assert "[ and ] change the week · ? all keys" in screen_text(app).splitlines()[1]


def test_the_setup_summary_never_loses_a_word_to_an_emoji() -> None:
    import io
    from datetime import date

    from rich.console import Console

    from companion.ui.screens.onboarding_form import Answers
    from companion.ui.screens.onboarding_steps import summary_table

    reason = "I want my evenings back 🌙 and my mornings ☀️ too, with 👩‍👧 and ❤️ calm friends around"
    answers = Answers(name="Sam 🌻 Rivers", reasons=[reason, "", ""], length_choice="30")
    for width in range(30, 81):
        console = Console(width=width, file=io.StringIO(), color_system=None)
        console.print(summary_table(answers, date(2026, 11, 26), Path("/tmp/c.json")))
        shown = console.file.getvalue()
        assert "…" not in shown, width
        assert [w for w in [*reason.split(), "Rivers"] if w not in shown] == [], width
