"""Writing instead of sending: the text box, what the text is trying to get, saving as it is typed.

A mixin of TimerScreen, kept apart so that each file reads as one part of the flow.
The text box is a look-alike (`UnsentPreview`) until someone writes; then Textual's
TextArea (`UnsentMessage`) takes its place.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rich.text import Text
from textual.widgets import Static

from companion.content import timer_prompts as words

SAVE_AFTER_SECONDS = 1.0


class TimerWriting:
    """The unsent message and its trigger, on the timer screen."""

    # Provided by TimerScreen (and Screen).
    app: Any
    timer: Any
    _message: str
    _message_dirty: bool
    _save_pending: Any
    _editor_lock: asyncio.Lock
    _after_first_frame: Any
    _save: Any
    query_one: Any
    set_timer: Any
    notify: Any

    async def _open_editor(self) -> Any:
        """The real text box in place of the look-alike (once), holding the message so far."""
        await self._after_first_frame()
        async with self._editor_lock:
            box = self.query_one("#unsent")
            from companion.ui.widgets.timer_parts import UnsentPreview

            if not isinstance(box, UnsentPreview):
                return box
            from companion.ui.widgets.unsent_editor import UnsentMessage

            editor = UnsentMessage(self._message, id="unsent", compact=True,
                                   placeholder=words.WRITE_PLACEHOLDER)
            with self.app.batch_update():
                await box.remove()
                await self.query_one("#timer-writing").mount(editor, before="#trigger-row")
            editor.move_cursor(editor.document.end)  # to go on from where the message stops
            return editor

    async def on_unsent_preview_opened(self) -> None:
        """The look-alike box got focus (a click, tab): write in the real one."""
        (await self._open_editor()).focus()

    async def action_write(self) -> None:
        """Go to the text box (a key pressed before the rest of the screen is up brings it now)."""
        (await self._open_editor()).focus()

    async def action_trigger(self) -> None:
        """Choose what the text is trying to get."""
        from companion.ui.dialogs.trigger import TriggerDialog

        await self._after_first_frame()
        def chosen(choice: Any) -> None:
            if choice is None or self.timer is None:
                return
            self.timer.trigger = choice.trigger
            self.query_one("#trigger-row", Static).update(self._trigger_text())
            self._save(trigger=choice.trigger)

        self.app.push_screen(TriggerDialog(self.timer.trigger if self.timer else None), chosen)

    def _trigger_text(self) -> Text:
        line = Text(words.TRIGGER_LABEL + " ", style="dim")
        trigger = self.timer.trigger if self.timer else None
        if trigger:
            line.append(trigger, style="bold")
            line.append("  (t to change)", style="dim")
        else:
            line.append("press g to choose", style="italic")
        return line

    def on_text_area_changed(self, event: Any) -> None:
        """What is typed in the text box (TextArea.Changed, handled by name: its module
        loads after the first frame)."""
        if event.text_area.id != "unsent":
            return
        self._message = event.text_area.text
        self._message_dirty = True
        if self._save_pending is None:
            self._save_pending = self.set_timer(SAVE_AFTER_SECONDS, self.save_message)

    def save_message(self) -> None:
        """Keep what was typed (at most a second after typing, so a crash keeps it)."""
        if self._save_pending is not None:
            self._save_pending.stop()
            self._save_pending = None
        if not self._message_dirty:
            return
        self._message_dirty = False
        saved = self._save(unsent_message=self._message)
        if saved is not None and len(saved.unsent_message) < len(self._message.strip()) - 2:
            self.notify("That was long: the saved copy was shortened.", severity="warning")
        if self.timer is not None:
            self.timer.unsent_message = saved.unsent_message if saved else self._message
