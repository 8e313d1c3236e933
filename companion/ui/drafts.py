"""Nothing typed is lost: a screen's text fields are kept as a draft while typing,
come back the next time it opens, and Escape with unsaved text asks first.

A helper a dialog or a screen owns when its text fields (Input, TextArea) have ids. The
draft is written to the data file a second after typing stops (like the timer's
unsent message), so it survives the app being killed; it is dropped once the
screen saves, or when the person chooses to discard it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen
from textual.timer import Timer

from companion.content import panic as words
from companion.ui.session import session_of

SAVE_AFTER_SECONDS = 1.0
KEEP, DISCARD = "keep", "discard"


class DraftKeeper:
    """Keeps a screen's text as a draft under `key()` (None: this screen keeps none).

    The screen owns one and tells it when it mounts (`start`), when a field changes
    (`typing`) and when something opens on top (`suspend`).
    """

    def __init__(self, screen: Screen[Any], key: Callable[[], str | None]) -> None:
        self._screen = screen
        self.key = key
        self._pending: Timer | None = None
        self._pristine: dict[str, str] = {}
        self._at_start: dict[str, str] | None = None

    def typed(self) -> dict[str, str]:
        """What the text fields hold now, by field id."""
        values: dict[str, str] = {}
        for widget in self._screen.query("Input, TextArea"):
            field: Any = widget
            if field.id:
                values[field.id] = field.text if hasattr(field, "document") else field.value
        return values

    def _fill(self, values: dict[str, str]) -> None:
        for widget in self._screen.query("Input, TextArea"):
            if widget.id in values:
                field: Any = widget
                if hasattr(field, "document"):
                    field.load_text(values[widget.id])
                    field.move_cursor(field.document.end)
                else:
                    field.value = values[widget.id]
                    field.cursor_position = len(field.value)

    def start(self) -> None:
        """Bring back a draft kept before (after the screen's own on_mount set its fields)."""
        from companion.store.drafts import draft_for

        self._pending = None
        self._pristine = self.typed()
        key = self.key()
        kept = draft_for(session_of(self._screen).snapshot, key) if key else None
        if kept:
            self._fill(kept)
            self._screen.app.notify(words.DRAFT_BACK_NOTICE, timeout=4)
        self._at_start = self.typed()

    def suspend(self) -> None:
        """Something opened on top (the timer): what was typed is written now."""
        if self._pending is not None:
            self.keep()

    @property
    def dirty(self) -> bool:
        """Whether something was typed since the screen opened (and is not saved)."""
        return self._at_start is not None and self.typed() != self._at_start

    def typing(self) -> None:
        """A field changed: write the draft a second after typing stops."""
        if self.key() is None or self._at_start is None:
            return
        if self._pending is None:
            self._pending = self._screen.set_timer(SAVE_AFTER_SECONDS, self.keep)

    def keep(self) -> None:
        """Write the draft now (or drop it when the fields are back to how they began)."""
        self._stop_pending()
        key = self.key()
        if key is None:
            return
        values, session = self.typed(), session_of(self._screen)
        if values == self._pristine:
            session.perform(lambda: session.repo.drafts.clear(key))
        else:
            session.perform(lambda: session.repo.drafts.save(key, values))

    def drop(self) -> None:
        """Saved or discarded: no draft any more."""
        self._stop_pending()
        key, session = self.key(), session_of(self._screen)
        if key is not None and any(d.key == key for d in session.snapshot.drafts):
            session.perform(lambda: session.repo.drafts.clear(key))

    def _stop_pending(self) -> None:
        if self._pending is not None:
            self._pending.stop()
            self._pending = None

    def leave_asking(self, leave: Callable[[], None]) -> None:
        """Escape: leave at once when nothing new was typed; else ask, keep a draft,
        discard, or stay (Back)."""
        if self.key() is None or not self.dirty:
            leave()
            return
        from companion.ui.dialogs.choose import Answer, ChooseDialog

        def answered(choice: str | None) -> None:
            if choice == KEEP:
                self.keep()
                leave()
            elif choice == DISCARD:
                self.drop()
                leave()

        self._screen.app.push_screen(ChooseDialog(
            words.DRAFT_QUESTION,
            [Answer(KEEP, words.DRAFT_KEEP, "k"), Answer(DISCARD, words.DRAFT_DISCARD, "d")],
            detail=words.DRAFT_DETAIL, back=words.DRAFT_BACK), answered)
