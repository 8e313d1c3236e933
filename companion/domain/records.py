"""The records Companion keeps, as plain dataclasses with dict round-trips.

Dates are stored as `YYYY-MM-DD`, instants as ISO-8601 with their UTC offset plus
the IANA zone in force when they were recorded.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from companion.clock import Instant, in_zone, read_instant


def new_id() -> str:
    """A stable, random record id."""
    import uuid

    return str(uuid.uuid4())


class UrgeOutcome(str, Enum):
    """How an urge ended."""

    RESISTED = "resisted"
    CONTACTED = "contacted"
    UNRESOLVED = "unresolved"


class UrgeHandling(str, Enum):
    """How an urge was met: with the delay timer, or logged after the fact."""

    TIMER = "timer"
    LOGGED = "logged"


class Channel(str, Enum):
    """How the ex reached out."""

    TEXT = "text"
    CALL = "call"
    SOCIAL = "social"
    EMAIL = "email"
    IN_PERSON = "in person"
    OTHER = "other"


class ContactAbout(str, Enum):
    """What a contact from the ex was about."""

    LOGISTICS = "logistics"
    EMERGENCY = "emergency"
    EMOTIONAL = "emotional"
    REKINDLE = "wants to talk"
    OTHER = "other"


class Category(str, Enum):
    """The five kinds of growth activity; a good week has all five."""

    PEOPLE = "people"
    BODY = "body"
    WORK = "work"
    CHALLENGE = "challenge"
    JOY = "joy"


class Cause(str, Enum):
    """What led to the breakup."""

    ROUTINE = "routine"
    BROKEN_TRUST = "broken trust"
    DISTANCE = "distance"
    LEFT_SUDDENLY = "they left suddenly"
    MUTUAL = "mutual"
    OTHER = "other"


class SharedLogistics(str, Enum):
    """Things the user still shares with the ex; replies about them are essential."""

    CHILDREN = "children"
    HOME = "home"
    MONEY = "money"
    WORK = "work"
    PET = "pet"


class Trigger(str, Enum):
    """What an urge's message was trying to get."""

    REASSURANCE = "reassurance"
    APOLOGY = "an apology"
    CLOSURE = "closure"
    REACTION = "a reaction"
    COMPANY = "company / boredom"
    OTHER = "other"


class PeriodOutcome(str, Enum):
    """How a No Contact period ended."""

    ONGOING = "ongoing"
    COMPLETED = "completed"
    RESTARTED = "restarted after a slip"
    FINISHED = "finished early"


class PeriodStart(str, Enum):
    """Why a period began: a fresh start breaks the streak, a renewal continues it."""

    ONBOARDING = "onboarding"
    SLIP = "slip"
    RENEWAL = "renewal"


class Pacer(str, Enum):
    """The breathing pacer: cyclic sighing (the default for new profiles) or box breathing."""

    CYCLIC = "cyclic"
    BOX = "box"


class EventKind(str, Enum):
    """The kinds of things that happen on a day."""

    URGE = "urge"
    CONTACT_FROM_THEM = "contact_from_them"
    CONTACT_FROM_ME = "contact_from_me"
    MOOD = "mood"
    JOURNAL = "journal"
    MILESTONE = "milestone"
    CHECK = "check"


class Platform(str, Enum):
    """Where the user looked them up ("I checked on them")."""

    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    TIKTOK = "tiktok"
    SNAPCHAT = "snapchat"
    X = "x"
    WHATSAPP = "whatsapp"
    LINKEDIN = "linkedin"
    OTHER = "other"


def trigger_key(trigger: Trigger) -> str:
    """A trigger's short name for the command line and if-then plans ("an apology" -> "apology")."""
    return trigger.name.lower()


TRIGGER_KEYS: dict[str, Trigger] = {trigger_key(t): t for t in Trigger}


def iso_date(value: date | None) -> str | None:
    """A date as YYYY-MM-DD (None stays None)."""
    return value.isoformat() if value else None


def parse_date(value: str | None) -> date | None:
    """YYYY-MM-DD back into a date (None stays None)."""
    return date.fromisoformat(value) if value else None


def instant_text(instant: Instant, zone: str) -> str:
    """An instant as ISO-8601 with the offset in force in `zone` (how instants are stored)."""
    return in_zone(instant, zone).isoformat()


def parse_stored_instant(value: str) -> Instant:
    """A stored ISO-8601 instant back into an Instant (ValueError if it is not one)."""
    return read_instant(value)


R = TypeVar("R", bound="Record")


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    """The field names of a record class (asked once per class: loading 40,000 events is hot)."""
    return frozenset(f.name for f in fields(cls))


