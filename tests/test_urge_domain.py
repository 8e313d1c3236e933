"""Issue 16's pure pieces: the friend's view, the forecast, checks on them, the hardest window."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.check_insights import check_pattern
from companion.domain.checks import check_platform, count_checks
from companion.domain.forecast import check_expected, forecast_summary, side_by_side
from companion.domain.friend_view import friend_view
from companion.domain.records import Event, EventKind
from companion.domain.urge_hours import hardest_window, urge_hours

TODAY = date(2026, 11, 26)


def event(kind: str, at: str, **data: object) -> Event:
    return Event(kind=kind, at=at, zone="UTC", data=dict(data))


# The friend's view -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("I am tired. I'm sorry. I was wrong.", "You are tired. You're sorry. You were wrong."),
    ("Why did you leave me? It is my fault, mine alone.", "Why did they leave you? It is your fault, yours alone."),
    ("I miss you and I hate myself for it", "You miss them and you hate yourself for it"),
    ("My phone, MY choice", "Your phone, YOUR choice"),
    ("I AM DONE", "YOU ARE DONE"),
    ("i’m fine", "You’re fine"),
    ("you are happy without me", "They are happy without you"),
    ("Nothing personal here.", "Nothing personal here."),
])
def test_first_person_becomes_you_and_keeps_its_capitals(text: str, expected: str) -> None:
    assert friend_view(text) == expected


def test_with_their_own_name_the_verbs_agree() -> None:
    assert friend_view("I miss you. I am lost and I need my friends.", "Sam") == \
        "Sam misses them. Sam is lost and Sam needs Sam's friends."
    assert friend_view("I can't sleep, I've tried", "Sam") == "Sam can't sleep, Sam has tried"
    assert friend_view("I", "  ") == "You"  # a blank name is no name


FIRST_PERSON = re.compile(r"\b(I|me|my|mine|myself|I'm)\b", re.IGNORECASE)
vocabulary = st.sampled_from(["I", "i", "me", "my", "mine", "myself", "I'm", "I am", "I was", "you",
                              "your", "miss", "love", "the", "sea", "Me", "MY", "and", "why", "did",
                              "Image", "mime", "army", "."])


@settings(max_examples=200, deadline=None)
@given(st.lists(vocabulary, max_size=30), st.sampled_from([" ", "  ", "\n", ", "]))
def test_no_first_person_word_is_left_and_the_original_is_unchanged(words: list[str], sep: str) -> None:
    text = sep.join(words)
    kept = str(text)
    rewritten = friend_view(text)
    assert text == kept  # the original is never changed
    assert not FIRST_PERSON.search(rewritten)
    assert re.findall(r"Image|mime|army", rewritten) == re.findall(r"Image|mime|army", text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("L",)), max_size=40))
def test_text_without_words_comes_back_as_it_was(text: str) -> None:
    assert friend_view(text) == text


# The forecast -----------------------------------------------------------------------

def test_forecast_compares_expected_and_actual() -> None:
    events = [event("urge", "2026-11-20T22:00:00+00:00", expected=8, intensity_after=3),
              event("urge", "2026-11-21T22:00:00+00:00", expected=7, intensity_after=4),
              event("urge", "2026-11-22T22:00:00+00:00", expected=9),  # no answer at the end
              event("mood", "2026-11-22T22:00:00+00:00", expected=1, intensity_after=9)]
    forecast = forecast_summary(events)
    assert forecast.pairs == [(8, 3), (7, 4)]
    assert forecast.summary == ("Over 2 urges you expected 7.5 out of 10 after waiting, and it was 3.5"
                                " — urges ease more than you expect.")
    assert side_by_side(8, 3) == "you expected 8; it is 3"


def test_forecast_with_nothing_and_when_right() -> None:
    assert forecast_summary([]).summary.startswith("No forecasts yet")
    close = forecast_summary([event("urge", "2026-11-20T22:00:00+00:00", expected=5, intensity_after=5)])
    assert close.summary.endswith("about right.") and close.summary.startswith("Over 1 urge ")
    assert close.summary.startswith("Over 1 urge you expected 5 out of 10 after waiting, and it was 5 —")


@pytest.mark.parametrize("bad", [0, 11, -1, True, "5"])
def test_a_forecast_outside_1_to_10_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="1 to 10"):
        check_expected(bad)  # type: ignore[arg-type]


# Checks on them ---------------------------------------------------------------------

def test_checks_are_counted_this_week_this_period_and_in_all() -> None:
    events = [event("check", "2026-11-26T08:00:00+00:00", platform="instagram"),
              event("check", "2026-11-20T23:00:00+00:00", platform="x"),
              event("check", "2026-11-19T23:00:00+00:00", platform="x"),  # 8 days ago
              event("check", "2026-10-01T23:00:00+00:00", platform="x"),  # before the period
              event("urge", "2026-11-26T08:00:00+00:00")]
    counts = count_checks(events, TODAY, date(2026, 11, 1))
    assert counts.to_json() == {"last_7_days": 2, "this_period": 3, "total": 4}
    assert count_checks(events, TODAY, None, total=10).to_json() == {"last_7_days": 2, "this_period": 0, "total": 10}


def test_a_day_start_moves_a_late_check_to_the_day_before() -> None:
    late = [event("check", "2026-11-20T02:00:00+00:00")]
    assert count_checks(late, date(2026, 11, 26), date(2026, 11, 20), time(3)).this_period == 0
    assert count_checks(late, date(2026, 11, 26), date(2026, 11, 20)).this_period == 1


def test_check_pattern_per_week_and_hours() -> None:
    events = [event("check", f"2026-11-{d:02d}T23:10:00+00:00") for d in (2, 3, 24, 25)]
    events.append(event("check", "2026-11-25T12:00:00+00:00"))
    pattern = check_pattern(events, TODAY, week_start="monday")
    assert pattern.weeks[-1] == date(2026, 11, 23)
    assert pattern.per_week[-1] == 3 and pattern.per_week[-4] == 2 and pattern.total == 5
    assert pattern.hours[23] == 4 and pattern.hours[12] == 1
    assert pattern.summary == "5 checks on them in the last 8 weeks, most often between 22:00 and 01:00."
    assert check_pattern([], TODAY).summary == "No checking on them logged in the last 8 weeks."


def test_platforms_are_checked() -> None:
    assert check_platform("tiktok") == "tiktok"
    with pytest.raises(ValueError, match="unknown platform 'myspace'"):
        check_platform("myspace")


# The hardest window -----------------------------------------------------------------

def test_hardest_window_is_the_window_insights_names() -> None:
    urges = [event("urge", f"2026-11-2{d}T{h:02d}:30:00+00:00") for d, h in ((1, 22), (2, 23), (3, 23), (4, 0), (5, 9))]
    assert hardest_window(urges) == (22, 1)
    assert urge_hours(urges).summary == "Most urges come between 22:00 and 01:00."
    assert hardest_window(urges[:2]) is None
    assert hardest_window([event(EventKind.CHECK.value, "2026-11-21T22:00:00+00:00")] * 5) is None


def test_the_planner_names_the_hardest_window_as_a_time_to_fill() -> None:
    from companion.domain.urge_hints import planner_hint

    urges = [event("urge", f"2026-11-2{d}T{h:02d}:30:00+00:00") for d, h in ((1, 22), (2, 23), (3, 23), (4, 0), (5, 9))]
    assert planner_hint(urges) == ("Urges come most between 22:00 and 01:00. Something planned for then "
                                   "(a call, a class, a walk) fills that time before it fills itself.")
    assert planner_hint(urges[:2]) is None


def test_a_check_is_its_own_timeline_item_in_plain_and_discreet_words() -> None:
    from companion.domain.timeline import TimelineKind, build_timeline, filter_timeline

    checks = [event("check", "2026-11-25T23:10:00+00:00", platform="instagram", note="Alex's story"),
              event("check", "2026-11-24T23:10:00+00:00", platform="myspace")]
    plain = build_timeline([], checks, [], TODAY, ex_name="Alex")
    assert [(i.kind, i.time, i.title) for i in plain] == [
        (TimelineKind.CHECK, "23:10", "Checked on them · Instagram"),
        (TimelineKind.CHECK, "23:10", "Checked on them · myspace")]
    assert plain[0].detail == "Alex's story"
    discreet = build_timeline([], checks, [], TODAY, discreet=True, ex_name="Alex")
    assert (discreet[0].title, discreet[0].detail) == ("Looked back · Instagram", "their story")
    assert filter_timeline(plain, TimelineKind.URGE) == []


def test_plans_for_a_trigger_come_first_then_the_plans_for_any() -> None:
    from companion.domain.ifthen import new_plan, plans_for

    apology = new_plan("I want to say sorry", "I write it here", "apology")
    company = new_plan("If I am alone tonight,", "then I call Sam", "company")
    anything = new_plan("I see a photo", "I mute them")
    plans = [apology, company, anything]
    assert (company.if_text, company.then_text) == ("I am alone tonight", "I call Sam")
    assert plans_for(plans, "an apology") == [apology, anything]  # the timer's stored value
    assert plans_for(plans, "company") == [company, anything]
    assert plans_for(plans, None) == plans
    assert plans_for(plans, "something new") == plans
    with pytest.raises(ValueError, match="unknown trigger 'boredom'"):
        new_plan("a", "b", "boredom")
    with pytest.raises(ValueError, match="needs its 'then' part"):
        new_plan("a", "then ")


def test_the_hardest_hours_bring_a_calm_line_with_a_plan() -> None:
    from companion.domain.ifthen import new_plan
    from companion.domain.urge_hints import window_hint

    urges = [event("urge", f"2026-11-2{d}T{h:02d}:30:00+00:00") for d, h in ((1, 22), (2, 23), (3, 23), (4, 0))]
    plan = new_plan("I see their story at night", "I put the phone in the kitchen")
    assert window_hint(urges, [plan], 22) == (
        "This is often the hardest time of day for you (between 22:00 and 01:00). "
        "Your plan: If I see their story at night, then I put the phone in the kitchen.")
    assert window_hint(urges, [], 0).endswith("If an urge comes, p starts the timer.")
    assert window_hint(urges, [plan], 1) is None and window_hint(urges, [plan], 21) is None
    assert window_hint(urges[:2], [plan], 22) is None  # too few urges to know


def test_on_the_first_day_of_the_week_a_plan_for_the_most_frequent_trigger() -> None:
    from companion.domain.ifthen import new_plan
    from companion.domain.urge_hints import missing_plan_hint

    monday = date(2026, 11, 23)
    urges = [event("urge", "2026-11-20T22:00:00+00:00", trigger="closure")] * 2 + \
        [event("urge", "2026-11-21T22:00:00+00:00", trigger="a reaction")]
    hint = missing_plan_hint(urges, [], monday)
    assert hint is not None and "mostly wanted closure" in hint and "--trigger closure" in hint
    assert missing_plan_hint(urges, [], monday + timedelta(days=1)) is None
    assert missing_plan_hint(urges, [], monday - timedelta(days=1), week_start="sunday") is not None
    assert missing_plan_hint(urges, [new_plan("a", "b", "closure")], monday) is None
    assert missing_plan_hint(urges[2:], [], monday) is None  # one urge is not a pattern
