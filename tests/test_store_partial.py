"""Reading a file in Companion's line layout through the repository: Today's figures
equal a count over everything, and only the history Today shows is parsed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.planning import occurrences_on
from companion.domain.records import Activity, Event, EventKind
from companion.store.fileformat.layout import serialise
from companion.store.fileformat.lazy import LazyTables
from companion.store.fileformat import WholeTables
from companion.store.snapshot import Snapshot

KINDS = [k.value for k in EventKind]
ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Kiritimati"]


@pytest.fixture(autouse=True)
def partial_reads_of_small_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """These files are small; read them in parts all the same, as a long history is."""
    from companion.store import fileformat

    monkeypatch.setattr(fileformat, "PARTIAL_READ_BYTES", 0)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(ZONES), st.sampled_from(["00:00", "04:00", "05:30"]),
       st.lists(st.tuples(st.sampled_from(["urge", "mood", "they", "slip", "weekly", "one-off", "wait"]),
                          st.integers(0, 9).map(lambda d: d * 1440 + 1) | st.integers(0, 60 * 24 * 9),
                          st.booleans()), min_size=1, max_size=14))
def test_todays_figures_from_a_file_read_in_parts_equal_a_count_over_everything(
        tmp_path_factory: Any, zone: str, day_start: str, steps: list[tuple[str, int, bool]]) -> None:
    from companion.clock import MovableSource, parse_instant
    from companion.domain import periods as pm
    from companion.domain.records import Profile, Settings
    from companion.domain.status import compute_status, event_date
    from companion.store.repository import Repository

    source = MovableSource(parse_instant("2026-11-26T09:00:00+00:00"))
    repo = Repository(tmp_path_factory.mktemp("repo") / "c.json", source=source)
    repo.setup.complete_onboarding(Profile(), Settings(zone=zone, day_starts_at=day_start), date(2026, 11, 20), 30)
    for step, minutes, flag in steps:
        when = source.instant.subtract(minutes=minutes)  # logged afterwards, --when in the past
        try:
            if step == "urge":
                repo.events.log_urge(outcome="resisted" if flag else "unresolved", when=when, date_only=flag)
            elif step == "mood":
                repo.events.log_mood(1 + minutes % 5, when=when, date_only=flag)
            elif step == "they":
                repo.events.log_contact_from_them(when=when)
            elif step == "slip":
                repo.events.log_contact_from_me(essential=flag, when=when)
            elif step in ("weekly", "one-off"):
                on = repo.clock().today() - timedelta(days=minutes % 15)
                repo.activities.plan(Activity(title="walk", on=on.isoformat(), repeat="weekly" if step == "weekly" else None))
            else:
                source.advance(minutes=minutes)
                repo.periods.celebrate_milestones()
        except ValueError:
            pass  # a slip before the current period began is refused
    snapshot = repo.load()
    assert isinstance(snapshot._tables, LazyTables)
    every = Snapshot(WholeTables(repo.db.read()))
    clock = repo.clock(every.settings)
    today = clock.today()
    assert repo.status(snapshot) == compute_status(every.periods, every.events, every.activities, today,
                                                   clock.day_starts_at)
    assert occurrences_on(snapshot.activities_on(today), today) == occurrences_on(every.activities, today)
    moods = [e for e in every.events if e.kind == "mood" and event_date(e, clock.day_starts_at) == today]
    assert [e for e in snapshot.events_since(today, ("mood",)) if event_date(e, clock.day_starts_at) == today] == moods
    start = pm.run_starts(every.periods)[-1]
    assert snapshot.events_since(start, ("milestone",)) == every.events_since(start, ("milestone",))


def test_today_parses_only_the_history_it_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from companion.clock import MovableSource, parse_instant
    from companion.domain.records import Period, Profile, Settings
    from companion.store.fileformat import lazy as lazy_module
    from companion.store.files import atomic_write
    from companion.store.repository import Repository

    start = date(2024, 11, 26)
    events = {str(n + 1): Event(kind=KINDS[n % 4], at=f"{start + timedelta(days=n // 8)}T1{n % 8}:00:00+00:00",
                                zone="UTC").to_dict() for n in range(8 * 730)}
    plans = {str(n + 1): Activity(on=(start + timedelta(days=n)).isoformat()).to_dict() for n in range(730)}
    document = {"meta": {"1": {"schema_version": 1}}, "profile": {"1": Profile().to_dict()},
                "settings": {"1": Settings().to_dict()}, "timer": {},
                "periods": {"1": Period(started_on="2026-11-01").to_dict()},
                "events": events, "activities": plans}
    path = tmp_path / "c.json"
    atomic_write(path, serialise(document))
    parsed: list[int] = []
    real = lazy_module.LazyTables._parse
    monkeypatch.setattr(lazy_module.LazyTables, "_parse",
                        lambda self, *args: parsed.append(len(found := real(self, *args))) or found)
    repo = Repository(path, source=MovableSource(parse_instant("2026-11-25T12:00:00+00:00")))
    snapshot = repo.load()
    status = repo.status(snapshot)
    assert status.urges_last_7_days == 7 * 2 and status.planned_today == 1
    occurrences_on(snapshot.activities_on(status.today), status.today)
    snapshot.events_since(status.today, ("mood",))
    assert snapshot.count_events("contact_from_them") == 730 * 2
    assert 0 < sum(parsed) < (len(events) + len(plans)) / 20


def test_a_file_written_by_a_stock_tinydb_is_read_whole_and_laid_out_by_the_next_write(tmp_path: Path) -> None:
    from tinydb import TinyDB

    from companion.clock import MovableSource, parse_instant
    from companion.store.repository import Repository

    path = tmp_path / "c.json"
    with TinyDB(path) as db:
        db.table("meta").insert({"schema_version": 1})
        db.table("profile").insert({"id": "p", "name": "Sam é \"quoted\""})
        db.table("periods").insert({"id": "q", "started_on": "2026-11-20", "length_days": 30})
        db.table("events").insert({"id": "e", "kind": "urge", "at": "2026-11-25T22:00:00+00:00", "zone": "UTC",
                                   "data": {"outcome": "resisted", "note": "line\nbreak"}})
    repo = Repository(path, source=MovableSource(parse_instant("2026-11-26T09:00:00+00:00")))
    assert isinstance(repo.db.tables(), WholeTables)
    before = repo.status()
    repo.events.log_mood(4)
    assert isinstance(repo.db.tables(), LazyTables)
    assert repo.status().urges_last_7_days == before.urges_last_7_days == 1
    with TinyDB(path) as db:
        assert db.table("profile").all()[0]["name"] == "Sam é \"quoted\""
        assert [e["data"]["note"] for e in db.table("events").all() if e["kind"] == "urge"] == ["line\nbreak"]


async def test_opening_today_reads_no_table_whole(data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from companion.ui.screens.today import TodayScreen
    from tests.app_helpers import app_for, onboarded_repo

    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Run by the river", on="2026-11-26"))
    repo.activities.plan(Activity(title="Swim", on="2026-11-19", repeat="weekly"))
    repo.activities.plan(Activity(title="Long gone", on="2026-11-01"))
    for hours in range(0, 24 * 30, 7):
        repo.events.log_urge(when=repo.clock().now().subtract(hours=hours))
    repo.events.log_mood(4)
    read_whole: list[str] = []
    real = LazyTables.table
    monkeypatch.setattr(LazyTables, "table", lambda self, name: read_whole.append(name) or real(self, name))
    app = app_for(repo)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        plan = app.screen.query_one("#today-activities")
        shown = " ".join(str(plan.get_option_at_index(i).prompt) for i in range(plan.option_count))
        week = str(app.screen.query_one("#week-numbers").render())
    assert "Run by the river" in shown and "Swim" in shown and "Long gone" not in shown
    assert "Mood today 4/5" in week and "Urges 22" in week
    assert not {"events", "activities"} & set(read_whole)
