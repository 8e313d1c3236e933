"""Insights, the timeline, periods and unsent messages, computed from fixed records and dates."""

from __future__ import annotations

from datetime import date, time

import pytest

from companion.domain.history import period_rows, periods_summary, unsent_messages
from companion.domain.insights import (
    activities_per_week,
    compute_insights,
    mood_trend,
    passed_share,
    urges_per_day,
)
from companion.domain.records import Activity, Event, Period
from companion.domain.urge_hours import NOT_ENOUGH_URGES, busiest_window, urge_hours

TODAY = date(2026, 11, 26)


def urge(at: str, outcome: str = "resisted", zone: str = "UTC", date_only: bool = False, **data: object) -> Event:
    return Event(kind="urge", at=at, zone=zone, date_only=date_only, data={"outcome": outcome, **data})


def mood(at: str, score: int) -> Event:
    return Event(kind="mood", at=at, zone="UTC", data={"score": score})


# Urge hours ------------------------------------------------------------------


def test_no_urges_says_not_enough() -> None:
    hours = urge_hours([])
    assert hours.summary == NOT_ENOUGH_URGES
    assert hours.window_start is None and hours.timed == 0


def test_one_urge_is_not_a_pattern() -> None:
    hours = urge_hours([urge("2026-11-25T22:30:00+00:00")])
    assert hours.summary == NOT_ENOUGH_URGES
    assert hours.counts[22] == 1


def test_urges_across_midnight_find_the_window_that_wraps() -> None:
    events = [urge(f"2026-11-{d}T{h}:{m}:00+00:00") for d, h, m in
              [(20, 23, 10), (21, 23, 40), (22, "00", 20), (23, "00", 50), (24, "01", "05"), (24, 14, "00")]]
    hours = urge_hours(events)
    assert hours.window_start == 23
    assert hours.window_count == 5
    assert hours.summary == "Most urges come between 23:00 and 02:00."
    assert hours.in_window(0) and hours.in_window(1) and hours.in_window(23)
    assert not hours.in_window(2) and not hours.in_window(22)


def test_the_spec_sentence_for_late_evenings() -> None:
    events = [urge(f"2026-11-{d}T{h}:30:00+00:00") for d, h in
              [(20, 22), (21, 23), (22, 23), (23, "00"), (24, 22), (25, 10)]]
    assert urge_hours(events).summary == "Most urges come between 22:00 and 01:00."


def test_spread_out_urges_are_said_to_be_spread() -> None:
    events = [urge(f"2026-11-20T{h:02d}:00:00+00:00") for h in (1, 5, 9, 13, 17, 21, 22)]
    summary = urge_hours(events).summary
    assert summary == "Urges come most often between 20:00 and 23:00, and at other times too."


def test_date_only_urges_have_no_hour() -> None:
    events = [urge(f"2026-11-2{d}T12:00:00+00:00", date_only=True) for d in range(1, 5)]
    hours = urge_hours(events)
    assert hours.timed == 0
    assert hours.counts[12] == 0
    assert "date only" in hours.summary


def test_date_only_urges_are_skipped_among_timed_ones() -> None:
    events = [urge("2026-11-21T12:00:00+00:00", date_only=True)] + [
        urge(f"2026-11-2{d}T07:15:00+00:00") for d in (2, 3, 4)]
    hours = urge_hours(events)
    assert hours.timed == 3 and hours.counts[12] == 0
    assert hours.summary == "Most urges come between 06:00 and 09:00."


def test_hours_are_read_in_the_zone_the_urge_happened_across_dst() -> None:
    # London moves to BST at 01:00 UTC on 29 March 2026: 01:30 UTC is 02:30 local.
    events = [urge("2026-03-29T01:30:00+00:00", zone="Europe/London"),
              urge("2026-03-29T00:30:00+00:00", zone="Europe/London"),
              urge("2026-03-30T01:30:00+01:00", zone="Europe/London")]
    hours = urge_hours(events)
    assert hours.counts[2] == 1 and hours.counts[0] == 1 and hours.counts[1] == 1
    assert hours.summary == "Most urges come between 00:00 and 03:00."


