"""The data file from Settings: export, import, and reset (a named backup is kept)."""

from __future__ import annotations

from pathlib import Path

from rich.markup import escape
from textual.app import ComposeResult
from textual.widgets import Input, Select, Static
from textual.containers import Horizontal

from companion.locations import export_dir
from companion.store.errors import CorruptDataError, DataFileError, NewerSchemaError, plain_reason
from companion.ui.dialogs.base import Dialog
from companion.ui.theme_choice import theme_choice_of
from companion.ui.widgets.text_input import TextInput

FORMATS = (("JSON — everything, can be imported", "json"), ("CSV — a flat table", "csv"),
           ("iCalendar — planned activities", "ics"))


def import_sentence(count: int, merge: bool) -> str:
    """What an import did, said plainly."""
    records = f"{count} record{'' if count == 1 else 's'}"
    if not merge:
        return f"Imported {records}. Your previous data was backed up first."
    return f"Added {records} from the file." if count else "Nothing new: everything in that file is here already."


class ExportDialog(Dialog[bool]):
    """Write an export file where the user chooses."""

    TITLE_TEXT = "Export"
    SAVE_LABEL = "Export"

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="field-row"):
            yield Static("Format", classes="field-label")
            yield Select(list(FORMATS), value="json", allow_blank=False, id="format", compact=True)
        with Horizontal(classes="field-row"):
            yield Static("Save to", classes="field-label")
            yield TextInput(id="path", compact=True, select_on_focus=True)
        yield Static("The export holds everything you wrote, unencrypted. Keep it somewhere private.",
                     classes="hint")

    def on_mount(self) -> None:
        self._suggest()
        self.query_one("#path", Input).focus()

    def on_select_changed(self) -> None:
        self._suggest()

    def _suggest(self) -> None:
        fmt = self.query_one("#format", Select).value
        today = self.session.clock.today().isoformat()
        self.query_one("#path", Input).value = str(export_dir() / f"companion-export-{today}.{fmt}")

    def action_save(self) -> None:
        from companion.exports.formats import export_text
        from companion.exports.target import export_target
        from companion.store.files import atomic_write

        text = self.query_one("#path", Input).value.strip()
        if not text:
            self.app.notify("Say where to save the export: a file path.", severity="warning")
            self.query_one("#path", Input).focus()
            return
        target = Path(text).expanduser().absolute()
        fmt = str(self.query_one("#format", Select).value)
        try:
            atomic_write(export_target(self.session.repo.path, target), export_text(self.session.repo, fmt).encode("utf-8"))
        except (DataFileError, OSError, ValueError) as error:
            self.app.notify(escape(f"Could not write the export to {target}: {plain_reason(error)}. "
                                   "Your data is untouched."),
                            title="Not exported", severity="error", timeout=10)
            return
        self.app.notify(escape(f"Saved in {target.parent}, as {target.name}."), title="Exported", timeout=8)
        self.dismiss(True)


class ImportDialog(Dialog[bool]):
    """Import a JSON export: merge (add what is missing) or replace (a backup is kept)."""

    TITLE_TEXT = "Import"
    SAVE_LABEL = "Import"

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="field-row"):
            yield Static("File", classes="field-label")
            yield TextInput(placeholder="path to a Companion JSON export", id="path", compact=True)
        with Horizontal(classes="field-row"):
            yield Static("How", classes="field-label")
            yield Select([("Merge: add what is missing", True), ("Replace everything", False)], value=True,
                         allow_blank=False, id="merge", compact=True)
        yield Static("Merge adds what is missing and keeps what you have. Off: the file replaces "
                     "your data, and a backup of the current data is kept first.", classes="hint")
        yield Static("", id="import-error", classes="error-text")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def action_save(self) -> None:
        from companion.store.fileformat import check

        text = self.query_one("#path", Input).value.strip()
        error = self.query_one("#import-error", Static)
        if not text:
            error.update("Type the path of a Companion JSON export first (for example "
                         f"{export_dir() / 'companion-export.json'}).")
            self.query_one("#path", Input).focus()
            return
        source = Path(text).expanduser()
        try:
            document = check(source.read_bytes(), source, export=True)  # its records: as it is imported
        except OSError as problem:
            error.update(f"Cannot open {escape(str(source))}: {escape(str(problem.strerror))}.")
            return
        except NewerSchemaError as problem:
            error.update(f"{escape(str(source))} comes from a newer version of Companion "
                         f"({escape(problem.reason)}): update Companion to import it.")
            return
        except CorruptDataError as problem:
            error.update(f"{escape(str(source))} is not a Companion export: {escape(problem.reason)}.")
            return
        merge = bool(self.query_one("#merge", Select).value)
        count = self.session.perform(lambda: self.session.repo.data.import_document(document, merge=merge))
        if count is not None:
            theme_choice_of(self).apply_settings()
            self.app.notify(import_sentence(count, merge))
            self.dismiss(True)


class ResetDialog(Dialog[bool]):
    """Start over. Asks for RESET typed out; a named backup is kept first."""

    TITLE_TEXT = "Reset everything"
    SAVE_LABEL = "Reset"

    def compose_body(self) -> ComposeResult:
        yield Static("This clears your profile, periods and history so that you can start "
                     "again. A backup of everything is kept first, and its name is shown.\n"
                     "Type RESET to confirm.")
        yield TextInput(placeholder="RESET", id="confirm", compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm", Input).focus()

    def action_save(self) -> None:
        if self.query_one("#confirm", Input).value.strip() != "RESET":
            self.app.notify("Type RESET (in capitals) to confirm.", severity="warning")
            return
        result = self.session.perform(lambda: self.session.repo.data.reset() or "no earlier data")
        if result is not None:
            self.app.notify(f"Reset done. Backup kept: {escape(str(result))}", timeout=12)
            self.dismiss(True)
