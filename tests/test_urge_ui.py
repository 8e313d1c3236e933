"""Issue 16 in the app (outside the timer): checking on them, strength, insights, the pacer setting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pendulum

from companion.domain.records import Settings
from companion.store.repository import Repository
from companion.ui.dialogs.checked import CheckedDialog
from companion.ui.screens.history import HistoryScreen
from companion.ui.screens.settings import SettingsScreen
from companion.ui.screens.today import TodayScreen
from companion.ui.widgets.period_card import PeriodCard
from tests.app_helpers import app_for, onboarded_repo, screen_text


def week_text(app) -> str:
    return str(app.screen.query_one("#week-numbers").render())


async def test_c_on_today_logs_a_check_without_touching_the_streak(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Checked on them 0" in week_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CheckedDialog)
        assert "You checked on them" in screen_text(app)
        app.screen.query_one("#platform").value = "tiktok"
        app.screen.query_one("#note").value = "their new photos"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "Checked on them 1" in week_text(app)
        assert "Urges 0 · 0 passed" in week_text(app)
        assert "Streak 6 days" in app.screen.query_one(PeriodCard).streak_text
    checks = [e for e in repo.load().events if e.kind == "check"]
    assert [c.data for c in checks] == [{"platform": "tiktok", "note": "their new photos"}]
    assert len(repo.load().periods) == 1


async def test_escape_leaves_the_check_dialog_without_writing(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    assert not [e for e in repo.load().events if e.kind == "check"]


async def test_discreet_mode_words_the_check_neutrally(data_file: Path) -> None:
    repo = onboarded_repo(data_file, last_contact=date(2026, 11, 1))
    repo.setup.update_settings(discreet=True)
    repo.events.log_check(platform="instagram", when=pendulum.parse("2026-11-10T22:00:00+00:00"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Looked back 0 · 1 this period" in week_text(app)
        await pilot.press("c")
        await pilot.pause()
        text = screen_text(app)
        assert "You looked back" in text and "checked on them" not in text.lower()


async def test_today_shows_strength_and_days_kept(data_file: Path) -> None:
    repo = onboarded_repo(data_file, last_contact=date(2026, 10, 17), length=60)  # 40 days ago
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one(PeriodCard).strength_text == "Strength 88/100 · 40 of 40 days kept"
        assert "Strength 88/100 · 40 of 40 days kept" in screen_text(app)


async def test_the_restart_dialog_shows_what_a_lapse_costs(data_file: Path) -> None:
    repo = onboarded_repo(data_file, last_contact=date(2026, 10, 17), length=60)
    app = app_for(repo)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        restart = str(app.screen.query_one("#restart-text").render())
        assert "A lapse after 40 days: strength 88 → 83 · 39 of 40 days kept." in restart
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert app.screen.query_one(PeriodCard).strength_text == "Strength 83/100 · 39 of 40 days kept"


async def test_history_shows_checks_strength_and_the_forecast(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    for at in ("2026-11-24T23:10:00+00:00", "2026-11-25T23:20:00+00:00", "2026-11-25T22:40:00+00:00"):
        repo.events.log_check(platform="x", note="late", when=pendulum.parse(at))
    repo.events.log_urge(intensity_before=8, expected=8, intensity_after=3)
    app = app_for(repo)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        text = screen_text(app)
        assert "◌ Checked on them · X" in text and text.count("Checked on them · X") == 3
        await pilot.press("2")
        await pilot.pause()
        assert "Strength 27/100 · 6 of 6 days kept" in screen_text(app)
        await pilot.press("4")
        await pilot.pause()
        checks = app.screen.query_one("#checks")
        assert checks.border_title == "Checked on them · per week"
        assert str(checks.query_one(".summary").render()) == \
            "3 checks on them in the last 8 weeks, most often between 22:00 and 01:00."
        forecast = str(app.screen.query_one("#forecast").query_one(".summary").render())
        assert forecast.startswith("Over 1 urge you expected 8 out of 10 after waiting, and it was 3 ")


async def test_the_pacer_setting_is_saved(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    assert repo.load().settings.pacer == "cyclic"  # a new profile starts with cyclic sighing
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert app.screen.query_one("#pacer").value == "cyclic"
        app.screen.query_one("#pacer").value = "box"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert repo.load().settings.pacer == "box"


def test_settings_saved_before_the_choice_keep_box_breathing(data_file: Path) -> None:
    assert Settings.from_dict({"theme": "companion-calm"}).pacer == "box"
    assert Settings.from_dict({"pacer": "cyclic"}).pacer == "cyclic"
    assert Settings().pacer == "cyclic"
    assert Repository(data_file).load().settings.pacer == "cyclic"  # no file yet: a new profile


async def test_the_timer_breathes_with_cyclic_sighing_by_default(data_file: Path) -> None:
    from companion.clock import MovableSource
    from companion.ui.widgets.support import SupportCard
    from tests.app_helpers import START, timer_open, timer_screen

    source = MovableSource(START)
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        screen = timer_screen(pilot.app)
        card = screen.query_one(SupportCard)
        assert card.pacer == "cyclic" and card.text.startswith("Cyclic sighing")
        labels = []
        for _ in range(11):  # a whole sigh and one step more: the screen follows the partial redraws
            labels.append(card.square_plain().split("\n")[2].strip("│ "))
            x, y, width, height = card.square_region
            await pilot.pause()
            on_screen = [line[x:x + width] for line in screen_text(pilot.app).split("\n")[y:y + height]]
            assert on_screen == card.square_plain().split("\n")
            source.advance(seconds=1)
            screen.refresh_display()
        assert labels[:5] == ["Breathe in 3", "Breathe in 2", "Breathe in 1", "In again 1", "Breathe out 6"]
        assert labels[9:] == ["Breathe out 1", "Breathe in 3"]


async def test_the_forecast_key_and_the_two_numbers_at_the_end(data_file: Path) -> None:
    from companion.clock import MovableSource
    from companion.ui.screens.timer_end import TimerEndScreen
    from tests.app_helpers import START, timer_open, timer_screen

    source = MovableSource(START)
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        screen = timer_screen(pilot.app)
        await pilot.press("8")
        await pilot.pause()
        assert "Urge 8/10 · e: guess it in 10 min" in screen_text(pilot.app)
        await pilot.press("e")
        await pilot.pause()
        assert "Urge 8/10 · in 10 min if you wait? 1–9, 0" in screen_text(pilot.app)
        await pilot.press("3")
        await pilot.pause()
        assert "Urge 8/10 · you expect 3 in 10 min" in screen_text(pilot.app)
        assert (repo.load().timer.intensity_before, repo.load().timer.expected) == (8, 3)
        await pilot.press("7")  # a digit alone answers "how strong?" again
        await pilot.pause()
        assert (repo.load().timer.intensity_before, repo.load().timer.expected) == (7, 3)
        source.advance(minutes=15)
        screen.refresh_display()
        await pilot.pause()
        assert isinstance(pilot.app.screen, TimerEndScreen)
        assert "You expected" not in screen_text(pilot.app)
        await pilot.press("2")
        await pilot.pause()
        assert "You expected 3; it is 2." in screen_text(pilot.app)
        await pilot.press("r")
        await pilot.pause()
    urge = next(e for e in repo.load().events if e.kind == "urge")
    assert (urge.data["intensity_before"], urge.data["expected"], urge.data["intensity_after"]) == (7, 3, 2)


async def test_the_forecast_can_come_first(data_file: Path) -> None:
    from tests.app_helpers import timer_open

    repo = onboarded_repo(data_file)
    async with timer_open(repo) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert "in 10 min if you wait? 1–9, 0" in screen_text(pilot.app)
        assert "How strong?" not in screen_text(pilot.app)
        await pilot.press("0")
        await pilot.pause()
        assert (repo.load().timer.intensity_before, repo.load().timer.expected) == (None, 10)
        assert "How strong? press 1–9, 0 = 10" in screen_text(pilot.app)


async def test_read_it_as_a_friend_would_at_the_end(data_file: Path) -> None:
    from companion.clock import MovableSource
    from companion.ui.screens.timer_end import TimerEndScreen
    from tests.app_helpers import START, timer_open, timer_screen

    source = MovableSource(START)
    repo = onboarded_repo(data_file, source)
    async with timer_open(repo) as pilot:
        screen = timer_screen(pilot.app)
        await pilot.press("w", *"I miss you and my evenings are empty", "escape")
        source.advance(minutes=15)
        screen.refresh_display()
        await pilot.pause()
        assert isinstance(pilot.app.screen, TimerEndScreen)
        assert "v: read it as a friend would" in screen_text(pilot.app)
        await pilot.press("v")
        await pilot.pause()
        text = screen_text(pilot.app)
        assert "If a friend showed you this, what would you tell them?" in text
        assert "You miss them and your evenings are empty" in text
        assert repo.load().timer.unsent_message == "I miss you and my evenings are empty"
        await pilot.press("v")
        await pilot.pause()
        assert "I miss you and my evenings are empty" in screen_text(pilot.app)
        await pilot.press("r")
        await pilot.pause()
    urge = next(e for e in repo.load().events if e.kind == "urge")
    assert urge.data["unsent_message"] == "I miss you and my evenings are empty"


async def test_the_plan_for_the_trigger_is_the_first_card(data_file: Path) -> None:
    from companion.clock import MovableSource
    from companion.domain.ifthen import new_plan
    from companion.ui.widgets.support import SupportCard
    from tests.app_helpers import START, timer_open, timer_screen

    source = MovableSource(START)
    repo = onboarded_repo(data_file, source)
    repo.setup.update_settings(discreet=True)
    repo.ifthen.add(new_plan("I see Alex's story at night", "I put the phone in the kitchen", "company"))
    repo.ifthen.add(new_plan("I want to say sorry", "I write it here and read it tomorrow", "apology"))
    async with timer_open(repo) as pilot:
        screen = timer_screen(pilot.app)
        card = screen.query_one(SupportCard)
        assert card.kind == "plan" and card.heading == "Your plan for this moment"
        assert card.text.splitlines() == ["If I see their story at night, then I put the phone in the kitchen.",
                                          "If I want to say sorry, then I write it here and read it tomorrow."]
        screen.timer.trigger = "an apology"  # as the trigger dialog leaves it
        card.sync()
        assert card.text.splitlines()[0].startswith("If I want to say sorry")
        assert len(card.text.splitlines()) == 1
        await pilot.press("n")
        assert card.kind == "breathing"  # then the usual cards, from the start


async def test_today_mentions_the_hardest_hours_when_they_come(data_file: Path) -> None:
    from companion.clock import MovableSource
    from companion.domain.ifthen import new_plan

    repo = onboarded_repo(data_file, MovableSource(pendulum.parse("2026-11-26T22:15:00+00:00")))
    for day, hour in ((21, 22), (22, 23), (23, 23), (24, 0)):
        repo.events.log_urge(intensity_before=6, when=pendulum.parse(f"2026-11-{day}T{hour:02d}:40:00+00:00"))
    repo.ifthen.add(new_plan("I see Alex's story at night", "I put the phone in the kitchen"))
    repo.setup.update_settings(discreet=True)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        hint = app.screen.query_one("#urge-hint")
        assert hint.display and not hint.has_class("hidden")
        assert str(hint.render()) == ("This is often the hardest time of day for you (between 22:00 and 01:00). "
                                      "Your plan: If I see their story at night, then I put the phone in the kitchen.")


async def test_no_hint_outside_the_hardest_hours(data_file: Path) -> None:
    repo = onboarded_repo(data_file)  # 09:00 on a Thursday
    for day in (21, 22, 23, 24):
        repo.events.log_urge(intensity_before=6, when=pendulum.parse(f"2026-11-{day}T22:40:00+00:00"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#urge-hint").has_class("hidden")
