"""The timer's face: the time left in large digits, a line under them, and the progress bar.

One widget drawn line by line. Everything on it changes once a second at most and
only the cells that changed are redrawn: no Rich rendering on each update, no layout
pass, no timers of its own (Textual's ProgressBar re-estimates its ETA every second,
and Digits, a Static and a ProgressBar are three widgets more for every frame to go
through). It keeps the look of Textual's Digits and ProgressBar.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.renderables.digits import Digits as DigitGlyphs
from textual.strip import Strip
from textual.widget import Widget

from companion.ui.widgets.looks import PartLooks

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


DIGITS_ROWS = 3
NOTE_ROW = 3
BAR_ROW = 4


class CountdownFace(Widget):
    """The time left, centred in large digits; a note under it; the bar under that.

    Args:
        value: the time to show, e.g. "15:00".
    """

    DEFAULT_CSS = """
    CountdownFace {
        width: 1fr;
        height: 5;
    }
    CountdownFace > .face--digits { color: $accent; text-style: bold; }
    CountdownFace > .face--note { color: $text-muted; }
    CountdownFace > .face--bar { color: $primary; background: $surface; }
    CountdownFace > .face--bar-complete { color: $success; background: $surface; }
    """
    COMPONENT_CLASSES = {"face--digits", "face--note", "face--bar", "face--bar-complete"}

    def __init__(self, value: str = "", *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._value = value
        self._note = ""
        self._fraction = 0.0
        self._rows: tuple[str, str, str] | None = None
        self._drawn_bar: tuple[int, int] | None = None
        self._looks = PartLooks(self, {part: f"face--{part}" for part in ("digits", "note", "bar", "bar-complete")})

    @property
    def value(self) -> str:
        """The time on show."""
        return self._value

    @property
    def note(self) -> str:
        """The line under the digits."""
        return self._note

    @property
    def percentage(self) -> float:
        """How much of the wait is done, 0.0 to 1.0 (as Textual's ProgressBar says it)."""
        return self._fraction

    def update(self, value: str) -> None:
        """Show `value`; only the cells of the digits are redrawn, and only if it differs."""
        if value == self._value:
            return
        width = self.size.width
        old, new = DigitGlyphs.get_width(self._value), DigitGlyphs.get_width(value)
        self._value = value
        self._rows = None
        wide = min(width, max(old, new))
        self.refresh(Region((width - wide) // 2, 0, wide, DIGITS_ROWS))

    def set_note(self, note: str) -> None:
        """Put `note` under the digits (redrawn only if it differs)."""
        if note != self._note:
            self._note = note
            self.refresh(Region(0, NOTE_ROW, self.size.width, 1))

    def set_fraction(self, fraction: float) -> None:
        """Set how much is done; the bar is redrawn only if that shows (half a cell)."""
        self._fraction = fraction
        width = self.size.width
        if self._drawn_bar != (_halves(fraction, width), width):
            self.refresh(Region(0, BAR_ROW, width, 1))

    def notify_style_update(self) -> None:
        self._looks.forget()
        self._rows = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self._looks[""]
        if y < DIGITS_ROWS:
            style = self._looks["digits"]
            if self._rows is None:
                self._rows = digit_rows(self._value, bool(style.bold))
            return _centred(self._rows[y][:width], style, width, base)
        if y == NOTE_ROW:
            note = self._note if len(self._note) <= width else self._note[:max(0, width - 1)] + "…"
            return _centred(note, self._looks["note"], width, base)
        if y == BAR_ROW:
            self._drawn_bar = (_halves(self._fraction, width), width)
            look = self._looks["bar" if self._fraction < 1 else "bar-complete"]
            done, rest = bar_runs(self._fraction, width)
            segments = []
            if done:
                segments.append(Segment(done, base + Style.from_color(look.color)))
            if rest:
                segments.append(Segment(rest, base + Style.from_color(look.bgcolor)))
            return Strip(segments, width)
        return Strip.blank(width, base)


def _centred(text: str, style: Style, width: int, blank: Style) -> Strip:
    left = (width - len(text)) // 2
    return Strip([Segment(" " * left, blank), Segment(text, style),
                  Segment(" " * (width - left - len(text)), blank)], width)
