"""The Timeline tab: a filter bar, every item newest first (virtualised), the highlighted one's detail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from companion.domain.timeline import (
    TimelineItem,
    TimelineKind,
    filter_timeline,
    first_line,
)
from companion.ui.widgets.virtual_list import VirtualList

# (key, kind, label, discreet label): one key each, in the order the bar shows them.
FILTERS: tuple[tuple[str, TimelineKind | None, str, str], ...] = (
    ("a", None, "all", "all"),
    ("u", TimelineKind.URGE, "urges", "urges"),
    ("c", TimelineKind.CONTACT, "contacts", "messages"),
    ("m", TimelineKind.MOOD, "moods", "moods"),
    ("j", TimelineKind.JOURNAL, "journal", "journal"),
    ("n", TimelineKind.UNSENT, "unsent", "drafts"),
    ("d", TimelineKind.ACTIVITY, "done", "done"),
    ("r", TimelineKind.PERIOD, "periods", "periods"),
)

MARKS = {
    TimelineKind.URGE: ("≈", "$warning"),
    TimelineKind.MOOD: ("◑", "$secondary"),
    TimelineKind.JOURNAL: ("¶", "$primary"),
    TimelineKind.UNSENT: ("✉", "$accent"),
    TimelineKind.ACTIVITY: ("✓", "$success"),
    TimelineKind.PERIOD: ("●", "$primary"),
    TimelineKind.CHECK: ("◌", "$warning"),
}
FROM_THEM = ("←", "$accent")
FROM_ME = ("→", "$secondary")

EMPTY = {
    None: "Nothing logged yet. Urges, moods, journal entries and ticked-off plans will gather here.",
    TimelineKind.URGE: "No urges logged. When one comes, press p for the timer.",
    TimelineKind.CONTACT: "No contacts logged either way.",
    TimelineKind.MOOD: "No mood check-ins yet.",
    TimelineKind.JOURNAL: "No journal entries yet.",
    TimelineKind.UNSENT: "Nothing written in the timer yet.",
    TimelineKind.ACTIVITY: "Nothing ticked off yet.",
    TimelineKind.PERIOD: "No periods yet.",
    TimelineKind.CHECK: "No checking on them logged.",
}


def mark_of(item: TimelineItem) -> tuple[str, str]:
    """The symbol and colour for an item's kind."""
    if item.kind == TimelineKind.CONTACT:
        return FROM_THEM if item.subkind == "from_them" else FROM_ME
    return MARKS.get(item.kind, ("·", "$foreground"))


def row_content(item: TimelineItem) -> Content:
    """"26 Nov 2026 22:40 ≈ Urge · 8 → 3 · passed"."""
    mark, colour = mark_of(item)
    when = f"{item.day.day:>2} {item.day:%b %Y} {item.time or '     '} "
    return Content.assemble((when, "$text-muted"), (mark, colour), " ", item.title)


def long_date(day: date, time: str | None) -> str:
    """"Wednesday 25 November 2026 at 22:40"."""
    text = f"{day:%A} {day.day} {day:%B %Y}"
    return f"{text} at {time}" if time else text


class TimelineView(Vertical):
    """Filterable history; the list draws only the rows on screen."""

    DEFAULT_CSS = """
    TimelineView { height: 1fr; }
    TimelineView #timeline-filters {
        height: 1; padding: 0 1;
        link-style: none; link-style-hover: bold; link-background-hover: $boost;
    }
    TimelineView #timeline-list { height: 1fr; }
    TimelineView #timeline-empty { height: 1fr; padding: 1 2; color: $text-muted; }
    TimelineView #timeline-detail {
        height: 6; padding: 0 1;
        border-top: solid $primary 40%;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: Sequence[TimelineItem] = []
        self.shown: Sequence[TimelineItem] = []
        self.kind: TimelineKind | None = None
        self.discreet = False

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-filters")
        yield VirtualList(id="timeline-list")
        yield Static(id="timeline-empty")
        yield Static(id="timeline-detail")

    @property
    def list(self) -> VirtualList:
        """The list of rows."""
        return self.query_one("#timeline-list", VirtualList)

    def show(self, items: Sequence[TimelineItem], discreet: bool, keep_place: bool = False) -> None:
        """Show every item (the current filter applies); keep the cursor's item if asked.

        `items` is read only where rows are drawn (a PagedTimeline makes the rest when
        a filter, or the cursor, goes past its newest part)."""
        current = self.highlighted if keep_place else None
        self.items = items
        self.discreet = discreet
        self._apply(current)

    def set_filter(self, kind: TimelineKind | None) -> None:
        """Show one kind only (None: everything)."""
        self.kind = kind
        self._apply(None)

    def next_filter(self) -> None:
        """Move to the next filter in the bar."""
        kinds = [kind for _, kind, _, _ in FILTERS]
        self.set_filter(kinds[(kinds.index(self.kind) + 1) % len(kinds)])

    @property
    def highlighted(self) -> TimelineItem | None:
        """The item under the cursor."""
        index = self.list.cursor
        return self.shown[index] if 0 <= index < len(self.shown) else None

    def _apply(self, keep: TimelineItem | None) -> None:
        self.shown = self.items if self.kind is None else filter_timeline(self.items, self.kind)
        cursor = 0
        if keep is not None:
            try:
                cursor = self.shown.index(keep)
            except ValueError:
                cursor = 0
        shown = self.shown
        self.list.set_rows(len(shown), lambda i: row_content(shown[i]), cursor)
        empty = self.query_one("#timeline-empty", Static)
        empty.update(EMPTY.get(self.kind, ""))
        empty.display = not shown
        self.list.display = bool(shown)
        self._draw_filters()
        self._draw_detail()

    def _draw_filters(self) -> None:
        parts: list[str | tuple[str, str] | Content] = []
        for key, kind, label, quiet in FILTERS:
            words = quiet if self.discreet else label
            chosen = kind == self.kind
            value = kind.value if kind else "all"
            label_markup = f"[bold reverse]{words}[/]" if chosen else words
            parts.append(Content.from_markup(
                f"[@click=screen.filter('{value}')][bold $accent]{key}[/] {label_markup}[/]"))
            parts.append("  ")
        self.query_one("#timeline-filters", Static).update(Content.assemble(*parts[:-1]))

    def _draw_detail(self) -> None:
        detail = self.query_one("#timeline-detail", Static)
        item = self.highlighted
        detail.display = item is not None
        if item is None:
            return
        position = f"{self.list.cursor + 1:,} of {len(self.shown):,}"
        lines = [Content.styled(item.title, "bold"),
                 Content.styled(f"{long_date(item.day, item.time)} · {position}", "$text-muted")]
        text = item.detail.strip()
        if text:
            body = text.splitlines()
            shown = " ".join(body)
            width = max(20, self.size.width - 2)
            if len(body) > 1 or len(shown) > 2 * width:
                lines.append(Content(first_line(shown, width * 2 - 24) + "  ").append(
                    Content.styled("enter: read it whole", "italic $text-muted")))
            else:
                lines.append(Content(shown))
        detail.update(Content("\n").join(lines))

    @on(VirtualList.Highlighted, "#timeline-list")
    def _moved(self) -> None:
        self._draw_detail()
