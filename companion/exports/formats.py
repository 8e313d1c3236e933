"""Exports shared by the command line and the app: JSON (everything), CSV (flat), ics (plans)."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from companion.domain.text import printable, strict_json

CSV_COLUMNS = (
    "table", "id", "kind", "date", "at", "zone", "title", "category", "outcome",
    "intensity_before", "intensity_after", "score", "channel", "about", "replied",
    "essential", "slip", "trigger", "done", "days", "length_days", "note", "text",
    "platform", "expected", "if", "then",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A CSV cell safe to open and to print: terminal control characters removed (see
    printable), and text a spreadsheet would run as a formula kept as text (a leading ')."""
    if not isinstance(value, str):
        return value
    value = printable(value)
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_rows(repo: Any) -> list[dict[str, Any]]:
    """One row per event, activity, period and if-then plan, in a flat shape for spreadsheets."""
    from companion.domain.status import event_date

    snapshot = repo.load()
    clock = repo.clock(snapshot.settings)
    rows: list[dict[str, Any]] = []
    for period in snapshot.periods:
        rows.append({"table": "periods", "id": period.id, "kind": period.started_by,
                     "date": period.started_on, "outcome": period.outcome,
                     "length_days": period.length_days})
    for event in sorted(snapshot.events, key=lambda e: e.at):
        row = {"table": "events", "id": event.id, "kind": event.kind,
               "date": event_date(event, clock.day_starts_at).isoformat(),
               "at": event.at, "zone": event.zone}
        for key, value in event.data.items():
            if key == "unsent_message":
                row["text"] = value
            elif key in CSV_COLUMNS:
                row[key] = value
        rows.append(row)
    for activity in snapshot.activities:
        # A weekly activity is done week by week: list the dates it was done.
        done = " ".join(sorted(activity.done_dates)) if activity.repeat else activity.done
        rows.append({"table": "activities", "id": activity.id, "kind": activity.repeat or "once",
                     "date": activity.on, "at": activity.at or "", "title": activity.title,
                     "category": activity.category, "done": done, "note": activity.note})
    for plan in snapshot.ifthen:
        rows.append({"table": "ifthen", "id": plan.id, "kind": plan.trigger or "",
                     "trigger": plan.trigger or "", "at": plan.created_at,
                     "if": plan.if_text, "then": plan.then_text})
    # Every cell of every column: ids, kinds and outcomes come from the file too.
    return [{key: cell(value) for key, value in row.items()} for row in rows]


def export_text(repo: Any, fmt: str, days: list[date] | None = None) -> str:
    """The whole export as text in `fmt` (json, csv or ics; an ics export can keep to `days`)."""
    if fmt == "json":
        return strict_json(repo.data.export_document(), indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(csv_rows(repo))
        return buffer.getvalue()
    if fmt == "ics":
        from companion.exports.calendar import calendar_text

        return calendar_text(repo, days)
    raise ValueError(f"unknown export format {fmt!r}; use json, csv or ics")
