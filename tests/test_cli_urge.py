"""Issue 16 on the command line: checks on them, the forecast, if-then plans, strength in status."""

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
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def real(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "companion", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=60)


@pytest.fixture
def started(data_file: Path) -> Path:
    """Last contact 40 days ago, a 60-day period."""
    result = run("init", "--last-contact", "40 days ago", "--length", "60", "--name", "Sam")
    assert result.exit_code == 0, result.output
    return data_file


def status_json() -> dict:
    return json.loads(run("status", "--json").output)


def test_a_check_is_counted_and_never_touches_the_streak(started: Path) -> None:
    before = status_json()
    result = run("log", "check", "--platform", "Instagram", "--note", "her story")
    assert result.exit_code == 0 and "streak is untouched" in result.output
    run("log", "check", "--when", "10 days ago")
    run("log", "check", "--platform", "x", "--when", "50 days ago")
    after = status_json()
    assert after["checked_on_them"] == {"last_7_days": 1, "this_period": 2, "total": 3}
    assert (after["streak_days"], after["period"], after["strength"]) == \
        (before["streak_days"], before["period"], before["strength"])
    checks = [e for e in Repository(started).load().events if e.kind == "check"]
    assert [c.data for c in checks][0] == {"platform": "instagram", "note": "her story"}
    assert checks[1].data["platform"] == "other"


def test_status_shows_strength_and_days_kept(started: Path) -> None:
    data = status_json()
    assert (data["strength"], data["days_kept"], data["days_total"]) == (88, 40, 40)
    assert "Strength 88/100 · 40 of 40 days kept" in run("status").output
    run("log", "contact", "--from-me", "--when", "yesterday")
    data = status_json()
    assert (data["streak_days"], data["days_kept"], data["days_total"]) == (1, 39, 40)
    assert data["strength"] == 83
    assert "Strength 83/100 · 39 of 40 days kept" in run("status").output


def test_status_counts_checks_in_text_discreetly(started: Path) -> None:
    run("log", "check")
    assert "Checked on them 1 · " in run("status").output
    Repository(started).setup.update_settings(discreet=True)
    text = run("status").output
    assert "Looked back 1 · " in text and "Checked on them" not in text


def test_forecast_is_stored_on_the_urge(started: Path) -> None:
    result = run("log", "urge", "--intensity", "7", "--expected", "8", "--after", "3")
    assert result.exit_code == 0 and "you expected 8; it was 3" in result.output
    urge = Repository(started).load().events[-1]
    assert (urge.data["expected"], urge.data["intensity_before"], urge.data["intensity_after"]) == (8, 7, 3)
    run("log", "urge")
    assert "expected" not in Repository(started).load().events[-1].data


def test_ifthen_add_list_remove(started: Path) -> None:
    added = run("ifthen", "add", "--if", "If I see their story at night,", "--then",
                "I put the phone in the kitchen and text Sam", "--trigger", "company")
    assert added.exit_code == 0
    plan_id = added.output.strip()
    run("ifthen", "add", "--if", "I want to say sorry", "--then", "I write it in the unsent box")
    plans = json.loads(run("ifthen", "list", "--json").output)
    assert plans == [
        {"id": plan_id, "if": "I see their story at night", "then": "I put the phone in the kitchen and text Sam",
         "trigger": "company"},
        {"id": plans[1]["id"], "if": "I want to say sorry", "then": "I write it in the unsent box", "trigger": None},
    ]
    assert "If I see their story at night, then I put the phone" in run("ifthen", "list").output
    removed = run("ifthen", "remove", plan_id[:8])
    assert removed.exit_code == 0 and "Removed: If I see their story" in removed.output
    assert [p["id"] for p in json.loads(run("ifthen", "list", "--json").output)] == [plans[1]["id"]]


def test_ifthen_list_with_nothing(data_file: Path) -> None:
    assert run("ifthen", "list", "--json").output.strip() == "[]"
    listing = run("ifthen", "list").output
    assert "No if-then plans yet" in listing
    assert "If I start writing them an apology, then I write it in the unsent box" in listing
    assert listing.count("(--trigger ") == 6
    assert not data_file.exists()


