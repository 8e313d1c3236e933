"""Stored text can come from anywhere (an import, a hand edit): whatever is stored,
nothing printed or drawn carries terminal controls or bidi overrides, CSV cells cannot
run as formulas, the calendar keeps one event per activity, and JSON is strict."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from companion.cli.group import main
from companion.domain.records import Activity
from companion.clock import MovableSource
from companion.domain.text import UNSAFE_CODEPOINTS, printable
from companion.store.fileformat.layout import serialise
from companion.store.repository import Repository
from tests.app_helpers import START, app_for, onboarded_repo, screen_text, timer_open

HOSTILE = "A\x1b[31mred\x1b]0;owned\x07\x9b2J\u202egnp.exe\u2066x\u2069\u200e\u200f\u061c\x00\x7f\r\x85\ud800Z"
SHOWN = "A[31mred]0;owned2Jgnp.exexZ"  # what is left to read
FORMULAS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR"]


def unsafe_in(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in text if ord(c) in UNSAFE_CODEPOINTS})


def _hostile_file(data_file: Path) -> Path:
    """A data file holding hostile text in every field, sealed as Companion writes it.

    A hand edit or an import with such values is refused when read or imported
    (test_strict_reading, test_import_checks); sealed, the file is trusted as an older
    Companion might have written it, so what is printed must still be safe."""
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="Run", category="body", on="2026-11-26", at="18:00"))
    repo.events.log_urge(note="urge note")
    repo.events.add_journal("journal")
    document = json.loads(data_file.read_text())
    for profile in document["profile"].values():
        profile.update(name=HOSTILE, ex_name="Al\x1bex", reasons=[HOSTILE, "[b]bold[/b]"])
    for activity in document["activities"].values():
        activity.update(title=HOSTILE, note=HOSTILE + "\nBEGIN:VEVENT\r\nUID:evil\rX:1",
                        category="=cmd|' /C calc'!A0", id="=id\r\nUID:raw")
    for event in document["events"].values():
        event["data"].update(note=HOSTILE, outcome="@SUM(1)", text=HOSTILE, channel="-1+2")
    data_file.write_bytes(serialise(document))
    return data_file


def test_printable_removes_controls_and_bidi_and_keeps_the_rest() -> None:
    assert printable(HOSTILE) == SHOWN
    assert printable("line one\n\tline two 👋🏽 café") == "line one\n\tline two 👋🏽 café"
    assert unsafe_in(printable("".join(map(chr, sorted(UNSAFE_CODEPOINTS))))) == []


def test_plan_show_and_plan_json_are_safe_to_print(data_file: Path) -> None:
    _hostile_file(data_file)
    shown = CliRunner().invoke(main, ["plan", "show"])
    assert shown.exit_code == 0, shown.output
    assert unsafe_in(shown.output) == []
    assert SHOWN in shown.output
    as_json = CliRunner().invoke(main, ["plan", "show", "--json"])
    assert unsafe_in(as_json.output) == []
    parsed = json.loads(as_json.output)
    assert parsed[0]["title"].startswith("A\x1b[31mred")  # the data is all there, escaped


def test_status_and_errors_are_safe_to_print(data_file: Path) -> None:
    _hostile_file(data_file)
    for args in (["status"], ["status", "--short"], ["status", "--json"], ["doctor"],
                 ["plan", "done", "=id"]):
        result = CliRunner().invoke(main, args)
        assert unsafe_in(result.output) == [], args
        assert unsafe_in(result.stderr) == [], args


def test_csv_neutralises_formulas_in_every_column(data_file: Path) -> None:
    _hostile_file(data_file)
    result = CliRunner().invoke(main, ["export", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert unsafe_in(result.output) == []
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    activity = next(r for r in rows if r["table"] == "activities")
    assert activity["category"].startswith("'=cmd") and activity["id"].startswith("'=id")
    urge = next(r for r in rows if r["kind"] == "urge")
    assert urge["outcome"] == "'@SUM(1)" and urge["channel"] == "'-1+2"


@pytest.mark.parametrize("value", FORMULAS)
def test_csv_neutralises_each_formula_start(data_file: Path, value: str) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="x", category="body", on="2026-11-26"))
    document = json.loads(data_file.read_text())
    for activity in document["activities"].values():
        activity.update(title=value, category=value, note=value)
    data_file.write_bytes(serialise(document))
    rows = list(csv.DictReader(io.StringIO(CliRunner().invoke(main, ["export", "--format", "csv"]).output)))
    activity = next(r for r in rows if r["table"] == "activities")
    for column in ("title", "category", "note"):
        cell = activity[column]
        assert cell.startswith("'") or cell == value.strip("\r"), (column, cell)
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


def test_ics_keeps_one_event_per_activity_and_safe_uids(data_file: Path) -> None:
    _hostile_file(data_file)
    repo = Repository(data_file)
    repo.activities.plan(Activity(title="Walk\r\nEND:VEVENT", category="body", on="2026-11-27",
                                note="a\rb", repeat="weekly"))
    document = json.loads(data_file.read_text())
    # A second record under the same (hostile) id, and one with a time that is not one.
    first = next(iter(document["activities"].values()))
    document["activities"]["90"] = dict(first, title="Twin", at="25:99\r\nX")
    data_file.write_bytes(serialise(document))
    result = CliRunner().invoke(main, ["export", "--format", "ics"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout_bytes.decode("utf-8")
    assert unsafe_in(text.replace("\r\n", "")) == []
    for line in text.split("\r\n"):
        assert "\r" not in line and "\n" not in line
    calendar = icalendar.Calendar.from_ical(text)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 3
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 3
    for uid in uids:
        local = uid.split("@")[0]
        assert local.replace("-", "").isalnum() and "id" not in local, uid
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    # A CR is a line break like LF: escaped (`\n`), never a new content line.
    assert "Walk\nEND:VEVENT" in summaries and "A[31mred]0;owned2Jgnp.exex\nZ" in summaries
    lines = text.split("\r\n")
    assert lines.count("BEGIN:VEVENT") == 3 and lines.count("END:VEVENT") == 3


def test_json_export_is_strict(data_file: Path) -> None:
    _hostile_file(data_file)
    result = CliRunner().invoke(main, ["export"])
    assert result.exit_code == 0, result.stderr
    assert unsafe_in(result.output) == []
    result.output.encode("utf-8")  # no lone surrogate
    document = json.loads(result.output, parse_constant=lambda name: pytest.fail(name))
    title = next(iter(document["activities"].values()))["title"]
    assert title == "A\x1b[31mred\x1b]0;owned\x07\x9b2J\u202egnp.exe\u2066x\u2069\u200e\u200f\u061c\x00\x7f\r\x85\ufffdZ"


def test_json_export_refuses_nan_with_one_line(data_file: Path) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title="x", category="body", on="2026-11-26", minutes=30))
    raw = data_file.read_text().replace('"minutes":30', '"minutes":NaN')
    data_file.write_text(raw)
    result = CliRunner().invoke(main, ["export"])
    if result.exit_code == 0:  # read as a number: what is written must still be strict JSON
        json.loads(result.output, parse_constant=lambda name: pytest.fail(name))
    else:
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


async def _shown(app, *keys: str) -> str:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause(0.2)
        return screen_text(app)


@pytest.mark.parametrize("keys", [(), ("w",), ("h",), ("h", "j"), ("s",)])
async def test_the_app_draws_no_terminal_controls(data_file: Path, keys: tuple[str, ...]) -> None:
    _hostile_file(data_file)
    text = await _shown(app_for(Repository(data_file, source=MovableSource(START))), *keys)
    assert unsafe_in(text) == []
    assert "Traceback" not in text
    if keys in ((), ("w",)):  # the activity's title is on Today and in the planner
        assert "A[31mred" in text


async def test_the_timer_draws_reasons_without_terminal_controls(data_file: Path) -> None:
    _hostile_file(data_file)
    async with timer_open(Repository(data_file)) as pilot:
        await pilot.pause(0.3)
        text = screen_text(pilot.app)
    assert unsafe_in(text) == []
    assert "Before you text Alex" in text  # the ex's name, its ESC removed


MARKUP = "[b]bold[/b] [@click=app.quit]go[/] [link=http://x]y[/link]"


@pytest.mark.parametrize("keys", [(), ("w",), ("h",), ("h", "j")])
async def test_the_app_shows_stored_markup_as_written(data_file: Path, keys: tuple[str, ...]) -> None:
    repo = onboarded_repo(data_file)
    repo.activities.plan(Activity(title=MARKUP, category="body", on="2026-11-26", note=MARKUP))
    repo.events.add_journal(MARKUP)
    repo.events.log_urge(note=MARKUP)
    text = await _shown(app_for(Repository(data_file, source=MovableSource(START))), *keys)
    assert "[b]bold[/b]" in text and "[@click=app.quit]go[/]" in text, text


# Properties: whatever the text ------------------------------------------------------

from datetime import datetime, timezone  # noqa: E402

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from companion.exports.calendar import calendar  # noqa: E402
from companion.domain.text import strict_json  # noqa: E402
from companion.exports.formats import cell  # noqa: E402

ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=40) | st.sampled_from(
    [HOSTILE, "\r\nBEGIN:VEVENT\r\n", "\\n;,", "=1", "\t=1", "\r=1", "\x1b=1", "\u202e-1"])
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(ANY_TEXT)
def test_printable_leaves_nothing_unsafe_and_keeps_its_word(text: str) -> None:
    shown = printable(text)
    assert unsafe_in(shown) == []
    assert printable(shown) == shown
    assert [c for c in text if ord(c) not in UNSAFE_CODEPOINTS] == list(shown)


@QUICK
@given(ANY_TEXT)
def test_a_csv_cell_never_starts_a_formula(text: str) -> None:
    value = cell(text)
    assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) and unsafe_in(value) == []


@QUICK
@given(st.lists(st.fixed_dictionaries({"title": ANY_TEXT, "note": ANY_TEXT, "category": ANY_TEXT,
                                        "id": ANY_TEXT, "at": st.sampled_from([None, "09:30", "9:5", "x\r\n"]),
                                        "repeat": st.sampled_from([None, "weekly"])}),
                max_size=4))
def test_every_activity_is_exactly_one_vevent(fields: list[dict]) -> None:
    activities = [Activity(on="2026-11-26", **f) for f in fields]
    text = calendar(activities, "Europe/London", datetime(2026, 11, 26, 9, tzinfo=timezone.utc))
    lines = text.split("\r\n")
    assert all("\r" not in line and "\n" not in line for line in lines)
    assert unsafe_in(text.replace("\r\n", "")) == []
    events = list(icalendar.Calendar.from_ical(text).walk("VEVENT"))
    assert len(events) == len(activities) == lines.count("BEGIN:VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert all(u.removesuffix("@companion").replace("-", "").isascii() and
               u.removesuffix("@companion").replace("-", "").isalnum() for u in uids)


@QUICK
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                    | ANY_TEXT, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
                    max_leaves=10))
def test_strict_json_parses_back_strictly(value: object) -> None:
    text = strict_json(value, indent=2)
    text.encode("utf-8")
    assert unsafe_in(text) == []
    json.loads(text, parse_constant=lambda name: pytest.fail(name))
