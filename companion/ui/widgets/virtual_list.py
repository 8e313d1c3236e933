"""A list of one-line rows that renders only what is on screen.

History can hold tens of thousands of items; an OptionList or DataTable builds and
measures every row up front (seconds for 40,000), this draws the visible rows only.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual


class VirtualList(ScrollView, can_focus=True):
    """Rows given by count and a function that draws row `i`; a cursor moves over them."""

    DEFAULT_CSS = """
    VirtualList {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        background: $background;
        & > .virtual-list--row { background: $background; }
        & > .virtual-list--cursor { background: $surface; text-style: bold; }
        &:focus > .virtual-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    }
    """
    COMPONENT_CLASSES = {"virtual-list--row", "virtual-list--cursor"}
    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter", "select", "Read", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to row `index`."""

        def __init__(self, virtual_list: VirtualList, index: int) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    class Selected(Highlighted):
        """Row `index` was chosen (enter or a click on the highlighted row)."""

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.row_count = 0
        self._draw: Callable[[int], Content] = lambda index: Content("")
        self._cache: dict[tuple[int, bool, int], Strip] = {}

    def set_rows(self, count: int, draw: Callable[[int], Content], cursor: int = 0) -> None:
        """Show `count` rows drawn by `draw(index)`; put the cursor on `cursor`."""
        self.row_count = count
        self._draw = draw
        self._cache.clear()
        self.virtual_size = Size(self.size.width, count)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = max(0, min(cursor, count - 1))
        self.refresh()

    # Drawing -------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= self.row_count or width <= 0:
            return Strip.blank(width, self.get_visual_style("virtual-list--row").rich_style)
        selected = index == self.cursor
        key = (index, selected, width)
        strip = self._cache.get(key)
        if strip is None:
            parts = ("virtual-list--row", "virtual-list--cursor") if selected else ("virtual-list--row",)
            style = self.get_visual_style(*parts)
            content = self._draw(index)
            if selected and self.has_focus:
                content = content.without_spans  # the cursor colours the whole row
            content = content.truncate(width, ellipsis=True)
            lines = Visual.to_strips(self, content, width, 1, style, apply_selection=False)
            strip = (lines[0] if lines else Strip.blank(0)).extend_cell_length(width, style.rich_style)
            strip = strip.crop(0, width)
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[key] = strip
        return strip

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, self.row_count)
        self._show_cursor()

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    # The cursor ----------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.row_count - 1)) if self.row_count else 0

    def watch_cursor(self, value: int) -> None:
        self._show_cursor()
        self.refresh()
        if self.row_count:
            self.post_message(self.Highlighted(self, value))

    def _show_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_move(self, step: int) -> None:
        """Move the cursor by `step` rows."""
        self.cursor = self.cursor + step

    def action_page(self, pages: int) -> None:
        """Move the cursor by a screenful."""
        self.cursor = self.cursor + pages * max(1, self.scrollable_content_region.height - 1)

    def action_jump(self, index: int) -> None:
        """To the first row (0) or the last (-1)."""
        self.cursor = self.row_count - 1 if index < 0 else index

    def action_select(self) -> None:
        """Choose the highlighted row."""
        if self.row_count:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_offset.y) + offset.y
        if 0 <= index < self.row_count:
            if index == self.cursor and event.chain >= 2:
                self.action_select()
            self.cursor = index
