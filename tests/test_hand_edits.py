"""Hand edits to a laid-out file of realistic size (over 256 KiB): read right, and kept.

People edit the data file: an editor drops blank lines, `jq` re-indents, lines get
sorted, a record is pasted into another block or copied under a new key, an event
is moved to another day, two lines are joined. Whatever the edit, every figure
`status --json` and Today show must equal a count over the whole file parsed at
once, and the next write must keep every record. The edits are made to a faithful
model of the file (rendering it unedited gives back the very bytes Companion
wrote), keeping the seal line a person would leave at the top.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.cli.group import main
from companion.clock import MovableSource, parse_instant
from companion.domain.planning import occurrences_on
from companion.domain.records import Activity, Event, Period, Profile, Settings
from companion.domain.status import compute_status
from companion.store.growth_ops import growth_json
from companion.store.fileformat import PARTIAL_READ_BYTES
from companion.store.fileformat.layout import serialise
from companion.store.fileformat.lazy import LazyTables
from companion.store.fileformat.migrations import migrate
from companion.store.repository import Repository
from companion.store.fileformat.seal import is_sealed
from companion.store.snapshot import Snapshot
from companion.store.fileformat import WholeTables
from tests.conftest import FIXED_NOW

TODAY = date(2026, 11, 26)
BIG = ("activities", "events")
Line = tuple[str, dict[str, Any]]


def _base_document() -> dict[str, Any]:
    """Eighteen months of history, dense near today (fixed seed)."""
    rng = random.Random(12)
    events: dict[str, Any] = {}
    plans: dict[str, Any] = {}
    day = TODAY - timedelta(days=540)
    while day <= TODAY:
        for kind in rng.sample(["urge", "urge", "mood", "contact_from_them", "journal", "contact_from_me"], 3):
            data: dict[str, Any] = {"note": "a walk by the river, then tea"}
            if kind == "urge":
                data.update(outcome=rng.choice(["resisted", "contacted", "unresolved"]), intensity_before=5)
            elif kind == "mood":
                data["score"] = rng.randint(1, 5)
            elif kind == "contact_from_me":
                data.update(essential=True, slip=False)
            at = f"{day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+00:00"
            events[str(len(events) + 1)] = Event(kind=kind, at=at, zone="UTC", data=data).to_dict()
        if rng.random() < 0.4:
            weekly = rng.random() < 0.1
            plans[str(len(plans) + 1)] = Activity(title="Evening walk", on=day.isoformat(), done=rng.random() < 0.5,
                                                  repeat="weekly" if weekly else None).to_dict()
        day += timedelta(days=1)
    return {"meta": {"1": {"schema_version": 1}},
            "profile": {"1": Profile(name="Sam", ex_name="Alex").to_dict()},
            "periods": {"1": Period(started_on="2026-10-01", length_days=90,
                                    created_at="2026-10-01T09:00:00+00:00").to_dict()},
            "settings": {"1": Settings(zone="UTC").to_dict()}, "timer": {},
            "events": events, "activities": plans}


@dataclass
class Model:
    """The file as Companion lays it out: the seal line, small tables, then the big
    tables as blocks of record lines; and how a person may have reshaped it."""

    seal: str
    small: list[str]
    blocks: dict[str, list[list[Line]]]
    blank_lines: bool = True
    indent: str = ""
    joined: set[tuple[str, int]] = field(default_factory=set)  # (table, line number): no break after it
    jq: bool = False
    edits: list[str] = field(default_factory=list)

    def __repr__(self) -> str:  # the file is half a megabyte: say what was done to it
        return f"Model(edits={self.edits!r})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # how Hypothesis shows a failing case
        printer.text(repr(self))

    @classmethod
    def parse(cls, raw: bytes) -> Model:
        lines = raw.decode("ascii").split("\n")
        starts = {name: lines.index(f'"{name}":{{') for name in BIG}
        bodies = {"activities": lines[starts["activities"] + 1:starts["events"]],
                  "events": lines[starts["events"] + 1:-1]}
        blocks: dict[str, list[list[Line]]] = {}
        for name, body in bodies.items():
            blocks[name] = [[]]
            for line in body:
                if not line:
                    blocks[name].append([])
                    continue
                colon = line.index(":")
                record, _ = json.JSONDecoder().raw_decode(line, colon + 1)
                blocks[name][-1].append((json.loads(line[:colon]), record))
        return cls(lines[0], lines[1:starts["activities"]], blocks)

    def render(self) -> bytes:
        out = [self.seal + "\n", *(line + "\n" for line in self.small)]
        for name in BIG:
            out.append(f'"{name}":{{\n')
            records: list[str] = []
            number = 0
            for block in (b for b in self.blocks[name] if b):
                if records and self.blank_lines:
                    records[-1] += "\n"
                for key, record in block:
                    text = self.indent + json.dumps({key: record}, separators=(",", ":"))[1:-1]
                    records.append(text + ("," if (name, number) in self.joined else ",\n"))
                    number += 1
            body = "".join(records)
            body = body[:-2] if body.endswith(",\n") else body[:-1]
            out.append(body + ("},\n" if name == "activities" else "}}\n"))
        text = "".join(out)
        if self.jq:
            text = json.dumps(json.loads(text), indent=2) + "\n"
        return text.encode("ascii")

    def records(self, name: str) -> list[Line]:
        return [line for block in self.blocks[name] for line in block]


_CACHE: dict[str, bytes] = {}


def base_file() -> bytes:
    """The laid-out base file, made once per test run."""
    if "raw" not in _CACHE:
        raw = serialise(_base_document())
        assert len(raw) > PARTIAL_READ_BYTES and is_sealed(raw)
        assert Model.parse(raw).render() == raw, "the model gives back the very bytes Companion wrote"
        _CACHE["raw"] = raw
    return _CACHE["raw"]


# Edits -------------------------------------------------------------------------

def _position(draw: st.DrawFn, size: int) -> int:
    """Anywhere, or (as often) among the most recent lines, where today's figures come from."""
    return draw(st.one_of(st.integers(0, size - 1), st.integers(max(0, size - 12), size - 1)))