def test_busiest_window_prefers_the_peak_in_the_middle() -> None:
    counts = [0] * 24
    counts[22] = 4
    assert busiest_window(counts) == (21, 4)


# Urges per day and the share that passed -------------------------------------


def test_urges_per_day_empty() -> None:
    per_day = urges_per_day([], TODAY)
    assert per_day.counts == [0] * 30
    assert per_day.days[0] == date(2026, 10, 28) and per_day.days[-1] == TODAY
    assert per_day.summary == "No urges logged in the last 30 days."


def test_urges_per_day_counts_and_day_start_offset() -> None:
    events = [urge("2026-11-26T08:00:00+00:00"), urge("2026-11-26T01:30:00+00:00"),
              urge("2026-10-27T23:00:00+00:00")]  # outside the window
    per_day = urges_per_day(events, TODAY)
    assert per_day.counts[-1] == 2 and per_day.total == 2
    night_owl = urges_per_day(events, TODAY, day_starts_at=time(4, 0))
    assert night_owl.counts[-1] == 1 and night_owl.counts[-2] == 1
    assert "2 urges in the last 30 days; at most 2 in one day." == per_day.summary


def test_urges_per_day_trend_sentence() -> None:
    early = [urge(f"2026-11-0{d}T20:00:00+00:00") for d in range(1, 9)]
    late = [urge("2026-11-25T20:00:00+00:00")]
    assert "less often" in urges_per_day(early + late, TODAY).summary


def test_passed_share() -> None:
    events = [urge("2026-11-20T20:00:00+00:00"), urge("2026-11-21T20:00:00+00:00", "contacted"),
              urge("2026-11-22T20:00:00+00:00", "unresolved"), urge("2026-09-01T20:00:00+00:00")]
    share = passed_share(events, TODAY)
    assert (share.passed, share.total, share.passed_recent, share.total_recent) == (2, 4, 1, 3)
    assert share.share == 0.5
    assert (share.left_open, share.reached_out) == (1, 1)
    assert share.summary == "2 of 4 urges passed (50%). Last 30 days: 1 of 3."


def test_passed_share_with_no_and_one_urge() -> None:
    assert passed_share([], TODAY).summary == "No urges logged yet."
    assert passed_share([], TODAY).share is None
    one = passed_share([urge("2026-11-25T20:00:00+00:00")], TODAY)
    assert one.summary.startswith("1 of 1 urge passed (100%).")
    assert "A few more" in one.summary


# Mood ------------------------------------------------------------------------


def test_mood_trend_averages_each_day() -> None:
    events = [mood("2026-11-26T08:00:00+00:00", 2), mood("2026-11-26T20:00:00+00:00", 4)]
    trend = mood_trend(events, TODAY)
    assert trend.averages[-1] == 3.0 and trend.averages[-2] is None
    assert trend.summary == "Check in on a few more days to see a trend."
    assert mood_trend([], TODAY).summary == "No mood check-ins in the last 30 days."


def test_mood_trend_rising_and_steady() -> None:
    rising = [mood(f"2026-11-{d}T08:00:00+00:00", s) for d, s in ((10, 2), (12, 2), (20, 4), (24, 4))]
    assert mood_trend(rising, TODAY).summary == "Your mood has been lifting: 2.0 → 4.0 on average."
    steady = [mood(f"2026-11-{d}T08:00:00+00:00", 3) for d in (10, 12, 20)]
    assert mood_trend(steady, TODAY).summary == "Your mood has been steady, around 3.0 out of 5."


# Activities ------------------------------------------------------------------


