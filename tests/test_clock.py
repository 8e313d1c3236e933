"""The clock: which calendar date an instant belongs to, wherever and whenever the user is."""

from __future__ import annotations

from datetime import date, time

import pendulum
import pytest

from companion.clock import (
    Clock,
    ClockError,
    MovableSource,
    check_zone,
    default_source,
    local_date,
    parse_day_start,
    parse_instant,
    system_zone_name,
)


def at(text: str) -> pendulum.DateTime:
    """An instant from ISO-8601 text."""
    return parse_instant(text)


def clock_at(text: str, zone: str, day_starts_at: time = time(0)) -> Clock:
    """A clock fixed at `text`, seen from `zone`."""
    return Clock(MovableSource(at(text)), zone, day_starts_at)


# A calendar date is read on the wall clock of the zone -----------------------


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        # Asia/Tokyo (+09:00) near UTC midnight: Tokyo is already on the next day.
        ("2026-11-25T14:59:00Z", "Asia/Tokyo", date(2026, 11, 25)),
        ("2026-11-25T15:00:00Z", "Asia/Tokyo", date(2026, 11, 26)),
        ("2026-11-25T23:30:00Z", "Asia/Tokyo", date(2026, 11, 26)),
        ("2026-11-26T00:30:00Z", "Asia/Tokyo", date(2026, 11, 26)),
        # Asia/Kolkata (+05:30), a half-hour zone.
        ("2026-11-25T18:29:00Z", "Asia/Kolkata", date(2026, 11, 25)),
        ("2026-11-25T18:30:00Z", "Asia/Kolkata", date(2026, 11, 26)),
        # America/St_Johns (-03:30 in November), a half-hour zone behind UTC.
        ("2026-11-26T03:29:00Z", "America/St_Johns", date(2026, 11, 25)),
        ("2026-11-26T03:30:00Z", "America/St_Johns", date(2026, 11, 26)),
        # The same instant is a different date on each side of the world.
        ("2026-11-26T02:00:00Z", "America/New_York", date(2026, 11, 25)),
        ("2026-11-26T02:00:00Z", "Europe/London", date(2026, 11, 26)),
    ],
)
def test_local_date_reads_the_wall_clock_of_the_zone(instant: str, zone: str, expected: date) -> None:
    assert local_date(at(instant), zone) == expected
    assert clock_at(instant, zone).today() == expected


def test_day_start_offset_puts_half_past_one_on_the_day_before() -> None:
    # With a 04:00 day start, 01:30 on the 21st still belongs to the 20th.
    clock = clock_at("2026-11-21T01:30:00Z", "Europe/London", time(4, 0))
    assert clock.today() == date(2026, 11, 20)
    # 04:00 exactly starts the 21st.
    assert clock_at("2026-11-21T04:00:00Z", "Europe/London", time(4, 0)).today() == date(2026, 11, 21)
    assert clock_at("2026-11-21T03:59:59Z", "Europe/London", time(4, 0)).today() == date(2026, 11, 20)
    # Without the offset, 01:30 is the 21st.
    assert clock_at("2026-11-21T01:30:00Z", "Europe/London").today() == date(2026, 11, 21)


def test_day_start_offset_in_a_half_hour_zone() -> None:
    # 01:30 IST on the 21st is 20:00 UTC on the 20th.
    clock = clock_at("2026-11-20T20:00:00Z", "Asia/Kolkata", time(4, 0))
    assert clock.now().hour == 1 and clock.now().minute == 30
    assert clock.today() == date(2026, 11, 20)


# DST: the day has 23 or 25 hours, and dates still follow the wall clock -----


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        # Europe/London springs forward on 2026-03-29 at 01:00 UTC (a 23-hour day).
        ("2026-03-28T23:59:00Z", "Europe/London", date(2026, 3, 28)),
        ("2026-03-29T00:30:00Z", "Europe/London", date(2026, 3, 29)),
        ("2026-03-29T22:59:00Z", "Europe/London", date(2026, 3, 29)),  # 23:59 BST
        ("2026-03-29T23:00:00Z", "Europe/London", date(2026, 3, 30)),  # 00:00 BST
        # ... and falls back on 2026-10-25 at 01:00 UTC (a 25-hour day).
        ("2026-10-24T22:59:00Z", "Europe/London", date(2026, 10, 24)),  # 23:59 BST
        ("2026-10-24T23:00:00Z", "Europe/London", date(2026, 10, 25)),  # 00:00 BST
        ("2026-10-25T23:59:00Z", "Europe/London", date(2026, 10, 25)),  # 23:59 GMT
        ("2026-10-26T00:00:00Z", "Europe/London", date(2026, 10, 26)),
        # America/New_York springs forward on 2026-03-08 at 02:00 local (07:00 UTC).
        ("2026-03-08T04:59:00Z", "America/New_York", date(2026, 3, 7)),  # 23:59 EST
        ("2026-03-08T05:00:00Z", "America/New_York", date(2026, 3, 8)),
        ("2026-03-09T03:59:00Z", "America/New_York", date(2026, 3, 8)),  # 23:59 EDT
        ("2026-03-09T04:00:00Z", "America/New_York", date(2026, 3, 9)),
        # ... and falls back on 2026-11-01 at 02:00 local (06:00 UTC).
        ("2026-11-01T03:59:00Z", "America/New_York", date(2026, 10, 31)),  # 23:59 EDT
        ("2026-11-01T04:00:00Z", "America/New_York", date(2026, 11, 1)),
        ("2026-11-02T04:59:00Z", "America/New_York", date(2026, 11, 1)),  # 23:59 EST
        ("2026-11-02T05:00:00Z", "America/New_York", date(2026, 11, 2)),
    ],
)
def test_dates_follow_the_wall_clock_across_dst(instant: str, zone: str, expected: date) -> None:
    assert clock_at(instant, zone).today() == expected


