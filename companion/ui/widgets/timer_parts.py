"""Small pieces of the timer screen: the text box before anyone writes, and the trigger line."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import Static

from companion.ui.widgets.steady import SteadyStatic


class UnsentPreview(SteadyStatic, can_focus=True):
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
    """ "What is this text trying to get?" with the answer; a click opens the choice."""

    def on_click(self) -> None:
        getattr(self.screen, "action_trigger", lambda: None)()
