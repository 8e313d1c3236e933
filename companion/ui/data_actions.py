"""The Settings screen's data and privacy buttons as app-wide actions (for the palette)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from companion.ui.session import session_of


def run(app: App[Any], what: str, *, restart: Callable[[], None], apply_settings: Callable[[], None]) -> None:
    """Export, import, back up, reset, or switch discreet mode, from anywhere.

    `restart` goes back to onboarding after a reset; `apply_settings` redraws the
    title and theme once discreet mode changes.
    """
    from companion.ui.dialogs.data_file import ExportDialog, ImportDialog, ResetDialog

    session = session_of(app)
    if not session.set_up:
        return
    if what == "export":
        app.push_screen(ExportDialog())
    elif what == "import":
        app.push_screen(ImportDialog())
    elif what == "backup":
        path = session.perform(session.repo.data.backup_now)
        if path:
            app.notify(f"Backup saved in {path.parent}, as {path.name}.", timeout=8)
    elif what == "reset":
        app.push_screen(ResetDialog(), lambda reset: restart() if reset else None)
    elif what == "discreet":
        discreet = not session.discreet
        if session.perform(lambda: session.repo.setup.update_settings(discreet=discreet)) is not None:
            apply_settings()
            app.refresh_bindings()
            app.notify("Discreet mode is on: neutral words, the quiet theme." if discreet
                       else "Discreet mode is off.")
    else:
        raise ValueError(f"no data action called {what!r}")
