"""History's timeline a page at a time: what it makes first, and what it counts without
making, are the whole timeline's items and length, whether the file is read in parts or
whole."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain import timeline_pages
from companion.domain.records import Activity, Event, Period
from companion.domain.timeline import TIMELINE_EVENT_KINDS, TimelineItem, build_timeline, timeline_length
from companion.domain.timeline_pages import PagedTimeline, paged_timeline
from companion.store.fileformat import write
from companion.store.fileformat.migrations import empty_document
from companion.store.fileformat.lazy import LazyTables
from companion.store.snapshot import Snapshot

TODAY = date(2026, 11, 26)
ZONES = ("UTC", "Europe/London", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Nowhere/Else")
OFFSETS = (-12, -5, 0, 1, 9, 14)
KINDS = (*TIMELINE_EVENT_KINDS, "milestone")
MESSAGES = ("", " ", "\n\t", "\u2003", "Hi", " call me", "\\", "\"quoted\"", "é")


@st.composite
def events(draw: st.DrawFn) -> Event:
    kind = draw(st.sampled_from(KINDS))
    moment = datetime(2026, 12, 3, 12, tzinfo=timezone.utc) - timedelta(
        minutes=draw(st.integers(0, 60 * 24 * 500)))
    at = moment.astimezone(timezone(timedelta(hours=draw(st.sampled_from(OFFSETS))))).isoformat()
    data: dict[str, object] = {"note": ""}
    if kind == "urge":
        data.update(outcome="resisted", unsent_message=draw(st.sampled_from(MESSAGES)))
    elif kind == "mood":
        data["score"] = 3
    return Event(kind=kind, at=at, zone=draw(st.sampled_from(ZONES)), date_only=draw(st.booleans()), data=data)


@st.composite
def activities(draw: st.DrawFn) -> Activity:
    day = TODAY + timedelta(days=draw(st.integers(-400, 5)))
    if draw(st.booleans()):
        done = sorted({(day + timedelta(weeks=w)).isoformat() for w in draw(st.lists(st.integers(0, 60)))})
        return Activity(title="Call a friend", on=day.isoformat(), repeat="weekly", done_dates=done)
    return Activity(title="Walk", on=day.isoformat(), done=draw(st.booleans()),
                    done_times={day.isoformat(): "07:30"} if draw(st.booleans()) else {})


def periods() -> list[Period]:
    return [Period(started_on="2025-06-01", length_days=30, started_by="onboarding", ended_on="2025-06-20",
                   outcome="restarted after a slip"),
            Period(started_on="2025-06-20", length_days=30, started_by="slip", ended_on="2025-07-20",
                   outcome="completed"),
            Period(started_on="2026-11-01", length_days=30, started_by="renewal")]


def document(evs: list[Event], acts: list[Activity]) -> dict[str, dict[str, dict[str, object]]]:
    doc = empty_document()
    doc["events"] = {str(i + 1): e.to_dict() for i, e in enumerate(evs)}
    doc["activities"] = {str(i + 1): a.to_dict() for i, a in enumerate(acts)}
    doc["periods"] = {str(i + 1): p.to_dict() for i, p in enumerate(periods())}
    return doc


def snapshots(doc: dict[str, dict[str, dict[str, object]]], folder: Path) -> list[Snapshot]:
    """The same records read whole and read in parts from Companion's line layout."""
    path = folder / "companion.json"
    write(path, doc)
    lazy = LazyTables.open(path.read_bytes(), path)
    assert lazy is not None
    return [Snapshot(doc), Snapshot(lazy)]


def whole_of(snapshot: Snapshot, day_start: time) -> list[TimelineItem]:
    return build_timeline(snapshot.periods, snapshot.events, snapshot.activities, TODAY, day_start,
                          ex_name="Alex")


