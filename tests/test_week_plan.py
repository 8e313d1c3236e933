"""Week maths and the planner's pure logic, on fixed dates."""

from __future__ import annotations

from datetime import date, time, timedelta

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.clock import Clock
from companion.domain.planning import (
    Occurrence,
    occurrences_in,
    occurrences_on,
    start_of_week,
    week_days,
)
from companion.domain.records import Activity
from companion.domain.week_plan import (
    balance,
    copies_for_week,
    date_range_text,
    minutes_text,
    parse_minutes,
    rate_text,
    shifted,
    week_label,
    without_occurrence,
)

THU = date(2026, 11, 26)


def test_monday_start_week() -> None:
    days = week_days(THU, "monday")
    assert days[0] == date(2026, 11, 23) and days[0].weekday() == 0
    assert days[-1] == date(2026, 11, 29)


def test_sunday_start_week() -> None:
    days = week_days(THU, "sunday")
    assert days[0] == date(2026, 11, 22) and days[0].weekday() == 6
    assert days[-1] == date(2026, 11, 28)


def test_the_first_day_of_a_week_is_its_own_start() -> None:
    assert start_of_week(date(2026, 11, 23), "monday") == date(2026, 11, 23)
    assert start_of_week(date(2026, 11, 22), "sunday") == date(2026, 11, 22)
    assert start_of_week(date(2026, 11, 22), "monday") == date(2026, 11, 16)


def test_year_boundary_weeks() -> None:
    new_year = date(2026, 12, 31)
    monday = week_days(new_year, "monday")
    assert (monday[0], monday[-1]) == (date(2026, 12, 28), date(2027, 1, 3))
    sunday = week_days(date(2027, 1, 2), "sunday")
    assert (sunday[0], sunday[-1]) == (date(2026, 12, 27), date(2027, 1, 2))
    assert week_label(monday[0], monday[0], new_year) == "This week · 28 Dec 2026 – 3 Jan 2027"


def test_dst_week_has_seven_calendar_days_and_today_is_right() -> None:
    # Europe/London springs forward on Sunday 29 March 2026 at 01:00 UTC.
    days = week_days(date(2026, 3, 29), "monday")
    assert days == [date(2026, 3, 23) + timedelta(days=i) for i in range(7)]
    late = pendulum.parse("2026-03-28T23:30:00+00:00")  # 23:30 GMT on Saturday
    after = pendulum.parse("2026-03-29T23:30:00+00:00")  # 00:30 BST on Monday
    assert Clock(lambda: late, "Europe/London").today() == date(2026, 3, 28)
    assert Clock(lambda: after, "Europe/London").today() == date(2026, 3, 30)
    assert start_of_week(Clock(lambda: after, "Europe/London").today(), "monday") == date(2026, 3, 30)
    # Autumn: a weekly 01:30 (a wall time that happens twice) still shows once a week.
    run = Activity(title="Night swim", category="body", on="2026-10-18", at="01:30", repeat="weekly")
    autumn = week_days(date(2026, 10, 25), "monday")
    assert [o.on for o in occurrences_in([run], autumn)] == [date(2026, 10, 25)]


def test_night_owl_day_start_keeps_the_week() -> None:
    # 01:30 on Monday with a 04:00 day start is still Sunday: last week's last day.
    instant = pendulum.parse("2026-11-30T01:30:00+00:00")
    clock = Clock(lambda: instant, "UTC", time(4, 0))
    assert clock.today() == date(2026, 11, 29)
    assert start_of_week(clock.today(), "monday") == date(2026, 11, 23)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(["monday", "sunday"]))
def test_week_days_always_hold_the_day(day: date, week_start: str) -> None:
    days = week_days(day, week_start)
    assert day in days
    assert days[0].weekday() == (0 if week_start == "monday" else 6)
    assert all((b - a).days == 1 for a, b in zip(days, days[1:]))


@pytest.mark.parametrize(("first", "label"), [
    (date(2026, 11, 23), "This week · 23–29 Nov"),
    (date(2026, 11, 30), "Next week · 30 Nov – 6 Dec"),
    (date(2026, 11, 16), "Last week · 16–22 Nov"),
    (date(2026, 12, 7), "In 2 weeks · 7–13 Dec"),
    (date(2026, 11, 2), "3 weeks ago · 2–8 Nov"),
    (date(2027, 3, 1), "1–7 Mar 2027"),
])
def test_week_label_in_words(first: date, label: str) -> None:
    assert week_label(first, date(2026, 11, 23), THU) == label


