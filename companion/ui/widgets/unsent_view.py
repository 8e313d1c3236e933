"""The Unsent messages tab: the list, and the highlighted message in full beneath it."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from companion.domain.history import UnsentMessage
from companion.domain.timeline import first_line
from companion.ui.widgets.timeline_view import long_date
from companion.ui.widgets.virtual_list import VirtualList

EMPTY = ("Nothing here yet. While the timer runs you can write what you wanted to send "
         "instead of sending it; it is kept here, to read again when you are calmer.")
EMPTY_DISCREET = "No drafts yet. Drafts written during the timer are kept here."


def unsent_row(message: UnsentMessage) -> Content:
    """"26 Nov 2026 22:40  reassurance  I keep thinking about…"."""
    when = f"{message.day.day:>2} {message.day:%b %Y} {message.time or '     '}  "
    trigger = f"{short_trigger(message.trigger):<12.12} "
    return Content.assemble((when, "$text-muted"), (trigger, "$accent"), first_line(message.text, 200))


def short_trigger(trigger: str | None) -> str:
    """"company / boredom" → "company": short enough for a column."""
    return (trigger or "").split(" /")[0]


def message_meta(message: UnsentMessage) -> str:
    """When it was written, and on a second line what it was after and how the urge went."""
    lines = [long_date(message.day, message.time)]
    more = []
    if message.trigger:
        more.append(f"Wanted {message.trigger}")
    if message.outcome == "resisted":
        more.append("the urge passed" if more else "The urge passed")
    if more:
        lines.append(" · ".join(more))
    return "\n".join(lines)


class UnsentView(Vertical):
    """Every unsent message, newest first; the highlighted one is readable in full."""

    DEFAULT_CSS = """
    UnsentView { height: 1fr; }
    UnsentView #unsent-list { height: 2fr; min-height: 3; }
    UnsentView #unsent-empty { height: auto; padding: 1 2; color: $text-muted; }
    UnsentView #unsent-reader {
        height: 3fr; padding: 0 1;
        border-top: solid $primary 40%;
    }
    UnsentView #unsent-meta { color: $text-muted; }
    UnsentView #unsent-text { margin-top: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.messages: list[UnsentMessage] = []

    def compose(self) -> ComposeResult:
        yield VirtualList(id="unsent-list")
        yield Static(id="unsent-empty")
        with VerticalScroll(id="unsent-reader"):
            yield Static(id="unsent-meta", markup=False)
            yield Static(id="unsent-text", markup=False)

    @property
    def list(self) -> VirtualList:
        """The list of messages."""
        return self.query_one("#unsent-list", VirtualList)

    @property
    def highlighted(self) -> UnsentMessage | None:
        """The message under the cursor."""
        index = self.list.cursor
        return self.messages[index] if 0 <= index < len(self.messages) else None

    def show(self, messages: Sequence[UnsentMessage], discreet: bool) -> None:
        """List the messages (the cursor stays on the same one when it can)."""
        current = self.highlighted
        self.messages = list(messages)
        cursor = next((i for i, m in enumerate(self.messages) if current and m.event_id == current.event_id), 0)
        rows = self.messages
        self.list.set_rows(len(rows), lambda i: unsent_row(rows[i]), cursor)
        empty = self.query_one("#unsent-empty", Static)
        empty.update(EMPTY_DISCREET if discreet else EMPTY)
        empty.display = not rows
        self.list.display = bool(rows)
        self.query_one("#unsent-reader").display = bool(rows)
        self._read()

    def _read(self) -> None:
        message = self.highlighted
        if message is None:
            return
        meta = message_meta(message).split("\n")
        meta[0] += f" · {self.list.cursor + 1} of {len(self.messages)}"
        self.query_one("#unsent-meta", Static).update("\n".join(meta))
        self.query_one("#unsent-text", Static).update(message.text)
        self.query_one("#unsent-reader", VerticalScroll).scroll_home(animate=False)

    @on(VirtualList.Highlighted, "#unsent-list")
    def _moved(self) -> None:
        self._read()
