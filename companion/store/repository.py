"""The one object screens and commands talk to: named operations on the data file.

Each write is a locked transaction (lock, reload, change, atomic write, unlock);
reads load the file once into records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query, TinyDB

if TYPE_CHECKING:  # only for type hints: `companion status` should not load Pendulum
    from pendulum import DateTime

from companion.clock import Clock, default_source, parse_day_start
from companion.domain import periods as pm
from companion.domain import timer as tm
from companion.domain.records import (
    Activity,
    Event,
    EventKind,
    Period,
    PeriodOutcome,
    PeriodStart,
    Profile,
    Record,
    Settings,
    Timer,
    Trigger,
    UrgeHandling,
    UrgeOutcome,
    instant_text,
    parse_stored_instant,
)
from companion.domain.status import Status, compute_status, event_date
from companion.domain.text import LONG_TEXT_LIMIT, clean
from companion.store.database import Database
from companion.store.files import Document

Q = Query()


_LAZY_TABLES: dict[str, tuple[str, type[Record], bool]] = {
    "profile": ("profile", Profile, True),
    "settings": ("settings", Settings, True),
    "periods": ("periods", Period, False),
    "events": ("events", Event, False),
    "activities": ("activities", Activity, False),
    "timer": ("timer", Timer, True),
}


class Snapshot:
    """Everything in the data file, as records.

    Each table becomes records the first time it is used, so a write that only needs
    the profile and settings does not turn 40,000 events into objects.
    """

    profile: Profile | None
    settings: Settings
    periods: list[Period]
    events: list[Event]
    activities: list[Activity]
    timer: Timer | None

    def __init__(self, document: Document | None = None, **records: Any) -> None:
        # A shallow copy: a transaction replaces whole tables, so these stay as loaded.
        self._document: Document = dict(document or {})
        self.__dict__.update(records)

    def events_since(self, first: date) -> list[Event]:
        """Events from `first` on (and the day before: the day-start offset can move
        an event back a day), without turning older history into objects."""
        cutoff = (first - timedelta(days=1)).isoformat()
        if "events" in self.__dict__:
            return [e for e in self.events if e.at[:10] >= cutoff]
        cached = self.__dict__.get("_recent")
        if cached is not None and cached[0] <= cutoff:  # narrower than a window already read
            return [e for e in cached[1] if e.at[:10] >= cutoff]
        raw = (self._document.get("events") or {}).values()
        recent = [Event.from_dict(doc) for doc in raw if doc.get("at", "")[:10] >= cutoff]
        self.__dict__["_recent"] = (cutoff, recent)
        return recent

    def count_events(self, kind: str) -> int:
        """How many events of a kind, over the whole history."""
        if "events" in self.__dict__:
            return sum(1 for e in self.events if e.kind == kind)
        return sum(1 for doc in (self._document.get("events") or {}).values() if doc.get("kind") == kind)

    def __getattr__(self, name: str) -> Any:
        try:
            table, kind, single = _LAZY_TABLES[name]
        except KeyError:
            raise AttributeError(name) from None
        rows = _records(self._document, table, kind)
        value: Any = rows
        if single:
            value = rows[0] if rows else (Settings() if kind is Settings else None)
        self.__dict__[name] = value
        return value


def _records(document: Document, table: str, kind: type[Record]) -> list[Any]:
    return [kind.from_dict(doc) for doc in (document.get(table) or {}).values()]


def snapshot_of(document: Document) -> Snapshot:
    """Turn a raw document into records (lazily, table by table)."""
    return Snapshot(document)


class NoProfileError(LookupError):
    """There is no profile yet: the user has not started."""


def clock_for(settings: Settings, source: Callable[[], DateTime] | None = None) -> Clock:
    """A clock that sees time the way the user's settings say."""
    return Clock(source or default_source(), settings.zone, parse_day_start(settings.day_starts_at))


