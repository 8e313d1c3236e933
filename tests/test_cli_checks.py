"""The command line refuses what a person is unlikely to mean, with the reason and the way round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from companion.cli.group import main
from companion.store.repository import Repository


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner(env=env).invoke(main, list(args))


@pytest.fixture
def started(data_file: Path) -> Path:
    result = run("init", "--last-contact", "6 days ago", "--length", "30", "--name", "Sam", "--ex-name", "Alex",
                 "--delay", "20")
    assert result.exit_code == 0, result.output
    Repository(data_file).setup.update_profile(reasons=["I deserve calm"])
    return data_file


def test_init_refuses_an_existing_profile_without_force(started: Path) -> None:
    before = started.read_bytes()
    again = run("init", "--last-contact", "today", "--length", "14")
    assert again.exit_code == 1 and "--force" in again.stderr and "\n" == again.stderr[-1]
    assert started.read_bytes() == before


def test_init_force_keeps_every_field_not_passed(started: Path) -> None:
    again = run("init", "--force", "--last-contact", "6 days ago", "--length", "45", "--name", "Sam B")
    assert again.exit_code == 0, again.output
    snapshot = Repository(started).load()
    assert snapshot.profile.name == "Sam B"
    assert snapshot.profile.ex_name == "Alex" and snapshot.profile.reasons == ["I deserve calm"]
    assert snapshot.settings.default_delay_minutes == 20
    assert snapshot.periods[-1].length_days == 45


def test_import_refuses_what_is_not_an_export(started: Path, tmp_path: Path) -> None:
    before = started.read_bytes()
    no_version = tmp_path / "plain.json"
    no_version.write_text(json.dumps({"events": {}}))
    refused = run("import", str(no_version), "--replace")
    assert refused.exit_code == 1 and "no schema version" in refused.stderr
    no_profile = tmp_path / "empty.json"
    no_profile.write_text(json.dumps({"meta": {"1": {"schema_version": 1}}, "profile": {}}))
    refused = run("import", str(no_profile), "--replace")
    assert refused.exit_code == 1 and "no profile" in refused.stderr
    assert started.read_bytes() == before


def test_replacing_from_a_script_needs_replace(started: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(run("export").output)
    before = started.read_bytes()
    plain = run("import", str(export))
    assert plain.exit_code == 2 and "--replace" in plain.stderr
    assert started.read_bytes() == before
    assert run("import", str(export), "--force").exit_code == 0


@pytest.mark.parametrize("args", [
    ["log", "urge", "--when", "2024-11-01"],
    ["log", "mood", "3", "--when", "2025-11-01"],
    ["log", "contact", "--from-them", "--when", "2024-01-01"],
    ["plan", "add", "Run", "-c", "body", "--on", "2025-01-01"],
])
def test_dates_more_than_a_year_back_need_allow_old(started: Path, args: list[str]) -> None:
    refused = run(*args)
    assert refused.exit_code == 1 and "more than a year back" in refused.stderr and "--allow-old" in refused.stderr
    assert run(*args, "--allow-old").exit_code == 0


def test_plan_done_refuses_a_future_day(started: Path) -> None:
    added = run("plan", "add", "Run", "-c", "body", "--on", "today", "--weekly")
    activity_id = added.output.rsplit("Id ", 1)[1].strip()
    refused = run("plan", "done", activity_id, "--on", "2026-12-03")
    assert refused.exit_code == 1 and "has not come yet" in refused.stderr
    assert run("plan", "done", activity_id).exit_code == 0


def test_status_json_and_short_together_is_an_error(started: Path) -> None:
    both = run("status", "--json", "--short")
    assert both.exit_code == 2 and "choose one" in both.stderr


def test_a_garbage_week_suggests_the_week_forms(started: Path) -> None:
    result = run("plan", "show", "--week", "garbage")
    assert result.exit_code == 1 and "this, next, last" in result.stderr


def test_a_folder_in_the_environment_names_the_variable(tmp_path: Path) -> None:
    result = run("status", env={"COMPANION_DATA_FILE": str(tmp_path)})
    assert result.exit_code == 2 and "COMPANION_DATA_FILE" in result.stderr and "--data-file" not in result.stderr
    flag = run("--data-file", str(tmp_path), "status", env={"COMPANION_DATA_FILE": ""})
    assert "--data-file" in flag.stderr
