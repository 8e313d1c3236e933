"""The title bar and the key bar: one widget each, one line each.

Textual's Header and Footer build a widget per part (icon, title, clock; one per key)
and the Footer recomposes all of them whenever focus moves. Ours draw the same line
themselves, so opening a screen mounts two widgets instead of a dozen and a change
of focus repaints one line.
"""

from __future__ import annotations

from textual import events
from textual.content import Content, Span
from textual.widget import Widget

from companion.content.vocabulary import shown as shown_words
from companion.ui.session import discreet_for

ICON = "⭘"
ICON_WIDTH = 3  # " ⭘ ": the part of the title bar that opens the command palette
SEPARATOR = "▏"


class TitleBar(Widget):
    """The app's title and the screen's subtitle, centred; the icon opens the palette."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
    }
    """

    def on_mount(self) -> None:
        for owner in (self.app, self.screen):
            self.watch(owner, "title", self._retitle, init=False)
            self.watch(owner, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        self.refresh()

    def render(self) -> Content:
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        sub_title = screen.sub_title if screen.sub_title is not None else self.app.sub_title
        heading = self.app.format_title(title, sub_title)
        width = self.size.width
        room = max(0, width - 2 * ICON_WIDTH)
        if heading.cell_length > room:
            heading = heading.truncate(room, ellipsis=True)
        left = max(0, (width - heading.cell_length) // 2 - ICON_WIDTH)
        return Content.assemble(f" {ICON} ", " " * left, heading)

    async def on_click(self, event: events.Click) -> None:
        if event.x < ICON_WIDTH and self.app.ENABLE_COMMAND_PALETTE:
            event.stop()
            await self.run_action("app.command_palette")


class KeyBar(Widget, can_focus=False):
    """The keys that work here, with what they do; click one to press it.

    It reads the screen's active bindings each time it draws, and redraws when the
    screen says they changed (focus moved, a binding was enabled or disabled).
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--hover"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        width: 100%;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .key-bar--hover {
            background: $block-hover-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._spans: list[tuple[int, int, str, bool]] = []  # (start, end, key, enabled)
        self._hover: int | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: object) -> None:
        self.refresh()

    def _items(self) -> tuple[list[tuple[str, str, str, bool]], tuple[str, str, str, bool] | None]:
        """(key, shown key, description, enabled) for each shown action; then the palette key."""
        app = self.app
        discreet = discreet_for(self)
        active = self.screen.active_bindings
        seen: set[str] = set()
        items: list[tuple[str, str, str, bool]] = []
        by_description: dict[str, int] = {}
        for _node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            shown = app.get_key_display(binding)
            same = by_description.get(binding.description)
            if same is not None and binding.description:  # two keys, one meaning: "p/^t Panic"
                key, before, description, was_enabled = items[same]
                items[same] = (key, f"{before}/{shown}", description, was_enabled or enabled)
                continue
            by_description[binding.description] = len(items)
            items.append((binding.key, shown, shown_words(binding.description, discreet), enabled))
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = (binding.key, app.get_key_display(binding), binding.description, enabled)
        tail = len(f"{SEPARATOR} {palette[1]} {palette[2]} ") if palette else 0
        items = self._fit(items, set(getattr(self.screen, "KEYS_IF_ROOM", ())), active, self.size.width - tail)
        return items, palette

    @staticmethod
    def _fit(items: list[tuple[str, str, str, bool]], optional: set[str],
             active: dict[str, object], room: int) -> list[tuple[str, str, str, bool]]:
        """Without the screen's "if there is room" keys, last first, until the line fits."""
        actions = {key: binding.action for key, (_node, binding, *_rest) in active.items()}  # type: ignore[misc]

        def width() -> int:
            return sum(len(f" {shown} {description} ") for _key, shown, description, _enabled in items)

        for item in reversed(list(items)):
            if width() <= room:
                break
            if actions.get(item[0]) in optional:
                items.remove(item)
        return items

    def render(self) -> Content:
        key_style = self.get_visual_style("key-bar--key", partial=True)
        text_style = self.get_visual_style("key-bar--description", partial=True)
        hover_style = self.get_visual_style("key-bar--hover", partial=True)
        items, palette = self._items()
        spans: list[Span] = []
        self._spans = []
        parts: list[str] = []
        position = 0

        def add(text: str, style: object = None) -> None:
            nonlocal position
            if style is not None and text:
                spans.append(Span(position, position + len(text), style))  # type: ignore[arg-type]
            parts.append(text)
            position += len(text)

        def add_key(item: tuple[str, str, str, bool]) -> None:
            key, shown, description, enabled = item
            start = position
            add(f" {shown} ", key_style)
            if description:
                add(f"{description} ", text_style)
            index = len(self._spans)
            self._spans.append((start, position, key, enabled))
            if index == self._hover:
                spans.append(Span(start, position, hover_style))
            if not enabled:
                spans.append(Span(start, position, "dim"))

        for item in items:
            add_key(item)
        if palette is not None:
            _, shown, description, _ = palette
            tail = len(f"{SEPARATOR} {shown} {description} ")
            add(" " * max(1, self.size.width - position - tail))
            add(SEPARATOR, "dim")
            add_key(palette)
        return Content("".join(parts), spans=spans)

    def _span_at(self, x: int) -> int | None:
        for index, (start, end, _key, _enabled) in enumerate(self._spans):
            if start <= x < end:
                return index
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        hover = self._span_at(event.x)
        if hover != self._hover:
            self._hover = hover
            self.refresh()

    def on_leave(self, _event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        index = self._span_at(event.x)
        if index is None:
            return
        event.stop()
        _start, _end, key, enabled = self._spans[index]
        if enabled:
            self.app.simulate_key(key)
        else:
            self.app.bell()
