"""`repo.events`: logging events (urges, contacts, checks, moods, the journal), and
editing and deleting them from History, with undo.

A slip (a contact the user made that was not essential) restarts the period; deleting
it takes the restart back: the period it closed carries on (domain/slips.py says how
the periods change).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.clock import Instant
    from tinydb import TinyDB

from companion.domain import periods as pm
from companion.domain.records import Event, EventKind, Period, PeriodStart, instant_text, new_id
from companion.domain.status import event_date
from companion.store.core import Store, by_id, require_profile
from companion.store.snapshot import Snapshot

EDITABLE = {
    EventKind.URGE.value: {"intensity_before", "intensity_after", "outcome", "note", "trigger",
                           "unsent_message"},
    EventKind.CONTACT_FROM_THEM.value: {"channel", "about", "replied", "note"},
    EventKind.CONTACT_FROM_ME.value: {"note"},
    EventKind.MOOD.value: {"score", "note"},
    EventKind.JOURNAL.value: {"text"},
}


@dataclass(frozen=True)
class Deleted:
    """What a delete took away, to put back with `Events.restore`."""

    event: Event
    periods_before: tuple[Period, ...]  # the periods it changed or removed, as they were

    @property
    def was_slip(self) -> bool:
        return is_slip(self.event)


def is_slip(event: Event) -> bool:
    """A contact the user made that was not essential: it restarted the period."""
    return event.kind == EventKind.CONTACT_FROM_ME.value and not event.data.get("essential")


class Events:
    """Log events; edit, delete and restore them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Logging -----------------------------------------------------------------

    def log_urge(self, *, intensity_before: int | None = None, intensity_after: int | None = None,
                 outcome: str = "resisted", note: str = "", when: Instant | None = None,
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
                              when: Instant | None = None, date_only: bool = False) -> Event:
        """They reached out: counted, and never touches the streak."""
        data = {"channel": channel, "about": about, "replied": replied, "note": note}
        return self._log(EventKind.CONTACT_FROM_THEM, when, date_only, data)

    def log_check(self, *, platform: str = "other", note: str = "", when: Instant | None = None,
                  date_only: bool = False) -> Event:
        """They were looked up ("I checked on them"): counted, and never touches the streak."""
        from companion.domain.checks import check_platform

        return self._log(EventKind.CHECK, when, date_only, {"platform": check_platform(platform), "note": note})

    def log_mood(self, score: int, note: str = "", when: Instant | None = None,
                 date_only: bool = False) -> Event:
        """A mood check-in, 1-5."""
        if not 1 <= score <= 5:
            raise ValueError("a mood is a number from 1 to 5")
        return self._log(EventKind.MOOD, when, date_only, {"score": score, "note": note})

    def add_journal(self, text: str, when: Instant | None = None,
                    date_only: bool = False) -> Event:
        """A journal entry."""
        return self._log(EventKind.JOURNAL, when, date_only, {"text": text})

    def _log(self, kind: EventKind, when: Instant | None, date_only: bool,
             data: dict[str, Any]) -> Event:
        def change(db: TinyDB, snap: Snapshot) -> Event:
            require_profile(snap)
            return self.store.add_event(db, self.store.clock(snap.settings), kind, when, date_only, data)

        return self.store.write(change)

    def log_contact_from_me(self, *, essential: bool, note: str = "",
                            when: Instant | None = None, date_only: bool = False,
                            new_length: int | None = None) -> tuple[Event, Period | None]:
        """The user reached out. Essential: logged only. Otherwise a slip.

        A slip closes the current period (kept in history with its outcome) and
        starts a new one on the slip's date, of the same length unless another is
        given. Returns the event and the new period (None when essential).
        """
        if new_length is not None:
            pm.check_length(new_length)

        def change(db: TinyDB, snap: Snapshot) -> tuple[Event, Period | None]:
            require_profile(snap)
            clock = self.store.clock(snap.settings)
            data: dict[str, Any] = {"essential": essential, "slip": not essential, "note": note}
            period_id = new_id()
            if not essential:
                data["period_id"] = period_id  # what deleting the slip takes back
            event = self.store.add_event(db, clock, EventKind.CONTACT_FROM_ME, when, date_only, data)
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
                self.store.close_period(db, current, slip_day, by_slip=True)
            period = self.store.open_period(db, clock, slip_day, length, PeriodStart.SLIP, period_id)
            return event, period

        return self.store.write(change)

    # Editing -------------------------------------------------------------------

    def _event(self, snap: Snapshot, event_id: str) -> Event:
        for event in snap.events:
            if event.id == event_id:
                return event
        raise LookupError("that entry is no longer there")

    def update(self, event_id: str, values: dict[str, Any], when: Instant | None = None,
               date_only: bool | None = None) -> Event:
        """Change what an event says (and when, except for a slip: its date made the periods)."""
        from companion.domain.text import LONG_TEXT_LIMIT, clean

        def change(db: TinyDB, snap: Snapshot) -> Event:
            event = self._event(snap, event_id)
            allowed = EDITABLE.get(event.kind, set())
            unknown = set(values) - allowed
            if unknown:
                raise ValueError(f"{', '.join(sorted(unknown))} cannot be changed here")
            if event.kind == EventKind.MOOD.value and "score" in values \
                    and not 1 <= int(values["score"]) <= 5:
                raise ValueError("a mood is a number from 1 to 5")
            for key, value in values.items():
                if isinstance(value, str):
                    value = clean(value, LONG_TEXT_LIMIT).text
                event.data[key] = value
            if when is not None:
                if is_slip(event):
                    raise ValueError("a restart point's date stays: delete it and log it again")
                clock = self.store.clock(snap.settings)
                event.at = instant_text(when, clock.zone)
                event.zone = clock.zone
            if date_only is not None and not is_slip(event):
                event.date_only = date_only
            db.table("events").update(event.to_dict(), by_id(event.id))
            return event

        return self.store.write(change)

    def delete(self, event_id: str) -> Deleted:
        """Remove an event; a slip's restart is taken back. Returns what to restore."""
        from companion.domain.slips import remove_slip

        def change(db: TinyDB, snap: Snapshot) -> Deleted:
            event = self._event(snap, event_id)
            before: list[Period] = []
            if is_slip(event):
                clock = self.store.clock(snap.settings)
                removal = remove_slip(snap.periods, event_date(event, clock.day_starts_at),
                                      event.data.get("period_id"))
                originals = {p.id: p for p in snap.periods}
                for period in removal.changed:
                    before.append(Period.from_dict(originals[period.id].to_dict()))
                    self.store.upsert(db, "periods", period)
                for period in removal.removed:
                    before.append(period)
                    db.table("periods").remove(by_id(period.id))
            db.table("events").remove(by_id(event.id))
            _drop_edit_draft(db, event.id)
            return Deleted(event, tuple(before))

        return self.store.write(change)

    def restore(self, deleted: Deleted) -> Event:
        """Undo a delete: the event comes back, and the periods as they were."""
        def change(db: TinyDB, snap: Snapshot) -> Event:
            if any(e.id == deleted.event.id for e in snap.events):
                return deleted.event
            db.table("events").insert(deleted.event.to_dict())
            for period in deleted.periods_before:
                self.store.upsert(db, "periods", period)
            return deleted.event

        return self.store.write(change)


def _drop_edit_draft(db: TinyDB, event_id: str) -> None:
    """An edit left as a draft has nothing to come back to once its event is gone."""
    from tinydb import Query

    db.table("drafts").remove(Query().key == f"edit:{event_id}")
