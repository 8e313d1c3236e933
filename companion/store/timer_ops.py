"""`repo.timer`: the one running impulse-delay timer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # type hints only: `companion status` loads neither Pendulum nor TinyDB
    from companion.clock import Instant
    from tinydb import TinyDB

from companion.domain.records import (
    Event,
    EventKind,
    Timer,
    Trigger,
    UrgeHandling,
    UrgeOutcome,
    instant_text,
    parse_stored_instant,
)
from companion.store.core import Store
from companion.store.snapshot import Snapshot


class RunningTimer:
    """Start, update and finish the one running timer."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # The impulse-delay timer -------------------------------------------------

    def start(self, minutes: int | None = None, at: Instant | None = None) -> Timer:
        """Start the delay timer now (or at `at`, the instant the screen started counting).

        The end instant is stored with the start. Only one timer can be active: if
        one is, it is returned unchanged (resumed). `minutes` defaults to the user's
        default delay.
        """
        from companion.domain import timer as tm

        def change(db: TinyDB, snap: Snapshot) -> Timer:
            if snap.timer is not None:
                return snap.timer
            length = tm.check_minutes(minutes or snap.settings.default_delay_minutes)
            clock = self.store.clock(snap.settings)
            now = at or clock.now()
            timer = tm.new_timer(now, length, clock.zone)
            db.table("timer").truncate()
            db.table("timer").insert(timer.to_dict())
            return timer

        return self.store.write(change)

    def update(self, *, extend_minutes: int = 0, **values: Any) -> Timer:
        """Change the running timer: intensity_before, expected, trigger, unsent_message, or extend it.

        `extend_minutes` moves the end instant later (from now if it has passed) and
        adds to the minutes planned.
        """
        from companion.domain import timer as tm
        from companion.domain.text import LONG_TEXT_LIMIT, clean

        allowed = {"intensity_before", "trigger", "unsent_message", "expected"}
        unknown = set(values) - allowed
        if unknown:
            raise AttributeError(", ".join(sorted(unknown)))
        if "intensity_before" in values:
            tm.check_intensity(values["intensity_before"])
        if values.get("expected") is not None:
            tm.check_intensity(values["expected"])
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
                clock = self.store.clock(snap.settings)
                ends = parse_stored_instant(timer.ends_at)
                new_end = tm.extended_end(ends, clock.now(), extend_minutes)
                timer.ends_at = instant_text(new_end, timer.zone)
                timer.minutes += extend_minutes
            self.store.upsert(db, "timer", timer)
            return timer

        return self.store.write(change)

    def finish(self, outcome: str, intensity_after: int | None = None,
                     note: str = "") -> Event:
        """End the timer: log the urge it held (handled by the timer) and remove it.

        The urge is dated when the timer started and keeps the start and end, the
        minutes planned and actually waited, both intensities, the trigger and the
        unsent message.
        """
        from companion.domain import timer as tm  # the timer's rules load with the timer
        from companion.domain.text import clean

        outcome = UrgeOutcome(outcome).value
        tm.check_intensity(intensity_after)

        def change(db: TinyDB, snap: Snapshot) -> Event:
            timer = snap.timer
            if timer is None:
                raise LookupError("no timer is running")
            clock = self.store.clock(snap.settings)
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
            if timer.expected is not None:
                data["expected"] = timer.expected  # the forecast, beside intensity_after
            event = Event(kind=EventKind.URGE.value, at=timer.started_at, zone=timer.zone,
                          data=data)
            db.table("events").insert(event.to_dict())
            db.table("timer").truncate()
            return event

        return self.store.write(change)

    def discard(self) -> bool:
        """Remove the running timer without logging an urge (it was started by mistake)."""
        def change(db: TinyDB, snap: Snapshot) -> bool:
            if snap.timer is None:
                raise LookupError("no timer is running")
            db.table("timer").truncate()
            return True

        return bool(self.store.write(change))

    def abandon(self, intensity_after: int | None = None) -> Event:
        """Stop the timer early: the urge is logged as unresolved (no judgement)."""
        return self.finish(UrgeOutcome.UNRESOLVED.value, intensity_after)