BAD = {
    "unknown platform": (["log", "check", "--platform", "myspace"], "'myspace' is not one of"),
    "expected 0": (["log", "urge", "--expected", "0"], "--expected"),
    "expected 11": (["log", "urge", "--expected", "11"], "--expected"),
    "unknown trigger": (["ifthen", "add", "--if", "a", "--then", "b", "--trigger", "boredom"], "'boredom'"),
    "empty if": (["ifthen", "add", "--if", "  ", "--then", "b"], "needs its 'if' part"),
    "empty then": (["ifthen", "add", "--if", "a", "--then", ""], "needs its 'then' part"),
    "unknown plan": (["ifthen", "remove", "zzzzzzzz"], "no if-then plan with id"),
    "short id": (["ifthen", "remove", "ab"], "at least the first 4 characters"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_one_line_and_writes_nothing(started: Path, case: str) -> None:
    args, message = BAD[case]
    before = started.read_bytes()
    result = real(*args)
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert started.read_bytes() == before


def test_without_a_profile_nothing_is_created(data_file: Path) -> None:
    for args in (["log", "check"], ["ifthen", "add", "--if", "a", "--then", "b"]):
        result = real(*args)
        assert result.returncode == 1 and "no profile yet" in result.stderr
    assert not data_file.exists()


def test_checks_and_plans_are_in_every_export(started: Path) -> None:
    run("log", "check", "--platform", "tiktok", "--note", "=cmd")
    run("log", "urge", "--expected", "6", "--after", "2")
    run("ifthen", "add", "--if", "-I scroll at night", "--then", "I read", "--trigger", "reassurance")
    document = json.loads(run("export", "--format", "json").output)
    assert [r["if_text"] for r in document["ifthen"].values()] == ["-I scroll at night"]
    assert [e["data"]["platform"] for e in document["events"].values() if e["kind"] == "check"] == ["tiktok"]
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").output)))
    check = next(r for r in rows if r["kind"] == "check")
    assert (check["platform"], check["note"]) == ("tiktok", "'=cmd")
    assert next(r for r in rows if r["kind"] == "urge")["expected"] == "6"
    plan = next(r for r in rows if r["table"] == "ifthen")
    assert (plan["if"], plan["then"], plan["trigger"]) == ("'-I scroll at night", "I read", "reassurance")


def test_an_export_with_plans_imports_back(started: Path, tmp_path: Path) -> None:
    run("ifthen", "add", "--if", "I see a photo", "--then", "I mute them")
    exported = tmp_path / "export.json"
    run("export", "-o", str(exported))
    Repository(started).ifthen.remove(Repository(started).ifthen.plans()[0].id)
    assert run("import", str(exported), "--merge").exit_code == 0
    assert [p.if_text for p in Repository(started).ifthen.plans()] == ["I see a photo"]


def test_log_check_does_not_import_textual(started: Path) -> None:
    code = ("import sys\nfrom companion.cli.group import entry\ntry:\n    entry(['log', 'check'])\n"
            "except SystemExit as done:\n    assert not done.code\n"
            "print(sorted(m for m in ('textual', 'rich') if m in sys.modules), file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stderr.strip() == "[]"


def test_the_timer_keeps_the_forecast_until_the_urge_is_logged(started: Path) -> None:
    repo = Repository(started)
    repo.timer.start(10)
    with pytest.raises(ValueError, match="1 to 10"):
        repo.timer.update(expected=11)
    assert repo.load().timer.expected is None
    repo.timer.update(intensity_before=9, expected=7)
    event = repo.timer.finish("resisted", intensity_after=4)
    assert (event.data["expected"], event.data["intensity_after"]) == (7, 4)
    repo.timer.start(10)
    assert "expected" not in repo.timer.finish("resisted").data  # no forecast: no key, as before
