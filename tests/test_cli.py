"""The scripting CLI: init, status, log, export, import, doctor; errors are one line."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from companion.cli.group import main
from companion.store.repository import Repository


def run(*args: str) -> Result:
    """Invoke the click group in-process."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def real(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real console entry (`python -m companion`) in a subprocess."""
    return subprocess.run([sys.executable, "-m", "companion", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=60)


@pytest.fixture
def started(data_file: Path) -> Path:
    """A data file with a profile: last contact 6 days ago, 30 days."""
    result = run("init", "--last-contact", "6 days ago", "--length", "30", "--name", "Sam")
    assert result.exit_code == 0, result.output
    return data_file


# init and status -------------------------------------------------------------------


def test_init_then_status(started: Path) -> None:
    result = run("status")
    assert result.exit_code == 0
    assert "Day 6 of 30" in result.output
    assert "24 days left" in result.output and "Sunday 20 December" in result.output
    assert "Streak 6 days" in result.output
    short = run("status", "--short")
    assert short.output.strip() == "NC day 6/30 · 24 left"


def test_status_json_has_exactly_the_spec_names(started: Path) -> None:
    run("log", "urge", "--outcome", "resisted", "--when", "yesterday")
    run("log", "urge", "--outcome", "unresolved")
    run("log", "contact", "--from-them", "--channel", "call")
    data = json.loads(run("status", "--json").output)
    assert {"today", "streak_days", "best_streak_days", "period", "urges", "they_reached_out",
            "today_activities"} <= set(data)
    assert data["today"] == "2026-11-26"
    assert (data["streak_days"], data["best_streak_days"]) == (6, 6)
    period = {k: data["period"][k] for k in ("started_on", "length_days", "ends_on", "days_left", "completed")}
    assert period == {"started_on": "2026-11-20", "length_days": 30, "ends_on": "2026-12-20",
                      "days_left": 24, "completed": False}
    assert data["urges"] == {"last_7_days": 2, "resisted_last_7_days": 1}
    assert data["they_reached_out"] == {"total": 1, "this_period": 1}
    assert data["today_activities"] == {"planned": 0, "done": 0}


def test_status_without_a_profile_says_how_to_start(data_file: Path) -> None:
    result = CliRunner().invoke(main, ["status", "--json"])
    assert result.exit_code == 1
    assert "companion init" in result.stderr and "`companion`" in result.stderr
    assert result.stdout == ""
    assert not data_file.exists()


def test_init_options(data_file: Path) -> None:
    result = run("init", "--last-contact", "2026-11-21", "--length", "45", "--breakup-date",
                 "2026-11-01", "--delay", "20", "--week-start", "sunday", "--day-starts-at",
                 "04:00", "--tz", "Asia/Kolkata", "--ex-name", "Alex")
    assert result.exit_code == 0
    snap = Repository(data_file).load()
    assert snap.settings.zone == "Asia/Kolkata" and snap.settings.day_starts_at == "04:00"
    assert snap.settings.default_delay_minutes == 20 and snap.settings.week_start == "sunday"
    assert snap.profile is not None and snap.profile.ex_name == "Alex"
    assert snap.profile.breakup_on == "2026-11-01"
    assert json.loads(run("status", "--json").output)["period"]["length_days"] == 45


# log ---------------------------------------------------------------------------------


def test_log_urge_contact_and_mood_with_when(started: Path) -> None:
    assert run("log", "urge", "--intensity", "8", "--note", "at the bar", "--when", "22:30").exit_code == 1
    assert run("log", "urge", "--intensity", "8", "--note", "at the bar",
               "--when", "yesterday").exit_code == 0
    assert run("log", "urge", "--outcome", "contacted", "--when", "2026-11-25T23:10").exit_code == 0
    assert run("log", "mood", "4", "--note", "ok", "--when", "3 days ago").exit_code == 0
    assert run("log", "mood", "2", "--when", "08:15").exit_code == 0
    result = run("log", "contact", "--from-them", "--channel", "text", "--about", "logistics",
                 "--replied", "--when", "2026-11-24")
    assert result.exit_code == 0 and "1 time so far" in result.output
    result = run("log", "contact", "--from-me", "--essential", "--note", "keys")
    assert result.exit_code == 0 and "untouched" in result.output
    events = {(e.kind, e.at): e for e in Repository(started).load().events}
    assert events[("urge", "2026-11-25T12:00:00+00:00")].data["intensity_before"] == 8
    assert events[("urge", "2026-11-25T12:00:00+00:00")].date_only
    assert events[("urge", "2026-11-25T23:10:00+00:00")].data["outcome"] == "contacted"
    assert events[("mood", "2026-11-23T12:00:00+00:00")].data == {"score": 4, "note": "ok"}
    assert ("mood", "2026-11-26T08:15:00+00:00") in events
    assert events[("contact_from_them", "2026-11-24T12:00:00+00:00")].data["replied"] is True
    assert json.loads(run("status", "--json").output)["streak_days"] == 6


def test_a_slip_from_the_cli_restarts_the_period(started: Path) -> None:
    result = run("log", "contact", "--from-me", "--when", "yesterday", "--length", "21")
    assert result.exit_code == 0
    assert "2026-11-25" in result.output and "restart point" in result.output
    data = json.loads(run("status", "--json").output)
    assert data["streak_days"] == 1 and data["best_streak_days"] == 5
    assert data["period"]["length_days"] == 21


def test_a_long_note_is_shortened_with_a_notice(started: Path) -> None:
    result = CliRunner().invoke(main, ["log", "urge", "--note", "a" * 5000])
    assert result.exit_code == 0 and "shortened" in result.stderr
    assert len(Repository(started).load().events[0].data["note"]) == 2000


# export and import ----------------------------------------------------------------------


TRICKY = 'line one\nline "two", with comma; and emoji 💌'


def test_export_json_and_csv(started: Path, tmp_path: Path) -> None:
    run("log", "urge", "--note", TRICKY)
    run("log", "mood", "3")
    exported = json.loads(run("export").output)
    assert exported["meta"]["1"]["schema_version"] == 1
    assert len(exported["events"]) == 2
    result = run("export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["table"] for r in rows] == ["periods", "events", "events"]
    urge = next(r for r in rows if r["kind"] == "urge")
    assert urge["note"] == TRICKY and urge["date"] == "2026-11-26" and urge["outcome"] == "resisted"
    target = tmp_path / "out" / "export.json"
    assert run("export", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text()) == exported


def test_import_merge_twice_adds_nothing_and_replace_keeps_a_backup(started: Path, tmp_path: Path) -> None:
    run("log", "urge")
    export = tmp_path / "export.json"
    export.write_text(run("export").output)
    other = tmp_path / "other.json"
    env_other = {"COMPANION_DATA_FILE": str(other)}
    assert CliRunner(env=env_other).invoke(main, ["init", "--last-contact", "today", "--length", "30"]).exit_code == 0
    CliRunner(env=env_other).invoke(main, ["log", "mood", "5"])
    other_export = tmp_path / "other-export.json"
    other_export.write_text(CliRunner(env=env_other).invoke(main, ["export"]).output)

    first = run("import", str(other_export), "--merge")
    assert first.exit_code == 0 and "Added 2 records" in first.output
    second = run("import", str(other_export), "--merge")
    assert "Nothing new" in second.output
    assert run("import", str(export), "--merge").output.strip() == f"Nothing new in {export}: everything in it is here already."

    before = started.read_bytes()
    replaced = run("import", str(other_export), "--replace")
    assert replaced.exit_code == 0 and "backed up" in replaced.output
    assert len(Repository(started).load().events) == 1
    backups = list((started.parent / "companion-backups").glob("*before-import*.json"))
    assert len(backups) == 1 and backups[0].read_bytes() == before


# doctor ---------------------------------------------------------------------------------


def test_doctor_checks_and_repairs(started: Path) -> None:
    healthy = run("doctor")
    assert healthy.exit_code == 0 and "✓" in healthy.output
    run("log", "urge")  # the day's backup is taken before this write
    started.write_bytes(b'{"meta": {"1": ')
    broken = CliRunner().invoke(main, ["doctor"])
    assert broken.exit_code == 1 and "--repair" in broken.stderr
    repaired = CliRunner().invoke(main, ["doctor", "--repair"])
    assert repaired.exit_code == 0 and "Restored from" in repaired.output
    assert run("status").exit_code == 0
    assert list(started.parent.glob("companion.json.broken-*"))[0].read_bytes() == b'{"meta": {"1": '


def test_doctor_without_a_file() -> None:
    result = run("doctor")
    assert result.exit_code == 0 and "No data file yet" in result.output


# The real entry point: one line on stderr, nothing changed, no Textual ------------------


def test_version_and_help_and_a_bare_group() -> None:
    assert real("--version").stdout.strip() == "companion, version 0.1.0"
    group = real("log")
    assert group.returncode == 0 and "urge" in group.stdout and group.stderr == ""
    assert "status" in real("--help").stdout


# What each quick command must not load: Textual never; `status` (a shell prompt runs
# it often) not Pendulum, filelock or rich either, which keeps it near the cost of click.
HEAVY = {
    ("status",): ["textual", "rich", "pendulum", "filelock", "csv"],
    ("status", "--json"): ["textual", "rich", "pendulum", "filelock", "csv"],
    ("status", "--short"): ["textual", "rich", "pendulum", "filelock", "csv"],
    ("log", "urge"): ["textual", "rich"],
    ("log", "mood", "3", "--when", "yesterday"): ["textual", "rich"],
}


@pytest.mark.parametrize("command", list(HEAVY))
def test_status_and_log_do_not_import_textual(started: Path, command: tuple[str, ...]) -> None:
    code = (
        "import sys\n"
        "from companion.cli.group import entry\n"
        "try:\n"
        f"    entry({list(command)!r})\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        f"print(sorted(m for m in {HEAVY[command]!r} if m in sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "COMPANION_NOW": ""})
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "[]", f"{' '.join(command)} loaded {result.stderr.strip()}"


BAD_INPUTS = {
    "unknown category": ["plan", "add", "Run", "--category", "sports", "--on", "today"],
    "mood of 9": ["log", "mood", "9"],
    "intensity of 11": ["log", "urge", "--intensity", "11"],
    "unknown outcome": ["log", "urge", "--outcome", "maybe"],
    "a future date": ["log", "urge", "--when", "2026-12-01"],
    "a future time": ["log", "mood", "3", "--when", "22:30"],
    "nonsense when": ["log", "urge", "--when", "nonsense"],
    "neither from-me nor from-them": ["log", "contact"],
    "a slip of 3 days": ["log", "contact", "--from-me", "--length", "3"],
    "unknown zone": ["init", "--last-contact", "today", "--length", "30", "--tz", "Mars/Base"],
    "a length of 400": ["init", "--last-contact", "today", "--length", "400"],
    "unknown command": ["dance"],
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_line_and_changes_nothing(started: Path, case: str) -> None:
    before = started.read_bytes()
    result = real(*BAD_INPUTS[case])
    assert result.returncode != 0
    assert result.stderr.startswith("companion: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert started.read_bytes() == before


@pytest.mark.parametrize("command", [["status"], ["log", "urge"], ["log", "mood", "3"]])
def test_missing_profile_is_one_line_and_creates_nothing(data_file: Path, command: list[str]) -> None:
    result = real(*command)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "companion init" in result.stderr
    assert not data_file.parent.exists()


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["log", "urge"],
                                     ["log", "contact", "--from-them"], ["export"]])
def test_a_corrupt_file_is_one_line_and_left_alone(started: Path, command: list[str]) -> None:
    broken = started.read_bytes()[:-30]
    started.write_bytes(broken)
    result = real(*command)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert str(started) in result.stderr and "companion doctor" in result.stderr
    assert started.read_bytes() == broken


def test_a_newer_file_is_refused_for_writing(started: Path) -> None:
    document = json.loads(started.read_bytes())
    document["meta"]["1"]["schema_version"] = 5
    started.write_text(json.dumps(document))
    before = started.read_bytes()
    assert real("status").returncode == 0
    result = real("log", "urge")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "newer version" in result.stderr
    assert started.read_bytes() == before


def test_a_bad_import_file_is_one_line(started: Path, tmp_path: Path) -> None:
    before = started.read_bytes()
    not_json = tmp_path / "notes.txt"
    not_json.write_text("hello")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"meta": {"1": {"schema_version": 9}}, "events": {}}))
    for path in (not_json, newer, tmp_path / "missing.json"):
        result = real("import", str(path), "--merge")
        assert result.returncode != 0 and result.stderr.count("\n") == 1, result.stderr
        assert str(path) in result.stderr
    assert started.read_bytes() == before


def test_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = real("init", "--last-contact", "today", "--length", "30",
                  env={"COMPANION_DATA_FILE": str(blocker / "companion.json")})
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