class Repository:
    """Named operations on one data file.

    Args:
        path: the data file.
        source: the time source (COMPANION_NOW or the real clock by default).
    """

    def __init__(self, path: Path, source: Callable[[], DateTime] | None = None) -> None:
        self.source = source or default_source()
        self.db = Database(path, today=lambda: self.clock().today())
        self._settings: Settings | None = None

    @property
    def path(self) -> Path:
        """The data file."""
        return self.db.path

    # Reading ---------------------------------------------------------------

    def load(self) -> Snapshot:
        """Read the file once and return every record."""
        snapshot = snapshot_of(self.db.read())
        self._settings = snapshot.settings
        return snapshot

    def clock(self, settings: Settings | None = None) -> Clock:
        """The user's clock (zone and day start from the settings)."""
        if settings is None:
            if self._settings is None:
                self._settings = self.load().settings
            settings = self._settings
        return clock_for(settings, self.source)

    def status(self, snapshot: Snapshot | None = None) -> Status:
        """Where the user stands today."""
        snap = snapshot or self.load()
        if snap.profile is None:
            raise NoProfileError("no profile yet")
        clock = self.clock(snap.settings)
        today = clock.today()
        window = today - timedelta(days=6)
        current = pm.current_period(snap.periods)
        if current is not None and current.start < window:
            window = current.start
        return compute_status(
            snap.periods, snap.events_since(window), snap.activities, today, clock.day_starts_at,
            they_reached_out_total=snap.count_events(EventKind.CONTACT_FROM_THEM.value),
        )

    # Writing helpers -------------------------------------------------------

    def _write(self, change: Callable[[TinyDB, Snapshot], Any]) -> Any:
        """Run `change` inside a transaction with the freshly loaded records."""
        with self.db.transaction() as db:
            snapshot = snapshot_of(db.storage.read() or {})  # type: ignore[arg-type]
            self._settings = snapshot.settings
            return change(db, snapshot)

    @staticmethod
    def _upsert(db: TinyDB, table: str, record: Record) -> None:
        data = record.to_dict()
        tbl = db.table(table)
        if not tbl.update(data, Q.id == data["id"]):
            tbl.insert(data)

    def _now_text(self, clock: Clock) -> str:
        return instant_text(clock.now(), clock.zone)

    def _add_event(self, db: TinyDB, clock: Clock, kind: EventKind, at: DateTime | None,
                   date_only: bool, data: dict[str, Any]) -> Event:
        instant = at or clock.now()
        event = Event(kind=kind.value, at=instant_text(instant, clock.zone), zone=clock.zone,
                      date_only=date_only, data=data)
        db.table("events").insert(event.to_dict())
        return event

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
                current.ended_on = clock.today().isoformat()
                current.outcome = pm.closing_outcome(current, clock.today(), by_slip=False).value
                self._upsert(db, "periods", current)
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
                 date_only: bool = False, handled: str = "logged", **extra: Any) -> Event:
        """Record an urge (logged after the fact, or from the timer with its extras)."""
        data = {"intensity_before": intensity_before, "intensity_after": intensity_after,
                "outcome": outcome, "handled": handled, "note": note, **extra}
        return self._log(EventKind.URGE, when, date_only, data)

    def log_contact_from_them(self, *, channel: str = "text", about: str = "other",
                              replied: bool = False, note: str = "",
                              when: DateTime | None = None, date_only: bool = False) -> Event:
        """They reached out: counted, and never touches the streak."""
        data = {"channel": channel, "about": about, "replied": replied, "note": note}
        return self._log(EventKind.CONTACT_FROM_THEM, when, date_only, data)

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
            data = {"essential": essential, "slip": not essential, "note": note}
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
                current.ended_on = slip_day.isoformat()
                current.outcome = pm.closing_outcome(current, slip_day, by_slip=True).value
                self._upsert(db, "periods", current)
            period = Period(started_on=slip_day.isoformat(), length_days=length,
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
                current.ended_on = today.isoformat()
                current.outcome = pm.closing_outcome(current, today, by_slip=False).value
                self._upsert(db, "periods", current)
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
                current.ended_on = today.isoformat()
                current.outcome = pm.closing_outcome(current, today, by_slip=False).value
                self._upsert(db, "periods", current)
            if snap.profile:
                snap.profile.finished_on = today.isoformat()
                self._upsert(db, "profile", snap.profile)
            return current

        return self._write(change)

    def celebrate_milestones(self) -> list[int]:
        """Record milestones reached in this run and not yet celebrated; return them."""
        def change(db: TinyDB, snap: Snapshot) -> list[int]:
            clock = self.clock(snap.settings)
            starts = pm.run_starts(snap.periods)
            if not starts:
                return []
            run_start = starts[-1].isoformat()
            celebrated = [e.data.get("days", 0) for e in snap.events_since(starts[-1])
                          if e.kind == EventKind.MILESTONE.value
                          and e.data.get("run_started_on") == run_start]
            streak = pm.streak_days(snap.periods, clock.today())
            fresh = pm.new_milestones(streak, celebrated)
            for days in fresh:
                self._add_event(db, clock, EventKind.MILESTONE, None, False,
                                {"days": days, "run_started_on": run_start})
            return fresh

        return self._write(change)

    # Activities ------------------------------------------------------------

    def plan_activity(self, activity: Activity) -> Activity:
        """Add an activity to the plan."""
        def change(db: TinyDB, snap: Snapshot) -> Activity:
            if snap.profile is None:
                raise NoProfileError("no profile yet")
            activity.created_at = activity.created_at or self._now_text(self.clock(snap.settings))
            db.table("activities").insert(activity.to_dict())
            return activity

        return self._write(change)

    def find_activity(self, prefix: str, snapshot: Snapshot | None = None) -> Activity:
        """The activity whose id is or starts with `prefix` (at least 4 characters)."""
        snap = snapshot or self.load()
        if len(prefix) < 4:
            raise LookupError("give at least the first 4 characters of the id")
        matches = [a for a in snap.activities if a.id.startswith(prefix)]
        if not matches:
            raise LookupError(f"no activity with id {prefix!r}")
        if len(matches) > 1:
            raise LookupError(f"{prefix!r} matches several activities; give more of the id")
        return matches[0]

    def set_activity_done(self, activity_id: str, on: date, done: bool = True) -> Activity:
        """Tick (or untick) one occurrence of an activity."""
        def change(db: TinyDB, snap: Snapshot) -> Activity:
            found = [a for a in snap.activities if a.id == activity_id]
            if not found:
                raise LookupError(f"no activity with id {activity_id!r}")
            activity = found[0]
            clock = self.clock(snap.settings)
            if activity.repeat:
                dates = set(activity.done_dates)
                dates.add(on.isoformat()) if done else dates.discard(on.isoformat())
                activity.done_dates = sorted(dates)
            else:
                activity.done = done
            activity.done_at = self._now_text(clock) if done else None
            self._upsert(db, "activities", activity)
            return activity

        return self._write(change)

    def save_activity(self, activity: Activity) -> Activity:
        """Save an edited activity (or restore a deleted one, for undo)."""
        return self._write(lambda db, snap: (self._upsert(db, "activities", activity), activity)[1])

    def delete_activity(self, activity_id: str) -> Activity:
        """Remove an activity; returns it so that it can be restored."""
        def change(db: TinyDB, snap: Snapshot) -> Activity:
            found = [a for a in snap.activities if a.id == activity_id]
            if not found:
                raise LookupError(f"no activity with id {activity_id!r}")
            db.table("activities").remove(Q.id == activity_id)
            return found[0]

        return self._write(change)

    # The week planner --------------------------------------------------------

    def _activity(self, snap: Snapshot, activity_id: str) -> Activity:
        for activity in snap.activities:
            if activity.id == activity_id:
                return activity
        raise LookupError("that activity is no longer there")

    def plan_activities(self, activities: list[Activity]) -> list[Activity]:
        """Add several activities in one write (copying last week)."""
        def change(db: TinyDB, snap: Snapshot) -> list[Activity]:
            if snap.profile is None:
                raise NoProfileError("no profile yet")
            stamp = self._now_text(self.clock(snap.settings))
            for activity in activities:
                activity.created_at = activity.created_at or stamp
            db.table("activities").insert_multiple(a.to_dict() for a in activities)
            return activities

        return self._write(change)

    def update_activity(self, activity_id: str, **values: Any) -> Activity:
        """Change some fields of an activity (title, category, on, at, minutes, note, repeat…)."""
        allowed = {"title", "category", "on", "at", "minutes", "note", "repeat", "done",
                   "done_dates", "skipped_dates"}
        unknown = set(values) - allowed
        if unknown:
            raise AttributeError(", ".join(sorted(unknown)))

        def change(db: TinyDB, snap: Snapshot) -> Activity:
            activity = self._activity(snap, activity_id)
            for key, value in values.items():
                setattr(activity, key, value)
            self._upsert(db, "activities", activity)
            return activity

        return self._write(change)

    def skip_occurrence(self, activity_id: str, on: date) -> Activity:
        """Leave one date out of a weekly activity; the other weeks stay as they are."""
        from companion.domain.week_plan import without_occurrence

        def change(db: TinyDB, snap: Snapshot) -> Activity:
            activity = without_occurrence(self._activity(snap, activity_id), on)
            self._upsert(db, "activities", activity)
            return activity

        return self._write(change)

    def move_occurrence(self, activity_id: str, on: date, to: date) -> Activity:
        """Move what is planned on `on` to `to`; returns the record now on `to`.

        A one-off activity simply moves. For a weekly one only that week's
        occurrence moves: the date is left out of the repeat and a one-off copy
        (ticked if it was) goes to `to`.
        """
        from companion.domain.planning import WEEKLY, done_on
        from companion.domain.week_plan import single_from, without_occurrence

        def change(db: TinyDB, snap: Snapshot) -> Activity:
            activity = self._activity(snap, activity_id)
            if activity.repeat != WEEKLY:
                activity.on = to.isoformat()
                self._upsert(db, "activities", activity)
                return activity
            copy = single_from(activity, on, to, done_on(activity, on))
            copy.created_at = self._now_text(self.clock(snap.settings))
            self._upsert(db, "activities", without_occurrence(activity, on))
            db.table("activities").insert(copy.to_dict())
            return copy

        return self._write(change)

    def shift_activity(self, activity_id: str, days: int) -> Activity:
        """Move an activity by whole days; a weekly one moves in every week."""
        from companion.domain.week_plan import shifted

        def change(db: TinyDB, snap: Snapshot) -> Activity:
            activity = shifted(self._activity(snap, activity_id), days)
            self._upsert(db, "activities", activity)
            return activity

        return self._write(change)

    def restore_activities(self, previous: list[Activity], remove_ids: list[str]) -> int:
        """Undo: put activities back as they were and remove ones that were added.

        Returns how many records were touched.
        """
        def change(db: TinyDB, snap: Snapshot) -> int:
            table = db.table("activities")
            for activity_id in remove_ids:
                table.remove(Q.id == activity_id)
            for activity in previous:
                self._upsert(db, "activities", activity)
            return len(previous) + len(remove_ids)

        return self._write(change)

    # The impulse-delay timer -------------------------------------------------

    def start_timer(self, minutes: int | None = None, at: DateTime | None = None) -> Timer:
        """Start the delay timer now (or at `at`, the instant the screen started counting).

        The end instant is stored with the start. Only one timer can be active: if
        one is, it is returned unchanged (resumed). `minutes` defaults to the user's
        default delay.
        """
        def change(db: TinyDB, snap: Snapshot) -> Timer:
            if snap.timer is not None:
                return snap.timer
            length = tm.check_minutes(minutes or snap.settings.default_delay_minutes)
            clock = self.clock(snap.settings)
            now = at or clock.now()
            timer = Timer(started_at=instant_text(now, clock.zone),
                          ends_at=instant_text(now.add(minutes=length), clock.zone),
                          zone=clock.zone, minutes=length)
            db.table("timer").truncate()
            db.table("timer").insert(timer.to_dict())
            return timer

        return self._write(change)

    def update_timer(self, *, extend_minutes: int = 0, **values: Any) -> Timer:
        """Change the running timer: intensity_before, trigger, unsent_message, or extend it.

        `extend_minutes` moves the end instant later (from now if it has passed) and
        adds to the minutes planned.
        """
        allowed = {"intensity_before", "trigger", "unsent_message"}
        unknown = set(values) - allowed
        if unknown:
            raise AttributeError(", ".join(sorted(unknown)))
        if "intensity_before" in values:
            tm.check_intensity(values["intensity_before"])
        if values.get("trigger") is not None:
            values["trigger"] = Trigger(values["trigger"]).value
        if "unsent_message" in values:
            values["unsent_message"] = clean(values["unsent_message"], LONG_TEXT_LIMIT).text

        def change(db: TinyDB, snap: Snapshot) -> Timer:
            timer = snap.timer
            if timer is None:
                raise LookupError("no timer is running")
            for key, value in values.items():
                setattr(timer, key, value)
            if extend_minutes:
                clock = self.clock(snap.settings)
                ends = parse_stored_instant(timer.ends_at)
                new_end = tm.extended_end(ends, clock.now(), extend_minutes)
                timer.ends_at = instant_text(new_end, timer.zone)
                timer.minutes += extend_minutes
            self._upsert(db, "timer", timer)
            return timer

        return self._write(change)

    def finish_timer(self, outcome: str, intensity_after: int | None = None,
                     note: str = "") -> Event:
        """End the timer: log the urge it held (handled by the timer) and remove it.

        The urge is dated when the timer started and keeps the start and end, the
        minutes planned and actually waited, both intensities, the trigger and the
        unsent message.
        """
        outcome = UrgeOutcome(outcome).value
        tm.check_intensity(intensity_after)

        def change(db: TinyDB, snap: Snapshot) -> Event:
            timer = snap.timer
            if timer is None:
                raise LookupError("no timer is running")
            clock = self.clock(snap.settings)
            now = clock.now()
            started = parse_stored_instant(timer.started_at)
            ends = parse_stored_instant(timer.ends_at)
            data = {
                "intensity_before": timer.intensity_before,
                "intensity_after": intensity_after,
                "outcome": outcome,
                "handled": UrgeHandling.TIMER.value,
                "note": clean(note).text,
                "started": timer.started_at,
                "ended": instant_text(now, clock.zone),
                "minutes_planned": timer.minutes,
                "minutes_waited": tm.minutes_waited(started, ends, now),
                "trigger": timer.trigger,
                "unsent_message": timer.unsent_message,
            }
            event = Event(kind=EventKind.URGE.value, at=timer.started_at, zone=timer.zone,
                          data=data)
            db.table("events").insert(event.to_dict())
            db.table("timer").truncate()
            return event

        return self._write(change)

    def abandon_timer(self, intensity_after: int | None = None) -> Event:
        """Stop the timer early: the urge is logged as unresolved (no judgement)."""
        return self.finish_timer(UrgeOutcome.UNRESOLVED.value, intensity_after)

    # Whole-file operations -------------------------------------------------

    def backup_now(self, label: str = "manual") -> Path:
        """Copy the data file into the backup folder now; returns the copy."""
        stamp = self.clock().now().strftime("%H%M%S")
        return self.db.backup_now(label=f"{label}-{stamp}")

    def reset(self) -> Path | None:
        """Start over: keep a named backup, then empty the file (onboarding runs again).

        Returns the backup's path (None when there was no file yet).
        """
        from companion.store.database import empty_document

        backup = self.backup_now("before-reset") if self.db.exists() else None
        self.db.write_document(empty_document())
        self._settings = None
        return backup

    def export_document(self) -> Document:
        """The whole file as a JSON-ready document."""
        return self.db.read()

    def import_document(self, document: Document, merge: bool) -> int:
        """Import an export: merge by UUID (adds what is missing) or replace (backup kept).

        Returns how many records were added (merge) or written (replace).
        """
        from companion.store.database import migrate
        from companion.store.files import check_shape

        check_shape(document, self.path)
        incoming = migrate(document, self.path)
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
                singleton = name in ("profile", "settings", "timer")
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
            period.ended_on = following.started_on
            by_slip = following.started_by == PeriodStart.SLIP.value
            period.outcome = pm.closing_outcome(period, following.start, by_slip=by_slip).value
            self._upsert(db, "periods", period)