def paged(snapshot: Snapshot, day_start: time) -> PagedTimeline:
    """The paged timeline of a snapshot, as History makes it."""
    events = sum(snapshot.count_events(kind) for kind in TIMELINE_EVENT_KINDS)
    return paged_timeline(snapshot.periods, TODAY, day_start, events_since=snapshot.events_since,
                          activities_since=snapshot.activities_since, events=events,
                          unsent=snapshot.count_unsent(), build_all=lambda: whole_of(snapshot, day_start),
                          ex_name="Alex")


def shown(items: list[TimelineItem]) -> list[tuple[str, date, str | None, str, str]]:
    return [(i.key, i.day, i.time, i.title, i.detail) for i in items]


@pytest.mark.parametrize("spans", [(1,), (3, 40), (30, 365, 1461)])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(evs=st.lists(events(), max_size=60), acts=st.lists(activities(), max_size=25),
       day_start=st.sampled_from((time(0), time(4, 30))), first_items=st.sampled_from((1, 10, 200)))
def test_the_first_part_and_the_length_are_the_whole_timelines(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, spans: tuple[int, ...],
        evs: list[Event], acts: list[Activity], day_start: time, first_items: int) -> None:
    monkeypatch.setattr(timeline_pages, "SPANS_DAYS", spans)
    monkeypatch.setattr(timeline_pages, "FIRST_ITEMS", first_items)
    for snapshot in snapshots(document(evs, acts), tmp_path_factory.mktemp("pages")):
        pages = paged(snapshot, day_start)
        whole = whole_of(snapshot, day_start)
        assert len(pages) == len(whole)
        assert shown(pages.head) == shown(whole[:len(pages.head)])
        assert shown([pages[i] for i in range(len(pages))]) == shown(whole)
        assert len(pages) == len(whole)


def test_the_rest_is_made_only_when_read_past_the_first_part(tmp_path: Path) -> None:
    evs = [Event(kind="mood", at=(datetime(2026, 11, 26, 8, tzinfo=timezone.utc) - timedelta(hours=6 * n)).isoformat(),
                 data={"score": 3}) for n in range(400)]
    plain, lazy = snapshots(document(evs, []), tmp_path)
    pages = paged(lazy, time(0))
    whole = whole_of(plain, time(0))
    assert len(pages.head) >= timeline_pages.FIRST_ITEMS and len(pages) == len(whole) == 400 + 5
    assert "events" not in lazy.__dict__  # nothing past the first part was turned into records
    assert not pages.complete and pages[len(pages.head) - 1] == whole[len(pages.head) - 1]
    assert not pages.complete
    assert pages.index(whole[3]) == 3 and not pages.complete
    assert pages[len(pages.head)] == whole[len(pages.head)] and pages.complete
    assert pages.index(whole[-1]) == len(whole) - 1


def test_unsent_messages_counted_from_the_lines_are_those_the_timeline_shows(tmp_path: Path) -> None:
    evs = [Event(kind="urge", at="2026-11-20T10:00:00+00:00", data={"unsent_message": text}) for text in MESSAGES]
    evs.append(Event(kind="mood", at="2026-11-20T10:00:00+00:00", data={"unsent_message": "not an urge"}))
    whole, lazy = snapshots(document(evs, []), tmp_path)
    expected = sum(1 for item in build_timeline([], evs, [], TODAY) if item.key.endswith(":unsent"))
    assert expected == 5
    assert whole.count_unsent() == lazy.count_unsent() == expected


def test_timeline_length_counts_without_making_items() -> None:
    acts = [Activity(on="2026-11-20", done=True), Activity(on="2026-11-30", done=True),
            Activity(on="2026-11-01", repeat="weekly", done_dates=["2026-11-01", "2026-11-08", "2026-12-06"])]
    evs = [Event(kind="urge", at="2026-11-25T09:00:00+00:00", data={"unsent_message": "x"}),
           Event(kind="milestone", at="2026-11-25T09:00:00+00:00")]
    whole = build_timeline(periods(), evs, acts, TODAY)
    assert timeline_length(periods(), acts, TODAY, events=1, unsent=1) == len(whole) == 2 + 3 + 5
