"""Read a long text in full: an unsent message, a journal entry, a note."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from companion.ui.panic_keys import PanicModal
from companion.ui.widgets.bars import KeyBar


class ReadTextDialog(PanicModal[None]):
    """The whole text, scrollable; escape or enter closes it.

    Args:
        title: what it is ("Unsent message").
        meta: when it was written, and anything else worth a line.
        text: the text itself, shown exactly as written (no markup).
    """

    DEFAULT_CSS = """
    ReadTextDialog .dialog { width: 80; height: auto; max-height: 90%; }
    ReadTextDialog #read-meta { color: $text-muted; }
    ReadTextDialog #read-scroll { height: auto; max-height: 1fr; margin-top: 1; }
    ReadTextDialog #read-text { height: auto; }
    """
    BINDINGS = [
        Binding("escape,enter,q", "close", "Close", key_display="esc"),
        Binding("up,k", "scroll(-1)", "Up", show=False),
        Binding("down,j", "scroll(1)", "Down", show=False),
    ]

    def __init__(self, title: str, meta: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.meta = meta
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.meta, id="read-meta", markup=False)
            with VerticalScroll(id="read-scroll"):
                yield Static(self.text, id="read-text", markup=False)
        yield KeyBar()

    def action_close(self) -> None:
        """Back to History."""
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        """Scroll the text by `lines`."""
        self.query_one("#read-scroll", VerticalScroll).scroll_relative(y=lines, animate=False)
