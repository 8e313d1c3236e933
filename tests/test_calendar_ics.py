"""The .ics export, checked with a real iCalendar parser (the `icalendar` package)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pendulum
import pytest
from click.testing import CliRunner
from dateutil.rrule import rrulestr

from companion.cli.group import main
from companion.exports.calendar import calendar
from companion.domain.records import Activity
from companion.exports.vtimezone import vtimezone_lines
from tests.app_helpers import onboarded_repo

STAMP = pendulum.datetime(2026, 11, 26, 9, tz="UTC")
AWKWARD = [
    "Drinks, then dinner; maybe dancing",
    "Line one\nline two",
    "Back\\slash and \"quotes\"",
    "Run 🏃‍♀️ then 🍜 — ça va 😊",
    "A very long title that goes on and on so that the content line has to be folded " * 2,
]


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def test_awkward_titles_and_notes_round_trip() -> None:
    activities = [Activity(title=t, category="joy", on="2026-11-27", at="19:00", note=t[::-1])
                  for t in AWKWARD]
    text = calendar(activities, "Europe/London", STAMP)
    events = parse(text).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted(AWKWARD)
    assert sorted(str(e["DESCRIPTION"]) for e in events) == sorted(t[::-1] for t in AWKWARD)


def test_lines_are_crlf_and_folded_to_75_octets() -> None:
    text = calendar([Activity(title=AWKWARD[3] * 10, category="joy", on="2026-11-27")], "UTC", STAMP)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert max(len(line.encode("utf-8")) for line in text.split("\r\n")) <= 75


def test_event_fields() -> None:
    timed = Activity(title="Swim", category="body", on="2026-11-27", at="07:15", minutes=40, note="lane 3")
    allday = Activity(title="Museum", category="joy", on="2026-11-28", minutes=120)
    cal = parse(calendar([timed, allday], "America/New_York", STAMP))
    swim, museum = sorted(cal.walk("VEVENT"), key=lambda e: str(e["SUMMARY"]), reverse=True)
    start = swim.decoded("DTSTART")
    assert start == datetime(2026, 11, 27, 7, 15, tzinfo=ZoneInfo("America/New_York"))
    assert start.utcoffset() == timedelta(hours=-5)
    assert swim["DTSTART"].params["TZID"] == "America/New_York"
    assert swim.decoded("DURATION") == timedelta(minutes=40)
    assert [str(c) for c in swim["CATEGORIES"].cats] == ["body"]
    assert str(swim["DESCRIPTION"]) == "lane 3"
    assert str(swim["UID"]) == f"{timed.id}@companion"
    assert museum.decoded("DTSTART") == date(2026, 11, 28)
    assert museum["DTSTART"].params.get("VALUE") == "DATE"
    assert museum.decoded("DURATION") == timedelta(days=1)
    assert "120 minutes" in str(museum["DESCRIPTION"])
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "America/New_York"


def test_no_vtimezone_without_timed_events() -> None:
    text = calendar([Activity(title="Rest", category="joy", on="2026-11-28")], "Europe/Paris", STAMP)
    assert "VTIMEZONE" not in text and "TZID" not in text


def test_weekly_repeat_is_an_rrule_with_skipped_dates() -> None:
    gym = Activity(title="Gym", category="body", on="2026-11-23", at="18:00", repeat="weekly",
                   skipped_dates=["2026-11-30"], done_dates=["2026-11-23"])
    (event,) = parse(calendar([gym], "Europe/London", STAMP)).walk("VEVENT")
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    exdates = [d.dt for d in event["EXDATE"].dts]
    assert exdates == [datetime(2026, 11, 30, 18, 0, tzinfo=ZoneInfo("Europe/London"))]


def expand_offsets(lines: list[str], start: datetime, end: datetime) -> list[tuple[datetime, timedelta]]:
    """Every onset (in UTC) and the offset it brings, read back from a VTIMEZONE."""
    (vtimezone,) = parse("BEGIN:VCALENDAR\r\n" + "\r\n".join(lines) + "\r\nEND:VCALENDAR\r\n").walk("VTIMEZONE")
    onsets: list[tuple[datetime, timedelta]] = []
    for part in vtimezone.subcomponents:
        local = part.decoded("DTSTART")
        before = part["TZOFFSETFROM"].td
        after = part["TZOFFSETTO"].td
        if "RRULE" in part:
            rule = rrulestr(part["RRULE"].to_ical().decode(), dtstart=local)
            locals_ = rule.between(local - timedelta(seconds=1), end + timedelta(days=1), inc=True)
        else:
            locals_ = [local]
        onsets.extend((moment - before, after) for moment in locals_)
    return sorted(onsets)


def offset_at(onsets: list[tuple[datetime, timedelta]], utc: datetime) -> timedelta:
    return [offset for moment, offset in onsets if moment <= utc][-1]


@pytest.mark.parametrize("zone", [
    "Europe/London", "America/New_York", "Australia/Sydney", "Pacific/Auckland", "Asia/Jerusalem",
    "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns", "UTC",
])
def test_vtimezone_matches_the_zone_database_far_beyond_the_scan(zone: str) -> None:
    lines = vtimezone_lines(zone, 2026, 2031)
    end = datetime(2045, 1, 1)
    onsets = expand_offsets(lines, datetime(2026, 1, 1), end)
    tz = ZoneInfo(zone)
    moment = datetime(2026, 1, 1, 12)
    while moment < end:  # every 5 days for 19 years, including years never scanned
        expected = moment.replace(tzinfo=timezone.utc).astimezone(tz).utcoffset()
        assert offset_at(onsets, moment) == expected, (zone, moment)
        moment += timedelta(days=5, hours=1)


def test_vtimezone_transitions_are_exact_to_the_second() -> None:
    onsets = expand_offsets(vtimezone_lines("Europe/London", 2026, 2028), datetime(2026, 1, 1), datetime(2029, 1, 1))
    changes = [moment for moment, _ in onsets if moment.year == 2026]
    assert datetime(2026, 3, 29, 1, 0) in changes and datetime(2026, 10, 25, 1, 0) in changes


def test_dst_week_events_get_the_right_offsets() -> None:
    saturday = Activity(title="Before", category="joy", on="2026-03-28", at="10:00")
    sunday = Activity(title="After", category="joy", on="2026-03-29", at="10:00")
    text = calendar([saturday, sunday], "Europe/London", STAMP)
    cal = parse(text)
    (vtimezone,) = cal.walk("VTIMEZONE")
    tz = vtimezone.to_tz()
    offsets = {str(e["SUMMARY"]): datetime(2026, 3, 28 if str(e["SUMMARY"]) == "Before" else 29, 10,
                                          tzinfo=tz).utcoffset() for e in cal.walk("VEVENT")}
    assert offsets == {"Before": timedelta(0), "After": timedelta(hours=1)}


def test_export_cli_keeps_uids_stable(data_file: Path, tmp_path: Path) -> None:
    repo = onboarded_repo(data_file)
    first = Activity(title="Call Jo, then walk; 🌧", category="people", on="2026-11-26", at="18:00")
    repo.activities.plan(first)
    runner = CliRunner()
    out1, out2 = tmp_path / "a.ics", tmp_path / "b.ics"
    assert runner.invoke(main, ["export", "--format", "ics", "-o", str(out1)]).exit_code == 0
    repo.activities.plan(Activity(title="Read", category="joy", on="2026-11-27", repeat="weekly"))
    repo.activities.update(first.id, title="Call Jo")
    assert runner.invoke(main, ["export", "--format", "ics", "-o", str(out2)]).exit_code == 0
    uids1 = {str(e["UID"]): str(e["SUMMARY"]) for e in parse(out1.read_text()).walk("VEVENT")}
    uids2 = {str(e["UID"]): str(e["SUMMARY"]) for e in parse(out2.read_text()).walk("VEVENT")}
    assert uids1 == {f"{first.id}@companion": "Call Jo, then walk; 🌧"}
    assert uids2[f"{first.id}@companion"] == "Call Jo" and len(uids2) == 2


def test_export_cli_week_filter(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="This week", category="work", on="2026-11-24"))
    repo.activities.plan(Activity(title="Next week", category="work", on="2026-12-01"))
    repo.activities.plan(Activity(title="Every week", category="body", on="2026-11-02", repeat="weekly"))
    result = CliRunner().invoke(main, ["export", "--format", "ics", "--week", "next"])
    assert result.exit_code == 0, result.output
    titles = sorted(str(e["SUMMARY"]) for e in parse(result.stdout).walk("VEVENT"))
    assert titles == ["Every week", "Next week"]
