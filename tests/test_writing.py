"""The optional writing exercise: three sittings on what the breakup made possible,
each with a quiet countdown, saved to the journal, drafts kept; reachable from
Today's step and the palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from textual.widgets import Static, TextArea

from companion.clock import MovableSource
from companion.content import writing as words
from companion.content.program import STEPS
from companion.domain.program import program_plan
from companion.domain.records import Event
from companion.domain.timeline import build_timeline
from companion.domain.writing import countdown, next_sitting, sittings_written
from companion.store.drafts import draft_for
from companion.ui.dialogs.choose import ChooseDialog
from companion.ui.screens.today import TodayScreen
from companion.ui.screens.workbook import WorkbookScreen
from companion.ui.screens.writing import WritingScreen, remaining_line
from tests.app_helpers import START, app_for, onboarded_repo, screen_text
from tests.textual_internals import notice_texts


def entry(sitting: object, exercise: str = words.EXERCISE, kind: str = "journal") -> Event:
    return Event(kind=kind, at="2026-11-26T09:00:00+00:00", data={"text": "x", "exercise": exercise,
                                                                  "sitting": sitting})


# The rules -------------------------------------------------------------------------

def test_the_next_sitting_is_the_first_not_written() -> None:
    assert next_sitting([], words.EXERCISE) == 1
    assert next_sitting([entry(1)], words.EXERCISE) == 2
    assert next_sitting([entry(1), entry(3)], words.EXERCISE) == 2
    assert next_sitting([entry(1), entry(2), entry(3)], words.EXERCISE) is None
    # Plain journal entries, other kinds and odd values do not count.
    noise = [Event(kind="journal", data={"text": "hi"}), entry(1, kind="mood"), entry(True), entry(7),
             entry(2, exercise="other")]
    assert sittings_written(noise, words.EXERCISE) == []


def test_the_countdown_is_calm_minutes_then_a_gentle_end() -> None:
    assert countdown(0, 15).minutes_left == 15
    assert countdown(1, 15).minutes_left == 15  # rounded up: never 0 while time is left
    assert countdown(14 * 60 + 1, 15) == countdown(15 * 60 - 1, 15)
    assert countdown(14 * 60 + 1, 15).last_minute
    assert countdown(15 * 60, 15).up and countdown(99 * 60, 15).up
    assert remaining_line(0) == "About 15 min left in this sitting. No need to rush."
    assert remaining_line(15 * 60) == words.TIME_UP


@given(st.floats(0, 3600), st.floats(0, 3600), st.integers(1, 30))
def test_the_countdown_never_goes_up_as_time_passes(a: float, b: float, minutes: int) -> None:
    early, late = countdown(min(a, b), minutes), countdown(max(a, b), minutes)
    assert late.minutes_left <= early.minutes_left <= minutes
    assert early.up <= late.up


@pytest.mark.parametrize("length", [30, 60, 90, 180, 365])
def test_the_program_points_to_it_on_a_build_and_a_confidence_day(length: int) -> None:
    plan = program_plan(STEPS, length)
    stages = {step.stage for step in plan if step.opens == "app.writing"}
    assert stages == {"build", "confidence"}


def test_prompts_are_three_and_honest() -> None:
    assert len(words.PROMPTS) == 3
    assert "hurt" in words.INTRO  # it does not pretend the breakup did not hurt


# Saving ----------------------------------------------------------------------------

def test_a_sitting_is_a_journal_entry_marked_as_part_of_the_exercise(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.growth.add_writing(1, "More evenings for the choir.")
    (event,) = [e for e in repo.load().events if e.kind == "journal"]
    assert event.data == {"text": "More evenings for the choir.", "exercise": "possible", "sitting": 1}
    snapshot = repo.load()
    timeline = build_timeline(snapshot.periods, snapshot.events, snapshot.activities, START.date())
    assert any(item.title.startswith("Journal · writing 1/3 · More evenings") for item in timeline)


@pytest.mark.parametrize("sitting, text", [(0, "x"), (4, "x"), (1, "   ")])
def test_a_wrong_sitting_or_nothing_written_is_refused_and_nothing_written(data_file: Path, sitting: int,
                                                                          text: str) -> None:
    repo = onboarded_repo(data_file)
    with pytest.raises(ValueError):
        repo.growth.add_writing(sitting, text)
    assert [e for e in repo.load().events if e.kind == "journal"] == []


# The screen ------------------------------------------------------------------------

async def test_three_sittings_from_the_palette_action_each_saved_to_the_journal(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        for sitting in (1, 2, 3):
            await app.run_action("writing")
            await pilot.pause()
            assert isinstance(app.screen, WritingScreen) and app.screen.sitting == sitting
            text = screen_text(app)
            assert f"Sitting {sitting} of 3" in text
            assert "About 15 min left in this sitting" in text
            await pilot.press(*f"page {sitting}", "ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, TodayScreen)
        await app.run_action("writing")  # all three written: a kind word, no fourth
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert any("all three sittings" in text for text in notice_texts(app))
    saved = [(e.data["sitting"], e.data["text"]) for e in repo.load().events if e.kind == "journal"]
    assert saved == [(1, "page 1"), (2, "page 2"), (3, "page 3")]


async def test_the_quiet_line_changes_with_the_clock_and_says_when_time_is_up(data_file: Path) -> None:
    source = MovableSource(START)
    app = app_for(onboarded_repo(data_file, source=source))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.run_action("writing")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WritingScreen)
        source.instant = START.add(minutes=6, seconds=30)
        screen.redraw_time()
        await pilot.pause()
        assert "About 9 min left" in str(screen.query_one("#writing-time", Static).content)
        source.instant = START.add(minutes=16)
        screen.redraw_time()
        await pilot.pause()
        assert "That is the time for this sitting" in screen_text(app)


async def test_escape_keeps_a_draft_and_a_kill_keeps_it_too(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    key = f"writing-{words.EXERCISE}-1"
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await app.run_action("writing")
        await pilot.pause()
        await pilot.press(*"time for friends")
        await pilot.pause(1.4)  # no save, no escape: as if killed now
        assert draft_for(repo.load(), key) == {"writing-text": "time for friends"}
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChooseDialog)
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await app.run_action("writing")
        await pilot.pause()
        assert app.screen.query_one("#writing-text", TextArea).text == "time for friends"
        await pilot.press("ctrl+s")
        await pilot.pause()
    snapshot = repo.load()
    assert snapshot.drafts == []
    assert [e.data["text"] for e in snapshot.events if e.kind == "journal"] == ["time for friends"]


async def mark_days(repo, source: MovableSource, days: int) -> None:
    for day in range(days):
        source.instant = START.add(days=day)
        repo.growth.mark_step("done")
    source.instant = START.add(days=days)


async def test_o_on_today_opens_what_the_step_is_about(data_file: Path) -> None:
    source = MovableSource(START)
    repo = onboarded_repo(data_file, source=source, length=30)
    plan = program_plan(STEPS, 30)
    workbook_day = next(i for i, s in enumerate(plan) if s.opens == "app.workbook")
    await mark_days(repo, source, workbook_day)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "o open" in screen_text(app)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, WorkbookScreen)
    writing_day = next(i for i, s in enumerate(plan) if s.opens == "app.writing")
    await mark_days(repo, source, writing_day)  # a later day: carries on from the marks made
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "What it made possible" in screen_text(app)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, WritingScreen)


async def test_o_on_a_step_away_from_the_screen_says_so(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert any("away from the screen" in text for text in notice_texts(app))


@pytest.mark.parametrize("width", [78, 60])
def test_todays_step_line_fits_without_wrapping(width: int) -> None:
    from companion.domain.program import TodaysStep
    from companion.ui.widgets.today_path import step_text

    for step in STEPS:
        first = step_text(TodaysStep(1, step, False, False, 30), width).plain.splitlines()[0]
        assert len(first) <= width or len(step.title) + 20 > width, first
        assert "d" in first and "x" in first
