"""The styles a line-drawn widget needs, worked out once per look rather than once per line."""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from textual.widget import Widget


class PartLooks:
    """A widget's own style ("") and each of its parts' (component classes) on top of it.

    Worked out when first asked for; `forget()` when the widget is restyled.

    Args:
        widget: whose styles these are.
        parts: a key for each part -> its component class.
    """

    def __init__(self, widget: Widget, parts: Mapping[str, str]) -> None:
        self._widget = widget
        self._parts = dict(parts)
        self._styles: dict[str, Style] | None = None

    def __getitem__(self, key: str) -> Style:
        if self._styles is None:
            widget = self._widget
            base = widget.rich_style
            self._styles = {"": base}
            for name, component in self._parts.items():
                self._styles[name] = base + widget.get_component_rich_style(component, partial=True)
        return self._styles[key]

    def forget(self) -> None:
        """The widget was restyled: work the styles out again when next asked."""
        self._styles = None
