"""Widgets that hand the compositor the same lines again while nothing in them changed.

Each frame, Textual's compositor asks every widget whose clip overlaps a changed
part of the screen for all of its lines, including widgets that did not change
(for a widget placed straight on the screen, the clip is the whole screen). On
the timer, that is every part of the screen, once a second, for a few changed
digits. A steady widget keeps the lines it last gave and gives the same list again
until it is refreshed, restyled or resized; then it renders as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.containers import Vertical
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.geometry import Region
    from textual.strip import Strip


class SteadyLines:
    """Mixin for a Widget: reuse the last lines while the widget is unchanged.

    Everything that changes what a widget shows goes through `refresh()` (content,
    size, hover) or `notify_style_update()` (classes, pseudo-classes, theme), so
    those two forget the kept lines. The crop is part of the key: a move or a new
    size asks for other lines.
    """

    _kept_lines: tuple[Region, list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        kept = self._kept_lines
        if kept is not None and kept[0] == crop:
            return kept[1]
        lines: list[Strip] = super().render_lines(crop)  # type: ignore[misc]
        self._kept_lines = (crop, lines)
        return lines

    def refresh(self, *regions: Region, **options: Any) -> Any:
        self._kept_lines = None
        return super().refresh(*regions, **options)  # type: ignore[misc]

    def notify_style_update(self) -> None:
        self._kept_lines = None
        super().notify_style_update()  # type: ignore[misc]


class SteadyStatic(SteadyLines, Static):
    """A Static that is drawn again only when it changes."""


class SteadyVertical(SteadyLines, Vertical):
    """A Vertical container whose own lines (its background) are drawn again only when it changes."""
