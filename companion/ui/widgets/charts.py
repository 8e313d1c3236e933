"""Charts drawn with text: columns of eighth blocks, a share bar, axis labels.

Each function returns a `Content` (colours are theme variables), so a `Static`
shows it and the theme decides the colours. No plotting library is needed.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

BLOCKS = " ▁▂▃▄▅▆▇█"
BAR = "$primary"
PEAK = "$accent"
MUTED = "$text-muted"


def column_cells(value: float | None, top: float, height: int) -> list[str]:
    """The cells of one column, top row first: `value` out of `top`, `height` rows high.

    Any value above zero shows at least a sliver, so one urge is never invisible.
    """
    if value is None or top <= 0 or value <= 0:
        return [" "] * height
    eighths = max(1, round(min(value, top) / top * height * 8))
    cells = []
    for row in range(height - 1, -1, -1):
        filled = max(0, min(8, eighths - row * 8))
        cells.append(BLOCKS[filled])
    return cells


def column_chart(values: Sequence[float | None], height: int = 4, top: float | None = None,
                 gap: int = 1, highlight: Sequence[bool] | None = None,
                 top_label: str | None = None, base_label: str = "0",
                 axis: Sequence[tuple[int, str]] = ()) -> Content:
    """Columns for `values` (None: no data that day), a baseline, and the top value on the left.

    Args:
        values: one number per column, oldest first.
        height: rows of bars.
        top: the value of a full column (default: the largest value).
        gap: blank cells between columns.
        highlight: columns drawn in the accent colour (e.g. the busiest hours).
        top_label: the label beside the top row (default: `top`).
        base_label: the label beside the baseline.
        axis: (column index, text) labels under the baseline.
    """
    known = [v for v in values if v is not None]
    top = top if top is not None else max(known, default=0)
    label = top_label if top_label is not None else f"{top:g}"
    gutter = max(len(label), len(base_label), 1) + 1
    columns = [column_cells(v, top, height) for v in values]
    spacer = " " * gap
    lines: list[Content] = []
    for row in range(height):
        left = label.rjust(gutter - 1) + " " if row == 0 else " " * gutter
        parts: list[str | tuple[str, str]] = [(left, MUTED)]
        for i, cells in enumerate(columns):
            colour = PEAK if highlight and highlight[i] else BAR
            parts.append((cells[row], colour))
            if gap and i < len(columns) - 1:
                parts.append(spacer)
        lines.append(Content.assemble(*parts))
    base = "".join(("·" if v is None else "─") + ("─" * gap if i < len(values) - 1 else "")
                   for i, v in enumerate(values))
    lines.append(Content.assemble((base_label.rjust(gutter - 1) + " ", MUTED), (base, MUTED)))
    if axis:
        step = 1 + gap
        lines.append(axis_labels([(i * step, text) for i, text in axis], len(base), indent=gutter))
    return Content("\n").join(lines)


def axis_labels(labels: Sequence[tuple[int, str]], width: int, indent: int = 0) -> Content:
    """Labels placed at column positions under a chart, skipping any that would overlap.

    Args:
        labels: (column position, text) pairs, left to right.
        width: the width of the line.
        indent: cells before column 0 (the chart's left gutter).
    """
    line = [" "] * (width + indent)
    free_from = 0
    for position, text in labels:
        start = indent + position
        if start + len(text) > len(line):
            start = len(line) - len(text)
        if start < free_from or start < 0:
            continue
        line[start:start + len(text)] = list(text)
        free_from = start + len(text) + 1
    return Content.styled("".join(line).rstrip(), MUTED)


def share_bar(parts: Sequence[tuple[int, str, str]], width: int) -> Content:
    """One bar split between parts: (count, character, colour); empty when all counts are 0."""
    total = sum(count for count, _, _ in parts)
    if total <= 0 or width <= 0:
        return Content.styled("░" * max(0, width), MUTED)
    cells: list[int] = []
    for count, _, _ in parts:
        cells.append(round(count / total * width))
    # Give rounding leftovers to the biggest part, never dropping a part that has some.
    for i, (count, _, _) in enumerate(parts):
        if count and not cells[i]:
            cells[i] = 1
    biggest = max(range(len(parts)), key=lambda i: parts[i][0])
    cells[biggest] += width - sum(cells)
    return Content.assemble(*((char * n, colour) for n, (_, char, colour) in zip(cells, parts) if n > 0))


def legend(items: Sequence[tuple[str, str, str]]) -> Content:
    """"█ passed 12  ▒ left open 3": (mark, colour, words) pairs."""
    parts: list[str | tuple[str, str]] = []
    for i, (mark, colour, words) in enumerate(items):
        if i:
            parts.append("  ")
        parts.append((mark, colour))
        parts.append(" " + words)
    return Content.assemble(*parts)
