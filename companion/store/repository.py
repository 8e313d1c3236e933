"""The one object screens and commands talk to: named operations on the data file.

Each write is a locked transaction (lock, reload, change, atomic write, unlock);
reads load the file once into records. The operations are grouped by meaning:
the core (core.py), activities (activities.py), the timer (timer_ops.py), and
here onboarding, logging, the period and whole-file operations.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # type hints only: `companion status` loads neither Pendulum nor TinyDB
    from companion.clock import Instant as DateTime
    from tinydb import TinyDB

from companion.domain import periods as pm
from companion.domain.records import (
    Event,
    EventKind,
    Period,
    PeriodOutcome,
    PeriodStart,
    Profile,
    Settings,
)
from companion.domain.status import event_date
from companion.store.activities import ActivityOperations
from companion.store.core import NoProfileError, RepositoryCore, clock_for
from companion.store.drafts import DraftOperations
from companion.store.event_ops import EventOperations
from companion.store.fileformat import Document
from companion.store.reminder_ops import ReminderOperations
from companion.store.growth_ops import GrowthOperations
from companion.store.ifthen_ops import IfThenOperations
from companion.store.snapshot import Snapshot, snapshot_of
from companion.store.timer_ops import TimerOperations


class Repository(ActivityOperations, TimerOperations, EventOperations, DraftOperations,
                 ReminderOperations, GrowthOperations, IfThenOperations, RepositoryCore):
    """Named operations on one data file.

    Args:
        path: the data file.
        source: the time source (COMPANION_NOW or the real clock by default).
    """

    # Onboarding and settings ----------------------------------------------

    def complete_onboarding(self, profile: Profile, settings: Settings,
                            last_contact_on: date, length_days: int) -> Period:
        """Save the profile and settings and start (or adjust) the period.

        Re-running onboarding keeps all history: the ongoing period is kept when its
        start date is unchanged (only its length follows the new choice), otherwise it
        is closed and a new one starts from the new last-contact date.
        """
        pm.check_length(length_days)

        def change(db: TinyDB, snap: Snapshot) -> Period:
            clock = self.clock(settings)
            if last_contact_on > clock.today():
                raise ValueError("the last contact cannot be in the future")
            if snap.profile:
                profile.id = snap.profile.id
                profile.created_at = snap.profile.created_at
            profile.created_at = profile.created_at or self._now_text(clock)
            if snap.settings:
                settings.id = snap.settings.id
            db.table("profile").truncate()
            db.table("profile").insert(profile.to_dict())
            db.table("settings").truncate()
            db.table("settings").insert(settings.to_dict())
            current = pm.current_period(snap.periods)
            if current and current.started_on == last_contact_on.isoformat():
                current.length_days = length_days
                self._upsert(db, "periods", current)
                return current
            if current:
                self._close_period(db, current, clock.today(), by_slip=False)
            period = Period(started_on=last_contact_on.isoformat(), length_days=length_days,
                            started_by=PeriodStart.ONBOARDING.value,
                            created_at=self._now_text(clock))
            db.table("periods").insert(period.to_dict())
            return period

        return self._write(change)

    def update_settings(self, **values: Any) -> Settings:
        """Change some settings."""
        def change(db: TinyDB, snap: Snapshot) -> Settings:
            settings = snap.settings
            for key, value in values.items():
                if not hasattr(settings, key):
                    raise AttributeError(key)
                setattr(settings, key, value)
            self._upsert(db, "settings", settings)
            return settings

        return self._write(change)

    def update_profile(self, **values: Any) -> Profile:
        """Change some profile fields."""
        def change(db: TinyDB, snap: Snapshot) -> Profile:
            if snap.profile is None:
                raise NoProfileError("no profile yet")
            for key, value in values.items():
                if not hasattr(snap.profile, key):
                    raise AttributeError(key)
                setattr(snap.profile, key, value)
            self._upsert(db, "profile", snap.profile)
            return snap.profile

        return self._write(change)

    # Logging ---------------------------------------------------------------

    def log_urge(self, *, intensity_before: int | None = None, intensity_after: int | None = None,
                 outcome: str = "resisted", note: str = "", when: DateTime | None = None,
                 date_only: bool = False, handled: str = "logged", expected: int | None = None,
                 **extra: Any) -> Event:
        """Record an urge (logged after the fact, or from the timer with its extras).

        `expected` is the forecast (1-10): how strong it would be after waiting.
        """
        from companion.domain.forecast import check_expected

        data = {"intensity_before": intensity_before, "intensity_after": intensity_after,
                "outcome": outcome, "handled": handled, "note": note, **extra}
        if expected is not None:
            data["expected"] = check_expected(expected)
        return self._log(EventKind.URGE, when, date_only, data)

    def log_contact_from_them(self, *, channel: str = "text", about: str = "other",
                              replied: bool = False, note: str = "",
                              when: DateTime | None = None, date_only: bool = False) -> Event:
        """They reached out: counted, and never touches the streak."""
        data = {"channel": channel, "about": about, "replied": replied, "note": note}
        return self._log(EventKind.CONTACT_FROM_THEM, when, date_only, data)

    def log_check(self, *, platform: str = "other", note: str = "", when: DateTime | None = None,
                  date_only: bool = False) -> Event:
        """They were looked up ("I checked on them"): counted, and never touches the streak."""
        from companion.domain.checks import check_platform

        return self._log(EventKind.CHECK, when, date_only, {"platform": check_platform(platform), "note": note})

    def log_mood(self, score: int, note: str = "", when: DateTime | None = None,
                 date_only: bool = False) -> Event:
        """A mood check-in, 1-5."""
        if not 1 <= score <= 5:
            raise ValueError("a mood is a number from 1 to 5")
        return self._log(EventKind.MOOD, when, date_only, {"score": score, "note": note})

    def add_journal(self, text: str, when: DateTime | None = None,
                    date_only: bool = False) -> Event:
        """A journal entry."""
        return self._log(EventKind.JOURNAL, when, date_only, {"text": text})

    def _log(self, kind: EventKind, when: DateTime | None, date_only: bool,
             data: dict[str, Any]) -> Event:
        def change(db: TinyDB, snap: Snapshot) -> Event:
            if snap.profile is None:
                raise NoProfileError("no profile yet")
            return self._add_event(db, self.clock(snap.settings), kind, when, date_only, data)

        return self._write(change)

    def log_contact_from_me(self, *, essential: bool, note: str = "",
                            when: DateTime | None = None, date_only: bool = False,
                            new_length: int | None = None) -> tuple[Event, Period | None]:
        """The user reached out. Essential: logged only. Otherwise a slip.

        A slip closes the current period (kept in history with its outcome) and
        starts a new one on the slip's date, of the same length unless another is
        given. Returns the event and the new period (None when essential).
        """
        if new_length is not None:
            pm.check_length(new_length)

        def change(db: TinyDB, snap: Snapshot) -> tuple[Event, Period | None]:
            if snap.profile is None:
                raise NoProfileError("no profile yet")
            clock = self.clock(snap.settings)
            data: dict[str, Any] = {"essential": essential, "slip": not essential, "note": note}
            started = Period(started_by=PeriodStart.SLIP.value)
            if not essential:
                data["period_id"] = started.id  # what deleting the slip takes back
            event = self._add_event(db, clock, EventKind.CONTACT_FROM_ME, when, date_only, data)
            if essential:
                return event, None
            slip_day = event_date(event, clock.day_starts_at)
            current = pm.current_period(snap.periods)
            if current and slip_day < current.start:
                raise ValueError(
                    f"that is before the current period started ({current.started_on})"
                )
            length = new_length or (current.length_days if current else 30)
            if current:
                self._close_period(db, current, slip_day, by_slip=True)
            period = Period(id=started.id, started_on=slip_day.isoformat(), length_days=length,
                            started_by=PeriodStart.SLIP.value, created_at=self._now_text(clock))
            db.table("periods").insert(period.to_dict())
            return event, period

        return self._write(change)

    # The period ------------------------------------------------------------

    def set_period_length(self, length_days: int) -> Period:
        """Change the current period's length (extend or shorten it)."""
        pm.check_length(length_days)

        def change(db: TinyDB, snap: Snapshot) -> Period:
            current = pm.current_period(snap.periods)
            if current is None:
                raise NoProfileError("there is no period running")
            current.length_days = length_days
            self._upsert(db, "periods", current)
            return current

        return self._write(change)

    def start_new_period(self, length_days: int) -> Period:
        """After a completed period: a new one from today; the streak carries on."""
        pm.check_length(length_days)

        def change(db: TinyDB, snap: Snapshot) -> Period:
            clock = self.clock(snap.settings)
            today = clock.today()
            current = pm.current_period(snap.periods)
            if current:
                self._close_period(db, current, today, by_slip=False)
            period = Period(started_on=today.isoformat(), length_days=length_days,
                            started_by=PeriodStart.RENEWAL.value, created_at=self._now_text(clock))
            db.table("periods").insert(period.to_dict())
            if snap.profile and snap.profile.finished_on:
                snap.profile.finished_on = None
                self._upsert(db, "profile", snap.profile)
            return period

        return self._write(change)

    def finish_period(self) -> Period | None:
        """Close the current period without starting another (the user is done)."""
        def change(db: TinyDB, snap: Snapshot) -> Period | None:
            clock = self.clock(snap.settings)
            today = clock.today()
            current = pm.current_period(snap.periods)
            if current:
                self._close_period(db, current, today, by_slip=False)
            if snap.profile:
                snap.profile.finished_on = today.isoformat()
                self._upsert(db, "profile", snap.profile)
            return current

        return self._write(change)

    def celebrate_milestones(self) -> list[int]:
        """Record milestones reached in this run and not yet celebrated; return them."""
        def change(db: TinyDB, snap: Snapshot) -> list[int]:
            clock = self.clock(snap.settings)
            start = pm.current_run_start(snap.periods)
            if start is None:
                return []
            milestones = snap.events_since(start, (EventKind.MILESTONE.value,))
            fresh = pm.milestones_due(snap.periods, milestones, clock.today())
            for days in fresh:
                self._add_event(db, clock, EventKind.MILESTONE, None, False,
                                {"days": days, "run_started_on": start.isoformat()})
            return fresh

        return self._write(change)

    # Whole-file operations -------------------------------------------------

    def backup_now(self, label: str = "manual") -> Path:
        """Copy the data file into the backup folder now; returns the copy."""
        stamp = self.clock().now().strftime("%H%M%S")
        return self.db.backup_now(label=f"{label}-{stamp}")

    def reset(self) -> Path | None:
        """Start over: keep a named backup, then empty the file (onboarding runs again).

        Returns the backup's path (None when there was no file yet).
        """
        from companion.store.fileformat import empty_document

        backup = self.backup_now("before-reset") if self.db.exists() else None
        self.db.write_document(empty_document())
        self._settings = None
        return backup

    def export_document(self) -> Document:
        """The whole file as a JSON-ready document."""
        return self.db.read()

    def import_document(self, document: Document, merge: bool) -> int:
        """Import an export: merge by UUID (adds what is missing) or replace (backup kept).

        Every record is first checked field by field as typed input is (schema.py),
        its text cleaned and capped as typed text is; the first problem is refused
        as a ValueError naming table, record and field, before anything is written.
        Returns how many records were added (merge) or written (replace).
        """
        from companion.store.fileformat import RecordProblem, check

        try:
            incoming = check(document, self.path, cleaning=True)
        except RecordProblem as problem:
            raise ValueError(f"nothing was imported: {problem}") from None
        if not merge:
            if self.db.exists():
                self.db.backup_now(label="before-import")
            self.db.write_document(incoming)
            return sum(len(t) for name, t in incoming.items() if name != "meta")

        def change(db: TinyDB, snap: Snapshot) -> int:
            added = 0
            for name, table in incoming.items():
                if name == "meta":
                    continue
                target = db.table(name)
                existing = {doc.get("id") for doc in target.all()}
                singleton = name in ("profile", "settings", "timer", "reminder_log")
                for record in table.values():
                    if record.get("id") in existing or (singleton and existing):
                        continue
                    target.insert(record)
                    existing.add(record.get("id"))
                    added += 1
            self._one_ongoing_period(db)
            return added

        return self._write(change)

    def _one_ongoing_period(self, db: TinyDB) -> None:
        """After a merge: only the latest ongoing period stays open; the others end
        where the next one begins (their outcome follows from their dates)."""
        ongoing = sorted((Period.from_dict(doc) for doc in db.table("periods").all()
                          if doc.get("outcome") == PeriodOutcome.ONGOING.value),
                         key=lambda p: (p.started_on, p.created_at))
        for period, following in zip(ongoing, ongoing[1:]):
            self._close_period(db, period, following.start,
                               by_slip=following.started_by == PeriodStart.SLIP.value)


__all__ = ["NoProfileError", "Repository", "RepositoryCore", "Snapshot", "clock_for", "snapshot_of"]
