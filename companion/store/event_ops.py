"""Editing and deleting logged events (from History), and undoing a delete.

Deleting a slip takes back the restart it caused: the period it closed carries on
(domain/slips.py says how the periods change).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.clock import Instant as DateTime
    from tinydb import TinyDB

from companion.domain.records import Event, EventKind, Period, instant_text
from companion.store.core import RepositoryCore, by_id
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
    """What a delete took away, to put back with `restore_deleted`."""

    event: Event
    periods_before: tuple[Period, ...]  # the periods it changed or removed, as they were

    @property
    def was_slip(self) -> bool:
        return is_slip(self.event)


def is_slip(event: Event) -> bool:
    """A contact the user made that was not essential: it restarted the period."""
    return event.kind == EventKind.CONTACT_FROM_ME.value and not event.data.get("essential")


class EventOperations(RepositoryCore):
    """Edit, delete and restore logged events."""

    def _event(self, snap: Snapshot, event_id: str) -> Event:
        for event in snap.events:
            if event.id == event_id:
                return event
        raise LookupError("that entry is no longer there")

    def update_event(self, event_id: str, values: dict[str, Any], when: DateTime | None = None,
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
                clock = self.clock(snap.settings)
                event.at = instant_text(when, clock.zone)
                event.zone = clock.zone
            if date_only is not None and not is_slip(event):
                event.date_only = date_only
            db.table("events").update(event.to_dict(), by_id(event.id))
            return event

        return self._write(change)

    def delete_event(self, event_id: str) -> Deleted:
        """Remove an event; a slip's restart is taken back. Returns what to restore."""
        from companion.domain.slips import remove_slip
        from companion.domain.status import event_date

        def change(db: TinyDB, snap: Snapshot) -> Deleted:
            event = self._event(snap, event_id)
            before: list[Period] = []
            if is_slip(event):
                clock = self.clock(snap.settings)
                removal = remove_slip(snap.periods, event_date(event, clock.day_starts_at),
                                      event.data.get("period_id"))
                originals = {p.id: p for p in snap.periods}
                for period in removal.changed:
                    before.append(Period.from_dict(originals[period.id].to_dict()))
                    self._upsert(db, "periods", period)
                for period in removal.removed:
                    before.append(period)
                    db.table("periods").remove(by_id(period.id))
            db.table("events").remove(by_id(event.id))
            _drop_edit_draft(db, event.id)
            return Deleted(event, tuple(before))

        return self._write(change)

    def restore_deleted(self, deleted: Deleted) -> Event:
        """Undo a delete: the event comes back, and the periods as they were."""
        def change(db: TinyDB, snap: Snapshot) -> Event:
            if any(e.id == deleted.event.id for e in snap.events):
                return deleted.event
            db.table("events").insert(deleted.event.to_dict())
            for period in deleted.periods_before:
                self._upsert(db, "periods", period)
            return deleted.event

        return self._write(change)


def _drop_edit_draft(db: TinyDB, event_id: str) -> None:
    """An edit left as a draft has nothing to come back to once its event is gone."""
    from tinydb import Query

    db.table("drafts").remove(Query().key == f"edit:{event_id}")
