"""The timer's countdown face and its progress bar, drawn line by line.

Both change once a second at most and are redrawn only when a visible cell changes.
They are light stand-ins for Textual's Digits and ProgressBar with the same look:
no Rich rendering on each update, no layout pass, no timers of their own
(ProgressBar re-estimates its ETA every second, and its Bar is a widget more).
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.renderables.digits import Digits as DigitGlyphs
from textual.strip import Strip
from textual.widget import Widget

BAR, HALF_RIGHT, HALF_LEFT = "━", "╸", "╺"


def digit_rows(value: str, bold: bool) -> tuple[str, str, str]:
    """The three rows of `value` in Textual's 3x3 digit font (the Digits widget's look)."""
    rows = "".join(segment.text for segment in DigitGlyphs(value).render(Style(bold=bold)))
    top, middle, bottom = rows.split("\n")[:3]
    return top, middle, bottom


def _halves(fraction: float, width: int) -> int:
    return int(min(1.0, max(0.0, fraction)) * width * 2)


def bar_runs(fraction: float, width: int) -> tuple[str, str]:
    """The bar as (done, still to come) text, in whole half cells done.

    The same characters as Textual's bar: thick line done, a half line where it
    stops, the rest a line in the background colour.
    """
    halves = _halves(fraction, width)
    whole, half = divmod(halves, 2)
    if halves == 0:
        return "", BAR * width
    done = BAR * whole + (HALF_RIGHT if half else "")
    rest = width - whole - half
    if rest <= 0:
        return done, ""
    return done, (BAR * rest if half else HALF_LEFT + BAR * (rest - 1))


class BigCountdown(Widget):
    """The time left in large digits, centred on its line.

    Args:
        value: what to show, e.g. "15:00".
    """

    DEFAULT_CSS = """
    BigCountdown {
        width: 1fr;
        height: 3;
    }
    """

    def __init__(self, value: str = "", *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._value = value
        self._rows: tuple[str, str, str] | None = None
        self._rows_bold = False
        self._look: tuple[Style, Style, int] = (Style(), Style(), 0)

    @property
    def value(self) -> str:
        """The time on show."""
        return self._value

    def update(self, value: str) -> None:
        """Show `value`; only the cells of the digits are redrawn, and only if it differs."""
        if value == self._value:
            return
        width = self.size.width
        old, new = DigitGlyphs.get_width(self._value), DigitGlyphs.get_width(value)
        self._value = value
        self._rows = None
        wide = min(width, max(old, new))
        self.refresh(Region((width - wide) // 2, 0, wide, 3))

    def render_lines(self, crop: Region) -> list[Strip]:
        # What every line needs, worked out once a frame rather than once a line.
        style = self.rich_style
        self._look = (style, Style(bgcolor=style.bgcolor), self.size.width)
        if self._rows is None or self._rows_bold != bool(style.bold):
            self._rows_bold = bool(style.bold)
            self._rows = digit_rows(self._value, self._rows_bold)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        style, blank, width = self._look
        row = (self._rows[y] if self._rows and y < 3 else "")[:width]
        left = (width - len(row)) // 2
        segments = [Segment(" " * left, blank), Segment(row, style),
                    Segment(" " * (width - left - len(row)), blank)]
        return Strip(segments, width)


class WaitBar(Widget):
    """A one-line progress bar that redraws only when it moves by half a cell.

    Args:
        fraction: how much is done, 0.0 to 1.0.
    """

    DEFAULT_CSS = """
    WaitBar {
        width: 1fr;
        height: 1;
    }
    WaitBar > .bar--bar { color: $primary; background: $surface; }
    WaitBar > .bar--complete { color: $success; background: $surface; }
    """
    COMPONENT_CLASSES = {"bar--bar", "bar--complete"}

    def __init__(self, fraction: float = 0.0, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._fraction = fraction
        self._drawn: tuple[int, int] | None = None

    @property
    def percentage(self) -> float:
        """How much is done, 0.0 to 1.0 (as Textual's ProgressBar says it)."""
        return self._fraction

    def update(self, fraction: float) -> None:
        """Set how much is done; redrawn only if that shows."""
        self._fraction = fraction
        width = self.size.width
        if self._drawn != (_halves(fraction, width), width):
            self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        self._drawn = (_halves(self._fraction, width), width)
        base = self.rich_style
        if y:
            return Strip.blank(width, base)
        look = self.get_component_rich_style("bar--bar" if self._fraction < 1 else "bar--complete")
        done, rest = bar_runs(self._fraction, width)
        segments = []
        if done:
            segments.append(Segment(done, base + Style.from_color(look.color)))
        if rest:
            segments.append(Segment(rest, base + Style.from_color(look.bgcolor)))
        return Strip(segments, width)
