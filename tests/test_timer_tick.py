"""The timer screen's one clock tick, and the light widgets it moves (digits, bar, pacer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App, ComposeResult
from textual.renderables.bar import Bar
from textual.renderables.digits import Digits as DigitGlyphs
from textual.widgets import Digits

from companion.clock import MovableSource
from companion.ui.screens.timer import TimerScreen
from companion.ui.screens.timer import TICK_LAG
from companion.ui.widgets.countdown import CountdownFace, bar_runs
from companion.ui.widgets.support import SupportCard
from tests.app_helpers import START, TIMER_SETTLE, app_for, onboarded_repo, timer_open, timer_screen
from tests.textual_internals import painted_lines, painted_strips, repeating_timer_names, timer_interval


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(START)


def textual_bar(fraction: float, width: int) -> str:
    """What Textual's ProgressBar draws: its Bar keeps whole half cells (rounded down)."""
    halves = int(fraction * width * 2) / 2
    console = Console(width=width, color_system=None)
    with console.capture() as capture:
        console.print(Bar((0, halves)), end="")
    return capture.get()


@pytest.mark.parametrize("width", [1, 2, 7, 76])
def test_the_bar_looks_like_textuals(width: int) -> None:
    for step in range(0, 201):
        fraction = step / 200
        done, rest = bar_runs(fraction, width)
        assert done + rest == textual_bar(fraction, width), (fraction, width)


class Both(App[None]):
    CSS = "Digits { text-style: bold; width: 30; } CountdownFace { width: 30; }"

    def compose(self) -> ComposeResult:
        yield Digits("15:00")
        yield CountdownFace("15:00")


async def test_the_countdown_has_the_digits_look_centred() -> None:
    app = Both()
    async with app.run_test(size=(30, 8)) as pilot:
        for value in ("15:00", "1:59:09", "00:00"):
            app.query_one(Digits).update(value)
            app.query_one(CountdownFace).update(value)
            await pilot.pause(TIMER_SETTLE)  # the rest of the screen follows the first frame
            lines = painted_lines(app.screen)
            theirs, ours = lines[:3], lines[3:6]  # theirs on the left, ours in the middle
            width = DigitGlyphs.get_width(value)
            left = (30 - width) // 2
            assert ours == [(" " * left + line[:width]).ljust(30) for line in theirs]
            assert ours[0].strip()


async def test_one_clock_for_the_whole_screen(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    app = app_for(repo, panic_minutes=15)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(1.1)  # aligned on the second by now
        assert isinstance(app.screen, TimerScreen)
        assert repeating_timer_names(app.screen) == ["timer tick"]
        await pilot.press("w", *"hi")  # writing: the cursor does not blink
        await pilot.pause(0.1)
        assert repeating_timer_names(app.screen) == ["timer tick"]


async def test_the_tick_comes_just_after_the_second_turns(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        screen = timer_screen(app)
        source.advance(seconds=0.25)  # 14:59.75 left: the face turns to 14:59 in 0.75 s
        screen._align_ticks()
        assert screen._ticker is not None and screen._ticker.name == "timer align"
        assert timer_interval(screen._ticker) == pytest.approx(0.75 + TICK_LAG)


async def test_a_late_tick_aligns_again_and_a_still_clock_does_not(data_file: Path,
                                                                  source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        screen = timer_screen(app)
        screen._tick()
        ticker = screen._ticker
        screen._tick()  # the clock has not moved: leave the tick be
        assert screen._ticker is ticker
        source.advance(seconds=1.5)  # half a second after the turn: late
        screen._tick()
        assert screen._ticker is not ticker and screen._ticker.name == "timer align"
        assert screen.query_one("#countdown").value == "14:59"


async def test_the_square_moves_one_step_a_second_and_the_screen_follows(
        data_file: Path, source: MovableSource) -> None:
    """Only the changed rows are redrawn each second: the screen must still show the whole square right."""
    repo = onboarded_repo(data_file, source)
    repo.setup.update_settings(pacer="box")  # four equal sides of 4 s (cyclic sighing: tests/test_urge_ui.py)
    async with timer_open(repo) as pilot:
        screen = timer_screen(pilot.app)
        card = screen.query_one(SupportCard)
        shown = [card.square_plain()]
        for _ in range(4):
            source.advance(seconds=0.5)
            screen.refresh_display()
            shown.append(card.square_plain())
        assert shown[0] == shown[1] != shown[2] == shown[3] != shown[4]
        assert "Breathe in 4" in shown[0] and "Breathe in 3" in shown[2] and "Breathe in 2" in shown[4]
        for _ in range(17):  # a whole breath and one step more
            source.advance(seconds=1)
            screen.refresh_display()
            await pilot.pause()
            x, y, width, height = card.square_region
            on_screen = [strip.text[x:x + width] for strip in painted_strips(screen)[y:y + height]]
            assert on_screen == card.square_plain().split("\n")
