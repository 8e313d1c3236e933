"""The timer screen's writing part: the text box (a look-alike until someone writes) and the trigger line.

The parts post messages to the screen (`UnsentPreview.Opened`, `TriggerLine.Clicked`);
what is typed reaches it as Textual's `TextArea.Changed`.
"""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from companion.content import timer_prompts as words


class UnsentPreview(Static, can_focus=True):
    """The unsent-message box as it looks until someone writes in it.

    It draws what the compact, unfocused text box draws (the message, or the
    placeholder dimmed) without loading Textual's TextArea. Focusing it (`w`, a
    click, tab) asks the screen for the real box, which takes its place.

    Args:
        text: the message written so far.
        placeholder: what shows while there is none.
    """

    DEFAULT_CSS = """
    UnsentPreview {
        padding: 0 1;
        color: $foreground;
    }
    UnsentPreview > .unsent-preview--placeholder { color: $text 40%; }
    """
    COMPONENT_CLASSES = {"unsent-preview--placeholder"}

    class Opened(Message):
        """Someone wants to write: the screen swaps the real text box in."""

    def __init__(self, text: str = "", *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        self.placeholder = placeholder

    def load_text(self, text: str) -> None:
        """Show `text` as the message (the TextArea's method of the same name)."""
        self.text = text
        self.refresh()

    def render(self) -> Text:
        if self.text:
            return Text(self.text)
        return Text(self.placeholder, style=self.get_component_rich_style("unsent-preview--placeholder"),
                    no_wrap=True, overflow="ellipsis")

    def on_focus(self) -> None:
        self.post_message(self.Opened())


class TriggerLine(Static):
    """ "What is this text trying to get?" with the answer; a click asks the screen for the choice.

    Args:
        trigger: the answer so far (None: not chosen).
    """

    class Clicked(Message):
        """The line was clicked: the screen opens the choice of trigger."""

    def __init__(self, trigger: str | None, *, id: str | None = None) -> None:
        super().__init__(self._words(trigger), id=id)

    def show(self, trigger: str | None) -> None:
        """Show the answer chosen now."""
        self.update(self._words(trigger))

    @staticmethod
    def _words(trigger: str | None) -> Text:
        line = Text(words.TRIGGER_LABEL + " ", style="dim")
        if trigger:
            line.append(trigger, style="bold")  # a Text: what is stored is never markup
            line.append("  (g to change)", style="dim")
        else:
            line.append("press g to choose", style="italic")
        return line

    def on_click(self) -> None:
        self.post_message(self.Clicked())


class WritingPart(Vertical):
    """The label, the unsent message and its trigger, in a container of their own.

    The text box is a look-alike (`UnsentPreview`) until someone writes; then
    Textual's TextArea (`UnsentMessage`) takes its place, so TextArea is not loaded
    for a wait that needs no writing.

    Args:
        message: the message written so far.
        trigger: what the text is trying to get, if chosen.
    """

    def __init__(self, message: str, trigger: str | None, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(
            Static(f"{words.WRITE_LABEL} · w to write, esc when done", id="write-label"),
            UnsentPreview(message, placeholder=words.WRITE_PLACEHOLDER, id="unsent"),
            TriggerLine(trigger, id="trigger-row"),
            id=id, classes=classes,
        )
        self._swapping = asyncio.Lock()

    def load_text(self, text: str) -> None:
        """Show `text` as the message, in whichever box is up."""
        box = self.query_one("#unsent")
        if isinstance(box, UnsentPreview):
            box.load_text(text)
        else:
            from companion.ui.widgets.unsent_editor import UnsentMessage

            self.query_one("#unsent", UnsentMessage).load_text(text)

    async def open_editor(self) -> Widget:
        """The real text box in place of the look-alike (once), holding the message so far."""
        async with self._swapping:
            box = self.query_one("#unsent")
            if not isinstance(box, UnsentPreview):
                return box
            from companion.ui.widgets.unsent_editor import UnsentMessage

            editor = UnsentMessage(box.text, id="unsent", compact=True,
                                   placeholder=words.WRITE_PLACEHOLDER)
            with self.app.batch_update():
                await box.remove()
                await self.mount(editor, before="#trigger-row")
            editor.move_cursor(editor.document.end)  # to go on from where the message stops
            return editor
