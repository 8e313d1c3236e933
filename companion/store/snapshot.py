"""Everything in the data file as records, built table by table on first use."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from companion.domain.records import (
    Activity,
    Event,
    Period,
    Profile,
    Record,
    Settings,
    Timer,
)
from companion.store.files import Document

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
