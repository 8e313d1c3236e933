"""VTIMEZONE components (RFC 5545 §3.6.5) built from the zone's own transitions.

A `DTSTART;TZID=Europe/London:...` needs a VTIMEZONE with that TZID describing
the offsets in force for every date the calendar uses, recurrences included. We
read the offsets from the zone database (the clock's zones) over
the years covered, find each transition to the second, and write one observance
per run of transitions that follow the same yearly rule ("last Sunday of March at
01:00"). The run that is still going at the end of the scan is left open-ended, so
a weekly repeat keeps correct offsets in later years.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from companion.clock import ClockError, zone_info

SCAN_STEP = timedelta(hours=6)
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Observance:
    """The offset in force from one instant on (a transition, or the scan's start)."""

    at_utc: datetime  # naive, UTC
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def local_start(self) -> datetime:
        """When it starts, in the wall-clock time in force before it (RFC 5545)."""
        return self.at_utc + self.offset_from


def zone_rules(zone: str) -> tzinfo:
    """The tzinfo for an IANA name (or a fixed offset such as +05:30)."""
    try:
        return zone_info(zone)
    except ClockError:
        sign = -1 if zone.startswith("-") else 1
        hours, _, minutes = zone.lstrip("+-").partition(":")
        try:
            return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))
        except ValueError:
            return timezone.utc


def _state(tz: tzinfo, at_utc: datetime) -> tuple[timedelta, str, bool]:
    local = at_utc.replace(tzinfo=timezone.utc).astimezone(tz)
    offset = local.utcoffset() or timedelta(0)
    return offset, local.tzname() or "", bool(local.dst())


def _find_change(tz: tzinfo, low: datetime, high: datetime) -> datetime:
    """The first second in (low, high] with the state of `high` (state changes once)."""
    before = _state(tz, low)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if _state(tz, middle) == before:
            low = middle
        else:
            high = middle
    return high


def observances(tz: tzinfo, first_year: int, last_year: int) -> list[Observance]:
    """The offset at the start of `first_year`, then every transition up to `last_year`."""
    start = datetime(first_year, 1, 1)
    end = datetime(last_year + 1, 1, 1)
    offset, name, daylight = _state(tz, start)
    found = [Observance(start, offset, offset, name, daylight)]
    current = (offset, name, daylight)
    moment = start
    while moment < end:
        following = min(moment + SCAN_STEP, end)
        state = _state(tz, following)
        if state != current:
            at = _find_change(tz, moment, following)
            found.append(Observance(at, current[0], state[0], state[1], state[2]))
            current = state
        moment = following
    return found


def _rules(local: datetime) -> set[str]:
    """The yearly rules a transition's local start satisfies.

    "2nd Sunday", "last Sunday", and "the Friday between the 23rd and the 29th"
    (how RFC 5545 writes rules such as "Friday before the last Sunday").
    """
    days_in_month = month_calendar.monthrange(local.year, local.month)[1]
    code = _DAY_CODES[local.weekday()]
    month = f"FREQ=YEARLY;BYMONTH={local.month}"
    found = {f"{month};BYDAY={(local.day - 1) // 7 + 1}{code}"}
    if local.day > days_in_month - 7:
        found.add(f"{month};BYDAY=-1{code}")
    for first in range(max(1, local.day - 6), local.day + 1):
        if first + 6 <= (28 if local.month == 2 else days_in_month):  # in every year's month
            window = ",".join(str(day) for day in range(first, first + 7))
            found.add(f"{month};BYMONTHDAY={window};BYDAY={code}")
    return found


def _same_kind(a: Observance, b: Observance) -> bool:
    return (a.offset_from, a.offset_to, a.name, a.daylight, a.local_start.time()) == (
        b.offset_from, b.offset_to, b.name, b.daylight, b.local_start.time())


def _runs(transitions: list[Observance]) -> list[tuple[list[Observance], str | None]]:
    """Group transitions of one kind in consecutive years that share a yearly rule."""
    open_runs: list[tuple[list[Observance], set[str]]] = []
    for item in transitions:
        for run, rules in open_runs:
            last = run[-1]
            shared = rules & _rules(item.local_start)
            if _same_kind(last, item) and item.at_utc.year == last.at_utc.year + 1 and shared:
                run.append(item)
                rules.intersection_update(shared)
                break
        else:
            open_runs.append(([item], _rules(item.local_start)))
    return [(run, _prefer_last(rules) if len(run) > 1 else None) for run, rules in open_runs]


def _prefer_last(rules: set[str]) -> str:
    """Of the rules a run fits: "last Sunday" (how most zones are written), then "2nd Sunday"."""
    return sorted(rules, key=lambda rule: ("BYDAY=-1" not in rule, "BYMONTHDAY" in rule, rule))[0]


def _offset_text(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def vtimezone_lines(zone: str, first_year: int, last_year: int) -> list[str]:
    """The lines of a VTIMEZONE for `zone`, valid from `first_year` on.

    Transitions are scanned up to `last_year`; a yearly pattern still running in
    `last_year` is written without an end, so it also covers later years.
    """
    tz = zone_rules(zone)
    found = observances(tz, first_year, last_year)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    components: list[tuple[datetime, list[str]]] = []
    first, transitions = found[0], found[1:]
    groups: list[tuple[list[Observance], str | None]] = [([first], None)]
    groups += _runs(transitions)
    for run, rule in groups:
        head = run[0]
        kind = "DAYLIGHT" if head.daylight else "STANDARD"
        body = [f"BEGIN:{kind}", f"DTSTART:{_stamp(head.local_start)}",
                f"TZOFFSETFROM:{_offset_text(head.offset_from)}",
                f"TZOFFSETTO:{_offset_text(head.offset_to)}"]
        if rule:
            still_running = run[-1].at_utc.year == last_year
            until = "" if still_running else f";UNTIL={_stamp(run[-1].at_utc)}Z"
            body.append(f"RRULE:{rule}{until}")
        if head.name:
            body.append(f"TZNAME:{head.name}")
        body.append(f"END:{kind}")
        components.append((head.at_utc, body))
    for _, body in sorted(components, key=lambda item: item[0]):
        lines.extend(body)
    lines.append("END:VTIMEZONE")
    return lines