def _block_and_line(draw: st.DrawFn, model: Model, name: str) -> tuple[list[Line], int]:
    blocks = [b for b in model.blocks[name] if b]
    block = draw(st.sampled_from(blocks))
    return block, _position(draw, len(block))


def _shifted(text: str, days: int) -> str:
    moved = date.fromisoformat(text[:10]) + timedelta(days=days)
    return min(moved, TODAY).isoformat() + text[10:]


@st.composite
def edited(draw: st.DrawFn) -> Model:
    """The base file with a few random edits, as a person or a tool would make them."""
    model = Model.parse(base_file())
    for edit in draw(st.lists(st.sampled_from(["reorder lines", "reorder blocks", "drop blank lines",
                                               "join lines", "move a date", "paste elsewhere",
                                               "duplicate under a new key", "re-indent", "jq"]),
                              min_size=1, max_size=4)):
        name = draw(st.sampled_from(BIG))
        blocks = model.blocks[name]
        model.edits.append(f"{edit} ({name})")
        if edit == "reorder lines":
            block, at = _block_and_line(draw, model, name)
            lines = block[max(0, at - 8):at + 1]
            block[max(0, at - 8):at + 1] = draw(st.permutations(lines))
        elif edit == "reorder blocks":
            model.blocks[name] = list(draw(st.permutations(blocks)))
        elif edit == "drop blank lines":
            model.blank_lines = False
        elif edit == "join lines":
            model.joined.add((name, _position(draw, len(model.records(name)))))
        elif edit == "move a date":
            block, at = _block_and_line(draw, model, name)
            key, record = block[at]
            days = draw(st.integers(-20, 20))
            field_name = "at" if name == "events" else "on"
            block[at] = (key, {**record, field_name: _shifted(record[field_name], days)})
        elif edit in ("paste elsewhere", "duplicate under a new key"):
            block, at = _block_and_line(draw, model, name)
            line = block[at] if edit == "duplicate under a new key" else block.pop(at)
            if edit == "duplicate under a new key":
                line = (str(max(int(k) for k, _ in model.records(name)) + draw(st.integers(1, 50))), line[1])
            target = draw(st.sampled_from(blocks))
            target.insert(draw(st.integers(0, len(target))), line)
        elif edit == "re-indent":
            model.indent = draw(st.sampled_from(["  ", "\t", " "]))
        else:
            model.jq = True
    return model