def test_activities_per_week_by_category() -> None:
    activities = [
        Activity(title="Run", category="body", on="2026-11-23", done=True),
        Activity(title="Call Mum", category="people", on="2026-11-17", done=True),
        Activity(title="Pottery", category="challenge", on="2026-11-24", done=False),
        Activity(title="Swim", category="body", on="2026-10-05", repeat="weekly",
                 done_dates=["2026-11-02", "2026-11-09", "2026-11-23"]),
        Activity(title="Future", category="joy", on="2026-11-28", done=True),
    ]
    weekly = activities_per_week(activities, TODAY, "monday")
    assert weekly.weeks[-1] == date(2026, 11, 23) and weekly.weeks[0] == date(2026, 10, 5)
    assert weekly.counts[-1]["body"] == 2
    assert weekly.counts[-2]["people"] == 1
    assert weekly.counts[-3]["body"] == 1 and weekly.counts[-4]["body"] == 1
    assert weekly.total == 5  # the one planned after today does not count yet
    assert weekly.summary == "5 activities done in 8 weeks; most often body. Not yet: work, challenge, joy."


def test_activities_per_week_sunday_start_and_nothing_done() -> None:
    weekly = activities_per_week([], TODAY, "sunday")
    assert weekly.weeks[-1] == date(2026, 11, 22)
    assert weekly.total == 0
    assert weekly.summary.startswith("Nothing ticked off in the last 8 weeks yet.")


def test_compute_insights_with_no_data_is_calm_everywhere() -> None:
    insights = compute_insights([], [], TODAY)
    for summary in (insights.per_day.summary, insights.passed.summary, insights.mood.summary,
                    insights.activities.summary, insights.hours.summary):
        assert summary and "%" not in summary


# Periods and unsent messages -------------------------------------------------


def test_period_rows_and_summary() -> None:
    periods = [
        Period(started_on="2026-09-01", length_days=30, ended_on="2026-10-01", outcome="completed"),
        Period(started_on="2026-10-01", length_days=30, started_by="renewal", ended_on="2026-10-12",
               outcome="restarted after a slip"),
        Period(started_on="2026-10-12", length_days=30, started_by="slip", ended_on="2026-10-20",
               outcome="finished early"),
        Period(started_on="2026-11-20", length_days=30, started_by="slip"),
    ]
    rows = period_rows(periods, TODAY)
    assert [r.started_on for r in rows] == [date(2026, 11, 20), date(2026, 10, 12), date(2026, 10, 1), date(2026, 9, 1)]
    assert rows[0].outcome == "ongoing" and rows[0].held_days == 6 and rows[0].ended_on is None
    assert rows[1].outcome == "finished early" and rows[1].held_days == 8
    assert rows[2].outcome == "restarted after a slip" and rows[2].held_days == 11
    assert rows[3].outcome == "completed" and rows[3].held_days == 30
    assert periods_summary(periods, TODAY) == "4 periods · 2 restarts · 1 completed · best streak 41 days."
    assert periods_summary([], TODAY) == "No periods yet."


def test_an_ongoing_period_past_its_end_shows_completed() -> None:
    rows = period_rows([Period(started_on="2026-10-01", length_days=30)], TODAY)
    assert rows[0].outcome == "completed" and rows[0].held_days == 56


def test_unsent_messages_newest_first_with_trigger() -> None:
    events = [
        urge("2026-11-20T22:00:00+00:00", unsent_message="I miss you, Alex.", trigger="reassurance"),
        urge("2026-11-24T23:30:00+00:00", unsent_message="Can we talk?"),
        urge("2026-11-25T10:00:00+00:00", unsent_message="   "),
        urge("2026-11-25T11:00:00+00:00"),
    ]
    messages = unsent_messages(events)
    assert [m.text for m in messages] == ["Can we talk?", "I miss you, Alex."]
    assert messages[1].trigger == "reassurance" and messages[1].day == date(2026, 11, 20)
    assert messages[1].time == "22:00"
    hidden = unsent_messages(events, discreet=True, ex_name="alex")
    assert hidden[1].text == "I miss you, them."


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Kolkata"])
def test_unsent_message_day_in_its_zone(zone: str) -> None:
    event = urge("2026-11-21T03:30:00+00:00", zone=zone, unsent_message="hello")
    message = unsent_messages([event])[0]
    expected = {"America/New_York": (date(2026, 11, 20), "22:30"), "Asia/Kolkata": (date(2026, 11, 21), "09:00")}
    assert (message.day, message.time) == expected[zone]
