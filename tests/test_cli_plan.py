"""`companion plan add/show/done` through click's CliRunner on companion.cli.group.main."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from companion.cli.group import main
from companion.domain.records import Activity
from companion.store.repository import Repository
from tests.app_helpers import onboarded_repo

KEYS = {"id", "title", "category", "date", "time", "minutes", "done", "repeat", "note", "goal"}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def show_json(*args: str) -> list[dict]:
    result = run("plan", "show", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_plan_add_then_show_json_shape(data_file: Path) -> None:
    onboarded_repo(data_file)
    result = run("plan", "add", "Run, then stretch; 🏃", "--category", "body", "--on", "friday",
                 "--at", "7:05", "--minutes", "40", "--weekly")
    assert result.exit_code == 0, result.output
    assert "Planned 'Run, then stretch; 🏃' (body) on 2026-11-27 at 07:05, every week" in result.output
    (item,) = show_json()
    assert set(item) == KEYS
    assert item | {"id": None} == {"id": None, "title": "Run, then stretch; 🏃", "category": "body",
                                   "date": "2026-11-27", "time": "07:05", "minutes": 40,
                                   "done": False, "repeat": "weekly", "note": "", "goal": None}
    later = show_json("--week", "2026-12-09")
    assert [(i["id"], i["date"]) for i in later] == [(item["id"], "2026-12-11")]


def test_plan_show_weeks(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    for title, on in (("Last", "2026-11-20"), ("This", "2026-11-23"), ("Next", "2026-11-30")):
        repo.activities.plan(Activity(title=title, category="joy", on=on))
    assert [i["title"] for i in show_json()] == ["This"]
    assert [i["title"] for i in show_json("--week", "next")] == ["Next"]
    assert [i["title"] for i in show_json("--week", "last")] == ["Last"]
    assert [i["title"] for i in show_json("--week", "2026-11-29")] == ["This"]
    text = run("plan", "show").output
    assert "This week · 23–29 Nov" in text and "Mon 23 Nov" in text and "[ ] This (joy)" in text
    assert "Still open: people, body, work, challenge. One small thing each helps." in text


def test_plan_show_follows_a_sunday_week_start(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.setup.update_settings(week_start="sunday")
    repo.activities.plan(Activity(title="Sunday lunch", category="people", on="2026-11-22"))
    repo.activities.plan(Activity(title="Sunday after", category="people", on="2026-11-29"))
    assert [i["title"] for i in show_json()] == ["Sunday lunch"]
    assert run("plan", "show").output.startswith("This week · 22–28 Nov")


def test_plan_done_one_off_and_undo(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    activity = repo.activities.plan(Activity(title="Call Jo", category="people", on="2026-11-24"))
    result = run("plan", "done", activity.id[:8])
    assert result.exit_code == 0 and "Done: Call Jo" in result.output
    assert show_json()[0]["done"] is True
    assert run("plan", "done", activity.id, "--undo").exit_code == 0
    assert show_json()[0]["done"] is False


def test_plan_done_weekly_ticks_only_that_date(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    gym = repo.activities.plan(Activity(title="Gym", category="body", on="2026-11-19", repeat="weekly"))
    assert run("plan", "done", gym.id[:8]).exit_code == 0  # today, Thursday 26
    assert [i["done"] for i in show_json()] == [True]
    assert [i["done"] for i in show_json("--week", "last")] == [False]
    assert [i["done"] for i in show_json("--week", "next")] == [False]
    result = run("plan", "done", gym.id[:8], "--on", "2026-11-27")
    assert result.exit_code == 1 and "not planned on 2026-11-27" in result.stderr


def test_plan_errors_are_one_line(data_file: Path) -> None:
    onboarded_repo(data_file)
    cases = [
        (["plan", "add", "X", "--category", "fun", "--on", "today"], "Invalid value"),
        (["plan", "add", "X", "--category", "joy", "--on", "someday"], "is not a day"),
        (["plan", "add", "X", "--category", "joy", "--on", "today", "--at", "25:00"], "not a time of day"),
        (["plan", "add", "   ", "--category", "joy", "--on", "today"], "the title is empty"),
        (["plan", "done", "zzzzzzzz"], "no activity with id"),
        (["plan", "show", "--week", "soon"], "is not a week; try this, next, last"),
        (["export", "--format", "json", "--week", "next"], "--week goes with --format ics"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code != 0, args
        assert message in result.output, (args, result.output)
        assert "Traceback" not in result.output


def test_plan_without_a_profile(data_file: Path) -> None:
    result = run("plan", "add", "X", "--category", "joy", "--on", "today")
    assert result.exit_code == 1 and "no profile yet" in result.output
    assert not Repository(data_file).load().activities


def test_long_title_is_shortened_with_a_notice(data_file: Path) -> None:
    onboarded_repo(data_file)
    result = run("plan", "add", "x" * 500, "--category", "joy", "--on", "today")
    assert result.exit_code == 0 and "shortened to 120 characters" in result.output
    assert len(show_json()[0]["title"]) == 120
