"""The line layout of the data file, and reading it a part at a time.

Whatever Today asks of a file read in parts must equal the answer from the whole
file parsed at once: checked on random documents, odd records included.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.planning import occurrences_on
from companion.domain.records import Activity, Event, EventKind
from companion.store.errors import CorruptDataError
from companion.store.fileformat.layout import serialise
from companion.store.fileformat.lazy import LazyTables
from companion.store.fileformat import WholeTables
from companion.store.fileformat.migrations import migrate
from companion.store.snapshot import Snapshot

FIRST = date(2024, 2, 20)
DAYS = 40
TRICKY = st.text(st.sampled_from(['"', "\\", "\n", "\x00", "é", "🎉", "{", "}", ":", ",", "a", "1"]),
                 max_size=6)
KINDS = [k.value for k in EventKind]
OFFSETS = ["+00:00", "+01:00", "-05:00", "+05:45", "+14:00", "-12:00", "Z"]
ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Kiritimati"]
days = st.integers(0, DAYS).map(lambda n: FIRST + timedelta(days=n))
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def instants(draw: st.DrawFn) -> str:
    """A stored instant, or now and then any text at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from(["", "soon", "2024-02-2", "2024-03-01", "2024-02-25T10:00:00é"]))
    day = draw(days)
    return f"{day.isoformat()}T{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}:00{draw(st.sampled_from(OFFSETS))}"


