"""The timer's top line: whose wait it is on the left; the urge's strength and the forecast on the right.

The forecast against reality: `e`, then one key like the strength, says how strong
the urge will be in ten minutes if the person waits (EVIDENCE.md: urges are
overestimated). The digits alone keep answering "how strong?". The end step shows
the two side by side.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from companion.content import timer_prompts as words
from companion.content import urge_tools as urge_words
from companion.ui.widgets.fit import clip_at_word

TOP_WIDTH = 108  # the timer column's max-width (timer.tcss)


def forecast_text(intensity: int | None, expected: int | None, asking: bool) -> Text:
    """The right side once the strength is known (or `e` asked first): "Urge 8/10 · …"."""
    line = Text(f"Urge {intensity}/10" if intensity is not None else "", style="bold")
    if asking:
        line.append(f"{' · ' if line else ''}{urge_words.FORECAST_ASK}", style="italic")
    elif expected is None:
        line.append(f" · {urge_words.FORECAST_OFFER}", style="italic")
    else:
        line.append(f" · {urge_words.FORECAST_SET.format(expected=expected)}")
    return line


def strength_text(intensity: int | None, expected: int | None, asking: bool) -> Text:
    """The right side: a question until the strength (or the forecast) is being given."""
    if intensity is None and not asking:
        return Text(words.INTENSITY_ASK, style="italic")
    return forecast_text(intensity, expected, asking)


class TimerTop(Static):
    """One line: the title (shown as typed, never markup, shortened at a word) and the strength.

    Args:
        title: whose wait it is, in the person's words.
    """

    def __init__(self, title: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.title_words = title
        self.strength = Text(words.INTENSITY_ASK, style="italic")

    def show(self, intensity: int | None, expected: int | None, asking: bool) -> None:
        """Show the strength and forecast given so far (`asking`: `e` was pressed)."""
        self.strength = strength_text(intensity, expected, asking)
        self.update(self._line())

    def on_resize(self) -> None:
        self.update(self._line())

    def _line(self) -> Table:
        width = self.size.width or min(self.app.size.width - 2, TOP_WIDTH)  # the column's margins
        room = max(1, width - self.strength.cell_len - 2)
        line = Table.grid(expand=True)
        line.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        line.add_column(justify="right", no_wrap=True)
        # two cells are left between the title and the right-hand words
        line.add_row(Text(clip_at_word(self.title_words, room), style="bold"), self.strength)
        return line
