"""History: edit and delete each kind of logged event, undo a delete, a slip asks first
and its deletion restores the period; the timeline shows the time actually waited."""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest
from textual.widgets import Input, Select, TextArea

from companion.clock import MovableSource
from companion.ui.dialogs.confirm import ConfirmDialog
from companion.ui.dialogs.edit_event import EditEventDialog
from companion.ui.screens.history import HistoryScreen
from companion.ui.widgets.timeline_view import TimelineView
from tests.app_helpers import START, app_for, onboarded_repo, open_from_today, screen_text


@pytest.fixture
def source() -> MovableSource:
    return MovableSource(START)


def log_one(repo, kind: str):
    if kind == "urge":
        return repo.events.log_urge(intensity_before=6, note="before")
    if kind == "they contacted":
        return repo.events.log_contact_from_them(note="before")
    if kind == "I contacted (essential)":
        return repo.events.log_contact_from_me(essential=True, note="before")[0]
    if kind == "slip":
        return repo.events.log_contact_from_me(essential=False, note="before")[0]
    if kind == "mood":
        return repo.events.log_mood(2, "before")
    return repo.events.add_journal("before")


KINDS = ["urge", "they contacted", "I contacted (essential)", "slip", "mood", "journal"]


async def open_history_on(pilot, event_id: str) -> HistoryScreen:
    screen = await open_from_today(pilot, "h")
    assert isinstance(screen, HistoryScreen)
    view = screen.query_one(TimelineView)
    index = next(i for i, item in enumerate(view.shown) if item.event_id == event_id)
    view.list.cursor = index
    await pilot.pause()
    return screen


@pytest.mark.parametrize("kind", KINDS)
async def test_edit_each_kind_of_event_from_history(kind: str, data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    event = log_one(repo, kind)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await open_history_on(pilot, event.id)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, EditEventDialog)
        field = dialog.query_one("#text" if kind == "journal" else "#note")
        assert (field.text if isinstance(field, TextArea) else field.value) == "before"
        await pilot.press("end", *" and after")
        if kind == "mood":
            dialog.query_one("#score", Select).value = 4
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
    saved = next(e for e in repo.load().events if e.id == event.id)
    assert saved.data["text" if kind == "journal" else "note"] == "before and after"
    if kind == "mood":
        assert saved.data["score"] == 4


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "slip"])
async def test_delete_each_kind_and_undo(kind: str, data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    event = log_one(repo, kind)
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        screen = await open_history_on(pilot, event.id)
        assert "z" not in screen.active_bindings  # nothing to undo yet
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)  # no question for these
        assert all(e.id != event.id for e in repo.load().events)
        assert all(item.event_id != event.id for item in screen.query_one(TimelineView).items)
        await pilot.press("z")
        await pilot.pause()
        assert any(item.event_id == event.id for item in screen.query_one(TimelineView).items)
    assert any(e.id == event.id for e in repo.load().events)


async def delete_then_leave(pilot, repo, event_id: str) -> None:
    """In History: delete the entry with x, then escape back to Today."""
    await open_history_on(pilot, event_id)
    await pilot.press("x")
    await pilot.pause()
    assert all(e.id != event_id for e in repo.load().events)
    await pilot.press("escape")
    await pilot.pause()
    assert not isinstance(pilot.app.screen, HistoryScreen)


async def test_a_journal_entry_deleted_by_mistake_comes_back_after_leaving_history(
        data_file: Path, source: MovableSource) -> None:
    """Delete, leave History (escape), come back: z still brings the words back."""
    repo = onboarded_repo(data_file, source)
    entry = repo.events.add_journal("What I would have said, and why I did not")
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await delete_then_leave(pilot, repo, entry.id)
        await pilot.press("h")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HistoryScreen) and "z" in screen.active_bindings
        await pilot.press("z")
        await pilot.pause()
        assert "z" not in screen.active_bindings  # nothing more to put back
    back = next(e for e in repo.load().events if e.id == entry.id)
    assert back.data["text"] == "What I would have said, and why I did not"


async def test_what_was_deleted_does_not_come_back_into_a_new_start(
        data_file: Path, source: MovableSource) -> None:
    """After a reset and a new setup, z has nothing of the old profile to put back."""
    from datetime import date

    from companion.domain.records import Profile, Settings

    repo = onboarded_repo(data_file, source)
    entry = repo.events.add_journal("from before the reset")
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await delete_then_leave(pilot, repo, entry.id)
        assert app.session.undo_steps("history")
        repo.data.reset()
        repo.setup.complete_onboarding(Profile(name="Jo"), Settings(), date(2026, 11, 25), 30)
        app.session.reload()  # as the app does after a reset and a new setup
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and "z" not in app.screen.active_bindings
        await pilot.press("z")
        await pilot.pause()
    assert all(e.id != entry.id for e in repo.load().events)


async def test_deleting_a_slip_asks_and_restores_the_period(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    streak = repo.status().streak_days
    event = log_one(repo, "slip")
    assert repo.status().restarts == 1
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await open_history_on(pilot, event.id)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # keep it
        await pilot.pause()
        assert repo.status().restarts == 1
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        status = repo.status()
        assert (status.restarts, status.streak_days) == (0, streak)
        await pilot.press("z")
        await pilot.pause()
    status = repo.status()
    assert (status.restarts, status.streak_days) == (1, 0)


async def test_a_slip_keeps_its_date_when_edited(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    event = log_one(repo, "slip")
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        await open_history_on(pilot, event.id)
        await pilot.press("e")
        await pilot.pause()
        assert not pilot.app.screen.query("#when")
        assert "delete this entry" in screen_text(pilot.app)


async def test_an_urge_can_be_moved_to_another_time(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    event = log_one(repo, "urge")
    async with app_for(repo).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await open_history_on(pilot, event.id)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#when", Input).value = "2026-11-25 22:30"
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = next(e for e in repo.load().events if e.id == event.id)
    assert saved.instant == pendulum.parse("2026-11-25T22:30:00+00:00")


async def test_history_shows_the_minutes_actually_waited(data_file: Path, source: MovableSource) -> None:
    repo = onboarded_repo(data_file, source)
    async with app_for(repo).run_test(size=(100, 30)) as pilot:
        app = pilot.app
        await open_from_today(pilot, "p")
        source.advance(minutes=3)
        await pilot.press("escape", "y")  # stop after 3 of 15 minutes
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert "waited 3 minutes" in screen_text(app)
        assert "15 min" not in screen_text(app)
    assert [e.data["minutes_waited"] for e in repo.load().events if e.kind == "urge"] == [3.0]
