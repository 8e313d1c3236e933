"""`companion import` (replace and --merge) checks every record field by field, as
strictly as typed input, before anything is written; text is cleaned as typed text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from companion.cli.group import main
from companion.store.repository import Repository


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def exported(data_file: Path, tmp_path: Path) -> dict[str, Any]:
    """A started file with a little of everything, and its JSON export."""
    assert run("init", "--last-contact", "6 days ago", "--length", "30", "--tz", "UTC").exit_code == 0
    assert run("log", "urge", "--intensity", "5", "--note", "hard evening").exit_code == 0
    assert run("log", "mood", "3").exit_code == 0
    assert run("log", "contact", "--from-them", "--channel", "call").exit_code == 0
    assert run("plan", "add", "Walk", "--on", "today", "-c", "body").exit_code == 0
    result = run("export")
    assert result.exit_code == 0
    return json.loads(result.output)  # type: ignore[no-any-return]


def first(document: dict[str, Any], table: str, kind: str | None = None) -> dict[str, Any]:
    return next(r for r in document[table].values() if kind is None or r.get("kind") == kind)


def state(data_file: Path) -> tuple[bytes, list[str]]:
    """The data file's bytes and every file beside it (backups included)."""
    files = sorted(str(p.relative_to(data_file.parent)) for p in data_file.parent.rglob("*"))
    return data_file.read_bytes(), files


BAD: dict[str, tuple[Any, list[str]]] = {
    "an instant that is a number": (lambda d: first(d, "events", "urge").update(at=5), ["'events'", "'at'"]),
    "an instant that is not one": (lambda d: first(d, "events", "urge").update(at="yesterday"), ["'at'", "yesterday"]),
    "an instant before the years kept": (
        lambda d: first(d, "events", "urge").update(at="1899-12-31T10:00:00+05:21:10"), ["'at'", "1899"]),
    "an intensity that is text": (lambda d: first(d, "events", "urge")["data"].update(intensity_before="x"),
                                  ["'data.intensity_before'", "'x'"]),
    "an intensity out of range": (lambda d: first(d, "events", "urge")["data"].update(intensity_before=11),
                                  ["'data.intensity_before'", "11"]),
    "an outcome not offered": (lambda d: first(d, "events", "urge")["data"].update(outcome="maybe"),
                               ["'data.outcome'", "'maybe'"]),
    "a channel not offered": (lambda d: first(d, "events", "contact_from_them")["data"].update(channel="pigeon"),
                              ["'data.channel'"]),
    "a kind not known": (lambda d: first(d, "events", "mood").update(kind="party"), ["'kind'", "'party'"]),
    "a mood of 9": (lambda d: first(d, "events", "mood")["data"].update(score=9), ["'data.score'"]),
    "a mood that is true": (lambda d: first(d, "events", "mood")["data"].update(score=True), ["'data.score'", "true"]),
    "a planned day that is null": (lambda d: first(d, "activities").update(on=None), ["'activities'", "'on'", "null"]),
    "a planned day that does not exist": (lambda d: first(d, "activities").update(on="2026-02-30"), ["'on'"]),
    "a category not offered": (lambda d: first(d, "activities").update(category="sleep"), ["'category'"]),
    "a repeat not offered": (lambda d: first(d, "activities").update(repeat="monthly"), ["'repeat'"]),
    "a period of 5000 days": (lambda d: first(d, "periods").update(length_days=5000), ["'periods'", "'length_days'"]),
    "a period start in year 10": (lambda d: first(d, "periods").update(started_on="0010-01-01"), ["'started_on'"]),
    "an unknown zone": (lambda d: first(d, "settings").update(zone="Mars/Olympus"), ["'settings'", "'zone'"]),
    "a day start at noon": (lambda d: first(d, "settings").update(day_starts_at="12:00"), ["'day_starts_at'"]),
    "an id with a path in it": (lambda d: first(d, "events", "mood").update(id="../../etc/passwd"), ["'id'"]),
    "an id with a line break": (lambda d: first(d, "activities").update(id="a\r\nBEGIN:VEVENT"), ["'id'"]),
    "an id that is a number": (lambda d: first(d, "activities").update(id=7), ["'id'"]),
    "a record key that is not a number": (
        lambda d: d["events"].update({"x1": dict(first(d, "events", "mood"), id="other")}), ["'events'", "'x1'"]),
    "a record that is a list": (lambda d: d["periods"].update({"9": []}), ["'periods'", "record 9"]),
    "data that is a list": (lambda d: first(d, "events", "mood").update(data=[1]), ["'data'"]),
    "a note that is a number": (lambda d: first(d, "events", "urge")["data"].update(note=12), ["'data.note'"]),
    "a lone surrogate in a title": (lambda d: first(d, "activities").update(title="walk \ud800"), ["'title'"]),
}


