"""How the app starts: which screen comes first, the signals that end it, and the
garbage collector switched back on once the first screen is up."""

from __future__ import annotations

import asyncio
import gc
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

from textual.app import App

from companion.store.repository import Snapshot
from companion.ui import navigation
from companion.ui.session import session_of

STARTED_SECONDS = 1.0


def opens_timer(snapshot: Snapshot, panic_minutes: int | None) -> bool:
    """Whether the app opens on the timer: asked for, or one still running (set up or not)."""
    return panic_minutes is not None or snapshot.timer is not None


def exit_on_signals(app: App[Any]) -> None:
    """SIGTERM and SIGHUP end the app cleanly, giving the terminal back.

    Only where signal handlers can be set: a POSIX event loop in the main thread
    (Windows has no SIGHUP and its event loop takes no handlers).
    """
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        return
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(sig, app.exit)


def open_first_screen(app: App[Any], panic_minutes: int | None,
                      after_onboarding: Callable[[bool | None], None]) -> None:
    """Onboarding on first run; otherwise Today, or the timer if asked for or running."""
    snapshot = session_of(app).snapshot
    timer_first = opens_timer(snapshot, panic_minutes)
    minutes = panic_minutes or None
    if snapshot.profile is None:
        from companion.ui.screens.onboarding import OnboardingScreen

        app.push_screen(OnboardingScreen(), after_onboarding)
        if timer_first:
            from companion.ui.screens.timer import TimerScreen

            # `companion panic` before setup: the wait first, with general support;
            # setup waits underneath and is offered once the timer closes.
            app.push_screen(TimerScreen(minutes), lambda _: navigation.after_timer(app))
        return
    if timer_first:
        from companion.ui.screens.timer import TimerScreen

        # Straight into the timer (asked for, or still running): Today is built
        # only once the timer closes, so the countdown paints as early as it can.
        app.push_screen(TimerScreen(minutes), lambda _: navigation.ensure_today(app))
    else:
        navigation.ensure_today(app)


def started() -> None:
    """The first screen is up: keep what start-up built out of later collections.

    `companion` turns the garbage collector off while it starts (see ui/run.py):
    start-up only builds objects that live as long as the app.
    """
    gc.freeze()
    gc.enable()
