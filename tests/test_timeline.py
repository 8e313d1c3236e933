"""The History timeline: every kind of record, newest first, filterable, discreet when asked."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pendulum

from companion.clock import MovableSource
from companion.domain.records import Activity, Event, Period
from companion.domain.timeline import (
    TimelineKind,
    build_timeline,
    filter_timeline,
    hide_name,
)
from tests.app_helpers import onboarded_repo

TODAY = date(2026, 11, 26)


def event(kind: str, at: str, zone: str = "UTC", date_only: bool = False, **data: object) -> Event:
    return Event(kind=kind, at=at, zone=zone, date_only=date_only, data=data)


def test_nothing_gives_an_empty_timeline() -> None:
    assert build_timeline([], [], [], TODAY) == []


def test_a_timer_urge_with_an_unsent_message_is_two_items() -> None:
    urge = event("urge", "2026-11-25T22:40:00+00:00", intensity_before=8, intensity_after=3,
                 outcome="resisted", handled="timer", minutes_planned=15, minutes_waited=15.0,
                 unsent_message="I keep thinking about you, Alex.", trigger="reassurance", note="")
    items = build_timeline([], [urge], [], TODAY, ex_name="Alex")
    assert [i.kind for i in items] == [TimelineKind.URGE, TimelineKind.UNSENT]
    assert items[0].title == "Urge · 8 → 3 · passed · waited 15 minutes"
    assert items[0].time == "22:40" and items[0].day == date(2026, 11, 25)
    assert items[1].title == "Unsent message · wanted reassurance"
    assert items[1].detail == "I keep thinking about you, Alex."


def test_a_timer_urge_shows_what_was_waited_not_what_was_planned() -> None:
    def title(**data: object) -> str:
        urge = event("urge", "2026-11-25T22:40:00+00:00", outcome="unresolved", handled="timer", **data)
        return build_timeline([], [urge], [], TODAY)[0].title

    assert title(minutes_planned=15, minutes_waited=0.2).endswith("waited less than a minute")
    assert title(minutes_planned=15, minutes_waited=6.3).endswith("waited 6 minutes")
    assert title(minutes_planned=20).endswith("timer of 20 min")  # an old record: the plan, said as one


def test_contacts_both_ways_and_discreet_wording() -> None:
    events = [
        event("contact_from_them", "2026-11-24T18:00:00+00:00", channel="text", about="logistics",
              replied=True, note="Alex asked about the keys"),
        event("contact_from_me", "2026-11-25T09:00:00+00:00", essential=True, slip=False, note=""),
    ]
    plain = build_timeline([], events, [], TODAY, ex_name="Alex")
    assert plain[0].title == "You replied · essential"
    assert plain[1].title == "Alex reached out · text · about logistics · you replied"
    assert plain[1].detail == "Alex asked about the keys"
    discreet = build_timeline([], events, [], TODAY, discreet=True, ex_name="Alex")
    assert discreet[0].title == "Message sent · essential"
    assert discreet[1].title == "Message received · text · about logistics · you replied"
    assert "Alex" not in discreet[1].detail and "They asked" in discreet[1].detail
    assert all("Alex" not in item.title for item in discreet)


def test_a_slip_day_reads_newest_first(data_file: Path) -> None:
    source = MovableSource(pendulum.parse("2026-11-24T21:00:00+00:00"))
    repo = onboarded_repo(data_file, source=source, last_contact=date(2026, 11, 10))
    repo.events.log_contact_from_me(essential=False, note="sent a long text")
    source.advance(days=2)
    snap = repo.load()
    items = build_timeline(snap.periods, snap.events, snap.activities, date(2026, 11, 26))
    assert [(i.day, i.kind, i.subkind) for i in items] == [
        (date(2026, 11, 24), TimelineKind.PERIOD, "start"),
        (date(2026, 11, 24), TimelineKind.PERIOD, "end"),
        (date(2026, 11, 24), TimelineKind.CONTACT, "from_me"),
        (date(2026, 11, 10), TimelineKind.PERIOD, "start"),
    ]
    assert items[0].title == "No Contact period began after a restart point · 30 days"
    assert items[1].title == "Period restarted after a slip · day 14"
    assert items[2].time == "21:00"


def test_a_completed_ongoing_period_gets_its_end() -> None:
    items = build_timeline([Period(started_on="2026-10-01", length_days=30)], [], [], TODAY)
    assert [i.title for i in items] == ["Period completed · 30 days",
                                        "No Contact period began · 30 days"]
    assert items[0].day == date(2026, 10, 31)


def test_activities_done_including_weekly_ones_but_not_future_ones() -> None:
    activities = [
        Activity(title="Run", category="body", on="2026-11-25", at="07:30", done=True,
                 done_times={"2026-11-25": "07:45"}),
        Activity(title="Swim", category="body", on="2026-11-05", repeat="weekly",
                 done_dates=["2026-11-12", "2026-11-19"]),
        Activity(title="Not done", category="joy", on="2026-11-25"),
        Activity(title="Ahead", category="joy", on="2026-11-28", done=True),
    ]
    items = build_timeline([], [], activities, TODAY)
    assert [(i.day, i.title) for i in items] == [
        (date(2026, 11, 25), "Done · Run (body)"),
        (date(2026, 11, 19), "Done · Swim (body)"),
        (date(2026, 11, 12), "Done · Swim (body)"),
    ]
    assert items[0].time == "07:45" and items[1].time is None  # when it was ticked, not planned


def test_a_done_activity_never_shows_a_time_it_was_not_done_at() -> None:
    planned_later = Activity(title="Walk", category="body", on="2026-11-26", at="18:00", done=True,
                             done_at="2026-11-26T09:00:00+00:00")
    ticked_later = Activity(title="Call Mum", category="people", on="2026-11-24", at="18:00", done=True,
                            done_at="2026-11-24")
    items = build_timeline([], [], [planned_later, ticked_later], TODAY)
    assert [(i.title, i.time) for i in items] == [("Done · Walk (body)", "09:00"),
                                                 ("Done · Call Mum (people)", None)]


def test_moods_journal_and_date_only_events() -> None:
    events = [
        event("mood", "2026-11-26T08:00:00+00:00", score=4, note="slept well"),
        event("journal", "2026-11-25T12:00:00+00:00", date_only=True, text="A long day.\nBut fine."),
        event("milestone", "2026-11-26T08:00:00+00:00", days=7),
    ]
    items = build_timeline([], events, [], TODAY)
    assert [i.title for i in items] == ["Mood 4/5", "Journal · A long day. But fine."]
    assert items[1].time is None and items[1].detail == "A long day.\nBut fine."


def test_day_start_offset_moves_late_night_items_to_the_day_before() -> None:
    events = [event("urge", "2026-11-26T01:30:00+00:00", outcome="resisted"),
              event("mood", "2026-11-25T23:00:00+00:00", score=3)]
    items = build_timeline([], events, [], TODAY, time(4, 0))
    assert [i.day for i in items] == [date(2026, 11, 25), date(2026, 11, 25)]
    assert [i.kind for i in items] == [TimelineKind.URGE, TimelineKind.MOOD]


def test_filter_keeps_order() -> None:
    events = [event("mood", f"2026-11-2{d}T08:00:00+00:00", score=d % 5 + 1) for d in range(1, 6)]
    events.append(event("urge", "2026-11-23T09:00:00+00:00", outcome="unresolved"))
    items = build_timeline([], events, [], TODAY)
    moods = filter_timeline(items, TimelineKind.MOOD)
    assert [i.day.day for i in moods] == [25, 24, 23, 22, 21]
    assert filter_timeline(items, None) == items
    assert [i.title for i in filter_timeline(items, TimelineKind.URGE)] == ["Urge · left open"]


def test_hide_name_matches_whole_words_only() -> None:
    assert hide_name("Alex and alexandra", "alex") == "They and alexandra"
    assert hide_name("I miss Alex, and Alex's laugh", "Alex") == "I miss them, and their laugh"
    assert hide_name("anything", "  ") == "anything"


def test_a_completed_end_and_a_renewal_open_their_day() -> None:
    periods = [Period(id="a", started_on="2026-10-01", length_days=30, ended_on="2026-10-31", outcome="completed"),
               Period(id="b", started_on="2026-10-31", length_days=30, started_by="renewal")]
    events = [event("mood", "2026-10-31T09:00:00+00:00", score=4)]
    items = build_timeline(periods, events, [], TODAY)
    assert [(i.kind, i.subkind) for i in items] == [
        (TimelineKind.MOOD, ""), (TimelineKind.PERIOD, "start"), (TimelineKind.PERIOD, "end"),
        (TimelineKind.PERIOD, "start")]
    assert items[1].title == "No Contact period began, a new round · 30 days"


def test_date_only_items_on_one_day_show_the_later_written_first() -> None:
    events = [event("contact_from_them", "2026-11-21T12:00:00+00:00", date_only=True, channel="call",
                    about="emergency", replied=False, note=""),
              event("contact_from_me", "2026-11-21T12:00:00+00:00", date_only=True, essential=True, note="")]
    items = build_timeline([], events, [], TODAY)
    assert [i.subkind for i in items] == ["from_me", "from_them"]
