"""Helpers for driving the app in tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

import pendulum
from textual.pilot import Pilot
from textual.screen import Screen

from companion.clock import MovableSource
from companion.domain.records import Profile, Settings
from companion.store.repository import Repository
from companion.ui.app import CompanionApp, make_app
from companion.ui.screens.timer import TimerScreen
from tests.textual_internals import painted_lines

START = pendulum.parse("2026-11-26T09:00:00+00:00")


def onboarded_repo(path: Path, source: MovableSource | None = None, last_contact: date = date(2026, 11, 20),
                   length: int = 30, **profile: object) -> Repository:
    """A repository with a profile whose period started on `last_contact`."""
    repo = Repository(path, source=source or MovableSource(START))  # type: ignore[arg-type]
    repo.setup.complete_onboarding(Profile(name="Sam", ex_name="Alex", reasons=["I deserve calm"], **profile),  # type: ignore[arg-type]
                             Settings(), last_contact, length)
    return repo


def app_for(repo: Repository, **kwargs: object) -> CompanionApp:
    """The app on a repository, as the CLI builds it."""
    return make_app(repo, **kwargs)  # type: ignore[arg-type]


TIMER_SETTLE = 0.3  # seconds: as the first screen, the timer mounts its lower part 0.15 s in


@asynccontextmanager
async def timer_open(repo: Repository, minutes: int = 15, size: tuple[int, int] = (80, 24)) -> AsyncIterator[Pilot]:
    """The app opened straight into the timer (`companion panic`), its lower part mounted."""
    app = app_for(repo, panic_minutes=minutes)
    async with app.run_test(size=size) as pilot:
        await pilot.pause(TIMER_SETTLE)
        yield pilot


@asynccontextmanager
async def dialog_open(repo: Repository, dialog: Screen[object], size: tuple[int, int] = (80, 24)
                      ) -> AsyncIterator[Pilot]:
    """The app opened on Today, with `dialog` pushed over it and mounted."""
    app = app_for(repo)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.push_screen(dialog)
        await pilot.pause()
        yield pilot


def screen_text(app: CompanionApp) -> str:
    """What the screen shows now, as plain lines (drawn from the widgets as they are)."""
    return "\n".join(painted_lines(app.screen))


def timer_screen(app: CompanionApp) -> TimerScreen:
    """The timer screen on top (the test fails if another screen is)."""
    screen = app.screen
    assert isinstance(screen, TimerScreen)
    return screen


async def open_from_today(pilot: Pilot, key: str) -> object:
    """Press one of Today's keys once the app is up; the screen it opened."""
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause(TIMER_SETTLE if key == "p" else None)
    return pilot.app.screen
