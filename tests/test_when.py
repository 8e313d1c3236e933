"""WHEN values people type: dates, date-times, `yesterday`, `3 days ago`, `22:30`."""

from __future__ import annotations

from datetime import date, time

import pytest

from companion.clock import Clock, MovableSource, parse_instant
from companion.domain.when import (
    WhenError,
    date_of_when,
    parse_day,
    parse_past_day,
    parse_when,
    say_date,
)

NOW = "2026-11-26T09:00:00+00:00"


def clock(now: str = NOW, zone: str = "Europe/London", day_starts_at: time = time(0)) -> Clock:
    """A clock fixed at `now` in `zone`."""
    return Clock(MovableSource(parse_instant(now)), zone, day_starts_at)


@pytest.mark.parametrize(
    ("text", "instant", "date_only"),
    [
        ("2026-11-20", "2026-11-20T12:00:00+00:00", True),
        ("2026-11-20T22:30", "2026-11-20T22:30:00+00:00", False),
        ("2026-11-20 22:30", "2026-11-20T22:30:00+00:00", False),
        ("2026-11-20t22:30", "2026-11-20T22:30:00+00:00", False),
        ("2026-11-20T22:30:15", "2026-11-20T22:30:15+00:00", False),
        ("2026-11-20T22:30+05:00", "2026-11-20T17:30:00+00:00", False),
        ("2026-11-26T08:59:59Z", "2026-11-26T08:59:59+00:00", False),
        ("yesterday", "2026-11-25T12:00:00+00:00", True),
        (" Yesterday ", "2026-11-25T12:00:00+00:00", True),
        ("3 days ago", "2026-11-23T12:00:00+00:00", True),
        ("1 day ago", "2026-11-25T12:00:00+00:00", True),
        ("2 weeks ago", "2026-11-12T12:00:00+00:00", True),
        ("08:30", "2026-11-26T08:30:00+00:00", False),
        ("8:30", "2026-11-26T08:30:00+00:00", False),
        ("00:00", "2026-11-26T00:00:00+00:00", False),
    ],
)
def test_parse_when(text: str, instant: str, date_only: bool) -> None:
    when = parse_when(text, clock())
    assert when.instant == parse_instant(instant)
    assert when.date_only is date_only


@pytest.mark.parametrize("text", [None, "", "now", "today", "TODAY"])
def test_now_and_today_mean_this_moment(text: str | None) -> None:
    when = parse_when(text, clock())
    assert when.instant == parse_instant(NOW)
    assert when.date_only is False


def test_a_date_is_recorded_at_noon_in_the_users_zone() -> None:
    when = parse_when("2026-11-20", clock(zone="Asia/Kolkata"))
    assert when.instant.in_timezone("Asia/Kolkata").hour == 12
    assert date_of_when(when, clock(zone="Asia/Kolkata")) == date(2026, 11, 20)


def test_today_as_a_date_before_noon_is_not_in_the_future() -> None:
    # At 09:00 the 26th at noon would be in the future; it is clamped to now.
    when = parse_when("2026-11-26", clock())
    assert when.instant == parse_instant(NOW)
    assert when.date_only is True


def test_time_of_day_is_read_in_the_users_zone() -> None:
    tokyo = clock("2026-11-25T23:30:00Z", "Asia/Tokyo")  # 08:30 on the 26th in Tokyo
    when = parse_when("07:15", tokyo)
    assert when.instant == parse_instant("2026-11-25T22:15:00Z")
    assert date_of_when(when, tokyo) == date(2026, 11, 26)


def test_time_of_day_with_a_late_day_start() -> None:
    # 01:30 on the 21st with a 04:00 start: "today" is the 20th.
    owl = clock("2026-11-21T01:30:00Z", day_starts_at=time(4))
    late = parse_when("23:00", owl)  # last evening, still the 20th
    assert late.instant == parse_instant("2026-11-20T23:00:00Z")
    small_hours = parse_when("01:00", owl)  # after midnight: the 21st on the calendar
    assert small_hours.instant == parse_instant("2026-11-21T01:00:00Z")
    assert date_of_when(small_hours, owl) == date(2026, 11, 20)
    with pytest.raises(WhenError, match="future"):
        parse_when("03:00", owl)


def test_time_of_day_on_a_dst_day() -> None:
    # New York, 2026-11-01 (fall back) at 12:00 EST = 17:00 UTC.
    ny = clock("2026-11-01T17:00:00Z", "America/New_York")
    assert parse_when("00:30", ny).instant == parse_instant("2026-11-01T04:30:00Z")
    assert parse_when("11:00", ny).instant == parse_instant("2026-11-01T16:00:00Z")
    # London, 2026-03-29 (spring forward): 01:30 does not exist; it is refused with the
    # time that did, never silently moved to it.
    london = clock("2026-03-29T12:00:00Z", "Europe/London")
    for text in ("01:30", "2026-03-29T01:30", "2026-03-29 01:59"):
        with pytest.raises(WhenError, match=r"did not exist in Europe/London.*try 02:"):
            parse_when(text, london)
    assert parse_when("02:30", london).instant == parse_instant("2026-03-29T01:30:00Z")
    assert parse_when("00:59", london).instant == parse_instant("2026-03-29T00:59:00Z")
    # With its own offset a time is that instant, whatever the zone's clocks did.
    assert parse_when("2026-03-29T01:30+00:00", london).instant == parse_instant("2026-03-29T01:30:00Z")


@pytest.mark.parametrize(
    "text",
    ["22:30", "tomorrow", "2026-11-27", "2026-11-26T09:00:01Z", "2026-11-26T10:00", "later"],
)
def test_future_and_unknown_moments_are_refused(text: str) -> None:
    with pytest.raises(WhenError):
        parse_when(text, clock())


@pytest.mark.parametrize("text", ["22:30", "2026-11-27", "2026-11-26T10:00"])
def test_future_is_named(text: str) -> None:
    with pytest.raises(WhenError, match="in the future"):
        parse_when(text, clock())


@pytest.mark.parametrize(
    "text",
    ["nonsense", "24:00", "12:60", "2026-02-30", "2026-11-20T25:00", "-1 days ago", "3 parsecs ago",
     "2026-W47-1", "0001-01-01", "1850-06-01", "2026-11-20T22:30 Europe/Paris", "½"],
)
def test_nonsense_is_refused_with_a_hint(text: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_when(text, clock())
    message = str(caught.value)
    assert "\n" not in message
    assert repr(text.strip()) in message or "too long ago" in message


def test_parse_day_and_parse_past_day() -> None:
    today = date(2026, 11, 26)
    assert parse_day("today", today) == today
    assert parse_day("yesterday", today) == date(2026, 11, 25)
    assert parse_day("6 days ago", today) == date(2026, 11, 20)
    assert parse_day("1 week ago", today) == date(2026, 11, 19)
    assert parse_day("2026-12-01", today) == date(2026, 12, 1)  # a plain date may be ahead
    with pytest.raises(WhenError, match="future"):
        parse_past_day("2026-12-01", today)
    with pytest.raises(WhenError):
        parse_day("", today)
    with pytest.raises(WhenError):
        parse_past_day("1066-10-14", today)


def test_say_date() -> None:
    assert say_date(date(2026, 11, 20)) == "Friday 20 November"
    assert say_date(date(2026, 11, 20), date(2026, 11, 26)) == "Friday 20 November"
    assert say_date(date(2025, 11, 20), date(2026, 11, 26)) == "Thursday 20 November 2025"
