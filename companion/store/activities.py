"""`repo.activities`: planned activities (Today's ticks and the week planner)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from companion.domain.planning import done_stamp
from companion.domain.records import (
    Activity,
)
from companion.store.core import Store, by_id, by_prefix, require_profile
from companion.store.snapshot import Snapshot

if TYPE_CHECKING:  # TinyDB itself is loaded by a write transaction
    from tinydb import TinyDB


class Activities:
    """Plan, tick, edit, move, skip, delete and restore activities."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Activities ------------------------------------------------------------

    def plan(self, activity: Activity) -> Activity:
        """Add an activity to the plan."""
        def change(db: TinyDB, snap: Snapshot) -> Activity:
            require_profile(snap)
            if activity.goal is not None and not any(g.id == activity.goal for g in snap.goals):
                raise LookupError(f"no goal with id {activity.goal!r}")
            activity.created_at = activity.created_at or self.store.now_text(self.store.clock(snap.settings))
            db.table("activities").insert(activity.to_dict())
            return activity

        return self.store.write(change)

    def find(self, prefix: str, snapshot: Snapshot | None = None) -> Activity:
        """The activity whose id is or starts with `prefix` (at least 4 characters)."""
        snap = snapshot or self.store.load()
        return by_prefix(snap.activities, prefix, "activity", "activities")

    def set_done(self, activity_id: str, on: date, done: bool = True) -> Activity:
        """Tick (or untick) one occurrence of an activity."""
        def change(db: TinyDB, snap: Snapshot) -> Activity:
            found = [a for a in snap.activities if a.id == activity_id]
            if not found:
                raise LookupError(f"no activity with id {activity_id!r}")
            activity = found[0]
            clock = self.store.clock(snap.settings)
            if activity.repeat:
                dates = set(activity.done_dates)
                dates.add(on.isoformat()) if done else dates.discard(on.isoformat())
                activity.done_dates = sorted(dates)
            else:
                activity.done = done
            today = clock.today()
            key = on.isoformat()
            stamp = done_stamp(on, today, clock.now().strftime("%H:%M"))
            activity.done_times = {day: at for day, at in activity.done_times.items() if day != key}
            if done and stamp is not None:
                activity.done_times[key] = stamp
            # When it was done: now, or its day when it is ticked off later.
            activity.done_at = (self.store.now_text(clock) if on >= today else key) if done else None
            self.store.upsert(db, "activities", activity)
            return activity

        return self.store.write(change)

    def save(self, activity: Activity) -> Activity:
        """Save an edited activity (or restore a deleted one, for undo)."""
        return self.store.write(lambda db, snap: (self.store.upsert(db, "activities", activity), activity)[1])

    def delete(self, activity_id: str) -> Activity:
        """Remove an activity; returns it so that it can be restored."""
        def change(db: TinyDB, snap: Snapshot) -> Activity:
            found = [a for a in snap.activities if a.id == activity_id]
            if not found:
                raise LookupError(f"no activity with id {activity_id!r}")
            db.table("activities").remove(by_id(activity_id))
            return found[0]

        return self.store.write(change)

    # The week planner --------------------------------------------------------

    def _activity(self, snap: Snapshot, activity_id: str) -> Activity:
        for activity in snap.activities:
            if activity.id == activity_id:
                return activity
        raise LookupError("that activity is no longer there")

    def _rewrite(self, activity_id: str, rewrite: Callable[[Activity], Activity]) -> Activity:
        """Replace one activity by `rewrite(activity)` in one write; the new record."""
        def change(db: TinyDB, snap: Snapshot) -> Activity:
            activity = rewrite(self._activity(snap, activity_id))
            self.store.upsert(db, "activities", activity)
            return activity

        return self.store.write(change)

    def plan_many(self, activities: list[Activity]) -> list[Activity]:
        """Add several activities in one write (copying last week)."""
        def change(db: TinyDB, snap: Snapshot) -> list[Activity]:
            require_profile(snap)
            stamp = self.store.now_text(self.store.clock(snap.settings))
            for activity in activities:
                activity.created_at = activity.created_at or stamp
            db.table("activities").insert_multiple(a.to_dict() for a in activities)
            return activities

        return self.store.write(change)

    def update(self, activity_id: str, **values: Any) -> Activity:
        """Change some fields of an activity (title, category, on, at, minutes, note, repeat…)."""
        allowed = {"title", "category", "on", "at", "minutes", "note", "repeat", "done",
                   "done_dates", "skipped_dates", "goal"}
        unknown = set(values) - allowed
        if unknown:
            raise AttributeError(", ".join(sorted(unknown)))

        def update(activity: Activity) -> Activity:
            for key, value in values.items():
                setattr(activity, key, value)
            return activity

        return self._rewrite(activity_id, update)

    def skip_occurrence(self, activity_id: str, on: date) -> Activity:
        """Leave one date out of a weekly activity; the other weeks stay as they are."""
        from companion.domain.week_plan import without_occurrence

        return self._rewrite(activity_id, lambda activity: without_occurrence(activity, on))

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
                self.store.upsert(db, "activities", activity)
                return activity
            copy = single_from(activity, on, to, done_on(activity, on))
            copy.created_at = self.store.now_text(self.store.clock(snap.settings))
            self.store.upsert(db, "activities", without_occurrence(activity, on))
            db.table("activities").insert(copy.to_dict())
            return copy

        return self.store.write(change)

    def shift(self, activity_id: str, days: int) -> Activity:
        """Move an activity by whole days; a weekly one moves in every week."""
        from companion.domain.week_plan import shifted

        return self._rewrite(activity_id, lambda activity: shifted(activity, days))

    def restore(self, previous: list[Activity], remove_ids: list[str]) -> int:
        """Undo: put activities back as they were and remove ones that were added.

        Returns how many records were touched.
        """
        def change(db: TinyDB, snap: Snapshot) -> int:
            table = db.table("activities")
            for activity_id in remove_ids:
                table.remove(by_id(activity_id))
            for activity in previous:
                self.store.upsert(db, "activities", activity)
            return len(previous) + len(remove_ids)

        return self.store.write(change)
