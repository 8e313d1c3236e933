"""Nothing typed is lost: a screen's text fields are kept as a draft while typing,
come back the next time it opens, and Escape with unsaved text asks first.

A mixin for a dialog or a screen whose text fields (Input, TextArea) have ids. The
draft is written to the data file a second after typing stops (like the timer's
unsent message), so it survives the app being killed; it is dropped once the
screen saves, or when the person chooses to discard it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from companion.content import panic as words

SAVE_AFTER_SECONDS = 1.0
KEEP, DISCARD = "keep", "discard"


class DraftKeeping:
    """Keeps a screen's text as a draft under `draft_key()` (None: this screen keeps none)."""

    DRAFT_KEY: str | None = None

    # Provided by the screen.
    app: Any
    query: Any
    set_timer: Any

    def draft_key(self) -> str | None:
        """Where this screen's draft is kept (one draft per key)."""
        return self.DRAFT_KEY

    def typed(self) -> dict[str, str]:
        """What the text fields hold now, by field id."""
        values: dict[str, str] = {}
        for widget in self.query("Input, TextArea"):
            if widget.id:
                values[widget.id] = widget.text if hasattr(widget, "document") else widget.value
        return values

    def _fill(self, values: dict[str, str]) -> None:
        for widget in self.query("Input, TextArea"):
            if widget.id in values:
                if hasattr(widget, "document"):
                    widget.load_text(values[widget.id])
                    widget.move_cursor(widget.document.end)
                else:
                    widget.value = values[widget.id]
                    widget.cursor_position = len(widget.value)

    def on_mount(self) -> None:
        """Bring back a draft kept before (after the screen's own on_mount set its fields)."""
        from companion.store.drafts import draft_for

        self._draft_pending: Any = None
        self._draft_pristine = self.typed()
        key = self.draft_key()
        kept = draft_for(self.app.snapshot, key) if key else None
        if kept:
            self._fill(kept)
            self.app.notify(words.DRAFT_BACK_NOTICE, timeout=4)
        self._draft_at_start = self.typed()

    def on_screen_suspend(self) -> None:
        """Something opened on top (the timer): what was typed is written now."""
        if getattr(self, "_draft_pending", None) is not None:
            self.keep_draft()

    @property
    def draft_dirty(self) -> bool:
        """Whether something was typed since the screen opened (and is not saved)."""
        start = getattr(self, "_draft_at_start", None)
        return start is not None and self.typed() != start

    def _typing(self) -> None:
        if self.draft_key() is None or getattr(self, "_draft_at_start", None) is None:
            return
        if self._draft_pending is None:
            self._draft_pending = self.set_timer(SAVE_AFTER_SECONDS, self.keep_draft)

    def on_input_changed(self, _event: Any) -> None:
        self._typing()

    def on_text_area_changed(self, _event: Any) -> None:
        self._typing()

    def keep_draft(self) -> None:
        """Write the draft now (or drop it when the fields are back to how they began)."""
        self._stop_pending()
        key = self.draft_key()
        if key is None:
            return
        values = self.typed()
        if values == self._draft_pristine:
            self.app.perform(lambda: self.app.repo.clear_draft(key))
        else:
            self.app.perform(lambda: self.app.repo.save_draft(key, values))

    def drop_draft(self) -> None:
        """Saved or discarded: no draft any more."""
        self._stop_pending()
        key = self.draft_key()
        if key is not None and any(d.key == key for d in self.app.snapshot.drafts):
            self.app.perform(lambda: self.app.repo.clear_draft(key))

    def _stop_pending(self) -> None:
        pending = getattr(self, "_draft_pending", None)
        if pending is not None:
            pending.stop()
            self._draft_pending = None

    def leave_asking(self, leave: Callable[[], None]) -> None:
        """Escape: leave at once when nothing new was typed; else ask, keep a draft,
        discard, or stay (Back)."""
        if self.draft_key() is None or not self.draft_dirty:
            leave()
            return
        from companion.ui.dialogs.choose import Answer, ChooseDialog

        def answered(choice: str | None) -> None:
            if choice == KEEP:
                self.keep_draft()
                leave()
            elif choice == DISCARD:
                self.drop_draft()
                leave()

        self.app.push_screen(ChooseDialog(
            words.DRAFT_QUESTION,
            [Answer(KEEP, words.DRAFT_KEEP, "k"), Answer(DISCARD, words.DRAFT_DISCARD, "d")],
            detail=words.DRAFT_DETAIL, back=words.DRAFT_BACK), answered)
