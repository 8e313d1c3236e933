"""What reminder is due when: fixed instants, zones, day start, skip rules, quiet mode and hours."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.records import Activity, Event, Timer
from companion.domain.reminder_log import ReminderLog
from companion.domain.reminder_prefs import ReminderError, ReminderPrefs, in_quiet_hours
from companion.domain.reminders import Moment, due_now

LONDON = "Europe/London"


def at(text: str, zone: str = LONDON, day_start: time = time(0)) -> Moment:
    """A moment at a local wall time in `zone` ("2026-11-29 08:30")."""
    wall = datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))
    return Moment(wall.astimezone(timezone.utc), zone, day_start)


def kinds(moment: Moment, prefs: ReminderPrefs | None = None, log: ReminderLog | None = None,
          events: list[Event] | None = None, activities: list[Activity] | None = None,
          timer: Timer | None = None, week_start: str = "monday", opened: date | None = None) -> list[str]:
    due = due_now(prefs or ReminderPrefs.from_dict({}), log or ReminderLog(), moment,
                  week_start=week_start, events=events or [], activities=activities or [], timer=timer,
                  today_opened_on=opened)
    return [d.kind for d in due]


def event(kind: str, local: str, zone: str = LONDON) -> Event:
    instant = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    return Event(kind=kind, at=instant.isoformat(), zone=zone)


# 2026-11-29 is a Sunday.

def test_morning_comes_at_its_time_and_not_before() -> None:
    assert kinds(at("2026-11-29 08:29")) == []
    assert kinds(at("2026-11-29 08:30")) == ["morning"]


def test_a_daily_reminder_missed_for_hours_is_dropped() -> None:
    assert "morning" in kinds(at("2026-11-30 12:29"))
    assert "morning" not in kinds(at("2026-11-30 12:31"))


def test_evening_and_sunday_planning_at_their_times() -> None:
    assert kinds(at("2026-11-30 21:00")) == ["evening"]  # a Monday: no planning
    assert kinds(at("2026-11-29 18:00")) == ["planning"]
    assert kinds(at("2026-11-29 21:05")) == ["evening", "planning"]


def test_planning_follows_the_week_start() -> None:
    assert "planning" not in kinds(at("2026-11-29 18:00"), week_start="sunday")
    assert "planning" in kinds(at("2026-11-28 18:00"), week_start="sunday")  # a Saturday
    prefs = ReminderPrefs.from_dict({}).timed("planning", "10:00", "friday")
    assert "planning" in kinds(at("2026-11-27 10:00"), prefs)


def test_morning_rests_once_today_was_opened_or_anything_logged() -> None:
    moment = at("2026-11-29 09:00")
    assert kinds(moment, opened=date(2026, 11, 29)) == []
    assert kinds(moment, opened=date(2026, 11, 28)) == ["morning"]
    assert kinds(moment, events=[event("journal", "2026-11-29 07:10")]) == []
    assert kinds(moment, events=[event("journal", "2026-11-28 23:10")]) == ["morning"]


def test_evening_rests_once_a_mood_is_logged_today() -> None:
    moment = at("2026-11-30 21:30")
    assert kinds(moment, events=[event("mood", "2026-11-30 19:00")]) == []
    assert kinds(moment, events=[event("urge", "2026-11-30 19:00")]) == ["evening"]
    assert kinds(moment, events=[event("mood", "2026-11-29 19:00")]) == ["evening"]


def test_planning_rests_once_next_week_has_activities() -> None:
    moment = at("2026-11-29 18:30")
    this_week = Activity(title="Swim", on="2026-11-28")
    next_week = Activity(title="Swim", on="2026-12-03")
    assert kinds(moment, activities=[this_week]) == ["planning"]
    assert kinds(moment, activities=[next_week]) == []
    weekly = Activity(title="Run", on="2026-11-24", repeat="weekly")
    assert kinds(moment, activities=[weekly]) == []  # it is on next week's plan too


def test_quiet_mode_keeps_only_activities_and_timer() -> None:
    prefs = ReminderPrefs.from_dict({}).quiet(True)
    walk = Activity(title="Walk", on="2026-11-29", at="21:10")
    timer = Timer(ends_at="2026-11-29T20:50:00+00:00")
    assert kinds(at("2026-11-29 21:00"), prefs, activities=[walk], timer=timer) == ["timer", "activities"]
    assert kinds(at("2026-11-29 21:00"), ReminderPrefs.from_dict({}), activities=[walk], timer=timer) == [
        "timer", "evening", "planning", "activities"]


def test_quiet_hours_hold_everything_but_the_timer() -> None:
    prefs = ReminderPrefs.from_dict({}).timed("evening", "22:45")
    late = Activity(title="Night walk", on="2026-11-30", at="23:20")
    timer = Timer(ends_at="2026-11-30T23:00:00+00:00")
    assert kinds(at("2026-11-30 23:10"), prefs, activities=[late], timer=timer) == ["timer"]
    assert kinds(at("2026-11-30 22:50"), prefs) == ["evening"]
    early = ReminderPrefs.from_dict({}).timed("morning", "06:00")
    assert kinds(at("2026-12-01 06:30"), early) == []
    assert kinds(at("2026-12-01 07:00"), early) == ["morning"]  # held, then it comes


def test_activity_reminder_comes_in_the_minutes_before() -> None:
    walk = Activity(title="Walk", on="2026-11-30", at="18:30")
    assert kinds(at("2026-11-30 18:14"), activities=[walk]) == []
    assert kinds(at("2026-11-30 18:15"), activities=[walk]) == ["activities"]
    assert kinds(at("2026-11-30 18:30"), activities=[walk]) == []
    walk.done = True
    assert kinds(at("2026-11-30 18:20"), activities=[walk]) == []
    untimed = Activity(title="Read", on="2026-11-30")
    assert kinds(at("2026-11-30 18:20"), activities=[untimed]) == []
    prefs = ReminderPrefs.from_dict({}).timed("activities", "01:00")
    run = Activity(title="Run", on="2026-11-30", at="17:00", repeat="weekly")
    assert kinds(at("2026-11-30 16:00"), prefs, activities=[run]) == ["activities"]


def test_each_reminder_comes_once() -> None:
    prefs = ReminderPrefs.from_dict({})
    moment = at("2026-11-29 08:40")
    due = due_now(prefs, ReminderLog(), moment, week_start="monday", events=[], activities=[], timer=None)
    log = ReminderLog(sent={d.key: "2026-11-29T08:35:00+00:00" for d in due})
    assert kinds(moment, log=log) == []
    assert kinds(at("2026-11-30 08:40"), log=log) == ["morning"]  # a new day


def test_timer_that_ended_comes_once_and_not_after_a_day() -> None:
    timer = Timer(id="t1", ends_at="2026-11-30T10:00:00+00:00")
    assert kinds(at("2026-11-30 09:59"), timer=timer) == ["morning"]
    assert kinds(at("2026-11-30 10:00", "UTC"), ReminderPrefs.from_dict({}).switched("morning", False),
                 timer=timer) == ["timer"]
    assert kinds(at("2026-12-01 09:59", "UTC"), timer=timer) == ["timer", "morning"]
    assert kinds(at("2026-12-01 10:01", "UTC"), timer=timer) == ["morning"]
    assert kinds(at("2026-11-30 10:01"), ReminderPrefs.from_dict({}).switched("timer", False),
                 opened=date(2026, 11, 30), timer=timer) == []


def test_the_zone_decides_the_local_time() -> None:
    instant = datetime(2026, 11, 30, 8, 30, tzinfo=timezone.utc)
    assert kinds(Moment(instant, "UTC")) == ["morning"]
    assert kinds(Moment(instant, "America/New_York")) == []  # 03:30 there: quiet hours
    assert kinds(Moment(instant, "Asia/Kolkata")) == []  # 14:00 there: morning long past
    assert kinds(Moment(datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc), "Asia/Kolkata")) == ["morning"]


def test_the_day_start_offset_keeps_late_evenings_in_the_day() -> None:
    prefs = ReminderPrefs.from_dict({"quiet_hours": ["03:00", "07:00"]}).timed("evening", "01:00")
    owl = time(4, 0)
    mood_before_midnight = event("mood", "2026-11-30 22:00")
    # 01:30 on Tuesday is still Monday for someone whose day starts at 04:00.
    assert kinds(at("2026-12-01 01:30", day_start=owl), prefs) == ["evening"]
    assert kinds(at("2026-12-01 01:30", day_start=owl), prefs, events=[mood_before_midnight]) == []
    assert kinds(at("2026-12-01 01:30"), prefs, events=[mood_before_midnight]) == ["evening"]


def test_preferences_round_trip_and_refuse_bad_input() -> None:
    prefs = (ReminderPrefs.from_dict({}).timed("morning", "7:05").switched("evening", False)
             .timed("planning", "19:00", "sat").timed("activities", "00:40").quiet(True))
    again = ReminderPrefs.from_dict(prefs.to_dict())
    assert again == prefs
    assert again.reminders["morning"].at == "07:05"
    assert again.reminders["planning"].day == "saturday"
    assert again.reminders["activities"].lead_minutes == 40
    for bad in (lambda p: p.timed("morning", "25:00"), lambda p: p.timed("nap", "10:00"),
                lambda p: p.timed("planning", "10:00", "funday"), lambda p: p.timed("evening", "10:00", "monday"),
                lambda p: p.timed("activities", "05:00"), lambda p: p.timed("timer", "10:00"),
                lambda p: p.switched("nap", True)):
        with pytest.raises(ReminderError):
            bad(ReminderPrefs.from_dict({}))
    assert ReminderPrefs.from_dict({"morning": {"at": "99:99"}, "quiet_hours": "x"}) == ReminderPrefs.from_dict({})


def test_quiet_hours_wrap_midnight() -> None:
    hours = ("23:00", "07:00")
    assert in_quiet_hours(time(23, 0), hours) and in_quiet_hours(time(3, 0), hours)
    assert not in_quiet_hours(time(7, 0), hours) and not in_quiet_hours(time(22, 59), hours)
    assert not in_quiet_hours(time(3, 0), ("00:00", "00:00"))


@settings(max_examples=60, deadline=None)
@given(minutes=st.lists(st.integers(0, 3 * 24 * 60 - 1), min_size=1, max_size=80, unique=True),
       zone=st.sampled_from(["UTC", LONDON, "America/New_York", "Asia/Kolkata"]),
       day_start=st.sampled_from([time(0), time(3), time(5, 30)]),
       quiet_mode=st.booleans())
def test_fired_any_number_of_times_each_reminder_comes_at_most_once_a_day(
        minutes: list[int], zone: str, day_start: time, quiet_mode: bool) -> None:
    start = datetime(2026, 11, 28, tzinfo=timezone.utc)
    prefs = ReminderPrefs.from_dict({}).quiet(quiet_mode)
    walk = Activity(id="walk", title="Walk", on="2026-11-29", at="18:30", repeat="weekly")
    log = ReminderLog()
    seen: list[tuple[str, date]] = []
    for offset in sorted(minutes):
        moment = Moment(start + timedelta(minutes=offset), zone, day_start)
        due = due_now(prefs, log, moment, week_start="monday", events=[], activities=[walk], timer=None)
        for item in due:
            assert not in_quiet_hours(moment.wall.time(), prefs.quiet_hours)
            assert not (quiet_mode and item.kind in ("morning", "evening", "planning"))
            seen.append((item.kind, moment.today))
            log.sent[item.key] = moment.now.isoformat()
    assert len(seen) == len(set(seen))
