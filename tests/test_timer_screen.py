"""The delay timer driven through Pilot, on a real data file with a clock that moves when told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.clock import MovableSource
from companion.domain.records import Activity
from companion.store.repository import Repository
from companion.ui.dialogs.confirm import ConfirmDialog
from companion.ui.dialogs.i_contacted import IContactedDialog
from companion.ui.screens.timer import TimerScreen, hide_name
from companion.ui.screens.timer_end import TimerEndScreen
from companion.ui.screens.timer_pause import LastPause
from companion.ui.screens.today import TodayScreen
from companion.ui.widgets.support import SupportCard
from companion.ui.widgets.timer_parts import UnsentPreview
from companion.ui.widgets.unsent_editor import UnsentMessage
from tests.app_helpers import (START, TIMER_SETTLE, app_for, onboarded_repo, screen_text, timer_open,
                               timer_screen)
from tests.textual_internals import notices, painted_strips, timer_running


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(START)


def urges(path: Path) -> list[dict]:
    document = json.loads(path.read_text())
    return [e for e in document["events"].values() if e["kind"] == "urge"]


def face(app) -> str:
    return app.screen.query_one("#countdown").value


def top_line(app) -> str:
    table = app.screen.query_one("#timer-top").content
    return " ".join(str(cell) for column in table.columns for cell in column.cells)


def tick(app, source: MovableSource, **delta: float) -> None:
    """Move the clock and run the screen's once-a-second refresh."""
    source.advance(**delta)
    timer = next(s for s in app.screen_stack if isinstance(s, TimerScreen))
    timer.refresh_display()


