"""The breathing pacers: a line traces a square, one stretch of it per phase.

Box breathing: one side per phase (in, hold, out, hold). Cyclic sighing: the top
for the breath in, the right side for the second breath in, and the bottom and the
left side together for the long breath out. The square as lines of styled runs;
the support card draws it (`widgets.support`).
"""

from __future__ import annotations

import math
from functools import lru_cache

from companion.domain.records import Pacer
from companion.domain.timer import BreathPhase

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


@lru_cache(maxsize=4)
def pacer_path(pacer: str = Pacer.BOX.value, width: int = BOX_WIDTH,
               height: int = BOX_HEIGHT) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The stretches of the square traced in each phase of `pacer` (box: its four sides)."""
    top, down, back, up = box_path(width, height)
    if pacer == Pacer.CYCLIC.value:
        return (top, down, back + up)
    return (top, down, back, up)


def _glyph(row: int, col: int, width: int, height: int) -> str:
    right, bottom = width - 1, height - 1
    corners = {(0, 0): "╭", (0, right): "╮", (bottom, 0): "╰", (bottom, right): "╯"}
    if (row, col) in corners:
        return corners[(row, col)]
    return "─" if row in (0, bottom) else "│"


def traced_cells(phase: BreathPhase, width: int = BOX_WIDTH, height: int = BOX_HEIGHT,
                 pacer: str = Pacer.BOX.value) -> int:
    """How many cells of the current stretch are drawn so far."""
    return math.ceil(phase.fraction * len(pacer_path(pacer, width, height)[phase.index]))


def look(phase: BreathPhase, pacer: str = Pacer.BOX.value) -> tuple[int, int, int]:
    """What the pacer shows for a phase: the same look means no need to redraw."""
    return (phase.index, phase.seconds_left, traced_cells(phase, pacer=pacer))


def box_lines(phase: BreathPhase, width: int = BOX_WIDTH,
              height: int = BOX_HEIGHT, pacer: str = Pacer.BOX.value) -> list[list[Run]]:
    """The square, line by line, as runs of characters that share a style.

    The part breathed so far in this cycle is DONE, the rest of the outline AHEAD,
    and the words in the middle ("Breathe in 3") LABEL.
    """
    sides = pacer_path(pacer, width, height)
    traced: set[tuple[int, int]] = set()
    for side in sides[: phase.index]:
        traced.update(side)
    traced.update(sides[phase.index][: traced_cells(phase, width, height, pacer)])
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
