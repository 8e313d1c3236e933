"""The Settings screen's data and privacy buttons as app-wide actions (for the palette)."""

from __future__ import annotations

from typing import Any


def run(app: Any, what: str) -> None:
    """Export, import, back up, reset, or switch discreet mode, from anywhere."""
    from companion.ui.dialogs.data_file import ExportDialog, ImportDialog, ResetDialog

    if app.snapshot.profile is None:
        return
    if what == "export":
        app.push_screen(ExportDialog())
    elif what == "import":
        app.push_screen(ImportDialog())
    elif what == "backup":
        path = app.perform(app.repo.backup_now)
        if path:
            app.notify(f"Backup saved in {path.parent}, as {path.name}.", timeout=8)
    elif what == "reset":
        app.push_screen(ResetDialog(), lambda reset: app.restart_from_onboarding() if reset else None)
    elif what == "discreet":
        discreet = not app.snapshot.settings.discreet
        if app.perform(lambda: app.repo.update_settings(discreet=discreet)) is not None:
            app.apply_settings()
            app.refresh_bindings()
            app.notify("Discreet mode is on: neutral words, the quiet theme." if discreet
                       else "Discreet mode is off.")
    else:
        raise ValueError(f"no data action called {what!r}")
