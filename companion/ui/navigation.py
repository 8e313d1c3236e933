"""Going places in the app: back to a screen that is open already, else open it.

One walk of the screen stack serves every screen (Planner, History, Settings, the
workbook) and the panic timer alike. The panic keys rest while the timer's own flow
is up, and `p` rests while the focus is in a text field (it types a p there).
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.screen import Screen

from companion.ui.session import session_of


def back_to(app: App[Any], kind: type[Screen[Any]]) -> bool:
    """Close what is above the open screen of this kind; False when none is open."""
    for screen in app.screen_stack:
        if isinstance(screen, kind):
            while app.screen is not screen:
                app.pop_screen()
            return True
    return False


def open_screen(app: App[Any], kind: type[Screen[Any]]) -> None:
    """Go to a screen (after setup): back to it if it is open already, else open it."""
    if session_of(app).set_up and not back_to(app, kind):
        app.push_screen(kind())


def open_dialog(app: App[Any], dialog: Screen[Any]) -> None:
    """Open a dialog (after setup), unless the same kind is already on top."""
    if session_of(app).set_up and type(app.screen) is not type(dialog):
        app.push_screen(dialog)


def in_timer_flow(app: App[Any]) -> bool:
    """Whether the timer is on top, or under the dialogs on top (its own steps)."""
    for screen in reversed(app.screen_stack):
        if getattr(screen, "IS_TIMER", False):
            return True
        if not screen.is_modal:
            return False
    return False


def is_text_field(widget: object) -> bool:
    """An Input or a TextArea: single keys type text there (TextArea is not imported
    to ask: the timer loads it only when someone writes)."""
    return any(kind.__name__ in ("Input", "TextArea") for kind in type(widget).__mro__)


def panic_key_works(app: App[Any], action: str) -> bool:
    """Whether a panic key does something here (else it hides from the footer)."""
    if in_timer_flow(app):
        return False
    return not (action == "panic_key" and is_text_field(app.focused))


def panic(app: App[Any], minutes: int | None = None) -> None:
    """Open the impulse-delay timer over whatever is open (a dialog keeps what was
    typed underneath), or go back to the running one. Works before setup too."""
    from companion.ui.screens.timer import TimerScreen

    if in_timer_flow(app) or back_to(app, TimerScreen):
        return
    app.push_screen(TimerScreen(minutes), lambda _result: after_timer(app))


def after_timer(app: App[Any]) -> None:
    """Before setup: the wait is over, now (not mid-urge) setting up is offered."""
    if not session_of(app).set_up:
        from companion.content.panic import OFFER_SETUP

        app.notify(OFFER_SETUP, title="When you are ready", timeout=12)


def ensure_today(app: App[Any]) -> None:
    """Today, once: the first screen, and what is left under a timer opened at start-up."""
    from companion.ui.screens.today import TodayScreen

    if not any(isinstance(screen, TodayScreen) for screen in app.screen_stack):
        app.push_screen(TodayScreen())


def help_screen(app: App[Any]) -> None:
    """Every key for this screen and the app."""
    from companion.ui.screens.help import HelpScreen

    if not isinstance(app.screen, HelpScreen):
        app.push_screen(HelpScreen(app.screen))
