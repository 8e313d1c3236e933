"""A box-breathing pacer: a line traces a square, one side per phase (in, hold, out, hold)."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from companion.domain.timer import BreathPhase, breathing_phase

BOX_WIDTH = 17
BOX_HEIGHT = 5
DONE, AHEAD, LABEL, BLANK = "done", "ahead", "label", ""

Run = tuple[str, str]  # (characters, which style: DONE, AHEAD, LABEL or BLANK)


@lru_cache(maxsize=4)
def box_path(width: int = BOX_WIDTH, height: int = BOX_HEIGHT) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The (row, column) cells of the square's four sides, in the order they are traced.

    Top left to right (in), right side down (hold), bottom right to left (out), left
    side up (hold). Each side starts where the last one ended.
    """
    right, bottom = width - 1, height - 1
    top = tuple((0, c) for c in range(width))
    down = tuple((r, right) for r in range(1, height))
    back = tuple((bottom, c) for c in range(right - 1, -1, -1))
    up = tuple((r, 0) for r in range(bottom - 1, 0, -1))
    return (top, down, back, up)


def _glyph(row: int, col: int, width: int, height: int) -> str:
    right, bottom = width - 1, height - 1
    corners = {(0, 0): "╭", (0, right): "╮", (bottom, 0): "╰", (bottom, right): "╯"}
    if (row, col) in corners:
        return corners[(row, col)]
    return "─" if row in (0, bottom) else "│"


def traced_cells(phase: BreathPhase, width: int = BOX_WIDTH, height: int = BOX_HEIGHT) -> int:
    """How many cells of the current side are drawn so far."""
    return math.ceil(phase.fraction * len(box_path(width, height)[phase.index]))


def look(phase: BreathPhase) -> tuple[int, int, int]:
    """What the pacer shows for a phase: the same look means no need to redraw."""
    return (phase.index, phase.seconds_left, traced_cells(phase))


def box_lines(phase: BreathPhase, width: int = BOX_WIDTH,
              height: int = BOX_HEIGHT) -> list[list[Run]]:
    """The square, line by line, as runs of characters that share a style.

    The part breathed so far in this cycle is DONE, the rest of the outline AHEAD,
    and the words in the middle ("Breathe in 3") LABEL.
    """
    sides = box_path(width, height)
    traced: set[tuple[int, int]] = set()
    for side in sides[: phase.index]:
        traced.update(side)
    traced.update(sides[phase.index][: traced_cells(phase, width, height)])
    middle = height // 2
    words = f"{phase.label} {phase.seconds_left}".center(width - 2)
    lines: list[list[Run]] = []
    for row in range(height):
        runs: list[Run] = []
        text, kind = "", BLANK
        for col in range(width):
            if 0 < row < height - 1 and 0 < col < width - 1:
                char, style = (words[col - 1], LABEL) if row == middle else (" ", BLANK)
            else:
                char = _glyph(row, col, width, height)
                style = DONE if (row, col) in traced else AHEAD
            if style != kind and text:
                runs.append((text, kind))
                text = ""
            text, kind = text + char, style
        runs.append((text, kind))
        lines.append(runs)
    return lines


class BreathingPacer(Widget):
    """Box breathing from an elapsed-seconds source (so a fixed clock freezes it).

    It has no timer of its own: whoever shows it calls `sync()` once a second (the
    timer screen, in the same frame as the countdown), and the square moves one
    step a second with the count. Draws its lines directly (Textual's line API): a
    frame is a handful of segments, and only the rows that changed are redrawn
    (the count's, and the one the line grows along).

    Args:
        elapsed: returns the seconds since the breathing started; whole seconds
            give one step a second.
    """

    DEFAULT_CSS = """
    BreathingPacer {
        width: 17;
        height: 5;
    }
    BreathingPacer > .pacer--done { color: $accent; text-style: bold; }
    BreathingPacer > .pacer--ahead { color: $text-muted; }
    BreathingPacer > .pacer--label { color: $text; text-style: bold; }
    """
    COMPONENT_CLASSES = {"pacer--done", "pacer--ahead", "pacer--label"}

    def __init__(self, elapsed: Callable[[], float], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._elapsed = elapsed
        self._last: tuple[int, int, int] | None = None
        self._lines: list[list[Run]] = []
        self._styles: dict[str, Style] | None = None

    def start(self) -> None:
        """Show from the start of a breath."""
        self.display = True
        self._update(whole=True)

    def stop(self) -> None:
        """Hide (nothing to do while another card is up)."""
        self.display = False

    def phase(self) -> BreathPhase:
        """The phase to show now."""
        return breathing_phase(self._elapsed())

    def plain(self) -> str:
        """What the pacer shows now, as plain lines."""
        return "\n".join("".join(text for text, _ in line) for line in box_lines(self.phase()))

    def sync(self) -> None:
        """Redraw what has changed since the last frame: the count's row and the side's."""
        if self.display:
            self._update()

    def _update(self, whole: bool = False) -> None:
        phase = self.phase()
        seen = look(phase)
        if seen == self._last and not whole:
            return
        old, new = self._lines, box_lines(phase)
        self._last, self._lines = seen, new
        if whole or len(old) != len(new):
            self.refresh()
            return
        width = self.size.width
        for y, (before, now) in enumerate(zip(old, new)):
            if before != now:
                self.refresh(Region(0, y, width, 1))

    def notify_style_update(self) -> None:
        self._styles = None
        super().notify_style_update()

    def _style_of(self, kind: str) -> Style:
        if self._styles is None:
            base = self.rich_style
            self._styles = {
                BLANK: base,
                DONE: base + self.get_component_rich_style("pacer--done", partial=True),
                AHEAD: base + self.get_component_rich_style("pacer--ahead", partial=True),
                LABEL: base + self.get_component_rich_style("pacer--label", partial=True),
            }
        return self._styles[kind]

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self._lines:  # drawn before it was started or synced
            phase = self.phase()
            self._last, self._lines = look(phase), box_lines(phase)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        base = self._style_of(BLANK)
        if y >= len(self._lines):
            return Strip.blank(self.size.width, base)
        segments = [Segment(text, self._style_of(kind)) for text, kind in self._lines[y]]
        return Strip(segments).adjust_cell_length(self.size.width, base)
