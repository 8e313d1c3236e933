"""Growth goals, the workbook's dosing and the weekly check-in: pure rules, fixed dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.content import checkin as checkin_words
from companion.content.goal_ideas import GOAL_IDEAS
from companion.content.workbook import QUESTIONS
from companion.domain import checkin, goals, workbook
from companion.domain.growth_records import CheckIn, Goal, WorkbookAnswer, WorkbookSitting
from companion.domain.planning import WEEKLY, week_days
from companion.domain.records import Activity

TODAY = date(2026, 11, 26)  # a Thursday
WEEK = week_days(TODAY, "monday")


# Goals ---------------------------------------------------------------------------


def test_a_new_goal_is_active_and_cleaned() -> None:
    goal = goals.new_goal([], "  Run 5 km\n", "body", "to feel strong", TODAY)
    assert (goal.title, goal.category, goal.why, goal.status) == ("Run 5 km", "body", "to feel strong", "active")
    assert goal.created_on == "2026-11-26"


@pytest.mark.parametrize("title, category, message", [
    ("", "body", "needs a title"),
    ("   ", "body", "needs a title"),
    ("Run", "sports", "unknown category"),
])
def test_bad_goals_are_refused_with_a_clear_reason(title: str, category: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        goals.new_goal([], title, category, "", TODAY)


def test_a_sixth_active_goal_is_refused_but_closed_ones_do_not_count() -> None:
    five = [goals.new_goal([], f"Goal {n}", "joy", "", TODAY) for n in range(5)]
    with pytest.raises(ValueError, match="5 active goals"):
        goals.new_goal(five, "One more", "joy", "", TODAY)
    five[0] = goals.closed(five[0], "done", TODAY)
    assert goals.new_goal(five, "One more", "joy", "", TODAY).status == "active"
    with pytest.raises(ValueError, match="already done"):
        goals.closed(five[0], "dropped", TODAY)


def test_find_goal_by_prefix() -> None:
    goal = Goal(id="abcd1234-0000", title="Read")
    assert goals.find_goal([goal, Goal(id="abce9999-0000")], "abcd") is goal
    with pytest.raises(LookupError, match="several"):
        goals.find_goal([goal, Goal(id="abcd5678")], "abcd")
    with pytest.raises(LookupError, match="no goal"):
        goals.find_goal([goal], "ffff")
    with pytest.raises(LookupError, match="4 characters"):
        goals.find_goal([goal], "ab")


def test_progress_counts_linked_activities_this_week_and_in_all() -> None:
    goal = Goal(id="g1", title="Run", category="body", created_on="2026-11-01")
    weekly = Activity(title="Run", category="body", on="2026-11-05", repeat=WEEKLY, goal="g1",
                      done_dates=["2026-11-05", "2026-11-19", "2026-11-26"])
    once = Activity(title="Buy shoes", category="body", on="2026-11-24", goal="g1", done=True)
    unlinked = Activity(title="Read", category="joy", on="2026-11-24", done=True)
    found = goals.progress(goal, [weekly, once, unlinked], WEEK, TODAY)
    # Weekly on Thursdays 5, 12, 19, 26 Nov: 4 occurrences up to this week's end, 3 done.
    assert (found.done_this_week, found.planned_this_week) == (2, 2)
    assert (found.done_total, found.planned_total) == (4, 5)
    assert not found.quiet


def test_a_goal_with_nothing_planned_for_two_weeks_is_quiet() -> None:
    goal = Goal(id="g1", title="Paint", category="joy", created_on="2026-11-01")
    old = Activity(title="Paint", category="joy", on="2026-11-10", goal="g1", done=True)
    assert goals.progress(goal, [old], WEEK, TODAY).quiet
    assert not goals.progress(goal, [old], WEEK, date(2026, 11, 20)).quiet
    ahead = Activity(title="Paint again", category="joy", on="2026-11-30", goal="g1")
    assert not goals.progress(goal, [old, ahead], WEEK, TODAY).quiet
    young = Goal(id="g1", title="Paint", category="joy", created_on="2026-11-20")
    assert not goals.progress(young, [], WEEK, TODAY).quiet
    done = Goal(id="g1", title="Paint", category="joy", created_on="2026-11-01", status="done")
    assert not goals.progress(done, [], WEEK, TODAY).quiet


def test_compact_line_fits_the_width() -> None:
    many = [Goal(title=f"A rather long goal title number {n}") for n in range(5)]
    line = goals.compact_line(many, width=60)
    assert line.startswith("Goals: ") and len(line) <= 60 and line.endswith("…")
    assert goals.compact_line([]) == ""


def test_every_category_has_goal_ideas() -> None:
    assert set(GOAL_IDEAS) == set(goals.CATEGORIES)
    assert all(len(ideas) >= 5 for ideas in GOAL_IDEAS.values())


# The workbook ----------------------------------------------------------------------


def test_six_questions_in_short_sittings() -> None:
    assert [q.id for q in QUESTIONS] == ["what-happened", "causes", "want-different", "my-part",
                                         "in-control", "start-today"]
    for sitting in {q.sitting for q in QUESTIONS}:
        assert 1 <= len(workbook.sitting_questions(QUESTIONS, sitting)) <= 3


def test_the_next_sitting_is_the_first_with_an_unanswered_question() -> None:
    assert workbook.next_sitting(QUESTIONS, []) == 1
    first = [WorkbookAnswer(question="what-happened", text="We drifted."),
             WorkbookAnswer(question="causes", text="Routine.")]
    assert workbook.next_sitting(QUESTIONS, first) == 2
    blank = [*first, WorkbookAnswer(question="want-different", text="   ")]
    assert workbook.next_sitting(QUESTIONS, blank) == 2
    every = [WorkbookAnswer(question=q.id, text="yes") for q in QUESTIONS]
    assert workbook.next_sitting(QUESTIONS, every) is None


def day(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


def test_going_round_in_circles_today_suggests_a_break() -> None:
    assert workbook.break_reason([WorkbookSitting(on=day(0), minutes=3, circles=True)], TODAY) == "circles"
    assert workbook.break_reason([WorkbookSitting(on=day(1), minutes=3, circles=True)], TODAY) is None


def test_long_sittings_several_days_running_suggest_a_break() -> None:
    long_days = [WorkbookSitting(on=day(n), minutes=25) for n in (1, 2, 3)]
    assert workbook.break_reason(long_days, TODAY) == "long"
    split = [WorkbookSitting(on=day(n), minutes=12) for n in (0, 0, 1, 1, 2, 2)]
    assert workbook.break_reason(split, TODAY) == "long"
    gap = [WorkbookSitting(on=day(n), minutes=25) for n in (0, 2, 3)]
    assert workbook.break_reason(gap, TODAY) is None
    short = [WorkbookSitting(on=day(n), minutes=10) for n in (0, 1, 2)]
    assert workbook.break_reason(short, TODAY) is None


def test_control_items_are_the_lines_without_bullets() -> None:
    text = "- Sleep before midnight\n\n* see Priya weekly\n1. finish the course\n   \n• cook more"
    assert workbook.control_items(text) == ["Sleep before midnight", "see Priya weekly",
                                            "finish the course", "cook more"]


# The weekly check-in --------------------------------------------------------------


def test_a_check_in_has_three_answers_from_one_to_five() -> None:
    made = checkin.make_checkin([3, 4, 5], " feeling clearer ", TODAY)
    assert (made.on, made.scores, made.note) == ("2026-11-26", [3, 4, 5], "feeling clearer")
    for bad in ([3, 4], [0, 3, 3], [3, 3, 6], [3, True, 3]):
        with pytest.raises(ValueError):
            checkin.make_checkin(bad, "", TODAY)
    assert len(checkin_words.ITEMS) == checkin.ITEM_COUNT


@given(st.integers(min_value=0, max_value=40))
def test_a_check_in_is_due_once_a_week(days_ago: int) -> None:
    last = CheckIn(on=(TODAY - timedelta(days=days_ago)).isoformat(), scores=[3, 3, 3])
    assert checkin.due([last], TODAY) == (days_ago >= 7)
    assert checkin.due([], TODAY)


def test_the_trend_compares_the_latest_with_the_ones_before() -> None:
    def at(n: int, scores: list[int]) -> CheckIn:
        return CheckIn(on=day(n), scores=scores)

    assert checkin.trend([at(7, [2, 2, 2])]) is None
    assert checkin.trend([at(14, [2, 2, 2]), at(7, [2, 3, 2]), at(0, [4, 4, 3])]) == "up"
    assert checkin.trend([at(7, [4, 4, 4]), at(0, [2, 3, 3])]) == "down"
    assert checkin.trend([at(7, [3, 3, 3]), at(0, [3, 3, 4])]) == "steady"
    assert set(checkin_words.TREND_WORDS) == {"up", "down", "steady"}


def test_the_guides_are_honest_and_calm() -> None:
    from companion.content.guides import END_OF_PERIOD, WANTS_TO_TALK

    for text in (END_OF_PERIOD, WANTS_TO_TALK):
        lowered = text.lower()
        assert "take a day" in lowered and "workbook" in lowered and "goals" in lowered
        assert "brief and warm" in lowered and "fine to decide not to go back" in lowered
        assert "will come back" not in lowered and "win them back" not in lowered.replace("not what would win them back", "")
    assert "no method makes someone come back" in END_OF_PERIOD.lower()


def test_weekly_done_counts_each_week() -> None:
    goal = Goal(id="g1", title="Run")
    weekly = Activity(title="Run", category="body", on="2026-11-05", repeat=WEEKLY, goal="g1",
                      done_dates=["2026-11-05", "2026-11-26"])
    weeks = [week_days(TODAY - timedelta(days=7 * n), "monday") for n in (3, 2, 1, 0)]
    assert goals.weekly_done(goal, [weekly], weeks) == [1, 0, 0, 1]
