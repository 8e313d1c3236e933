"""The store every part of the repository shares: reading, the clock, the status, and
the write transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # type hints only: `companion status` loads neither Pendulum nor TinyDB
    from tinydb import TinyDB

    from companion.domain.status import Status

from companion.clock import Clock, Instant, default_source, parse_day_start
from companion.domain import periods as pm
from companion.domain.records import (
    Event,
    EventKind,
    Period,
    PeriodStart,
    Profile,
    Record,
    Settings,
    instant_text,
)
from companion.store.database import Database, storage_of
from companion.store.snapshot import Snapshot, snapshot_of


R = TypeVar("R")


class NoProfileError(LookupError):
    """There is no profile yet: the user has not started."""


def clock_for(settings: Settings, source: Callable[[], Instant] | None = None) -> Clock:
    """A clock that sees time the way the user's settings say."""
    return Clock(source or default_source(), settings.zone, parse_day_start(settings.day_starts_at))


class Store:
    """One data file as every part of the repository sees it: reading, the clock, and
    the write transaction with the few steps writes share (saving a record, adding an
    event, closing and opening a period).

    The parts (activities, the timer, events…) each hold this one object, so they all
    see the same file, the same time source and the same settings last read.

    Args:
        path: the data file.
        source: the time source (COMPANION_NOW or the real clock by default).
    """

    def __init__(self, path: Path, source: Callable[[], Instant] | None = None) -> None:
        self.source = source or default_source()
        self.db = Database(path, today=lambda: self.clock().today())
        self._settings: Settings | None = None

    @property
    def path(self) -> Path:
        """The data file."""
        return self.db.path

    # Reading ---------------------------------------------------------------

    def load(self) -> Snapshot:
        """Read the file once; its records are built as they are asked for."""
        snapshot = Snapshot(self.db.tables())
        self._settings = snapshot.settings
        return snapshot

    def clock(self, settings: Settings | None = None) -> Clock:
        """The user's clock (zone and day start from the settings)."""
        if settings is None:
            if self._settings is None:
                self._settings = self.load().settings
            settings = self._settings
        return clock_for(settings, self.source)

    def forget_settings(self) -> None:
        """The file was replaced as a whole: the next clock reads the settings again."""
        self._settings = None

    def status(self, snapshot: Snapshot | None = None) -> Status:
        """Where the user stands today."""
        from companion.domain.status import compute_status  # the timer opens without it

        snap = snapshot or self.load()
        if snap.profile is None:
            raise NoProfileError("no profile yet")
        clock = self.clock(snap.settings)
        today = clock.today()
        week_ago = today - timedelta(days=6)
        window = week_ago
        current = pm.current_period(snap.periods)
        if current is not None and current.start < window:
            window = current.start
        # Only what the status counts: urges that may fall in the week (compute_status
        # looks two days either side of it), and contacts from them since the period began.
        contacts = (EventKind.CONTACT_FROM_THEM.value,)
        checks = (EventKind.CHECK.value,)
        events = (snap.events_since(week_ago - timedelta(days=1), (EventKind.URGE.value,))
                  + snap.events_since(window, contacts) + snap.events_since(window, checks))
        return compute_status(
            snap.periods, events, snap.activities_on(today), today, clock.day_starts_at,
            they_reached_out_total=snap.count_events(contacts[0]),
            checks_total=snap.count_events(checks[0]),
        )

    # Writing ---------------------------------------------------------------

    def write(self, change: Callable[[TinyDB, Snapshot], R]) -> R:
        """Run `change` inside a transaction with the freshly loaded records."""
        with self.db.transaction() as db:
            snapshot = snapshot_of(db.storage.read() or {})  # type: ignore[arg-type]
            self._settings = snapshot.settings
            return change(db, snapshot)

    @staticmethod
    def upsert(db: TinyDB, table: str, record: Record) -> None:
        """Save `record` in `table`: replace the one with its id, or add it."""
        data = record.to_dict()
        tbl = db.table(table)
        if not tbl.update(data, by_id(data["id"])):
            tbl.insert(data)

    @staticmethod
    def now_text(clock: Clock) -> str:
        """Now, as records store an instant."""
        return instant_text(clock.instant(), clock.zone)

    def add_event(self, db: TinyDB, clock: Clock, kind: EventKind, at: Instant | None,
                  date_only: bool, data: dict[str, Any]) -> Event:
        """Append one event (at `at`, or now) to the events table."""
        instant = at or clock.instant()
        event = Event(kind=kind.value, at=instant_text(instant, clock.zone), zone=clock.zone,
                      date_only=date_only, data=data)
        storage_of(db).append("events", event.to_dict())
        db.table("events").clear_cache()
        return event

    # The period: every close and every start goes through these two --------------

    def close_period(self, db: TinyDB, period: Period, on: date, by_slip: bool) -> None:
        """End a period on `on` (see periods.close_period) and save it."""
        self.upsert(db, "periods", pm.close_period(period, on, by_slip))

    def open_period(self, db: TinyDB, clock: Clock, on: date, length_days: int,
                    started_by: PeriodStart, period_id: str | None = None) -> Period:
        """Start a period on `on` and save it (`period_id` when a slip named it first)."""
        period = Period(started_on=on.isoformat(), length_days=length_days,
                        started_by=started_by.value, created_at=self.now_text(clock))
        if period_id is not None:
            period.id = period_id
        db.table("periods").insert(period.to_dict())
        return period


def require_profile(snapshot: Snapshot) -> Profile:
    """The profile, or NoProfileError: most writes need onboarding done first."""
    if snapshot.profile is None:
        raise NoProfileError("no profile yet")
    return snapshot.profile


def by_prefix(records: Iterable[R], prefix: str, noun: str, many: str) -> R:
    """The one record whose id is or starts with `prefix` (at least 4 characters), or LookupError."""
    if len(prefix) < 4:
        raise LookupError("give at least the first 4 characters of the id")
    matches = [r for r in records if r.id.startswith(prefix)]  # type: ignore[attr-defined]
    if not matches:
        raise LookupError(f"no {noun} with id {prefix!r}")
    if len(matches) > 1:
        raise LookupError(f"{prefix!r} matches several {many}; give more of the id")
    return matches[0]


def by_id(record_id: str) -> Any:
    """TinyDB's condition for the record with this id (TinyDB loads with a write, not a read)."""
    from tinydb import Query

    return Query().id == record_id
