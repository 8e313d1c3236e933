"""How each stored record must look: one entry per table, and per kind of event.

Reading a file Companion did not provably write itself, and importing any file,
check every record against these rules (validation.py applies them). A new table
or a new kind of event adds an entry here. Fields not listed are kept as they are
(a newer version may have written them), as long as they are plain JSON; a table
not listed is kept the same way.
"""

from __future__ import annotations

from typing import Any

from companion.domain.periods import MAX_LENGTH_DAYS, MIN_LENGTH_DAYS
from companion.domain.records import (
    Category,
    Cause,
    Channel,
    ContactAbout,
    EventKind,
    Pacer,
    PeriodOutcome,
    PeriodStart,
    Platform,
    SharedLogistics,
    Trigger,
    TRIGGER_KEYS,
    UrgeHandling,
    UrgeOutcome,
)
from companion.domain.text import LONG_TEXT_LIMIT, NOTE_LIMIT, TITLE_LIMIT
from companion.store.fileformat.validation import (
    Field,
    RecordProblem,
    Schema,
    check_fields,
    check_keys,
    clock_time,
    day,
    flag,
    instant,
    instant_or_empty,
    list_of,
    number,
    plain_value,
    object_of,
    one_of,
    optional,
    safe_id,
    text,
    whole,
    zone,
)

LINE = Field(text, limit=TITLE_LIMIT, multiline=False)
NOTE = Field(text, limit=NOTE_LIMIT)
LONG = Field(text, limit=LONG_TEXT_LIMIT)
ID = Field(lambda value: None if value is None or value == "" else safe_id(value))  # none yet: one is given
CREATED = Field(instant_or_empty)
INTENSITY = Field(optional(whole(1, 10)))
DAY_MINUTES = 24 * 60

TABLES: dict[str, Schema] = {
    "meta": {"schema_version": Field(whole(0, 1_000_000), required=True), "sha256_of_rest": Field(text)},
    "profile": {
        "id": ID, "name": LINE, "ex_name": LINE, "breakup_on": Field(optional(day)),
        "relationship_months": Field(optional(whole(0, 1200))),
        "causes": Field(list_of(one_of(*Cause))), "shared": Field(list_of(one_of(*SharedLogistics))),
        "reasons": Field(list_of(text)), "created_at": CREATED, "finished_on": Field(optional(day)),
        "support_person": LINE,
    },
    "settings": {
        "id": ID, "default_delay_minutes": Field(whole(1, 120)),
        "week_start": Field(one_of("monday", "sunday")),
        "day_starts_at": Field(one_of(*(f"{h:02d}:{m:02d}" for h in range(6) for m in range(60)), "06:00")),
        "zone": Field(optional(zone)), "theme": LINE, "discreet": Field(flag),
        "last_backup_on": Field(optional(day)), "pacer": Field(one_of(*Pacer)),
        "reminders": Field(object_of(plain_value)),
    },
    "periods": {
        "id": ID, "started_on": Field(day, required=True),
        "length_days": Field(whole(MIN_LENGTH_DAYS, MAX_LENGTH_DAYS)),
        "started_by": Field(one_of(*PeriodStart)), "ended_on": Field(optional(day)),
        "outcome": Field(one_of(*PeriodOutcome)), "created_at": CREATED,
    },
    "events": {
        "id": ID, "kind": Field(one_of(*EventKind)), "at": Field(instant, required=True),
        "zone": Field(zone), "date_only": Field(flag), "data": Field(lambda v: None if v.__class__ is dict
                                                                      else "expected an object"),
    },
    "activities": {
        "id": ID, "title": LINE, "category": Field(one_of(*Category)), "on": Field(day, required=True),
        "at": Field(optional(clock_time)), "minutes": Field(optional(whole(1, DAY_MINUTES))), "note": NOTE,
        "done": Field(flag), "done_at": Field(optional(instant)), "repeat": Field(optional(one_of("weekly"))),
        "done_dates": Field(list_of(day)), "skipped_dates": Field(list_of(day)), "created_at": CREATED,
        "done_times": Field(object_of(clock_time)), "goal": Field(optional(safe_id)),
    },
    "timer": {
        "id": ID, "started_at": Field(instant, required=True), "ends_at": Field(instant, required=True),
        "zone": Field(zone), "minutes": Field(whole(1, DAY_MINUTES)), "intensity_before": INTENSITY,
        "trigger": Field(optional(one_of(*Trigger))), "unsent_message": LONG, "expected": INTENSITY,
    },
    "drafts": {"id": ID, "key": LINE, "values": Field(object_of(text)), "saved_at": CREATED},
    "reminder_log": {"id": ID, "sent": Field(object_of(instant))},
    "ifthen": {
        "id": ID, "if_text": LINE, "then_text": LINE, "trigger": Field(optional(one_of(*TRIGGER_KEYS))),
        "created_at": CREATED,
    },
    "goals": {
        "id": ID, "title": LINE, "category": Field(one_of(*Category)), "why": NOTE,
        "status": Field(one_of("active", "done", "dropped")), "created_on": Field(day),
        "closed_on": Field(optional(day)), "source": Field(optional(safe_id)),
    },
    "workbook": {"id": ID, "question": LINE, "text": LONG, "created_on": Field(day), "updated_at": CREATED},
    "workbook_sittings": {"id": ID, "on": Field(day), "minutes": Field(number(0, DAY_MINUTES)),
                          "circles": Field(flag)},
    "steps": {"id": ID, "step": LINE, "status": Field(one_of("done", "skipped")), "on": Field(day),
              "program": Field(day)},
    "checkins": {"id": ID, "on": Field(day), "scores": Field(list_of(whole(1, 5))), "note": NOTE},
}

