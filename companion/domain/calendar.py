"""Planned activities as an RFC 5545 iCalendar file."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from companion.domain.planning import WEEKLY
from companion.domain.records import Activity
from companion.domain.vtimezone import vtimezone_lines

PRODID = "-//Companion//No Contact companion//EN"
TIMEZONE_YEARS_AHEAD = 5  # transitions are scanned this far past the last date used


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


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


def vevent_lines(activity: Activity, zone: str, stamp: datetime, only_on: date | None = None) -> list[str]:
    """The lines of one VEVENT (a weekly activity becomes an RRULE)."""
    day = activity.date
    lines = ["BEGIN:VEVENT", f"UID:{activity.id}@companion", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}"]
    if activity.at:
        hh, mm = activity.at.split(":")
        lines.append(f"DTSTART;TZID={tzid_param(zone)}:{day.strftime('%Y%m%d')}T{int(hh):02d}{int(mm):02d}00")
        lines.append(f"DURATION:{_duration(activity.minutes or 60)}")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}")
        lines.append("DURATION:P1D")
    lines.append(f"SUMMARY:{escape_text(activity.title)}")
    lines.append(f"CATEGORIES:{escape_text(activity.category)}")
    description = activity.note or ""
    if activity.minutes and not activity.at:
        description = (f"About {activity.minutes} minutes. " + description).strip()
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if activity.repeat == WEEKLY:
        lines.append("RRULE:FREQ=WEEKLY")
        for skipped in sorted(activity.skipped_dates):
            skip = date.fromisoformat(skipped)
            if activity.at:
                hh, mm = activity.at.split(":")
                lines.append(f"EXDATE;TZID={tzid_param(zone)}:{skip.strftime('%Y%m%d')}T{int(hh):02d}{int(mm):02d}00")
            else:
                lines.append(f"EXDATE;VALUE=DATE:{skip.strftime('%Y%m%d')}")
    lines.append("END:VEVENT")
    return lines


def tzid_param(zone: str) -> str:
    """A TZID parameter value, quoted when it holds `:`, `;` or `,` (e.g. a fixed offset)."""
    return f'"{zone}"' if any(char in zone for char in ":;,") else zone


def calendar(activities: Iterable[Activity], zone: str, stamp: datetime) -> str:
    """A whole VCALENDAR with one VEVENT per activity, CRLF line endings.

    Timed activities use `DTSTART;TZID=zone`, so the calendar carries a VTIMEZONE
    for that zone covering every year it uses (weekly repeats: open-ended).
    """
    items = sorted(activities, key=lambda a: (a.on, a.at or "", a.id))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-TIMEZONE:{zone}"]
    timed = [a for a in items if a.at]
    if timed:
        first_year = min(a.date.year for a in timed)
        last_year = max([a.date.year for a in timed] + [stamp.year]) + TIMEZONE_YEARS_AHEAD
        lines.extend(vtimezone_lines(zone, first_year, last_year))
    for activity in items:
        lines.extend(vevent_lines(activity, zone, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
