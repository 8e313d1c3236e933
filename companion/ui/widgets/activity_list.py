"""Today's planned activities, tickable with space or enter."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from companion.domain.planning import Occurrence

CATEGORY_MARK = {"people": "♥", "body": "◆", "work": "■", "challenge": "▲", "joy": "✿"}


def occurrence_label(occurrence: Occurrence) -> Text:
    """"[x] 18:00 Run 5k · body"."""
    activity = occurrence.activity
    box = "[x]" if occurrence.done else "[ ]"
    text = Text()
    text.append(box + " ", style="bold" if occurrence.done else "")
    if activity.at:
        text.append(activity.at + " ")
    text.append(activity.title, style="strike dim" if occurrence.done else "")
    text.append(f" · {CATEGORY_MARK.get(activity.category, '')} {activity.category}", style="dim")
    return text


class ActivityList(OptionList):
    """A list of occurrences; space/enter asks to toggle the highlighted one."""

    BINDINGS = [Binding("space", "toggle", "Tick", show=False)]

    class Toggled(Message):
        """The user asked to tick or untick an occurrence."""

        def __init__(self, occurrence: Occurrence) -> None:
            super().__init__()
            self.occurrence = occurrence

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.occurrences: list[Occurrence] = []

    def show(self, occurrences: list[Occurrence]) -> None:
        """Replace the list, keeping the highlighted row where it was."""
        keep = self.highlighted
        self.occurrences = occurrences
        self.clear_options()
        self.add_options(Option(occurrence_label(o), id=f"{o.activity.id}:{o.on}") for o in occurrences)
        if occurrences:
            self.highlighted = min(keep or 0, len(occurrences) - 1)

    def action_toggle(self) -> None:
        """Tick or untick the highlighted occurrence."""
        if self.highlighted is not None and self.occurrences:
            self.post_message(self.Toggled(self.occurrences[self.highlighted]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_toggle()