# What an event's `data` holds, by its kind.
EVENT_DATA: dict[str, Schema] = {
    EventKind.URGE.value: {
        "intensity_before": INTENSITY, "intensity_after": INTENSITY,
        "outcome": Field(one_of(*UrgeOutcome)), "handled": Field(one_of(*UrgeHandling)), "note": NOTE,
        "started": Field(instant), "ended": Field(instant),
        "minutes_planned": Field(whole(0, DAY_MINUTES * 7)), "minutes_waited": Field(whole(0, DAY_MINUTES * 7)),
        "trigger": Field(optional(one_of(*Trigger))), "unsent_message": LONG, "expected": INTENSITY,
    },
    EventKind.CONTACT_FROM_THEM.value: {
        "channel": Field(one_of(*Channel)), "about": Field(one_of(*ContactAbout)),
        "replied": Field(flag), "note": NOTE,
    },
    EventKind.CONTACT_FROM_ME.value: {"essential": Field(flag), "slip": Field(flag), "note": NOTE,
                                      "period_id": Field(optional(safe_id))},
    EventKind.MOOD.value: {"score": Field(optional(whole(1, 5))), "note": NOTE},
    EventKind.JOURNAL.value: {"text": LONG, "exercise": Field(optional(one_of("possible"))),
                              "sitting": Field(optional(whole(1, 3)))},
    EventKind.MILESTONE.value: {"days": Field(whole(0, 100_000)), "run_started_on": Field(day)},
    EventKind.CHECK.value: {"platform": Field(one_of(*Platform)), "note": NOTE},
}

_DEFAULT_KIND = EventKind.URGE.value  # an event stored without a kind is read as an urge


def check_record(table: str, doc_id: str, record: dict[str, Any], cleaning: bool) -> None:
    """Check one record of `table` (and clean its text when importing)."""
    schema = TABLES.get(table)
    if schema is None:  # a table of a newer version: kept as it is, if it is plain JSON
        check_fields(table, doc_id, record, {"id": ID}, cleaning)
        return
    check_fields(table, doc_id, record, schema, cleaning)
    if table == "events":
        data = record.get("data")
        if data is not None:
            check_fields(table, doc_id, data, EVENT_DATA[record.get("kind", _DEFAULT_KIND)], cleaning, "data.")


def check_document(document: dict[str, Any], cleaning: bool = False) -> None:
    """Check every record of a parsed document; raise RecordProblem at the first problem."""
    check_keys(document)
    for name, table in document.items():
        for doc_id, record in table.items():
            check_record(name, doc_id, record, cleaning)


__all__ = ["EVENT_DATA", "TABLES", "RecordProblem", "check_document", "check_record"]
