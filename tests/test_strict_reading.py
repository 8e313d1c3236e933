"""JSON the standard library accepts but Companion must not: refused with one clear
line by every command, never collapsed, never dropped, never a traceback."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from companion.cli.group import main
from companion.store.fileformat.layout import serialise
from companion.store.fileformat.seal import is_sealed, seal_line
from tests.test_cli import real

COMMANDS = [["status"], ["status", "--json"], ["log", "mood", "4"], ["export"], ["export", "--format", "csv"],
            ["plan", "show"], ["doctor"]]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def started(data_file: Path) -> Path:
    assert run("init", "--last-contact", "6 days ago", "--length", "30", "--tz", "UTC").exit_code == 0
    assert run("log", "urge", "--intensity", "5").exit_code == 0
    assert run("log", "mood", "3").exit_code == 0
    assert run("plan", "add", "Walk", "--on", "today", "-c", "body").exit_code == 0
    return data_file


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def one_line_refusal(result: Result, *expected: str) -> str:
    assert result.exit_code != 0
    message = result.output.strip()
    assert message.count("\n") == 0 and message.startswith("companion:"), message
    assert "unexpected" not in message and "Traceback" not in message
    for words in expected:
        assert words in message
    return message


HOSTILE = {
    "a record twice under one id": (
        '"events":{\n', '"events":{\n"2":{"id":"copy","kind":"urge","at":"2026-11-25T10:00:00+00:00"},\n',
        ["table 'events'", "same id '2'"]),
    "NaN": ('"score":3', '"score":NaN', ["NaN"]),
    "Infinity": ('"score":3', '"score":-Infinity', ["Infinity"]),
    "1e999": ('"score":3', '"score":1e999', ["1e999"]),
    "deep nesting": ('"score":3', '"score":3,"x":' + "[" * 50_000 + "]" * 50_000, ["nested too deeply"]),
    "nesting too deep to keep": ('"score":3', '"score":3,"x":' + "[" * 400 + "]" * 400,
                                 ["table 'events'", "'data.x'", "nested"]),
    "a lone surrogate": ('"kind":"mood"', '"kind":"mood","note":"\\ud800"', ["table 'events'", "'note'", "surrogate"]),
    "a lone surrogate in a name": ('"kind":"mood"', '"kind":"mood","\\udc00":1', ["table 'events'", "not Unicode"]),
    '"at": 5': ('"at":"2026-11-26T09:00:00+00:00","zone":"UTC","date_only":false,"data":{"intensity_before"',
                '"at":5,"zone":"UTC","date_only":false,"data":{"intensity_before"', ["table 'events'", "'at'", "5"]),
    '"intensity": "x"': ('"intensity_before":5', '"intensity_before":"x"',
                         ["table 'events'", "'data.intensity_before'", "'x'"]),
    '"on": null': ('"on":"2026-11-26"', '"on":null', ["table 'activities'", "record 1", "'on'", "null"]),
    "a key written 01 beside 1": ('"periods":{"1":', '"periods":{"01":{"id":"x","started_on":"2026-11-01"},"1":',
                                  ["table 'periods'", "leading zeros"]),
    "a field twice in one record": ('"kind":"mood"', '"kind":"mood","kind":"urge"', ["table 'events'", "'kind'", "twice"]),
    "an unknown kind of event": ('"kind":"mood"', '"kind":"party"', ["table 'events'", "'kind'", "'party'"]),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_every_command_refuses_hostile_json_with_one_line_and_changes_nothing(started: Path, case: str) -> None:
    old, new, expected = HOSTILE[case]
    edit(started, old, new)
    before = started.read_bytes()
    for command in COMMANDS:
        result = run(*command)
        if command == ["doctor"]:
            assert result.exit_code == 1
            problem = next(line for line in result.output.splitlines() if line.startswith("✗"))
            assert all(words in problem for words in expected), problem
        else:
            one_line_refusal(result, *expected)
    assert started.read_bytes() == before, "nothing was written: no record collapsed or dropped"


@pytest.mark.parametrize("case", ["deep nesting", "a lone surrogate", "a record twice under one id"])
def test_the_real_command_says_one_line_and_doctor_repair_restores_the_newest_good_backup(
        started: Path, case: str) -> None:
    backups = started.parent / "companion-backups"
    backups.mkdir(exist_ok=True)
    (backups / "companion-2026-11-20.json").write_bytes(started.read_bytes())
    old, new, expected = HOSTILE[case]
    edit(started, old, new)
    for command in (["status"], ["export"], ["doctor"]):
        done = real(*command)
        assert done.returncode == 1 and "Traceback" not in done.stderr and "unexpected" not in done.stderr
    assert expected[0] in real("status").stderr
    repaired = real("doctor", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    used = re.search(r"Restored from (.+?\.json)\.", repaired.stdout)
    assert used is not None and started.read_bytes() == Path(used.group(1)).read_bytes()
    assert real("status", "--short").stdout.strip() == "NC day 6/30 · 24 left"


def test_companion_never_writes_nan_or_infinity(started: Path) -> None:
    from companion.store.repository import Repository

    with pytest.raises(ValueError):
        serialise({"meta": {"1": {"schema_version": 1}}, "events": {}, "activities": {},
                   "settings": {"1": {"x": math.nan}}})
    before = started.read_bytes()
    with pytest.raises(ValueError):
        Repository(started).setup.update_settings(default_delay_minutes=math.inf)
    assert started.read_bytes() == before

    def refuse(name: str) -> None:
        raise ValueError(name)

    json.loads(before, parse_constant=refuse)  # strict JSON, as JavaScript's JSON.parse reads it


def test_a_sealed_file_whose_records_are_wrong_is_still_named_by_doctor(started: Path) -> None:
    """Someone who recomputes the seal gets partial reads, but doctor reads strictly."""
    document = json.loads(started.read_bytes())
    next(iter(document["periods"].values()))["length_days"] = "thirty"
    started.write_bytes(serialise(document))
    assert is_sealed(started.read_bytes())
    result = run("doctor")
    assert result.exit_code == 1
    assert "table 'periods', record 1, field 'length_days'" in result.output and "'thirty'" in result.output


def test_doctor_is_healthy_only_when_the_figures_the_app_shows_are_right(
        started: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone moves an old urge to today by hand and forges the seal: partial reads
    would miss it; doctor compares the app's figures with a count over everything."""
    from companion.store import fileformat

    monkeypatch.setattr(fileformat, "PARTIAL_READ_BYTES", 0)  # read this small file in parts
    for days in range(1, 12):
        assert run("log", "urge", "--when", f"{days} days ago").exit_code == 0
    healthy = run("doctor")
    assert healthy.exit_code == 0 and "exactly as Companion wrote it" in healthy.output
    first, rest = started.read_bytes().split(b"\n", 1)
    oldest = re.search(rb'"kind":"urge","at":"(2026-11-15)', rest)
    assert oldest is not None
    rest = rest[:oldest.start(1)] + b"2026-11-26" + rest[oldest.end(1):]
    started.write_bytes(seal_line([rest]) + rest)
    assert is_sealed(started.read_bytes())
    result = run("doctor")
    assert result.exit_code == 1 and "differ from a count over the whole file" in result.output


def test_doctor_says_a_hand_edited_file_is_read_whole_and_its_figures_are_right(started: Path) -> None:
    edit(started, ",\n\n", ",\n")
    result = run("doctor")
    assert result.exit_code == 0, result.output
    assert "changed since Companion last wrote it" in result.output
    assert run("log", "mood", "2").exit_code == 0
    assert "exactly as Companion wrote it" in run("doctor").output


def test_a_file_saved_by_an_editor_with_a_byte_order_mark_and_crlf_is_read_and_laid_out_again(
        started: Path) -> None:
    before = run("status", "--json").output
    started.write_bytes(b"\xef\xbb\xbf" + started.read_bytes().replace(b"\n", b"\r\n"))
    assert run("status", "--json").output == before
    assert run("log", "mood", "2").exit_code == 0
    assert is_sealed(started.read_bytes())
