"""The week planner, driven with Pilot against a real data file (fixed clock: Thu 26 Nov 2026)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pendulum
import pytest
from textual.content import Content

from companion.domain.planning import occurrences_on
from companion.domain.records import Activity
from companion.store.repository import Repository
from companion.ui.dialogs.activity_form import ActivityForm
from companion.ui.dialogs.move_day import MoveDayDialog
from companion.ui.dialogs.repeat_scope import RepeatScopeDialog
from companion.ui.dialogs.suggestions import SuggestionsDialog
from companion.ui.screens.planner import PlannerScreen
from companion.content.suggestions import IDEAS
from tests.app_helpers import app_for, onboarded_repo, screen_text
from tests.textual_internals import notices

THU = date(2026, 11, 26)


def titles_on(repo: Repository, day: date) -> list[str]:
    return [o.activity.title for o in occurrences_on(repo.load().activities, day)]


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def open_planner(app, pilot) -> PlannerScreen:
    await pilot.pause()
    app.action_planner()
    await pilot.pause()
    assert isinstance(app.screen, PlannerScreen)
    return app.screen


async def test_week_header_today_and_navigation(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_planner(app, pilot)
        assert text_of(app, "#week-title") == "This week · 23–29 Nov"
        assert screen.selected_day == THU
        today_columns = [c for c in app.screen.query("DayColumn") if c.has_class("-today")]
        assert [c.day for c in today_columns] == [THU]
        await pilot.press("right_square_bracket")
        assert text_of(app, "#week-title") == "Next week · 30 Nov – 6 Dec"
        assert not [c for c in app.screen.query("DayColumn") if c.has_class("-today")]
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert text_of(app, "#week-title") == "Last week · 16–22 Nov"
        await pilot.press("n")
        assert text_of(app, "#week-title") == "This week · 23–29 Nov"
        await pilot.press("right", "right", "right", "right")  # past Sunday: next week's Monday
        await pilot.pause()
        assert screen.selected_day == date(2026, 11, 30)
        await pilot.click("#week-prev")
        await pilot.pause()
        assert text_of(app, "#week-title") == "This week · 23–29 Nov"
        await pilot.press("escape")
        assert not isinstance(app.screen, PlannerScreen)


async def test_sunday_week_start(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.setup.update_settings(week_start="sunday")
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_planner(app, pilot)
        assert screen.days[0] == date(2026, 11, 22)
        assert text_of(app, "#week-title") == "This week · 22–28 Nov"


async def test_add_with_the_form(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("a")
        assert isinstance(app.screen, ActivityForm)
        await pilot.press(*"Dinner, with Sam; 🍝")
        await pilot.press("tab", "tab", "tab")  # kind, day, time
        await pilot.press(*"19:30", "tab", *"1h30", "tab", *"bring wine")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlannerScreen)
        (activity,) = repo.load().activities
        assert (activity.title, activity.category, activity.on, activity.at, activity.minutes,
                activity.note, activity.repeat) == ("Dinner, with Sam; 🍝", "people", "2026-11-26",
                                                    "19:30", 90, "bring wine", None)
        assert "Dinner, with Sam" in text_of(app, "#item-detail")
        assert "1 h 30" in text_of(app, "#item-detail")


async def test_form_explains_bad_input_and_keeps_it_open(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("a", "enter")
        assert isinstance(app.screen, ActivityForm)
        assert "Give it a name" in text_of(app, "#form-error")
        await pilot.press(*"Swim", "tab", "tab", "tab", *"7pm", "enter")
        assert "not a time of day" in text_of(app, "#form-error")
        await pilot.press("escape")  # what was typed: keep a draft, discard, or back?
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, PlannerScreen)
        assert repo.load().activities == [] and repo.load().drafts == []


async def test_edit_a_weekly_activity_moves_every_week(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    gym = repo.activities.plan(Activity(title="Gym", category="body", on="2026-11-19", repeat="weekly",
                                      done_dates=["2026-11-19"]))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, ActivityForm)
        form.query_one("#title").value = "Gym, legs"
        form.query_one("#day").value = date(2026, 11, 27)
        await pilot.press("ctrl+s")
        await pilot.pause()
        (saved,) = repo.load().activities
        assert saved.id == gym.id and saved.title == "Gym, legs"
        assert (saved.on, saved.done_dates) == ("2026-11-20", ["2026-11-20"])
        assert titles_on(repo, date(2026, 12, 4)) == ["Gym, legs"]
        assert titles_on(repo, THU) == []


async def test_toggle_done_with_space_and_x(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Gym", category="body", on="2026-11-19", repeat="weekly"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("space")
        await pilot.pause()
        (gym,) = repo.load().activities
        assert gym.done_dates == ["2026-11-26"]
        row = app.screen.query_one("ItemRow")
        assert row.has_class("-done") and "✓" in str(row.render())
        await pilot.press("x")
        await pilot.pause()
        assert repo.load().activities[0].done_dates == []


@pytest.mark.parametrize("leave_first", [False, True], ids=["at once", "after leaving the planner"])
async def test_delete_and_undo_with_u(data_file: Path, leave_first: bool) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Call Jo", category="people", on="2026-11-26", at="18:00"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert repo.load().activities == []
        assert any("Undo" in n.message for n in notices(app))
        if leave_first:  # the way back is kept while the app runs
            await pilot.press("escape")
            await pilot.pause()
            await open_planner(app, pilot)
        await pilot.press("z")
        await pilot.pause()
        assert titles_on(repo, THU) == ["Call Jo"]
        assert app.screen.selected.activity.title == "Call Jo"


async def test_undo_from_the_notice(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Call Jo", category="people", on="2026-11-26"))
    app = app_for(repo)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        (notice,) = [n for n in notices(app) if "Undo" in n.message]
        assert "@click=screen.undo" in notice.message
        await app.screen.run_action("undo")  # what clicking the link runs
        await pilot.pause()
        assert titles_on(repo, THU) == ["Call Jo"]


async def test_delete_one_occurrence_of_a_weekly_activity(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Gym", category="body", on="2026-11-19", repeat="weekly"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("d")
        assert isinstance(app.screen, RepeatScopeDialog)
        await pilot.press("o")
        await pilot.pause()
        assert titles_on(repo, THU) == []
        assert titles_on(repo, date(2026, 11, 19)) == ["Gym"]
        assert titles_on(repo, date(2026, 12, 3)) == ["Gym"]
        await pilot.press("z")
        await pilot.pause()
        assert titles_on(repo, THU) == ["Gym"]
        await pilot.press("d", "e")  # every week
        await pilot.pause()
        assert repo.load().activities == []
        await pilot.press("z")
        await pilot.pause()
        assert titles_on(repo, date(2026, 12, 3)) == ["Gym"]


async def test_move_with_shift_arrows_and_m(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    run = repo.activities.plan(Activity(title="Run", category="body", on="2026-11-26"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_planner(app, pilot)
        await pilot.press("shift+right")
        await pilot.pause()
        assert titles_on(repo, date(2026, 11, 27)) == ["Run"]
        assert screen.selected_day == date(2026, 11, 27) and screen.selected.activity.id == run.id
        await pilot.press("v")
        assert isinstance(app.screen, MoveDayDialog)
        await pilot.press("up", "up", "up", "enter")  # Friday → Tuesday
        await pilot.pause()
        assert repo.load().activities[0].on == "2026-11-24"
        await pilot.press("z")
        await pilot.pause()
        assert repo.load().activities[0].on == "2026-11-27"


async def test_move_one_week_of_a_repeat_leaves_the_others(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Gym", category="body", on="2026-11-19", repeat="weekly"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("shift+left")
        assert isinstance(app.screen, RepeatScopeDialog)
        await pilot.press("o")
        await pilot.pause()
        assert titles_on(repo, date(2026, 11, 25)) == ["Gym"]
        assert titles_on(repo, THU) == []
        assert titles_on(repo, date(2026, 12, 3)) == ["Gym"]
        assert len(repo.load().activities) == 2
        await pilot.press("z")
        await pilot.pause()
        assert titles_on(repo, THU) == ["Gym"] and len(repo.load().activities) == 1
        await pilot.press("shift+left", "e")  # every week, to Wednesdays
        await pilot.pause()
        assert titles_on(repo, date(2026, 12, 2)) == ["Gym"] and titles_on(repo, date(2026, 12, 3)) == []


async def test_copy_last_week_skips_what_is_there(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Swim", category="body", on="2026-11-16", at="07:00", done=True))
    repo.activities.plan(Activity(title="Call Mum", category="people", on="2026-11-18"))
    repo.activities.plan(Activity(title="call mum", category="people", on="2026-11-25"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        assert titles_on(repo, date(2026, 11, 23)) == ["Swim"]
        assert titles_on(repo, date(2026, 11, 25)) == ["call mum"]
        copied = [a for a in repo.load().activities if a.on == "2026-11-23"][0]
        assert copied.done is False and copied.at == "07:00"
        await pilot.press("l")
        await pilot.pause()
        assert len(repo.load().activities) == 4
        assert any("Nothing new to copy" in n.message for n in notices(app))
        await pilot.press("z")
        await pilot.pause()
        assert titles_on(repo, date(2026, 11, 23)) == []


async def test_suggestion_adds_in_one_step(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Call Jo", category="people", on="2026-11-24"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_planner(app, pilot)
        await pilot.press("right", "i")
        assert isinstance(app.screen, SuggestionsDialog)
        assert app.screen.category == "body"  # the first kind the week lacks
        await pilot.press("right", "down", "enter")  # work, second idea
        await pilot.pause()
        assert isinstance(app.screen, PlannerScreen)
        assert titles_on(repo, date(2026, 11, 27)) == [IDEAS["work"][1]]
        assert screen.selected.activity.category == "work"
        await pilot.press("i", "5", "enter")
        await pilot.pause()
        friday = titles_on(repo, date(2026, 11, 27))
        assert len(friday) == 2 and IDEAS["joy"][0] in friday


async def test_ideas_suggest_filling_the_hardest_hours(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("i")
        assert isinstance(app.screen, SuggestionsDialog)
        assert not app.screen.query("#ideas-window")  # no urges yet: nothing to say
        await pilot.press("escape")
        for day, hour in ((21, 22), (22, 23), (23, 23), (24, 0)):
            repo.events.log_urge(when=pendulum.parse(f"2026-11-{day}T{hour:02d}:30:00+00:00"))
        app.session.reload()
        await pilot.pause()
        await pilot.press("i")
        assert "between 22:00 and 01:00" in screen_text(app)


async def test_balance_meter_and_last_week(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Swim", category="body", on="2026-11-17", done=True))
    repo.activities.plan(Activity(title="Read", category="joy", on="2026-11-18"))
    repo.activities.plan(Activity(title="Run", category="body", on="2026-11-24"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        counts = text_of(app, "#balance-counts")
        assert "body 1" in counts and "people 0" in counts
        assert text_of(app, "#balance-nudge") == "Still open: people, work, challenge, joy. One small thing each helps."
        assert len(text_of(app, "#balance-nudge")) <= app.screen.query_one("#balance-nudge").content_region.width
        assert "Last week: 1 of 2 done (50%)" in text_of(app, "#balance-rates")


async def test_ticking_in_the_planner_shows_on_today(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Call Jo", category="people", on="2026-11-26"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("space", "escape")
        await pilot.pause()
        today_list = app.screen.query_one("#today-activities")
        assert [o.done for o in today_list.occurrences] == [True]
        await pilot.press("space")  # untick on Today
        await pilot.pause()
        await open_planner(app, pilot)
        assert app.screen.selected.done is False


async def test_export_week_from_the_planner(data_file: Path, tmp_path: Path) -> None:
    import icalendar

    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Run; fast, 🏃", category="body", on="2026-11-27", at="07:00"))
    repo.activities.plan(Activity(title="Far away", category="joy", on="2027-01-15"))
    app = app_for(repo)
    target = tmp_path / "week.ics"
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        await pilot.press("ctrl+e")
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    events = icalendar.Calendar.from_ical(target.read_text()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Run; fast, 🏃"]


async def test_titles_that_look_like_markup_are_shown_as_typed(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    tricky = "[bold]Gym[/] \\ [@click=app.quit]x[/] $money"
    repo.activities.plan(Activity(title=tricky, category="body", on="2026-11-19", repeat="weekly"))
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_planner(app, pilot)
        assert tricky in text_of(app, "#item-detail")
        await pilot.press("e")
        assert tricky in text_of(app, ".dialog-title")
        await pilot.press("escape", "v")
        assert tricky in text_of(app, ".dialog-title")
        await pilot.press("escape", "d")
        assert tricky in text_of(app, ".dialog-title")
        await pilot.press("o")
        await pilot.pause()
        shown = [Content.from_markup(n.message).plain for n in notices(app)]
        assert any(f"Deleted “{tricky}” on Thu 26 Nov. Undo (z)" == text for text in shown), shown
        await pilot.press("z")
        await pilot.pause()
        assert app.is_running and titles_on(repo, THU) == [tricky]


async def test_palette_offers_the_planner_actions(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_planner(app, pilot)
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert {"Plan an activity", "Copy last week", "Next week", "Export the week to a calendar file"} <= set(commands)
        commands["Next week"].callback()
        await pilot.pause()
        assert text_of(app, "#week-title").startswith("Next week")
