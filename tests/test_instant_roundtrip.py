"""What Companion writes, Companion reads: every stored instant round-trips, whatever
the zone and the year (local mean time had offsets with seconds: Asia/Kolkata in 1900
was +05:21:10), and `--when` refuses what it cannot log honestly."""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

import pendulum
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

from companion.cli.group import main
from companion.clock import MovableSource, parse_instant
from companion.domain.records import Profile, Settings
from companion.store.doctor import check
from companion.store.repository import Repository

ZONES = ["Asia/Kolkata", "Europe/Amsterdam", "Europe/Dublin", "Africa/Monrovia",
         "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham", "Europe/London",
         "America/New_York", "Asia/Kathmandu", "Pacific/Kiritimati", "UTC"]
INSTANTS = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)).map(
    lambda naive: naive.replace(microsecond=0, tzinfo=timezone.utc))


def _repo(folder: Path, zone: str) -> Repository:
    repo = Repository(folder / "companion.json",
                      source=MovableSource(parse_instant("2026-11-26T09:00:00Z")))
    repo.setup.complete_onboarding(Profile(name="Sam"), Settings(zone=zone), date(2026, 11, 20), 30)
    return repo


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(INSTANTS, st.sampled_from(ZONES)), min_size=1, max_size=4))
def test_every_stored_instant_reads_back_as_the_same_instant(logged: list[tuple[datetime, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = _repo(Path(folder), logged[0][1])
        for instant, zone in logged:
            repo.setup.update_settings(zone=zone)
            repo.events.log_urge(when=pendulum.instance(instant))
        fresh = Repository(repo.path, source=repo.source)
        events = fresh.load().events
        assert [e.instant for e in events] == [pendulum.instance(i) for i, _ in logged]
        for event, (instant, zone) in zip(events, logged):
            # Stored as the local time in force with its offset (date prefix = local date).
            local = instant.astimezone(pendulum.timezone(zone))
            assert event.at == local.isoformat()
            assert datetime.fromisoformat(event.at) == instant
        fresh.status()  # reads every instant it counts without an error
        report = check(fresh.db)
        assert report.healthy, report.lines


@pytest.mark.parametrize(("zone", "stored"), [
    ("Asia/Kolkata", "1900-01-01T10:00:00+05:21:10"),
    ("Europe/Amsterdam", "1920-06-01T10:00:00+01:19:32"),
    ("Europe/Dublin", "1900-06-01T10:00:00-00:25:21"),
])
def test_local_mean_time_is_read_by_status_doctor_and_repair(
        data_file: Path, zone: str, stored: str) -> None:
    repo = _repo(data_file.parent, zone)
    repo.events.log_urge(when=pendulum.parse(stored[:19], tz=zone))
    repo.events.log_urge()
    raw = data_file.read_text()
    assert f'"at":"{stored}"' in raw
    before = data_file.read_bytes()
    env = {"COMPANION_DATA_FILE": str(data_file)}
    assert CliRunner(env=env).invoke(main, ["doctor"]).exit_code == 0
    repaired = CliRunner(env=env).invoke(main, ["doctor", "--repair"])
    assert repaired.exit_code == 0 and "Restored" not in repaired.output
    assert data_file.read_bytes() == before  # nothing replaced by an older backup
    status = CliRunner(env=env).invoke(main, ["status", "--json"])
    assert status.exit_code == 0, status.output
    exported = json.loads(CliRunner(env=env).invoke(main, ["export"]).output)
    assert sorted(e["at"] for e in exported["events"].values())[0] == stored


def _started(env: dict[str, str]) -> CliRunner:
    runner = CliRunner(env=env)
    assert runner.invoke(main, ["init", "--last-contact", "2026-03-01", "--length", "30"]).exit_code == 0
    return runner


@pytest.mark.parametrize("text", ["1900-01-01T10:00", "1969-12-31T23:59", "1950-06-01", "1899-01-01"])
def test_when_before_1970_is_refused_with_a_reason(data_file: Path, text: str) -> None:
    runner = _started({"TZ": "Asia/Kolkata"})
    before = data_file.read_bytes()
    result = runner.invoke(main, ["log", "urge", "--when", text])
    assert result.exit_code == 1
    assert "too long ago" in result.stderr and "1970" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert data_file.read_bytes() == before


def test_a_seconds_offset_after_1970_round_trips_through_the_cli(data_file: Path) -> None:
    # Liberia kept -00:44:30 until 1972.
    runner = _started({"TZ": "Africa/Monrovia"})
    assert runner.invoke(main, ["log", "urge", "--when", "1971-05-01T22:30", "--allow-old"]).exit_code == 0
    assert '"at":"1971-05-01T22:30:00-00:44:30"' in data_file.read_text()
    assert runner.invoke(main, ["doctor"]).exit_code == 0
    history = Repository(data_file).load().events
    assert history[0].instant == parse_instant("1971-05-01T23:14:30Z")


@pytest.mark.parametrize("text", ["2026-03-29T01:30", "01:30"])
def test_a_time_the_clocks_skipped_is_refused_not_moved(data_file: Path, text: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPANION_NOW", "2026-03-29T12:00:00Z")
    runner = _started({"TZ": "Europe/London"})
    before = data_file.read_bytes()
    result = runner.invoke(main, ["log", "urge", "--when", text])
    assert result.exit_code == 1
    assert "01:30 on 2026-03-29 did not exist in Europe/London" in result.stderr
    assert "try 02:30" in result.stderr
    assert data_file.read_bytes() == before
    logged = runner.invoke(main, ["log", "urge", "--when", "2026-03-29T02:30"])
    assert logged.exit_code == 0
    assert '"at":"2026-03-29T02:30:00+01:00"' in data_file.read_text()
