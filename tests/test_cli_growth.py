"""The guided path from the shell: goals, today's step, status, plan --goal, export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from companion.cli.group import main


def run(*args: str, now: str | None = None) -> Result:
    env = {"COMPANION_NOW": now} if now else None
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


@pytest.fixture
def started(data_file: Path) -> Path:
    result = run("init", "--last-contact", "6 days ago", "--length", "30", "--name", "Sam")
    assert result.exit_code == 0, result.output
    return data_file


def add_goal(*args: str) -> str:
    result = run("goal", "add", *args)
    assert result.exit_code == 0, result.output + result.stderr
    return result.output.strip()


def test_goal_add_prints_the_id_and_list_shows_progress(started: Path) -> None:
    goal_id = add_goal("Run 5 km", "--category", "body", "--why", "to feel strong")
    assert len(goal_id) == 36 and "\n" not in goal_id
    planned = run("plan", "add", "Run", "--category", "body", "--on", "today", "--goal", goal_id[:8])
    assert planned.exit_code == 0, planned.stderr
    run("plan", "add", "Run again", "--category", "body", "--on", "tomorrow", "--goal", goal_id)
    run("plan", "add", "Read", "--category", "joy", "--on", "today")
    items = json.loads(run("plan", "show", "--json").output)
    assert sorted(i["goal"] for i in items if i["title"].startswith("Run")) == [goal_id, goal_id]
    assert [i["goal"] for i in items if i["title"] == "Read"] == [None]
    run_id = next(i["id"] for i in items if i["title"] == "Run")
    assert run("plan", "done", run_id[:8]).exit_code == 0
    listed = json.loads(run("goal", "list", "--json").output)
    assert listed == [{"id": goal_id, "title": "Run 5 km", "category": "body", "why": "to feel strong",
                       "status": "active", "activities_done": 1, "activities_planned": 2}]
    text = run("goal", "list").output
    assert "Run 5 km (body)" in text and "this week 1/2 done" in text


def test_goal_done_and_drop_change_the_status(started: Path) -> None:
    first = add_goal("Read a book a month", "--category", "joy")
    second = add_goal("Call Mum on Sundays", "--category", "people")
    assert run("goal", "done", first[:8]).exit_code == 0
    dropped = run("goal", "drop", second)
    assert dropped.exit_code == 0 and "Call Mum" in dropped.output
    statuses = {g["id"]: g["status"] for g in json.loads(run("goal", "list", "--json").output)}
    assert statuses == {first: "done", second: "dropped"}
    data = json.loads(run("status", "--json").output)
    assert data["goals"] == {"active": 0, "done": 1}


BAD = {
    "unknown goal id": ["goal", "done", "ffffffff"],
    "unknown goal on plan add": ["plan", "add", "Run", "--category", "body", "--on", "today", "--goal", "ffffffff"],
    "unknown category": ["goal", "add", "Run", "--category", "sports"],
    "empty title": ["goal", "add", "  ", "--category", "body"],
}


@pytest.mark.parametrize("args", list(BAD.values()), ids=list(BAD))
def test_bad_goal_input_is_one_line_and_writes_nothing(started: Path, args: list[str]) -> None:
    add_goal("Swim", "--category", "body")
    before = started.read_bytes()
    result = subprocess.run([sys.executable, "-m", "companion", *args], capture_output=True, text=True,
                            timeout=60, env=dict(os.environ))
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.startswith("companion: ") and result.stderr.count("\n") == 1, result.stderr
    assert started.read_bytes() == before


def test_a_sixth_active_goal_is_refused(started: Path) -> None:
    for n in range(5):
        add_goal(f"Goal {n}", "--category", "challenge")
    before = started.read_bytes()
    result = run("goal", "add", "One too many", "--category", "joy")
    assert result.exit_code == 1 and "5 active goals" in result.stderr
    assert started.read_bytes() == before


def test_step_shows_today_and_done_marks_it(started: Path) -> None:
    step = json.loads(run("step", "--json").output)
    assert set(step) >= {"day", "title", "text", "done"}
    assert (step["day"], step["done"]) == (1, False)
    assert json.loads(run("status", "--json").output)["step"] == {"title": step["title"], "done": False}
    assert run("step", "done").exit_code == 0
    again = json.loads(run("step", "--json").output)
    assert (again["day"], again["title"], again["done"]) == (1, step["title"], True)
    assert json.loads(run("status", "--json").output)["step"]["done"] is True
    tomorrow = json.loads(run("step", "--json", now="2026-11-27T09:00:00+00:00").output)
    assert tomorrow["day"] == 2 and tomorrow["title"] != step["title"] and not tomorrow["done"]
    assert "Day 2 · " in run("step", now="2026-11-27T09:00:00+00:00").output


def test_a_skipped_step_moves_on_too(started: Path) -> None:
    assert "Skipped" in run("step", "skip").output
    assert json.loads(run("step", "--json").output)["skipped"] is True
    assert json.loads(run("step", "--json", now="2026-11-27T09:00:00+00:00").output)["day"] == 2


def test_after_a_slip_the_step_resumes_where_it_was(started: Path) -> None:
    for day in ("26", "27", "28"):
        assert run("step", "done", now=f"2026-11-{day}T09:00:00+00:00").exit_code == 0
    later = "2026-11-30T09:00:00+00:00"
    slip = run("log", "contact", "--from-me", now=later)
    assert slip.exit_code == 0, slip.stderr
    status = json.loads(run("status", "--json", now=later).output)
    assert status["period"]["day"] in (0, 1) and status["period"]["started_on"] == "2026-11-30"
    step = json.loads(run("step", "--json", now=later).output)
    assert step["day"] == 4


def test_step_without_a_profile_is_one_line(data_file: Path) -> None:
    result = run("step")
    assert result.exit_code == 1 and "no profile yet" in result.stderr
    assert not data_file.exists()


def test_the_new_tables_are_in_the_export(started: Path, tmp_path: Path) -> None:
    from companion.store.repository import Repository

    repo = Repository(started)
    repo.growth.save_answer("what-happened", "We drifted apart.")
    add_goal("Swim", "--category", "body")
    run("step", "done")
    repo.growth.add_checkin([3, 4, 2], "ok")
    out = tmp_path / "export.json"
    assert run("export", "--output", str(out)).exit_code == 0
    document = json.loads(out.read_text())
    assert [a["text"] for a in document["workbook"].values()] == ["We drifted apart."]
    assert [g["title"] for g in document["goals"].values()] == ["Swim"]
    assert len(document["steps"]) == 1 and len(document["checkins"]) == 1


def test_status_json_still_does_not_load_pendulum_with_goals(started: Path) -> None:
    add_goal("Swim", "--category", "body")
    code = ("import sys\nfrom companion.cli.group import entry\ntry:\n    entry(['status', '--json'])\n"
            "except SystemExit as done:\n    assert not done.code\n"
            "print(sorted(m for m in ['textual', 'pendulum', 'rich'] if m in sys.modules), file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "COMPANION_NOW": ""})
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("[]")


def test_status_text_mentions_the_step_and_the_goals_briefly(started: Path) -> None:
    before = run("status").output
    assert "Today's step (day 1): A proper night · about 5 min" in before
    assert "Goals: none yet (companion goal add)" in before
    add_goal("Swim", "--category", "body")
    add_goal("Call Mum", "--category", "people")
    assert run("step", "done").exit_code == 0
    after = run("status").output.splitlines()
    assert "Today's step (day 1): A proper night · done ✓" in after
    assert "Goals: Swim · Call Mum" in after
    assert len(after) == len(before.splitlines())  # brief: one line each


def test_status_text_does_not_load_textual(started: Path) -> None:
    add_goal("Swim", "--category", "body")
    code = ("import sys\nfrom companion.cli.group import entry\ntry:\n    entry(['status'])\n"
            "except SystemExit as done:\n    assert not done.code\n"
            "print(sorted(m for m in ['textual'] if m in sys.modules), file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "COMPANION_NOW": ""})
    assert result.returncode == 0, result.stderr
    assert "Goals: Swim" in result.stdout
    assert result.stderr.strip().endswith("[]")
