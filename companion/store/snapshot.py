"""Everything in the data file as records, built table by table on first use."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import islice
from operator import itemgetter, lt
from typing import TYPE_CHECKING, Any

from companion.domain.records import (
    Activity,
    Draft,
    Event,
    EventKind,
    IfThen,
    Period,
    Profile,
    Record,
    Settings,
    Timer,
)
from companion.domain.reminder_log import ReminderLog
from companion.store.fileformat import Document, Records, Tables, WholeTables

if TYPE_CHECKING:
    from companion.domain.growth_records import CheckIn, Goal, StepRecord, WorkbookAnswer, WorkbookSitting

_LAZY_TABLES: dict[str, tuple[str, type[Record], bool]] = {
    "profile": ("profile", Profile, True),
    "settings": ("settings", Settings, True),
    "periods": ("periods", Period, False),
    "events": ("events", Event, False),
    "activities": ("activities", Activity, False),
    "timer": ("timer", Timer, True),
    "reminder_log": ("reminder_log", ReminderLog, True),
    "drafts": ("drafts", Draft, False),
    "ifthen": ("ifthen", IfThen, False),
}
# The guided path's tables: their record classes are imported when one is first read.
_GROWTH_TABLES = {"goals": "Goal", "workbook": "WorkbookAnswer", "workbook_sittings": "WorkbookSitting",
                  "steps": "StepRecord", "checkins": "CheckIn"}
_DEFAULT_KIND = Event.kind  # what a stored event without a kind is read as
_IN_ID_ORDER = ("events", "activities")  # the file keeps them sorted by date, not by id


class Snapshot:
    """Everything in the data file, as records.

    Each table becomes records the first time it is used, so a write that only needs
    the profile and settings does not turn 40,000 events into objects; and when the
    file is in Companion's line layout, Today's questions (events since a day, what
    is planned today, how many of a kind) parse only the lines that can answer them.
    Events and activities come in the order they were written (by TinyDB id).
    """

    profile: Profile | None
    settings: Settings
    periods: list[Period]
    events: list[Event]
    activities: list[Activity]
    timer: Timer | None
    reminder_log: ReminderLog | None
    drafts: list[Draft]
    goals: list[Goal]
    workbook: list[WorkbookAnswer]
    workbook_sittings: list[WorkbookSitting]
    steps: list[StepRecord]
    checkins: list[CheckIn]
    ifthen: list[IfThen]

    def __init__(self, document: Document | Tables | None = None, **records: Any) -> None:
        if document is None or isinstance(document, dict):
            # A shallow copy: a transaction replaces whole tables, so these stay as loaded.
            self._tables: Tables = WholeTables(dict(document or {}))
        else:
            self._tables = document
        self._since: dict[tuple[str, tuple[str, ...] | None], list[Event]] = {}
        self.__dict__.update(records)

    def events_since(self, first: date, kinds: tuple[str, ...] | None = None) -> list[Event]:
        """Events from `first` on (and the day before: the day-start offset can move
        an event back a day), only of `kinds` if given, without turning older history
        into objects."""
        cutoff = (first - timedelta(days=1)).isoformat()
        if "events" in self.__dict__:
            return [e for e in self.events if e.at[:10] >= cutoff and (kinds is None or e.kind in kinds)]
        key = (cutoff, kinds)
        if key not in self._since:
            candidates = _in_id_order(self._tables.events_since(cutoff, kinds))
            self._since[key] = [e for e in map(Event.from_dict, candidates)
                                if e.at[:10] >= cutoff and (kinds is None or e.kind in kinds)]
        return list(self._since[key])

    def count_events(self, kind: str) -> int:
        """How many events of a kind, over the whole history."""
        if "events" in self.__dict__:
            return sum(1 for e in self.events if e.kind == kind)
        sure, unsure = self._tables.events_of_kind(kind)
        return sure + sum(1 for _, doc in unsure if doc.get("kind", _DEFAULT_KIND) == kind)

    def count_unsent(self) -> int:
        """How many urges hold a message written in the timer instead of being sent
        (`writes_unsent`), over the whole history, without turning it into objects."""
        from companion.domain.timeline import writes_unsent

        urge = EventKind.URGE.value
        if "events" in self.__dict__:
            return sum(1 for e in self.events if e.kind == urge and writes_unsent(e.data))
        sure, unsure = self._tables.events_with_text(urge, "unsent_message")
        return sure + sum(1 for _, doc in unsure if doc.get("kind", _DEFAULT_KIND) == urge
                          and writes_unsent(doc.get("data") or {}))

    def activities_since(self, first: date) -> tuple[int, list[Activity]]:
        """(how many of the activities left out were ticked off, the others in the
        order of `activities`): left out are only one-off activities planned before
        `first`, whose lines are counted, not turned into objects."""
        if "activities" in self.__dict__:
            return 0, self.activities
        done, candidates = self._tables.activities_since(first.isoformat())
        return done, list(map(Activity.from_dict, _in_id_order(candidates)))

    def activities_on(self, day: date) -> list[Activity]:
        """Activities that may be planned on `day`: at least every one that is, in the
        order of `activities` (give them to `occurrences_on` to know which are)."""
        if "activities" in self.__dict__:
            return self.activities
        candidates = self._tables.activities_on(day.isoformat())
        if candidates is None:
            return self.activities
        return list(map(Activity.from_dict, _in_id_order(candidates)))

    def __getattr__(self, name: str) -> Any:
        if name in _GROWTH_TABLES and name not in _LAZY_TABLES:
            from companion.domain import growth_records

            _LAZY_TABLES[name] = (name, getattr(growth_records, _GROWTH_TABLES[name]), False)
        try:
            table, kind, single = _LAZY_TABLES[name]
        except KeyError:
            raise AttributeError(name) from None
        records = self._tables.table(table)
        docs = _in_id_order(records.items()) if table in _IN_ID_ORDER else records.values()
        rows = list(map(kind.from_dict, docs))
        value: Any = rows
        if single:
            value = rows[0] if rows else (Settings() if kind is Settings else None)
        self.__dict__[name] = value
        return value


def _in_id_order(pairs: Any) -> list[dict[str, Any]]:
    """The records of (doc_id, record) pairs, by doc_id as a number (the order written)."""
    pairs = list(pairs)
    ids = list(map(int, map(itemgetter(0), pairs)))
    if not all(map(lt, ids, islice(ids, 1, None))):
        pairs = [pairs[i] for i in sorted(range(len(ids)), key=ids.__getitem__)]
    return list(map(itemgetter(1), pairs))


def snapshot_of(document: Document | Records) -> Snapshot:
    """Turn a raw document into records (lazily, table by table)."""
    return Snapshot(document)  # type: ignore[arg-type]
