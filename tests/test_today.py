"""Today and its dialogs, driven through Pilot against a real data file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pendulum

from textual.widgets import Input, Static

from companion.clock import MovableSource
from companion.domain.records import Activity
from companion.store.repository import Repository
from companion.ui.screens.today import TodayScreen
from companion.ui.widgets.period_card import PeriodCard
from tests.app_helpers import START, app_for, onboarded_repo
from tests.textual_internals import notices


def events_of(path: Path, kind: str) -> list[dict]:
    document = json.loads(path.read_text())
    return [e for e in document["events"].values() if e["kind"] == kind]


def radio(app, name: str):
    return next(b for b in app.screen.query("RadioButton") if b.name == name)


def card(app):
    return app.screen.query_one(PeriodCard)


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_today_shows_where_you_stand(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Run 5k", category="body", on="2026-11-26", at="18:00"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "Day 6 of 30" in card(app).days_text
        assert "24 days left" in card(app).left_text
        assert "Sunday 20 December" in card(app).left_text
        assert "Streak 6 days" in card(app).streak_text
        assert "Run 5k" in str(app.screen.query_one("#today-activities").get_option_at_index(0).prompt)


async def test_ticking_an_activity_on_today(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Call Mum", category="people", on="2026-11-26"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        assert repo.load().activities[0].done is True
        assert "Planned today 1/1 done" in text_of(app, "#week-numbers")
        await pilot.press("space")
        await pilot.pause()
        assert repo.load().activities[0].done is False


async def test_log_urge_dialog_writes_an_urge(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("7")
        await pilot.press("ctrl+s")
        await pilot.pause()
        urges = events_of(data_file, "urge")
        assert len(urges) == 1
        assert urges[0]["data"]["intensity_before"] == 7
        assert urges[0]["data"]["outcome"] == "resisted"
        assert urges[0]["data"]["handled"] == "logged"
        assert isinstance(app.screen, TodayScreen)
        assert "Urges 1 · 1 passed" in text_of(app, "#week-numbers")


async def test_log_urge_refuses_a_future_time(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        app.screen.query_one("#when").value = "23:30"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert events_of(data_file, "urge") == []
        assert "future" in str(app.screen.query_one(".when-echo").render())


async def test_the_when_row_says_now_once_and_reads_back_what_is_typed(data_file: Path) -> None:
    from companion.ui.dialogs.checked import CheckedDialog
    from tests.app_helpers import dialog_open, screen_text

    async with dialog_open(onboarded_repo(data_file), CheckedDialog()) as pilot:
        app = pilot.app
        [row] = [line for line in screen_text(app).splitlines() if "When" in line]
        assert row.count("now") == 1 and "22:30" in row  # the field's own "now", then the other ways
        for typed, echoed in (("now", "now"), ("08:30", "26 November, 08:30"), ("yesterday", "25 November")):
            app.screen.query_one("#when", Input).value = typed
            await pilot.pause()
            assert str(app.screen.query_one(".when-echo", Static).render()).endswith(echoed)


async def test_they_contacted_me_counts_and_keeps_the_streak(data_file: Path) -> None:
    repo = onboarded_repo(data_file, shared=["children"])
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#about").value = "logistics"
        await pilot.pause()
        guidance = text_of(app, "#guidance")
        assert "children" in guidance and "brief" in guidance
        app.screen.query_one("#replied").value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        contacts = events_of(data_file, "contact_from_them")
        assert len(contacts) == 1
        assert contacts[0]["data"] == {"channel": "text", "about": "logistics", "replied": True, "note": ""}
        assert repo.status().streak_days == 6
        assert "They reached out first 1 time" in text_of(app, "#week-numbers")
        assert any("1 time now" in str(n.message) for n in notices(app))


async def test_essential_contact_from_me_keeps_the_streak(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        radio(app, "essential").value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert events_of(data_file, "contact_from_me")[0]["data"]["essential"] is True
        assert repo.status().streak_days == 6
        assert len(repo.load().periods) == 1


async def test_slip_flow_confirms_then_restarts_with_a_new_length(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+s")  # "something else" is the default: asks to confirm
        await pilot.pause()
        assert events_of(data_file, "contact_from_me") == []
        assert "restart point" in text_of(app, "#restart-text")
        radio(app, "45").value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        periods = sorted(repo.load().periods, key=lambda p: p.created_at + p.started_on)
        assert [p.outcome for p in periods].count("ongoing") == 1
        current = [p for p in periods if p.outcome == "ongoing"][0]
        assert (current.started_on, current.length_days, current.started_by) == ("2026-11-26", 45, "slip")
        old = [p for p in periods if p.outcome != "ongoing"][0]
        assert old.outcome == "restarted after a slip"
        status = repo.status()
        assert (status.streak_days, status.best_streak_days, status.restarts) == (0, 6, 1)
        assert "Today is the first day of 45" in card(app).days_text
        assert card(app).streak_text.startswith("Streak starts today")


async def test_slip_flow_back_logs_nothing(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")  # back to the first step
        await pilot.press("escape")  # leave
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert events_of(data_file, "contact_from_me") == []


async def test_mood_and_journal(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("4")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert events_of(data_file, "mood")[0]["data"]["score"] == 4
        assert "Mood today 4/5" in text_of(app, "#week-numbers")
        await pilot.press("j")
        await pilot.pause()
        await pilot.press(*"Slept well")
        app.screen.query_one("#journal-text").insert(" 🌙")  # Pilot has no key for emoji
        await pilot.press("enter")
        await pilot.press(*"Walked")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert events_of(data_file, "journal")[0]["data"]["text"] == "Slept well 🌙\nWalked"


async def test_the_day_rolls_over_by_itself(data_file: Path) -> None:
    source = MovableSource(pendulum.parse("2026-11-26T23:59:00+00:00"))
    repo = onboarded_repo(data_file, source=source)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Day 6 of 30" in card(app).days_text
        source.advance(minutes=2)
        await pilot.pause(2.5)  # the app checks every 2 s
        assert "Day 7 of 30" in card(app).days_text
        assert "Friday 27 November" in app.screen.sub_title


async def test_the_day_start_offset_delays_the_rollover(data_file: Path) -> None:
    source = MovableSource(pendulum.parse("2026-11-26T23:59:00+00:00"))
    repo = onboarded_repo(data_file, source=source)
    repo.setup.update_settings(day_starts_at="04:00")
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        source.advance(hours=2)  # 01:59 on the 27th still belongs to the 26th
        app.session.poll()
        await pilot.pause()
        assert "Day 6 of 30" in card(app).days_text
        source.advance(hours=2, minutes=2)  # 04:01
        app.session.poll()
        await pilot.pause()
        assert "Day 7 of 30" in card(app).days_text


async def test_a_write_from_another_process_appears(data_file: Path) -> None:
    import subprocess
    import sys

    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        subprocess.run([sys.executable, "-m", "companion", "log", "urge", "--intensity", "5"],
                       check=True, capture_output=True)
        await pilot.pause(2.5)
        assert "Urges 1 · 1 passed" in text_of(app, "#week-numbers")


async def test_milestone_is_marked_once(data_file: Path) -> None:
    source = MovableSource(START)
    repo = onboarded_repo(data_file, source=source, last_contact=date(2026, 11, 19))  # 7 days
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "A full week" in text_of(app, "#milestone")
    milestones = events_of(data_file, "milestone")
    assert sorted(e["data"]["days"] for e in milestones) == [1, 3, 7]
    again = app_for(Repository(data_file, source=source))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.screen.query_one("#milestone").has_class("hidden")
    assert len(events_of(data_file, "milestone")) == 3


async def test_end_of_period_offers_extend_new_or_finish(data_file: Path) -> None:
    repo = onboarded_repo(data_file, last_contact=date(2026, 10, 20), length=30)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#period-end").display
        assert "end of your 30 days" in text_of(app, "#period-end-text")
        await pilot.click("#extend")
        await pilot.pause()
        await pilot.press("ctrl+s")  # default: 14 more days
        await pilot.pause()
        assert repo.status().period.length_days == 44
        assert not app.screen.query_one("#period-end").display


async def test_no_end_panel_while_the_period_runs(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query("#period-end")


async def test_help_lists_every_key_and_escape_closes(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        rows = dict(app.screen.rows)
        expected = {"u": "Urge", "t": "They texted", "i": "I texted", "m": "Mood", "j": "Journal",
                    "w": "Week", "p": "Panic", "q": "Quit", "?": "Help"}
        for key, description in expected.items():
            assert rows.get(key) == description
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)


async def test_palette_offers_every_action(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Panic timer", "Log an urge", "They contacted me", "I contacted them",
                "Mood check-in", "Journal", "Week planner", "Help"} <= titles


async def test_period_card_fits_80_columns(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        widget = card(app)
        assert widget.region.right <= 80
        lines = [strip.text for strip in widget.render_lines(widget.region.reset_offset)]
        assert any("24 days left · ends Sunday 20 December" in line for line in lines)
        assert any("20%" in line and "━" in line for line in lines)


async def test_period_card_keeps_the_bar_when_narrow(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        widget = card(app)
        lines = [strip.text for strip in widget.render_lines(widget.region.reset_offset)]
        assert any("20%" in line for line in lines)
        assert all(len(line) <= 40 for line in lines)


async def test_onboarding_styles_do_not_leak_into_later_screens(data_file: Path) -> None:
    """A screen's stylesheet stays with its screen: after setup, dialogs keep their layout."""
    from companion.ui.screens.onboarding import OnboardingScreen

    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(OnboardingScreen())  # as "Run setup again" does
        await pilot.pause()
        app.pop_screen()
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        label = next(s for s in app.screen.query(".field-label"))
        intensity = app.screen.query_one("#intensity")
        assert intensity.region.y == label.region.y and intensity.region.width > 10
