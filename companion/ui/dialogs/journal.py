"""A journal entry: free text, dated today."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static, TextArea

from companion.domain.text import LONG_TEXT_LIMIT, clean
from companion.ui.dialogs.base import Dialog


class JournalDialog(Dialog[bool]):
    """Write whatever is on your mind; ctrl+s saves."""

    TITLE_TEXT = "Journal"
    DRAFT_KEY = "journal"

    def compose_body(self) -> ComposeResult:
        yield Static("Whatever is on your mind. It stays on this machine. ctrl+s saves.", classes="hint")
        yield TextArea(id="journal-text", soft_wrap=True, show_line_numbers=False, compact=True)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        cleaned = clean(self.query_one(TextArea).text, limit=LONG_TEXT_LIMIT)
        if not cleaned.text.strip():
            self.app.notify("Nothing written yet.", severity="warning")
            return
        if cleaned.truncated:
            self.app.notify("The entry was very long and was shortened.", severity="warning")
        if self.session.perform(lambda: self.session.repo.events.add_journal(cleaned.text)) is not None:
            self.app.notify("Saved to your journal.")
            self.dismiss(True)