async def test_panic_opens_a_running_countdown_at_once(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        assert isinstance(app.screen, TimerScreen)
        # Today is not even built yet: it comes when the timer closes
        assert not any(isinstance(s, TodayScreen) for s in app.screen_stack)
        assert face(app) == "15:00"
        timer = repo.load().timer
        assert timer is not None and timer.ends_at == "2026-11-26T09:15:00+00:00"
        assert app.screen.timer.id == timer.id
        assert not notices(app)  # a fresh start: no "already running" notice
        tick(app, source, seconds=61)
        assert face(app) == "13:59"
        assert app.screen.query_one("#countdown").percentage == pytest.approx(61 / 900, abs=0.002)
        await pilot.press("8")
        assert repo.load().timer.intensity_before == 8
        assert "Urge 8/10" in top_line(app)
        await pilot.press("0")
        assert repo.load().timer.intensity_before == 10


async def test_p_on_today_uses_the_default_delay(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    repo.setup.update_settings(default_delay_minutes=10)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(TIMER_SETTLE)  # the rest of the screen follows the first frame
        assert isinstance(app.screen, TodayScreen)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen) and face(app) == "10:00"
        await pilot.press("p")  # already open: nothing new
        await pilot.pause()
        assert sum(isinstance(s, TimerScreen) for s in app.screen_stack) == 1


async def test_full_run_to_passed(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    app = app_for(repo, panic_minutes=15)
    bells: list[bool] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.bell = lambda: bells.append(True)  # type: ignore[method-assign]
        await pilot.pause(TIMER_SETTLE)  # the rest of the screen follows the first frame
        await pilot.press("7", "w", *"miss u", "escape")
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("enter")  # the first choice is ready: reassurance
        await pilot.pause()
        assert "reassurance" in str(app.screen.query_one("#trigger-row").render())
        assert repo.load().timer.trigger == "reassurance"
        tick(app, source, minutes=14, seconds=59)
        assert face(app) == "00:01" and not isinstance(app.screen, TimerEndScreen)
        tick(app, source, seconds=1)
        await pilot.pause()
        assert bells == [True]
        assert isinstance(app.screen, TimerEndScreen)
        assert "miss u" in str(app.screen.query_one("#end-message-text").render())
        assert "Would I send it if they never replied?" in str(app.screen.query_one("#end-questions").render())
        await pilot.press("3")
        assert "now 3/10" in str(app.screen.query_one("#end-intensity").render())
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    [urge] = urges(data_file)
    assert urge["at"] == "2026-11-26T09:00:00+00:00"
    data = urge["data"]
    assert (data["outcome"], data["handled"]) == ("resisted", "timer")
    assert (data["intensity_before"], data["intensity_after"]) == (7, 3)
    assert (data["minutes_planned"], data["minutes_waited"]) == (15, 15.0)
    assert (data["started"], data["ended"]) == ("2026-11-26T09:00:00+00:00", "2026-11-26T09:15:00+00:00")
    assert (data["unsent_message"], data["trigger"]) == ("miss u", "reassurance")
    assert repo.load().timer is None


async def test_plus_adds_five_minutes(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        tick(app, source, minutes=10)
        assert face(app) == "05:00"
        await pilot.press("plus")
        await pilot.pause()
        assert face(app) == "10:00"
        timer = repo.load().timer
        assert (timer.ends_at, timer.minutes) == ("2026-11-26T09:20:00+00:00", 20)
        tick(app, source, minutes=10)
        await pilot.pause()
        assert isinstance(app.screen, TimerEndScreen)
        await pilot.press("r")
        await pilot.pause()
    data = urges(data_file)[0]["data"]
    assert (data["minutes_planned"], data["minutes_waited"]) == (20, 20.0)


async def test_leaving_early_asks_then_logs_unresolved(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        tick(app, source, minutes=3)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # no: keep going
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen) and urges(data_file) == []
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    data = urges(data_file)[0]["data"]
    assert (data["outcome"], data["minutes_waited"], data["minutes_planned"]) == ("unresolved", 3.0, 15)
    assert repo.load().timer is None


async def test_going_to_contact_them_goes_through_the_slip_flow(data_file: Path,
                                                                source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo, 5) as pilot:
        app = pilot.app
        tick(app, source, minutes=5)
        await pilot.pause()
        await pilot.press("9", "c")
        await pilot.pause()
        assert isinstance(app.screen, LastPause)  # one last gentle pause first
        assert "I deserve calm" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, IContactedDialog)
        await pilot.press("escape")  # changed their mind: back to the choices, nothing logged
        await pilot.pause()
        assert isinstance(app.screen, TimerEndScreen) and urges(data_file) == []
        await pilot.press("c", "c")
        await pilot.pause()
        await pilot.press("ctrl+s")  # "something else": asks to confirm the restart
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    data = urges(data_file)[0]["data"]
    assert (data["outcome"], data["intensity_after"]) == ("contacted", 9)
    status = repo.status()
    assert (status.streak_days, status.restarts) == (0, 1)


async def test_ten_more_minutes_keeps_counting(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo, 5) as pilot:
        app = pilot.app
        tick(app, source, minutes=5, seconds=20)
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen) and face(app) == "10:00"
        assert repo.load().timer.minutes == 15 and urges(data_file) == []


async def test_resume_after_a_restart(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        await pilot.press("6", "w", *"hello", "escape")
        await pilot.pause()
        tick(app, source, minutes=2)
        await pilot.press("q")  # closed (the message is saved on the way out)
    source.advance(minutes=1, seconds=30)
    again = app_for(Repository(data_file, source=source))  # no --minutes: resumes
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause(TIMER_SETTLE)  # the rest of the screen follows the first frame
        assert isinstance(again.screen, TimerScreen)
        assert face(again) == "11:30"
        assert again.screen.query_one("#unsent").text == "hello"
        assert "Urge 6/10" in top_line(again)
    assert len(Repository(data_file, source=source).data.export_document()["timer"]) == 1


async def test_panic_again_resumes_rather_than_starting_another(data_file: Path,
                                                                source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    repo.timer.start(15)
    source.advance(minutes=4)
    async with timer_open(repo, 30) as pilot:
        app = pilot.app
        assert face(app) == "11:00"
        assert [n.message for n in notices(app)] == ["Your timer was already running; here it is."]


async def test_a_timer_started_elsewhere_meanwhile_wins(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(TIMER_SETTLE)  # the rest of the screen follows the first frame
        Repository(data_file, source=source).timer.start(5)  # another window, a moment ago
        source.advance(minutes=1)
        await pilot.press("p")
        await pilot.pause()
        assert face(app) == "04:00"
        assert app.screen.timer.minutes == 5
        assert len(repo.data.export_document()["timer"]) == 1


async def test_reopening_after_the_window_asks_the_outcome(data_file: Path,
                                                           source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    repo.timer.start(15)
    repo.timer.update(unsent_message="call me")
    source.advance(hours=3)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(TIMER_SETTLE)  # the rest of the screen follows the first frame
        assert isinstance(app.screen, TimerEndScreen)
        assert "call me" in str(app.screen.query_one("#end-message-text").render())
        assert "15 minutes" in str(app.screen.query_one("#end-title").render())
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    data = urges(data_file)[0]["data"]
    assert (data["outcome"], data["minutes_waited"]) == ("resisted", 15.0)
    assert data["ended"] == "2026-11-26T12:00:00+00:00"


async def test_keys_type_text_while_writing(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        await pilot.press("tab")  # tab reaches the text box too
        await pilot.press("5", "plus", "q", "p", "escape")
        await pilot.pause()
        screen = timer_screen(app)
        assert screen.query_one("#unsent").text == "5+qp"
        assert screen.timer.intensity_before is None and face(app) == "15:00"
        assert screen.focused is None  # escape handed the keys back
        await pilot.press("5")
        assert screen.timer.intensity_before == 5


async def test_the_message_is_saved_while_typing(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        await pilot.press("w", *"still here")
        await pilot.pause(1.3)  # no escape, no exit: as if the terminal were killed now
        assert repo.load().timer.unsent_message == "still here"


async def test_support_rotates_through_reasons_prompts_breathing_and_the_plan(
        data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    repo.setup.update_settings(pacer="box")  # four equal sides of 4 s (cyclic sighing: tests/test_urge_ui.py)
    repo.activities.plan(Activity(title="Climbing with Jo", category="body", on="2026-11-26", at="18:00"))
    async with timer_open(repo) as pilot:
        app = pilot.app
        card = app.screen.query_one(SupportCard)
        text = lambda: card.text  # noqa: E731
        assert card.kind == "breathing" and card.breathing
        assert "Breathe in 4" in card.square_plain()
        source.advance(seconds=5)
        tick(app, source, seconds=0)
        assert "Hold 3" in card.square_plain()
        tick(app, source, seconds=25)
        assert card.kind == "reason" and "I deserve calm" in text()
        assert not card.breathing and card.square_plain() == ""
        await pilot.pause()
        assert "I deserve calm" in screen_text(app) and "Breathe" not in screen_text(app)
        tick(app, source, seconds=30)
        assert card.kind == "prompt" and text()
        tick(app, source, seconds=30)
        assert card.kind == "instead" and "Climbing with Jo (18:00)" in text()
        await pilot.press("n")
        assert card.kind == "breathing"


async def test_discreet_mode_never_names_them(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    repo.setup.update_profile(reasons=["Alex never listened"])
    repo.setup.update_settings(discreet=True)
    async with timer_open(repo) as pilot:
        app = pilot.app
        tick(app, source, seconds=30)
        await pilot.pause()
        seen = screen_text(app)
        assert "Alex" not in seen and "They never listened" in seen


def test_hide_name_keeps_the_sentence_readable() -> None:
    assert hide_name("Alex made me feel small", "Alex") == "They made me feel small"
    assert hide_name("I miss alex. Alex's laugh too", "Alex") == "I miss them. their laugh too"
    assert hide_name("Alexandra is not Alex", "Alex") == "Alexandra is not them"
    assert hide_name("nothing to hide", "") == "nothing to hide"


async def test_passed_early_then_keep_going_returns_to_the_countdown(data_file: Path,
                                                                  source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        tick(app, source, minutes=6, seconds=20)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, TimerEndScreen)
        assert "You waited 6 minutes." in str(app.screen.query_one("#end-title").render())
        await pilot.press("escape", "escape")  # leave? no: keep going
        await pilot.pause()
        assert isinstance(app.screen, TimerScreen) and face(app) == "08:40"
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("2", "r")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    data = urges(data_file)[0]["data"]
    assert (data["outcome"], data["minutes_waited"], data["intensity_after"]) == ("resisted", 6.3, 2)


async def test_keys_pressed_at_once_are_not_lost(data_file: Path, source: MovableSource) -> None:
    """The writing part comes just after the first frame: keys pressed before it still count."""
    repo = onboarded_repo(data_file, source)
    app = app_for(repo, panic_minutes=15)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("6", "w", *"right now", "escape")
        await pilot.pause(1.3)
        screen = timer_screen(app)
        assert screen.query_one("#unsent").text == "right now"
        timer = repo.load().timer
        assert timer.intensity_before == 6 and timer.unsent_message == "right now"
        assert screen.timer.intensity_before == 6  # the one on screen kept it too


async def test_the_text_box_loads_when_someone_writes_and_looks_the_same_before(
        data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    repo.timer.start(15)
    repo.timer.update(unsent_message="hello, it is me again and I wanted to say that I have been thinking")
    async with timer_open(repo, size=(60, 24)) as pilot:
        app = pilot.app
        box = app.screen.query_one("#unsent")
        assert isinstance(box, UnsentPreview)  # no TextArea until someone writes
        region = box.region
        before = [strip.text[region.x:region.right] for strip in painted_strips(app.screen)]
        await pilot.click("#unsent")
        editor = app.screen.query_one("#unsent")
        assert isinstance(editor, UnsentMessage) and editor.has_focus
        assert editor.region == region
        await pilot.press(*" x", "escape")  # the cursor waits where the message stops
        assert editor.text.endswith("thinking x") and not editor.has_focus
        editor.load_text(box.text)
        await pilot.pause()
        after = [strip.text[region.x:region.right] for strip in painted_strips(app.screen)]
        assert after[region.y:region.bottom] == before[region.y:region.bottom]  # wrapped the same way
        assert "hello, it is me again" in "".join(before)


async def test_the_countdown_sees_other_processes_through_the_apps_poll(data_file: Path, source: MovableSource) -> None:
    """While the timer ticks, the session's own poll keeps running and carries another
    process's change (more time, the timer ended) to the countdown."""
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        app = pilot.app
        screen = timer_screen(app)
        screen._start_ticking()
        assert timer_running(app.session.poll_timer)  # the tick does not stand in for it
        extended = Repository(data_file, source=source).timer.update(extend_minutes=5)  # another process
        source.advance(seconds=1)
        app.session.poll()  # what the poll's timer calls every POLL_SECONDS
        screen._tick()
        await pilot.pause()
        assert screen.timer.ends_at == extended.ends_at and face(app) == "19:59"
        Repository(data_file, source=source).timer.abandon()  # ended in another terminal
        app.session.poll()
        await pilot.pause()
        assert not isinstance(app.screen, TimerScreen)
        assert timer_running(app.session.poll_timer)
