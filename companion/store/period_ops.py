"""`repo.periods`: the No Contact period after onboarding: its length, a new one, the
end, and the milestones of the run (a slip's restart is logged with the slip, in
event_ops.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type hints only: `companion status` loads neither Pendulum nor TinyDB
    from datetime import date

    from tinydb import TinyDB

from companion.domain import periods as pm
from companion.domain.records import EventKind, Period, PeriodStart
from companion.store.core import NoProfileError, Store
from companion.store.snapshot import Snapshot


def milestones_due(snapshot: Snapshot, today: date) -> list[int]:
    """The milestones this run has reached and not marked yet (Today asks before it writes)."""
    start = pm.current_run_start(snapshot.periods)
    if start is None:
        return []
    marked = snapshot.events_since(start, (EventKind.MILESTONE.value,))
    return pm.milestones_due(snapshot.periods, marked, today)


class Periods:
    """Extend or shorten the period, start the next one, finish, mark milestones."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def set_length(self, length_days: int) -> Period:
        """Change the current period's length (extend or shorten it)."""
        pm.check_length(length_days)

        def change(db: TinyDB, snap: Snapshot) -> Period:
            current = pm.current_period(snap.periods)
            if current is None:
                raise NoProfileError("there is no period running")
            current.length_days = length_days
            self.store.upsert(db, "periods", current)
            return current

        return self.store.write(change)

    def start_new(self, length_days: int) -> Period:
        """After a completed period: a new one from today; the streak carries on."""
        pm.check_length(length_days)

        def change(db: TinyDB, snap: Snapshot) -> Period:
            clock = self.store.clock(snap.settings)
            today = clock.today()
            current = pm.current_period(snap.periods)
            if current:
                self.store.close_period(db, current, today, by_slip=False)
            period = self.store.open_period(db, clock, today, length_days, PeriodStart.RENEWAL)
            if snap.profile and snap.profile.finished_on:
                snap.profile.finished_on = None
                self.store.upsert(db, "profile", snap.profile)
            return period

        return self.store.write(change)

    def finish(self) -> Period | None:
        """Close the current period without starting another (the user is done)."""
        def change(db: TinyDB, snap: Snapshot) -> Period | None:
            today = self.store.clock(snap.settings).today()
            current = pm.current_period(snap.periods)
            if current:
                self.store.close_period(db, current, today, by_slip=False)
            if snap.profile:
                snap.profile.finished_on = today.isoformat()
                self.store.upsert(db, "profile", snap.profile)
            return current

        return self.store.write(change)

    def celebrate_milestones(self) -> list[int]:
        """Record milestones reached in this run and not yet celebrated; return them."""
        def change(db: TinyDB, snap: Snapshot) -> list[int]:
            clock = self.store.clock(snap.settings)
            start = pm.current_run_start(snap.periods)
            if start is None:
                return []
            fresh = milestones_due(snap, clock.today())
            for days in fresh:
                self.store.add_event(db, clock, EventKind.MILESTONE, None, False,
                                     {"days": days, "run_started_on": start.isoformat()})
            return fresh

        return self.store.write(change)