def test_date_range_text_across_years() -> None:
    assert date_range_text(date(2026, 12, 28), date(2027, 1, 3)) == "28 Dec 2026 – 3 Jan 2027"


def occ(title: str, category: str, on: date, done: bool = False, repeat: str | None = None) -> Occurrence:
    return Occurrence(Activity(title=title, category=category, on=on.isoformat(), repeat=repeat), on, done)


def test_balance_names_the_empty_categories_in_order() -> None:
    week = [occ("Run", "body", THU, True), occ("Call", "people", THU), occ("Read", "joy", THU)]
    spread = balance(week)
    assert spread.counts == {"people": 1, "body": 1, "work": 0, "challenge": 0, "joy": 1}
    assert spread.missing == ["work", "challenge"]
    assert (spread.done, spread.planned) == (1, 3)


def test_rate_text() -> None:
    assert rate_text([]) == "nothing planned"
    week = [occ("a", "body", THU, True), occ("b", "body", THU, True), occ("c", "joy", THU)]
    assert rate_text(week) == "2 of 3 done (67%)"


def test_copy_skips_what_is_there_and_weekly_repeats() -> None:
    last_mon = date(2026, 11, 16)
    previous = [
        occ("Run", "body", last_mon, done=True),
        occ("Call Mum", "people", last_mon),
        occ("Gym", "body", last_mon + timedelta(days=2), repeat="weekly"),
        occ("Run", "work", last_mon + timedelta(days=1)),
    ]
    current = [occ("call mum ", "people", date(2026, 11, 23))]
    copies = copies_for_week(previous, current)
    assert [(c.title, c.category, c.on, c.done) for c in copies] == [
        ("Run", "body", "2026-11-23", False),
        ("Run", "work", "2026-11-24", False),
    ]
    again = [Occurrence(c, c.date, False) for c in copies] + current
    assert copies_for_week(previous, again) == []


def test_copy_keeps_time_length_and_note() -> None:
    source = Activity(title="Swim", category="body", on="2026-11-17", at="07:00", minutes=40, note="lane 3")
    (copy,) = copies_for_week([Occurrence(source, source.date, True)], [])
    assert (copy.on, copy.at, copy.minutes, copy.note, copy.repeat) == ("2026-11-24", "07:00", 40, "lane 3", None)
    assert copy.id != source.id


def test_shifting_a_weekly_activity_moves_its_ticks_and_skips() -> None:
    weekly = Activity(title="Gym", category="body", on="2026-11-02", repeat="weekly",
                      done_dates=["2026-11-09"], skipped_dates=["2026-11-16"])
    moved = shifted(weekly, 1)
    assert (moved.on, moved.done_dates, moved.skipped_dates) == ("2026-11-03", ["2026-11-10"], ["2026-11-17"])
    assert moved.id == weekly.id and weekly.on == "2026-11-02"
    days = week_days(date(2026, 11, 17), "monday")
    assert occurrences_in([moved], days) == []


def test_one_occurrence_left_out_keeps_the_others() -> None:
    weekly = Activity(title="Gym", category="body", on="2026-11-02", repeat="weekly",
                      done_dates=["2026-11-09", "2026-11-16"])
    fewer = without_occurrence(weekly, date(2026, 11, 16))
    assert occurrences_on([fewer], date(2026, 11, 16)) == []
    assert occurrences_on([fewer], date(2026, 11, 9))[0].done is True
    assert occurrences_on([fewer], date(2026, 11, 23))[0].done is False
    assert fewer.done_dates == ["2026-11-09"]


@pytest.mark.parametrize(("text", "minutes"), [
    ("", None), ("45", 45), ("45m", 45), ("45 min", 45), ("1h", 60), ("1h30", 90), ("2 h 15 min", 135),
])
def test_parse_minutes(text: str, minutes: int | None) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["soon", "0", "25h", "1:30", "h"])
def test_parse_minutes_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_minutes(text)


def test_minutes_text() -> None:
    assert [minutes_text(m) for m in (None, 45, 60, 95)] == ["", "45 min", "1 h", "1 h 35"]
