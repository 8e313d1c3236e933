"""The guided path in the app: the workbook, goals, today's step, the check-in, the guides."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Select, TextArea

from companion.clock import MovableSource
from companion.store.repository import Repository
from companion.ui.dialogs.checkin import CheckInDialog
from companion.ui.dialogs.goal_form import GoalForm
from companion.ui.dialogs.goals import GoalsDialog
from companion.ui.dialogs.read_text import ReadTextDialog
from companion.ui.screens.planner import PlannerScreen
from companion.ui.screens.timer import TimerScreen
from companion.ui.screens.today import TodayScreen
from companion.ui.screens.workbook import SAVE_AFTER_SECONDS, WorkbookScreen
from tests.app_helpers import START, app_for, onboarded_repo, screen_text


def answers(path: Path) -> dict[str, str]:
    """The workbook answers in the file, read by another process's eyes (a new repository)."""
    return {a.question: a.text for a in Repository(path).load().workbook}


async def test_workbook_answers_are_saved_as_typed_and_survive_escape(data_file: Path) -> None:
    repo = onboarded_repo(data_file, causes=["routine"])
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, WorkbookScreen)
        assert "Sitting 1 of 3" in screen_text(app)
        assert "(routine)" in screen_text(app)  # the causes chosen at onboarding
        await pilot.press(*"We stopped making time")
        await pilot.press("escape")  # straight away: nothing typed may be lost
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert answers(data_file) == {"what-happened": "We stopped making time"}
        await pilot.press("b")
        await pilot.pause()
        box = app.screen.query_one("#answer-what-happened", TextArea)
        assert box.text == "We stopped making time"
        box.move_cursor(box.document.end)
        await pilot.press(*" for us.")
        await pilot.press("escape")
        await pilot.pause()
    saved = Repository(data_file).load().workbook
    assert [(a.text, a.created_on) for a in saved] == [("We stopped making time for us.", "2026-11-26")]


async def test_a_draft_is_on_disk_a_second_after_typing_so_a_kill_keeps_it(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        await pilot.press(*"It ended in March")
        await pilot.pause(SAVE_AFTER_SECONDS + 0.5)
        # The app is still open, mid-sitting: a SIGKILL now would find this on disk.
        assert answers(data_file) == {"what-happened": "It ended in March"}
        assert isinstance(app.screen, WorkbookScreen)


async def test_an_in_control_line_becomes_a_goal_in_one_step(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        assert app.screen.sitting == 3 and "What is in your control now?" in screen_text(app)
        box = app.screen.query_one("#answer-in-control", TextArea)
        box.focus()
        await pilot.press(*"- Sleep before midnight", "enter", *"- See Priya every week")
        box.move_cursor((1, 3))
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, GoalForm)
        assert app.screen.query_one("#goal-title").value == "See Priya every week"
        await pilot.press("ctrl+s")  # people is offered first
        await pilot.pause()
        assert isinstance(app.screen, WorkbookScreen)
    (goal,) = repo.load().goals
    assert (goal.title, goal.category, goal.status, goal.source) == ("See Priya every week", "people",
                                                                   "active", "in-control")
    assert "See Priya every week" in answers(data_file)["in-control"]


async def circles_break(pilot: Pilot) -> None:
    """Open the workbook from Today and say it is going round in circles (ctrl+r)."""
    await pilot.press("b")
    await pilot.pause()
    await pilot.press("ctrl+r")
    await pilot.pause()


async def test_going_round_in_circles_suggests_something_else(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(100, 30)) as pilot:
        await circles_break(pilot)
        assert "going round in circles" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert "going round in circles" in screen_text(app)  # still today: said when it opens
    assert [s.circles for s in repo.load().workbook_sittings] == [True]


@pytest.mark.parametrize(("button", "lands_on"), [("#plan", PlannerScreen), ("#breathe", TimerScreen)])
async def test_the_circles_break_leads_to_a_plan_or_a_breath(data_file: Path, button: str,
                                                              lands_on: type) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(100, 30)) as pilot:
        await circles_break(pilot)
        app.screen.query_one(button, Button).press()
        await pilot.pause(0.3)
        assert isinstance(app.screen, lands_on)
        assert not any(isinstance(screen, WorkbookScreen) for screen in app.screen_stack)


async def test_today_shows_the_step_and_goals_without_pushing_the_plan_off(data_file: Path) -> None:
    from companion.domain.records import Activity

    repo = onboarded_repo(data_file)
    for title in ("Call Mum", "Cook", "Read", "Run 5k"):
        repo.activities.plan(Activity(title=title, category="body", on="2026-11-26"))
    repo.growth.add_goal("Run 5 km", "body")
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        for seen in ("Day 6 of 30", "Today's plan", "Run 5k", "Today's step · day 1", "A proper night",
                     "Goals: Run 5 km", "check-in due: k"):
            assert seen in text, seen
        await pilot.press("d")
        await pilot.pause()
        assert "✓ done" in screen_text(app)
    assert [(s.step, s.status) for s in repo.load().steps] == [("steady-sleep", "done")]


async def test_a_step_can_be_skipped_and_resumes_after_a_slip(data_file: Path) -> None:
    source = MovableSource(START)
    repo = onboarded_repo(data_file, source=source)
    repo.growth.mark_step("done")
    source.instant = START.add(days=1)
    repo.events.log_contact_from_me(essential=False)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Today's step · day 2" in screen_text(app)
        await pilot.press("x")
        await pilot.pause()
        assert "skipped" in screen_text(app)
    assert [s.status for s in repo.load().steps] == ["done", "skipped"]


