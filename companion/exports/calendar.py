"""Planned activities as an RFC 5545 iCalendar file."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from companion.clock import Instant, in_zone
from companion.domain.planning import WEEKLY
from companion.domain.records import Activity
from companion.domain.text import plural, printable
from companion.exports.vtimezone import vtimezone_lines

PRODID = "-//Companion//No Contact companion//EN"
TIMEZONE_YEARS_AHEAD = 5  # transitions are scanned this far past the last date used


_SAFE_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def escape_text(value: object) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (CR, LF and CRLF
    all become `\\n`); control characters are removed, so no value can start a line."""
    text = printable(str(value).replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def uid_of(activity_id: object) -> str:
    """The UID's local part, built only from safe characters: the id itself when it is
    UUID-like, else a digest of it (never the raw stored text)."""
    text = str(activity_id)
    if _SAFE_ID.fullmatch(text):
        return text
    return "x" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _clock_time(value: object) -> tuple[int, int] | None:
    """(hours, minutes) of a stored HH:MM, or None when it is not one."""
    match = _TIME.fullmatch(value) if isinstance(value, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def fold(line: str) -> str:
    """Fold a content line at 75 octets (continuation lines start with a space)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # the leading space counts
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _duration(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins or not hours else "")


def vevent_lines(activity: Activity, zone: str, stamp: datetime, only_on: date | None = None,
                 uid: str | None = None) -> list[str]:
    """The lines of one VEVENT (a weekly activity becomes an RRULE)."""
    day = activity.date
    at = _clock_time(activity.at)
    minutes = activity.minutes if isinstance(activity.minutes, int) and activity.minutes > 0 else None
    lines = ["BEGIN:VEVENT", f"UID:{uid or uid_of(activity.id)}@companion",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}"]
    if at:
        lines.append(f"DTSTART;TZID={tzid_param(zone)}:{day.strftime('%Y%m%d')}T{at[0]:02d}{at[1]:02d}00")
        lines.append(f"DURATION:{_duration(minutes or 60)}")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}")
        lines.append("DURATION:P1D")
    lines.append(f"SUMMARY:{escape_text(activity.title)}")
    lines.append(f"CATEGORIES:{escape_text(activity.category)}")
    description = str(activity.note or "")
    if minutes and not at:
        description = (f"About {plural(minutes, 'minute')}. " + description).strip()
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if activity.repeat == WEEKLY:
        lines.append("RRULE:FREQ=WEEKLY")
        skips = sorted(d for d in map(_day, activity.skipped_dates) if d is not None)
        for skip in skips:
            if at:
                lines.append(f"EXDATE;TZID={tzid_param(zone)}:{skip.strftime('%Y%m%d')}T{at[0]:02d}{at[1]:02d}00")
            else:
                lines.append(f"EXDATE;VALUE=DATE:{skip.strftime('%Y%m%d')}")
    lines.append("END:VEVENT")
    return lines


def tzid_param(zone: str) -> str:
    """A TZID parameter value, quoted when it holds `:`, `;` or `,` (e.g. a fixed offset)."""
    return f'"{zone}"' if any(char in zone for char in ":;,") else zone


def calendar(activities: Iterable[Activity], zone: str, stamp: Instant) -> str:
    """A whole VCALENDAR with one VEVENT per activity, CRLF line endings.

    `stamp` is when the file is made (written in UTC). Timed activities use
    `DTSTART;TZID=zone`, so the calendar carries a VTIMEZONE for that zone covering
    every year it uses (weekly repeats: open-ended).
    """
    stamp = in_zone(stamp, "UTC")
    # An activity whose date cannot be read cannot be put in a calendar.
    items = sorted((a for a in activities if _day(a.on) is not None),
                   key=lambda a: (a.on, str(a.at or ""), str(a.id)))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-TIMEZONE:{escape_text(zone)}"]
    timed = [a for a in items if _clock_time(a.at)]
    if timed:
        first_year = min(a.date.year for a in timed)
        last_year = max([a.date.year for a in timed] + [stamp.year]) + TIMEZONE_YEARS_AHEAD
        lines.extend(vtimezone_lines(zone, first_year, last_year))
    used: set[str] = set()
    for activity in items:
        uid = uid_of(activity.id)
        counter = 1
        while uid in used:  # two records with one id (a hand edit) stay two events
            counter += 1
            uid = f"{uid_of(activity.id)}-{counter}"
        used.add(uid)
        lines.extend(vevent_lines(activity, zone, stamp, uid=uid))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def calendar_text(repo: Any, days: list[date] | None = None) -> str:
    """The planned activities (all, or those on one of `days`) as iCalendar text."""
    from companion.domain.planning import occurs_on

    snapshot = repo.load()
    clock = repo.clock(snapshot.settings)
    activities = snapshot.activities
    if days:
        activities = [a for a in activities if any(occurs_on(a, d) for d in days)]
    return calendar(activities, clock.zone, clock.now())
