"""Which reminders a person wants, and when: read from and written to one settings field.

The settings record keeps them as a small dict (`Settings.reminders`) that holds only
what was changed; everything else is the default. Pure: no disk, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from typing import Any

MORNING, EVENING, PLANNING, ACTIVITIES, TIMER = "morning", "evening", "planning", "activities", "timer"
KINDS = (MORNING, EVENING, PLANNING, ACTIVITIES, TIMER)
DAILY = (MORNING, EVENING, PLANNING)  # what quiet mode turns off
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

DEFAULT_TIMES = {MORNING: "08:30", EVENING: "21:00", PLANNING: "18:00"}
DEFAULT_LEAD_MINUTES = 15
MAX_LEAD_MINUTES = 180
DEFAULT_QUIET_HOURS = ("23:00", "07:00")


class ReminderError(ValueError):
    """A reminder name, time or day that is not one."""


@dataclass(frozen=True)
class Reminder:
    """One kind of reminder as the person set it.

    `at` is the time of day for morning, evening and planning; `lead_minutes` is how
    long before a planned activity; `day` (planning only) is None for "the day before
    the week starts".
    """

    name: str
    enabled: bool = True
    at: str | None = None
    day: str | None = None
    lead_minutes: int | None = None

    def planning_day(self, week_start: str) -> str:
        """The weekday the planning reminder comes on (the day before the week starts)."""
        if self.day:
            return self.day
        return "saturday" if week_start == "sunday" else "sunday"


@dataclass(frozen=True)
class ReminderPrefs:
    """Every reminder, quiet mode and quiet hours."""

    reminders: dict[str, Reminder]
    quiet_mode: bool = False
    quiet_hours: tuple[str, str] = DEFAULT_QUIET_HOURS

    @classmethod
    def from_dict(cls, stored: dict[str, Any] | None) -> ReminderPrefs:
        """Read the stored field; anything missing or unreadable is the default."""
        stored = stored if isinstance(stored, dict) else {}
        reminders = {}
        for name in KINDS:
            entry = stored.get(name) if isinstance(stored.get(name), dict) else {}
            reminders[name] = Reminder(
                name=name,
                enabled=bool(entry.get("enabled", True)),
                at=_stored_time(entry.get("at"), DEFAULT_TIMES.get(name)),
                day=entry.get("day") if entry.get("day") in WEEKDAYS and name == PLANNING else None,
                lead_minutes=_stored_lead(entry.get("lead_minutes")) if name == ACTIVITIES else None,
            )
        hours = stored.get("quiet_hours")
        quiet_hours = DEFAULT_QUIET_HOURS
        if isinstance(hours, list) and len(hours) == 2 and all(_stored_time(h, None) for h in hours):
            quiet_hours = (str(hours[0]), str(hours[1]))
        return cls(reminders, bool(stored.get("quiet", False)), quiet_hours)

    def to_dict(self) -> dict[str, Any]:
        """The field to store (every reminder written out: the file says what is set)."""
        out: dict[str, Any] = {"quiet": self.quiet_mode, "quiet_hours": list(self.quiet_hours)}
        for name, reminder in self.reminders.items():
            entry: dict[str, Any] = {"enabled": reminder.enabled}
            if reminder.at is not None:
                entry["at"] = reminder.at
            if reminder.day is not None:
                entry["day"] = reminder.day
            if reminder.lead_minutes is not None:
                entry["lead_minutes"] = reminder.lead_minutes
            out[name] = entry
        return out

    def active(self, name: str) -> bool:
        """Whether this reminder can come at all (on, and not held off by quiet mode)."""
        return self.reminders[name].enabled and not (self.quiet_mode and name in DAILY)

    def switched(self, name: str, enabled: bool) -> ReminderPrefs:
        """The same preferences with one reminder on or off."""
        check_name(name)
        return self._with(replace(self.reminders[name], enabled=enabled))

    def timed(self, name: str, at: str, day: str | None = None) -> ReminderPrefs:
        """The same preferences with a new time (and, for planning, day).

        For `activities` the time says how long before ("00:30" is half an hour).
        """
        check_name(name)
        value = parse_clock_time(at)
        if day is not None and name != PLANNING:
            raise ReminderError("only the planning reminder has a day")
        if name == TIMER:
            raise ReminderError("the timer reminder comes when a timer ends; it has no time to set")
        current = self.reminders[name]
        if name == ACTIVITIES:
            hours, minutes = (int(part) for part in value.split(":"))
            lead = hours * 60 + minutes
            if not 1 <= lead <= MAX_LEAD_MINUTES:
                raise ReminderError(f"the activity reminder comes 1 to {MAX_LEAD_MINUTES} minutes "
                                    "before; give it as HH:MM, e.g. 00:15")
            return self._with(replace(current, lead_minutes=lead))
        return self._with(replace(current, at=value, day=parse_weekday(day) if day else current.day))

    def planning_on(self, day: str | None) -> ReminderPrefs:
        """The same preferences with the planning day set (None: the day before the week starts)."""
        return self._with(replace(self.reminders[PLANNING], day=parse_weekday(day) if day else None))

    def quiet(self, on: bool) -> ReminderPrefs:
        """The same preferences with quiet mode on or off."""
        return replace(self, quiet_mode=on)

    def _with(self, reminder: Reminder) -> ReminderPrefs:
        return replace(self, reminders={**self.reminders, reminder.name: reminder})


def check_name(name: str) -> str:
    """A reminder's name, or ReminderError naming the ones there are."""
    if name not in KINDS:
        raise ReminderError(f"no reminder called {name!r}; there are {', '.join(KINDS)}")
    return name


def parse_clock_time(text: str) -> str:
    """HH:MM (24-hour) as two digits each, or ReminderError."""
    parts = str(text).strip().split(":")
    try:
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise ValueError
        hours, minutes = int(parts[0]), int(parts[1])
        time(hours, minutes)
    except ValueError:
        raise ReminderError(f"{text!r} is not a time of day; use HH:MM from 00:00 to 23:59") from None
    return f"{hours:02d}:{minutes:02d}"


def parse_weekday(text: str) -> str:
    """A weekday name (or its first three letters), or ReminderError."""
    value = text.strip().lower()
    for name in WEEKDAYS:
        if value in (name, name[:3]):
            return name
    raise ReminderError(f"{text!r} is not a day of the week (monday … sunday)")


def as_time(text: str) -> time:
    """A stored HH:MM as a time."""
    hours, minutes = (int(part) for part in text.split(":"))
    return time(hours, minutes)


def in_quiet_hours(moment: time, hours: tuple[str, str]) -> bool:
    """Whether a time of day falls in quiet hours (which may run past midnight)."""
    start, end = as_time(hours[0]), as_time(hours[1])
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def _stored_time(value: Any, default: str | None) -> str | None:
    if default is None and value is None:
        return None
    try:
        return parse_clock_time(value) if value is not None else default
    except ReminderError:
        return default


def _stored_lead(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_LEAD_MINUTES:
        return value
    return DEFAULT_LEAD_MINUTES