def test_both_repeated_hours_of_a_fall_back_night_are_the_same_date() -> None:
    # 01:30 happens twice in New York on 2026-11-01: 05:30 UTC (EDT) and 06:30 UTC (EST).
    first = clock_at("2026-11-01T05:30:00Z", "America/New_York")
    second = clock_at("2026-11-01T06:30:00Z", "America/New_York")
    assert first.now().hour == second.now().hour == 1
    assert first.today() == second.today() == date(2026, 11, 1)
    # With a 02:00 day start both still belong to the 31st.
    assert clock_at("2026-11-01T06:30:00Z", "America/New_York", time(2)).today() == date(2026, 10, 31)


def test_next_rollover_respects_dst_and_day_start() -> None:
    # Spring forward night in London: the next day starts at 00:00 BST = 23:00 UTC.
    clock = clock_at("2026-03-29T12:00:00Z", "Europe/London")
    assert clock.next_rollover().in_timezone("UTC") == at("2026-03-29T23:00:00Z")
    # With a 04:00 start, at 01:30 on the 21st the next day starts at 04:00 on the 21st.
    owl = clock_at("2026-11-21T01:30:00Z", "Europe/London", time(4))
    assert owl.next_rollover().in_timezone("UTC") == at("2026-11-21T04:00:00Z")
    # Rolling over changes the date by exactly one.
    source = MovableSource(at("2026-11-01T05:30:00Z"))
    ny = Clock(source, "America/New_York", time(1, 30))
    before = ny.today()
    source.instant = ny.next_rollover()
    assert (ny.today() - before).days == 1


# Settings and configuration -------------------------------------------------


def test_with_settings_keeps_the_time_source() -> None:
    source = MovableSource(at("2026-11-25T23:30:00Z"))
    london = Clock(source, "Europe/London")
    tokyo = london.with_settings("Asia/Tokyo", time(0))
    assert london.today() == date(2026, 11, 25)
    assert tokyo.today() == date(2026, 11, 26)
    source.advance(hours=1)
    assert london.today() == date(2026, 11, 26)
    # An empty zone means the system's one.
    assert london.with_settings(None, time(0)).zone == system_zone_name()


def test_companion_now_fixes_the_instant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPANION_NOW", "2026-03-29T00:30:00+00:00")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    clock = Clock()
    assert clock.zone == "Asia/Tokyo"
    assert clock.now() == at("2026-03-29T00:30:00Z")
    assert clock.now().utcoffset().total_seconds() == 9 * 3600
    assert clock.today() == date(2026, 3, 29)
    assert default_source()() == at("2026-03-29T00:30:00Z")


def test_tz_with_leading_colon_and_unknown_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", ":America/St_Johns")
    assert system_zone_name() == "America/St_Johns"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert isinstance(system_zone_name(), str)  # falls back, never crashes


def test_the_real_clock_is_used_without_companion_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPANION_NOW")
    first = default_source()()
    assert first.year >= 2024 and first.utcoffset() is not None


@pytest.mark.parametrize("text", ["yesterday", "2026-13-01", "", "12"])
def test_bad_companion_now_is_refused(text: str) -> None:
    with pytest.raises(ClockError):
        parse_instant(text)


def test_naive_instant_is_read_in_the_given_zone() -> None:
    assert parse_instant("2026-11-26T09:00", "Asia/Kolkata") == at("2026-11-26T03:30:00Z")
    assert parse_instant("2026-11-26T09:00") == at("2026-11-26T09:00:00Z")


def test_check_zone() -> None:
    assert check_zone("Asia/Kolkata") == "Asia/Kolkata"
    with pytest.raises(ClockError, match="unknown time zone"):
        check_zone("Mars/Olympus_Mons")
    with pytest.raises(ClockError):
        Clock(MovableSource(at("2026-11-26T09:00:00Z")), "Nowhere/Land")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("00:00", time(0)), ("04:00", time(4)), ("6:00", time(6)), (" 01:30 ", time(1, 30))],
)
def test_parse_day_start(text: str, expected: time) -> None:
    assert parse_day_start(text) == expected


@pytest.mark.parametrize("text", ["06:01", "07:00", "23:00", "4", "four", "25:00", "04:60", ""])
def test_parse_day_start_refuses(text: str) -> None:
    with pytest.raises(ClockError):
        parse_day_start(text)


def test_movable_source_advances() -> None:
    source = MovableSource(at("2026-11-26T09:00:00Z"))
    source.advance(days=1, minutes=5)
    assert source() == at("2026-11-27T09:05:00Z")
