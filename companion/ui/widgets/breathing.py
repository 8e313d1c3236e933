"""A box-breathing pacer: a line traces a square, one side per phase (in, hold, out, hold)."""

from __future__ import annotations

import math
from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual.timer import Timer
from textual.widget import Widget

from companion.domain.timer import BreathPhase, breathing_phase

FRAME_SECONDS = 0.25
BOX_WIDTH = 17
BOX_HEIGHT = 5


def box_path(width: int = BOX_WIDTH, height: int = BOX_HEIGHT) -> list[list[tuple[int, int]]]:
    """The (row, column) cells of the square's four sides, in the order they are traced.

    Top left to right (in), right side down (hold), bottom right to left (out), left
    side up (hold). Each side starts where the last one ended.
    """
    right, bottom = width - 1, height - 1
    top = [(0, c) for c in range(width)]
    down = [(r, right) for r in range(1, height)]
    back = [(bottom, c) for c in range(right - 1, -1, -1)]
    up = [(r, 0) for r in range(bottom - 1, 0, -1)]
    return [top, down, back, up]


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


def render_box(phase: BreathPhase, done: Style, todo: Style, label: Style,
               width: int = BOX_WIDTH, height: int = BOX_HEIGHT) -> Text:
    """The square with the part breathed so far in this cycle drawn in `done`."""
    sides = box_path(width, height)
    traced: set[tuple[int, int]] = set()
    for side in sides[: phase.index]:
        traced.update(side)
    current = sides[phase.index]
    traced.update(current[: traced_cells(phase, width, height)])
    middle = height // 2
    words = f"{phase.label} {phase.seconds_left}".center(width - 2)
    blank = Style()
    text = Text()
    for row in range(height):
        # Runs of one style become one span: a few spans a line keep each frame cheap.
        run, run_style = "", blank
        for col in range(width):
            if 0 < row < height - 1 and 0 < col < width - 1:
                char, style = (words[col - 1], label) if row == middle else (" ", blank)
            else:
                char = _glyph(row, col, width, height)
                style = done if (row, col) in traced else todo
            if style is not run_style and run:
                text.append(run, run_style)
                run = ""
            run, run_style = run + char, style
        text.append(run, run_style)
        if row < height - 1:
            text.append("\n")
    return text


class BreathingPacer(Widget):
    """Animates box breathing from an elapsed-seconds source (so a fixed clock freezes it).

    Args:
        elapsed: returns the seconds since the breathing started.
    """

    DEFAULT_CSS = """
    BreathingPacer {
        width: 17;
        height: 5;
    }
    BreathingPacer > .pacer--done { color: $accent; text-style: bold; }
    BreathingPacer > .pacer--todo { color: $text-muted; }
    BreathingPacer > .pacer--label { color: $text; text-style: bold; }
    """
    COMPONENT_CLASSES = {"pacer--done", "pacer--todo", "pacer--label"}

    def __init__(self, elapsed: Callable[[], float], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._elapsed = elapsed
        self._frames: Timer | None = None
        self._last: tuple[int, int, int] | None = None

    def on_mount(self) -> None:
        self._frames = self.set_interval(FRAME_SECONDS, self._frame, pause=not self.display)

    def _sync_running(self) -> None:
        if self._frames is None:
            return
        if self.display:
            self._frames.resume()
        else:
            self._frames.pause()

    def start(self) -> None:
        """Show and animate."""
        self.display = True
        self._sync_running()
        self.refresh()

    def stop(self) -> None:
        """Hide and stop animating (no work while another card is up)."""
        self.display = False
        self._sync_running()

    def phase(self) -> BreathPhase:
        """The phase to show now."""
        return breathing_phase(self._elapsed())

    def _frame(self) -> None:
        if look(self.phase()) != self._last:  # redraw only when a cell or the count changes
            self.refresh()

    def render(self) -> Text:
        phase = self.phase()
        self._last = look(phase)
        return render_box(
            phase,
            self.get_component_rich_style("pacer--done"),
            self.get_component_rich_style("pacer--todo"),
            self.get_component_rich_style("pacer--label"),
        )