async def test_goals_dialog_adds_and_closes_goals(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GoalsDialog)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Swim [weekly]")
        app.screen.query_one("#goal-category", Select).value = "body"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GoalsDialog)
        assert "Swim [weekly]" in screen_text(app)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    (goal,) = repo.load().goals
    assert (goal.title, goal.category, goal.status) == ("Swim [weekly]", "body", "done")


async def test_the_weekly_check_in_from_today(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    app = app_for(repo)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, CheckInDialog)
        await pilot.press("4", "2")
        await pilot.press("ctrl+s")  # one answer missing: kept open
        await pilot.pause()
        assert isinstance(app.screen, CheckInDialog) and repo.load().checkins == []
        app.screen.query_one("#item-2").focus()
        await pilot.press("5")
        await pilot.press(*"clearer", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "check-in due" not in screen_text(app)
    (made,) = repo.load().checkins
    assert (made.scores, made.note, made.on) == ([4, 2, 5], "clearer", "2026-11-26")


async def test_the_activity_form_links_a_goal(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    goal = repo.growth.add_goal("Run 5 km", "body")
    app = app_for(repo)
    async with app.run_test(size=(100, 36)) as pilot:
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, PlannerScreen)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Easy run")
        app.screen.query_one("#goal", Select).value = goal.id
        await pilot.press("ctrl+s")
        await pilot.pause()
    (activity,) = repo.load().activities
    assert (activity.title, activity.goal) == ("Easy run", goal.id)


async def test_wants_to_talk_opens_the_guide(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#about").value = "wants to talk"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReadTextDialog)
        text = app.screen.query_one("#read-text").render()
        assert "Take a day" in str(text) and "fine to decide not to go back" in str(text)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)


async def test_history_growth_tab_shows_goals_answers_and_the_trend(data_file: Path) -> None:
    source = MovableSource(START.subtract(days=5))
    repo = onboarded_repo(data_file, source=source)
    repo.growth.add_checkin([2, 2, 3])
    source.instant = START
    repo.growth.add_checkin([4, 4, 4])
    repo.growth.save_answer("what-happened", "[b]We drifted[/b]")
    repo.growth.add_goal("Run 5 km", "body", "to feel strong")
    app = app_for(repo)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("5")
        await pilot.pause()
        text = screen_text(app)
        assert "Run 5 km" in text and "why: to feel strong" in text
        assert "[b]We drifted[/b]" in text  # stored text is shown as typed, never as markup
        assert "trend is in 4 Insights" in text
        await pilot.press("4")  # the check-in's trend lives with the other insights
        await pilot.pause()
        insights = app.screen.query_one("#insights-view")
        panel = insights.query_one("#checkins")
        insights.scroll_to_widget(panel, animate=False)
        await pilot.pause()
        text = screen_text(app)
        assert "Who you are now · weekly check-in" in text
        assert "Knowing who you are: rising. 2 check-ins, from 2.3 to 4.0 of 5." in text


def test_the_check_in_sentence_for_none_one_and_several() -> None:
    from companion.domain.growth_records import CheckIn
    from companion.ui.widgets.insights_view import checkin_sentence

    assert "No weekly check-ins yet" in checkin_sentence([])
    assert checkin_sentence([CheckIn(on="2026-11-01", scores=[3, 3, 4])]).startswith(
        "One check-in so far, at 3.3 of 5")
    lower = [CheckIn(on="2026-11-01", scores=[4, 4, 4]), CheckIn(on="2026-11-08", scores=[2, 2, 2])]
    assert checkin_sentence(lower) == ("Knowing who you are: lower lately; be gentle with yourself. "
                                       "2 check-ins, from 4.0 to 2.0 of 5.")


async def test_the_end_of_period_guide_from_today(data_file: Path) -> None:
    from datetime import date

    app = app_for(onboarded_repo(data_file, last_contact=date(2026, 10, 20), length=30))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#end-guide", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, ReadTextDialog)
        text = str(app.screen.query_one("#read-text").render())
        assert "Take a day" in text and "no method makes someone come back" in text


async def test_choosing_a_goal_sets_an_untouched_kind_but_not_a_chosen_one(data_file: Path) -> None:
    from companion.ui.screens.planner import PlannerScreen

    repo = onboarded_repo(data_file)
    run = repo.growth.add_goal("Run 5 km", "body")
    app = app_for(repo)
    async with app.run_test(size=(100, 36)) as pilot:
        await pilot.press("w", "a")
        await pilot.pause()
        await pilot.press(*"Easy run")
        app.screen.query_one("#goal", Select).value = run.id
        await pilot.pause()
        assert app.screen.query_one("#category", Select).value == "body"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlannerScreen)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Run with Priya")
        app.screen.query_one("#category", Select).value = "joy"  # chosen first: kept
        await pilot.pause()
        app.screen.query_one("#goal", Select).value = run.id
        await pilot.pause()
        assert app.screen.query_one("#category", Select).value == "joy"
        await pilot.press("ctrl+s")
        await pilot.pause()
    kinds = {a.title: (a.category, a.goal) for a in repo.load().activities}
    assert kinds == {"Easy run": ("body", run.id), "Run with Priya": ("joy", run.id)}


async def test_the_last_sitting_offers_no_next_one(data_file: Path) -> None:
    app = app_for(onboarded_repo(data_file))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        assert "Next sitting" in screen_text(app).splitlines()[-1]
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WorkbookScreen) and screen.sitting == 3
        assert "Next sitting" not in screen_text(app).splitlines()[-1]
        await pilot.press("ctrl+n")  # nothing after the last
        await pilot.pause()
        assert screen.sitting == 3