@dataclass
class Record:
    """Base for stored records: converts to and from JSON-ready dicts."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (enums as their values, dates as strings)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, list):
                value = [v.value if isinstance(v, Enum) else v for v in value]
            out[key] = value
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        """Build from a stored dict, ignoring keys this version does not know."""
        known = _field_names(cls)
        if known.issuperset(data):  # the usual case, and the quick one
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Profile(Record):
    """Who the user is and what the breakup was like (all optional but the dates)."""

    id: str = field(default_factory=new_id)
    name: str = ""
    ex_name: str = ""
    breakup_on: str | None = None
    relationship_months: int | None = None
    causes: list[str] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    support_person: str = ""  # someone to call instead of reaching out (optional)
    created_at: str = ""
    finished_on: str | None = None

    @property
    def trust_broken(self) -> bool:
        """Whether what led to the breakup included broken trust."""
        return Cause.BROKEN_TRUST.value in self.causes


@dataclass
class Settings(Record):
    """Preferences (one record)."""

    id: str = field(default_factory=new_id)
    default_delay_minutes: int = 15
    week_start: str = "monday"
    day_starts_at: str = "00:00"
    zone: str | None = None
    theme: str = "companion-calm"
    theme_chosen: bool = False  # picked by the person (Settings, palette): discreet mode keeps it
    discreet: bool = False
    last_backup_on: str | None = None
    reminders: dict[str, Any] = field(default_factory=dict)  # see domain/reminder_prefs.py
    pacer: str = Pacer.CYCLIC.value

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """As Record.from_dict; settings saved before there was a choice keep box breathing."""
        settings = super().from_dict(data)
        if "pacer" not in data:
            settings.pacer = Pacer.BOX.value
        return settings


@dataclass
class Period(Record):
    """One No Contact period: a start date and a length in days."""

    id: str = field(default_factory=new_id)
    started_on: str = ""
    length_days: int = 30
    started_by: str = PeriodStart.ONBOARDING.value
    ended_on: str | None = None
    outcome: str = PeriodOutcome.ONGOING.value
    created_at: str = ""

    @property
    def start(self) -> date:
        """The start date as a date."""
        return date.fromisoformat(self.started_on)

    @property
    def is_ongoing(self) -> bool:
        """Whether this is the current period."""
        return self.outcome == PeriodOutcome.ONGOING.value


@dataclass
class Event(Record):
    """Something that happened at an instant: an urge, a contact, a mood, a journal entry.

    Kind-specific values live in `data`.
    """

    id: str = field(default_factory=new_id)
    kind: str = EventKind.URGE.value
    at: str = ""
    zone: str = "UTC"
    date_only: bool = False
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def instant(self) -> Instant:
        """When it happened."""
        return parse_stored_instant(self.at)


@dataclass
class Activity(Record):
    """A planned growth activity; a weekly one shows in every later week."""

    id: str = field(default_factory=new_id)
    title: str = ""
    category: str = Category.JOY.value
    on: str = ""
    at: str | None = None
    minutes: int | None = None
    note: str = ""
    done: bool = False
    done_at: str | None = None
    repeat: str | None = None
    done_dates: list[str] = field(default_factory=list)
    skipped_dates: list[str] = field(default_factory=list)
    created_at: str = ""
    done_times: dict[str, str] = field(default_factory=dict)  # day ticked on that day -> "HH:MM"
    goal: str | None = None  # the id of the growth goal it serves, if any

    @property
    def date(self) -> date:
        """The (first) date it is planned for."""
        return date.fromisoformat(self.on)


@dataclass
class Timer(Record):
    """The running impulse-delay timer; its end instant is the source of truth."""

    id: str = field(default_factory=new_id)
    started_at: str = ""
    ends_at: str = ""
    zone: str = "UTC"
    minutes: int = 15
    intensity_before: int | None = None
    trigger: str | None = None
    unsent_message: str = ""
    expected: int | None = None  # the forecast: how strong it will be after waiting (1-10)


@dataclass
class IfThen(Record):
    """An if-then plan: "If <if_text>, then I will <then_text>", maybe for one trigger.

    `trigger` is a short trigger name (a key of TRIGGER_KEYS) or None for any.
    """

    id: str = field(default_factory=new_id)
    if_text: str = ""
    then_text: str = ""
    trigger: str | None = None
    created_at: str = ""


@dataclass
class Draft(Record):
    """Text typed somewhere and not saved yet (a dialog's fields), kept until it is."""

    id: str = field(default_factory=new_id)
    key: str = ""
    values: dict[str, str] = field(default_factory=dict)
    saved_at: str = ""
