"""CSV export details and merging two histories."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from companion.domain.records import Activity
from companion.exports.formats import export_text
from companion.store.repository import Repository
from tests.app_helpers import onboarded_repo


def rows(repo: Repository) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_text(repo, "csv"))))


def test_csv_keeps_weekly_done_dates_milestones_and_defuses_formulas(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    weekly = repo.activities.plan(Activity(title='=HYPERLINK("x")', category="body", on="2026-11-12",
                                         repeat="weekly", note="+1 run"))
    repo.activities.set_done(weekly.id, date(2026, 11, 19), True)
    repo.activities.set_done(weekly.id, date(2026, 11, 26), True)
    repo.periods.celebrate_milestones()
    table = rows(repo)
    activity = next(r for r in table if r["table"] == "activities")
    assert activity["done"] == "2026-11-19 2026-11-26"
    assert activity["title"].startswith("'=") and activity["note"] == "'+1 run"
    milestones = sorted(int(r["days"]) for r in table if r["kind"] == "milestone")
    assert milestones == [1, 3]


def test_merging_another_history_leaves_one_ongoing_period(data_file: Path, tmp_path: Path) -> None:
    mine = onboarded_repo(data_file)
    other = onboarded_repo(tmp_path / "other.json", last_contact=date(2026, 11, 24), length=21)
    added = mine.data.import_document(other.data.export_document(), merge=True)
    assert added >= 1
    periods = mine.load().periods
    ongoing = [p for p in periods if p.is_ongoing]
    assert len(ongoing) == 1 and ongoing[0].started_on == "2026-11-24"
    closed = next(p for p in periods if p.started_on == "2026-11-20")
    assert closed.ended_on == "2026-11-24"
    assert mine.status().period.length_days == 21
