"""Stored instants read the same whether the clock gave a Pendulum or a standard-library value."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pendulum
from hypothesis import given, strategies as st

from companion.domain.records import instant_text

ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "America/St_Johns",
         "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Tokyo"]
INSTANTS = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1)).map(
    lambda naive: naive.replace(tzinfo=timezone.utc))


@given(INSTANTS, st.sampled_from(ZONES), st.sampled_from(ZONES))
def test_pendulum_and_plain_instants_give_the_same_text(instant: datetime, seen_in: str, zone: str) -> None:
    as_pendulum = pendulum.instance(instant).in_timezone(seen_in)
    expected = as_pendulum.in_timezone(zone).isoformat()
    assert instant_text(instant, zone) == expected
    assert instant_text(as_pendulum, zone) == expected


def test_the_offset_is_the_one_in_force_in_the_zone() -> None:
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)
    assert instant_text(summer, "Europe/London") == "2026-07-01T13:00:00+01:00"
    assert instant_text(summer + timedelta(days=180), "Europe/London") == "2026-12-28T12:00:00+00:00"