@pytest.mark.parametrize("merge", [False, True], ids=["replace", "merge"])
@pytest.mark.parametrize("case", list(BAD))
def test_import_refuses_the_first_problem_by_table_record_and_field_before_writing(
        exported: dict[str, Any], data_file: Path, tmp_path: Path, case: str, merge: bool) -> None:
    change, expected = BAD[case]
    change(exported)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(exported))
    before = state(data_file)
    result = run("import", str(source), *(["--merge"] if merge else ["--replace"]))
    assert result.exit_code == 1
    message = result.output.strip()
    assert message.startswith("companion:") and "\n" not in message and "unexpected" not in message
    assert "table" in message and all(words in message for words in expected), message
    assert state(data_file) == before, "nothing written, no backup taken"


@pytest.mark.parametrize("text", ['{"events": {"1": {"at": NaN}}}', '{"meta": {"1": {"schema_version": 1e999}}}',
                                  '{"events": {"1": {}, "1": {}}}', "[" * 100_000])
def test_import_refuses_json_that_is_not_strict(exported: dict[str, Any], data_file: Path, tmp_path: Path,
                                               text: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(text)
    before = state(data_file)
    result = run("import", str(source))
    assert result.exit_code == 1 and result.output.startswith("companion:") and result.output.count("\n") == 1
    assert state(data_file) == before


@pytest.mark.parametrize("merge", [False, True], ids=["replace", "merge"])
def test_import_cleans_text_as_typed_text_is_cleaned(exported: dict[str, Any], data_file: Path,
                                                      tmp_path: Path, merge: bool) -> None:
    urge = first(exported, "events", "urge")
    urge["data"]["note"] = "line one\nline two \x1b[31mred\x07\u202e"
    plan = first(exported, "activities")
    plan["title"] = "Walk\nby the sea " + "x" * 300
    if merge:  # new records, so that the merge adds them
        urge["id"], plan["id"] = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(exported))
    result = run("import", str(source), *(["--merge"] if merge else ["--replace"]))
    assert result.exit_code == 0, result.output
    snapshot = Repository(data_file).load()
    notes = [e.data.get("note") for e in snapshot.events if e.kind == "urge"]
    assert "line one\nline two [31mred" in notes
    titles = [a.title for a in snapshot.activities]
    assert any(t.startswith("Walk by the sea xx") and len(t) == 120 for t in titles)
    for text in [*notes, *titles]:
        assert not any(ord(c) < 32 and c not in "\n\t" for c in text or "")


def test_a_good_export_imports_whole_both_ways(exported: dict[str, Any], data_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(exported))
    assert run("import", str(source), "--replace").exit_code == 0
    assert run("import", str(source), "--merge").output.strip().startswith("Nothing new in ")
    status = json.loads(run("status", "--json").output)
    assert status["urges"]["last_7_days"] == 1 and status["they_reached_out"]["total"] == 1


def test_records_without_ids_are_imported_and_given_one(exported: dict[str, Any], data_file: Path,
                                                         tmp_path: Path) -> None:
    first(exported, "events", "urge")["id"] = None
    del first(exported, "activities")["id"]
    source = tmp_path / "in.json"
    source.write_text(json.dumps(exported))
    assert run("import", str(source), "--replace").exit_code == 0
    snapshot = Repository(data_file).load()
    assert all(e.id for e in snapshot.events) and all(a.id for a in snapshot.activities)