# What the app shows, and a count over everything --------------------------------

def whole_figures(raw: bytes) -> tuple[dict[str, Any], int, list[Any]]:
    """status --json, today's moods and today's activities, from the whole file at once."""
    every = Snapshot(WholeTables(migrate(json.loads(raw), Path("c.json"))))
    status = compute_status(every.periods, every.events, every.activities, TODAY, parse_day_start_midnight())
    moods = sum(1 for e in every.events if e.kind == "mood" and e.at[:10] == TODAY.isoformat())
    figures = {**status.to_json(), **growth_json(every, TODAY)}  # what `status --json` adds
    return figures, moods, occurrences_on(every.activities, TODAY)


def parse_day_start_midnight() -> Any:
    from companion.clock import parse_day_start

    return parse_day_start("00:00")


def app_figures(path: Path) -> tuple[dict[str, Any], int, list[Any]]:
    """The same figures, the way `status --json` and Today read the file."""
    result = CliRunner().invoke(main, ["--data-file", str(path), "status", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    repo = Repository(path, source=MovableSource(parse_instant(FIXED_NOW)))
    snapshot = repo.load()
    moods = sum(1 for e in snapshot.events_since(TODAY, ("mood",)) if e.at[:10] == TODAY.isoformat())
    return json.loads(result.output), moods, occurrences_on(snapshot.activities_on(TODAY), TODAY)


def tables_of(raw: bytes) -> dict[str, dict[str, Any]]:
    document = json.loads(raw)
    return {name: document[name] for name in BIG}


def written(tmp_path_factory: Any, model: Model) -> tuple[Path, bytes]:
    """The edited file on disk, and its bytes."""
    path = tmp_path_factory.mktemp("edit") / "c.json"
    raw = model.render()
    path.write_bytes(raw)
    return path, raw


EDITS = settings(max_examples=30, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def test_the_file_companion_writes_is_read_in_parts_and_counted_right(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(base_file())
    assert LazyTables.open(base_file(), path) is not None
    assert app_figures(path) == whole_figures(base_file())


@EDITS
@given(edited())
def test_every_figure_after_a_hand_edit_equals_a_count_over_the_whole_file(
        tmp_path_factory: Any, model: Model) -> None:
    path, raw = written(tmp_path_factory, model)
    if raw == base_file():  # an edit that changed nothing (lines put back in their order)
        assert LazyTables.open(raw, path) is not None
    else:
        assert LazyTables.open(raw, path) is None, "an edited file is not trusted for partial reads"
    assert app_figures(path) == whole_figures(raw)


@EDITS
@given(edited())
def test_the_next_write_after_a_hand_edit_keeps_every_record_and_seals_the_file(
        tmp_path_factory: Any, model: Model) -> None:
    path, raw = written(tmp_path_factory, model)
    result = CliRunner().invoke(main, ["--data-file", str(path), "log", "mood", "4"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    before, after = tables_of(raw), tables_of(path.read_bytes())
    assert after["activities"] == before["activities"]
    added = {key: record for key, record in after["events"].items() if key not in before["events"]}
    assert {key: after["events"][key] for key in before["events"]} == before["events"]
    assert [record["kind"] for record in added.values()] == ["mood"]
    rewritten = path.read_bytes()
    assert is_sealed(rewritten) and LazyTables.open(rewritten, path) is not None
    assert app_figures(path) == whole_figures(rewritten)
