"""Where to save the week as an .ics calendar file."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.widgets import Input, Static

from companion.ui.dialogs.base import Dialog
from companion.ui.widgets.text_input import TextInput


class ExportCalendarDialog(Dialog[Path | None]):
    """Asks for a file name; dismisses with the path, or None.

    Args:
        suggested: the file name offered (in the current folder).
    """

    DEFAULT_CSS = """
    ExportCalendarDialog .dialog { width: 70; }
    ExportCalendarDialog #export-path { width: 1fr; }
    """
    TITLE_TEXT = "Export the week to a calendar file"
    SAVE_LABEL = "Export"
    HELP_TITLE = "Export .ics"

    def __init__(self, suggested: Path) -> None:
        super().__init__()
        self.suggested = suggested

    def compose_body(self) -> ComposeResult:
        yield Static("Calendar apps can import it (weekly repeats stay weekly).", classes="muted")
        yield TextInput(str(self.suggested), id="export-path", compact=True, select_on_focus=True)
        yield Static("", classes="error-text", id="export-error")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_save(self) -> None:
        """Dismiss with the path typed (relative paths are from the current folder)."""
        text = self.query_one(Input).value.strip()
        if not text:
            self.query_one("#export-error", Static).update("Give the file a name.")
            return
        path = Path(text).expanduser()
        if path.is_dir():
            self.query_one("#export-error", Static).update("That is a folder; add a file name.")
            return
        self.dismiss(path.absolute())