def shuffled(record: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    """The record as written, with its id last (as a migrated old file has it), or reversed."""
    order = draw(st.sampled_from(["as written"] * 12 + ["id last", "reversed", "no id"]))
    if order == "id last":
        record = {**{k: v for k, v in record.items() if k != "id"}, "id": record["id"]}
    elif order == "reversed":
        record = dict(reversed(record.items()))
    elif order == "no id":
        record = {k: v for k, v in record.items() if k != "id"}
    return record


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    kind: Any = draw(st.sampled_from([*KINDS, *KINDS, "a\"b", "é", "\x00", None, 7]))
    data: dict[str, Any] = {"note": draw(TRICKY), "score": draw(st.integers(1, 5))}
    if draw(st.booleans()):  # nested fields that look like a record's own
        data["1"] = {"kind": draw(st.sampled_from(KINDS)), "at": draw(instants()), "2": {"on": "x"}}
    record = Event(kind="urge", at=draw(instants()), zone=draw(st.sampled_from(ZONES)),
                   date_only=draw(st.booleans()), data=data).to_dict()
    if kind is None:
        del record["kind"]
    else:
        record["kind"] = kind
    return shuffled(record, draw)


@st.composite
def activities(draw: st.DrawFn) -> dict[str, Any]:
    on = draw(st.one_of(days.map(date.isoformat),
                        st.sampled_from(["20240301", "2024-02-30", "", "2024-3-1", "2024-02-22 "])))
    record = Activity(title=draw(TRICKY), note=draw(TRICKY), on=on,
                      repeat=draw(st.sampled_from([None, None, "weekly", "monthly"])),
                      done=draw(st.booleans()), done_dates=draw(st.lists(days.map(date.isoformat), max_size=3)),
                      skipped_dates=draw(st.lists(days.map(date.isoformat), max_size=2))).to_dict()
    return shuffled(record, draw)


def table_of(records: list[dict[str, Any]], draw: st.DrawFn) -> dict[str, Any]:
    ids = draw(st.permutations(range(1, len(records) + 1)))
    return {str(doc_id * draw(st.sampled_from([1, 1, 3]))): record for doc_id, record in zip(ids, records)}


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    document = {
        "meta": {"1": {"schema_version": 1}},
        "profile": {"1": {"id": str(uuid.uuid4()), "name": draw(TRICKY)}},
        "periods": {"1": {"id": str(uuid.uuid4()), "started_on": "2024-02-25", "length_days": 30}},
        "events": table_of(draw(st.lists(events(), max_size=40)), draw),
        "activities": table_of(draw(st.lists(activities(), max_size=25)), draw),
        "settings": {}, "timer": {},
    }
    if draw(st.booleans()):
        document["notes of a newer version"] = {"1": {"id": "x", "text": draw(TRICKY)}}
    return document


def _body(raw: bytes, name: str) -> bytes:
    """A big table's lines, as the file holds them."""
    start = raw.index(b'\n"' + name.encode() + b'":{\n') + len(name) + 6
    return raw[start:raw.index(b'\n"events":{\n') - 2 if name == "activities" else len(raw) - 3]


def outcome(action: Any) -> Any:
    """What an action gives, or the kind of error it raises (both ways must agree)."""
    try:
        return action()
    except (TypeError, ValueError) as error:
        return type(error)


def both(document: dict[str, Any], tmp_path: Path) -> tuple[Snapshot, Snapshot, LazyTables]:
    """The document written, then read a part at a time and whole."""
    raw = serialise(document)
    written = json.loads(raw)
    seal = written["meta"]["1"].pop("sha256_of_rest")  # the first line seals the rest (seal.py)
    assert written == document and len(seal) == 64
    lazy = LazyTables.open(raw, tmp_path / "c.json")
    assert lazy is not None, "the writer's own file is read in parts"
    whole = WholeTables(migrate(json.loads(raw), tmp_path / "c.json"))
    return Snapshot(lazy), Snapshot(whole), lazy


@SLOW
@given(documents(), st.lists(st.tuples(days, st.sets(st.sampled_from([*KINDS, "a\"b", "é"]), max_size=3)),
                             min_size=1, max_size=4))
def test_what_today_asks_is_answered_alike(tmp_path_factory: Any, document: dict[str, Any],
                                           questions: list[tuple[date, set[str]]]) -> None:
    lazy, whole, tables = both(document, tmp_path_factory.mktemp("layout"))
    planned = {date.fromisoformat(r["on"]) for r in document["activities"].values() if len(r["on"]) == 10
               and outcome(lambda: date.fromisoformat(r["on"])) not in (ValueError, TypeError)}
    logged = {e["at"][:10] for e in document["events"].values()}
    happened = {date.fromisoformat(d) for d in logged if outcome(lambda: date.fromisoformat(d)) not in (ValueError,)}
    questions += [(day, set()) for day in sorted(planned)]
    questions += [(day + timedelta(days=1), {"urge", "mood"}) for day in sorted(happened)]
    for day, kinds in questions:
        chosen = tuple(sorted(kinds)) or None
        assert outcome(lambda: lazy.events_since(day, chosen)) == outcome(lambda: whole.events_since(day, chosen))
        assert outcome(lambda: occurrences_on(lazy.activities_on(day), day)) == \
            outcome(lambda: occurrences_on(whole.activities, day))
        for kind in kinds:
            assert lazy.count_events(kind) == whole.count_events(kind)
    assert tables._whole is None, "nothing made it read the whole file"
    for name, blocks in tables.blocks.items():  # found by binary search: where the empty lines are
        text = b"".join(tables.raw[start:end] + b"|" for start, end in blocks)
        assert text == b"".join(part + b"|" for part in _body(tables.raw, name).split(b",\n\n"))
    for name in document:
        assert tables.table(name) == WholeTables(migrate(json.loads(serialise(document)), Path())).table(name)
    assert lazy.events == whole.events and lazy.activities == whole.activities


@SLOW
@given(documents(), days)
def test_records_come_in_the_order_they_were_written(tmp_path_factory: Any, document: dict[str, Any],
                                                     day: date) -> None:
    lazy, whole, _ = both(document, tmp_path_factory.mktemp("order"))
    by_id = sorted(document["events"].items(), key=lambda item: int(item[0]))
    assert [e.data for e in whole.events] == [r["data"] for _, r in by_id]
    assert [e.data for e in lazy.events] == [r["data"] for _, r in by_id]
    since = [e for e in lazy.events_since(day)]
    assert since == [e for e in whole.events if e.at[:10] >= (day - timedelta(days=1)).isoformat()]


def test_the_file_is_one_record_a_line_in_blocks(tmp_path: Path) -> None:
    document = {"meta": {"1": {"schema_version": 1}}, "profile": {}, "timer": {},
                "activities": {"1": Activity(on="2024-03-01").to_dict(),
                               "2": Activity(on="2024-02-01", repeat="weekly").to_dict()},
                "events": {"1": Event(kind="urge", at="2024-03-01T10:00:00+00:00").to_dict(),
                           "2": Event(kind="mood", at="2024-03-02T10:00:00+00:00").to_dict(),
                           "3": Event(kind="urge", at="2024-02-01T10:00:00+00:00").to_dict()}}
    lines = serialise(document).decode().split("\n")
    assert lines[0].startswith('{"meta":{"1":') and lines[1].startswith('"profile":{}')
    assert lines[3] == '"activities":{' and lines[4].startswith('"2":') and lines[5] == ""
    assert lines[6].startswith('"1":') and lines[7] == '"events":{'
    assert [line[:4] for line in lines[8:]] == ['"2":', "", '"3":', '"1":', ""]


def test_a_file_not_in_the_layout_is_read_whole(tmp_path: Path) -> None:
    document = {"meta": {"1": {"schema_version": 1}}, "events": {}, "activities": {}}
    for raw in (json.dumps(document).encode(), json.dumps(document, indent=0).encode(),
                serialise(document).replace(b"\n", b"\r\n"), serialise(document)[:-1]):
        assert LazyTables.open(raw, tmp_path / "c.json") is None
    older = serialise({**document, "meta": {"1": {"schema_version": 0}}})
    assert LazyTables.open(older, tmp_path / "c.json") is None  # migrated whole


def test_a_broken_line_in_old_history_stops_partial_reads_and_is_named_at_once(tmp_path: Path) -> None:
    from companion.store.database import Database

    events = {str(i): Event(kind="urge", at=f"2024-01-{i:02d}T10:00:00+00:00").to_dict() for i in range(1, 29)}
    raw = serialise({"meta": {"1": {"schema_version": 1}}, "events": events, "activities": {}})
    assert LazyTables.open(raw, tmp_path / "c.json") is not None
    broken = raw.replace(b'"at":"2024-01-03T10', b'"at":2024-01-03T10')
    assert LazyTables.open(broken, tmp_path / "c.json") is None  # the seal no longer matches
    (tmp_path / "c.json").write_bytes(broken)
    with pytest.raises(CorruptDataError, match="not valid JSON"):
        Database(tmp_path / "c.json").tables()


def test_a_small_file_is_parsed_whole_and_a_long_history_in_parts(tmp_path: Path) -> None:
    from companion.store.database import Database
    from companion.store.fileformat import PARTIAL_READ_BYTES
    from companion.store.files import atomic_write

    path = tmp_path / "c.json"
    document = {"meta": {"1": {"schema_version": 1}}, "activities": {},
                "events": {"1": Event(kind="urge", at="2026-11-25T10:00:00+00:00").to_dict()}}
    atomic_write(path, serialise(document))
    assert isinstance(Database(path).tables(), WholeTables)
    note = "x" * 1000
    document["events"] = {str(n): Event(data={"note": note}).to_dict() for n in range(1, PARTIAL_READ_BYTES // 1000)}
    atomic_write(path, serialise(document))
    assert isinstance(Database(path).tables(), LazyTables)
    assert Snapshot(Database(path).tables()).events == Snapshot(Database(path).read()).events
