"""One kind of instant: clock.py alone knows Pendulum, the zone database and the quick
path the first frames take; everything else asks it (issue 14, point 3)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from datetime import timezone
from pathlib import Path

import pytest

import companion
from companion import clock
from companion.domain.moments import wall_time
from companion.domain.records import Event
from companion.exports.vtimezone import vtimezone_lines, zone_rules
from tests.app_helpers import onboarded_repo

PACKAGE = Path(companion.__file__).parent
CLOCK = PACKAGE / "clock.py"

# Who may know how instants and zones are made: only the clock.
ZONE_MODULES = {"pendulum", "zoneinfo"}
# Methods a Pendulum DateTime has and a standard datetime has not: calling one outside
# the clock would break on the instants the first frames make with the standard library.
PENDULUM_ONLY = {"in_timezone", "in_tz", "diff", "diff_for_humans", "to_datetime_string",
                 "to_date_string", "to_time_string", "to_iso8601_string", "start_of", "end_of",
                 "naive", "is_past", "is_future", "int_timestamp"}
# `add` and `subtract` are Pendulum's only with its time units as their only arguments
# (`seen.add(key)` is a set's).
TIME_UNITS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "microseconds"}


def problems_in(source: str) -> list[str]:
    """What in `source` only the clock may do: import Pendulum or zoneinfo, or call a
    Pendulum-only method on an instant."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        found += [f"line {node.lineno}: imports {name}" for name in names
                  if name.split(".")[0] in ZONE_MODULES]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method = node.func.attr
            units = {keyword.arg for keyword in node.keywords}
            shifts = (method in ("add", "subtract") and not node.args and units
                      and units <= TIME_UNITS)
            if method in PENDULUM_ONLY or shifts:
                found.append(f"line {node.lineno}: calls .{method}()")
    return found


def test_the_check_finds_what_it_looks_for_and_nothing_else() -> None:
    source = ("import pendulum\n"
              "from zoneinfo import ZoneInfo\n"
              "if TYPE_CHECKING:\n    from pendulum import DateTime\n"
              "def f(instant, seen, key):\n"
              "    import zoneinfo.available\n"
              "    seen.add(key)\n"
              "    seen.add(key, minutes=1)\n"
              "    instant.astimezone(None)\n"
              "    instant.add(minutes=5)\n"
              "    instant.subtract(days=1, hours=2)\n"
              "    return instant.in_timezone('UTC'), instant.in_tz('UTC').to_datetime_string()\n")
    assert problems_in(source) == [
        "line 1: imports pendulum", "line 2: imports zoneinfo", "line 4: imports pendulum",
        "line 6: imports zoneinfo.available", "line 10: calls .add()", "line 11: calls .subtract()",
        "line 12: calls .in_timezone()", "line 12: calls .to_datetime_string()", "line 12: calls .in_tz()",
    ]


def test_only_the_clock_knows_pendulum_and_the_zone_database() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert CLOCK in modules and len(modules) > 100  # the walk found the package
    found = {str(path.relative_to(PACKAGE.parent)): problems
             for path in modules if path != CLOCK
             if (problems := problems_in(path.read_text(encoding="utf-8")))}
    assert found == {}
    assert problems_in(CLOCK.read_text(encoding="utf-8"))  # the clock does: the check can see it


def test_one_zone_cache_serves_history_and_the_calendar() -> None:
    clock.zone_info.cache_clear()
    event = Event(kind="urge", at="2026-07-01T12:00:00+00:00", zone="Pacific/Chatham")
    assert wall_time(event).isoformat() == "2026-07-02T00:45:00"
    assert clock.zone_info.cache_info().currsize == 1  # History looked Chatham up in the clock's cache
    vtimezone_lines("America/St_Johns", 2026, 2027)
    assert clock.zone_info.cache_info().currsize == 2  # and so did the calendar's VTIMEZONE
    assert zone_rules("America/St_Johns") is clock.zone_info("America/St_Johns")


def test_zones_the_database_does_not_know() -> None:
    unknown = Event(kind="urge", at="2026-07-01T12:00:00+05:30", zone="Nowhere/Land")
    assert wall_time(unknown).isoformat() == "2026-07-01T12:00:00"  # the stored offset's time
    assert zone_rules("+05:30").utcoffset(None).total_seconds() == 5.5 * 3600  # type: ignore[union-attr]
    assert zone_rules("Nowhere/Land") is timezone.utc


def test_instants_of_both_makings_read_alike() -> None:
    stored = clock.read_instant("2026-03-29T00:30:00+00:00")  # the quick path
    typed = clock.parse_instant("2026-03-29T00:30:00Z")
    assert stored == typed
    for instant in (stored, typed):
        assert clock.in_zone(instant, "Europe/London").isoformat() == "2026-03-29T00:30:00+00:00"
        later = clock.shift(instant, hours=1)
        assert clock.in_zone(later, "Europe/London").isoformat() == "2026-03-29T02:30:00+01:00"
        assert clock.wall_time(later, "Europe/London").isoformat() == "2026-03-29T02:30:00"
        assert later - instant == clock.in_zone(later, "Europe/London") - instant
    lmt = clock.read_instant("1900-06-01T17:21:10+05:21:10")  # local mean time: seconds in the offset
    assert clock.in_zone(lmt, "Asia/Kolkata").isoformat() == "1900-06-01T17:21:10+05:21:10"


PROBE = """
import asyncio, sys
from pathlib import Path
from companion.store.repository import Repository
from companion.ui.app import make_app

async def first_frame(panic):
    app = make_app(Repository(Path(sys.argv[1])), panic_minutes=panic)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(type(app.screen).__name__, "pendulum" in sys.modules)

asyncio.run(first_frame(int(sys.argv[2]) if sys.argv[2] else None))
"""


@pytest.mark.parametrize(("panic", "screen"), [("", "TodayScreen"), ("15", "TimerScreen")])
def test_the_first_frames_of_today_and_the_timer_do_without_pendulum(
        data_file: Path, panic: str, screen: str) -> None:
    onboarded_repo(data_file).periods.celebrate_milestones()  # nothing left to write when Today opens
    result = subprocess.run([sys.executable, "-c", PROBE, str(data_file), panic], capture_output=True,
                            text=True, timeout=120, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [screen, "False"], "Pendulum was loaded before the first frame"
