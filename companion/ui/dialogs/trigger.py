"""What is this text trying to get? One key (1-6) or the arrows, from the delay timer."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from companion.content.timer_prompts import TRIGGER_LABEL
from companion.domain.records import Trigger
from companion.ui.panic_keys import PanicModal
from companion.ui.widgets.bars import KeyBar

TRIGGERS = [t.value for t in Trigger]
NOT_SURE = "not sure"


@dataclass(frozen=True)
class TriggerChoice:
    """The answer: a Trigger value, or None for "not sure"."""

    trigger: str | None


class TriggerDialog(PanicModal[TriggerChoice | None]):
    """Pick what the unsent text is after; dismisses with the choice, or None when left.

    Args:
        current: the trigger chosen so far (highlighted first).
    """

    CSS = """
    TriggerDialog .dialog { width: 44; }
    TriggerDialog OptionList { height: auto; max-height: 9; }
    """
    BINDINGS = [
        Binding("escape", "leave", "Back"),
        *[Binding(str(n), f"pick({n})", show=False) for n in range(1, len(TRIGGERS) + 2)],
    ]
    HELP_TITLE = "What is it trying to get?"

    def __init__(self, current: str | None = None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(f"{n} {label}", id=label) for n, label in enumerate(TRIGGERS, 1)]
        options.append(Option(f"{len(TRIGGERS) + 1} {NOT_SURE}", id=NOT_SURE))
        with Vertical(classes="dialog"):
            yield Static(TRIGGER_LABEL, classes="dialog-title")
            yield OptionList(*options, id="triggers", compact=True)
        yield KeyBar()  # this dialog's own keys, not the screen's underneath

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = TRIGGERS.index(self.current) if self.current in TRIGGERS else 0
        options.focus()

    def action_pick(self, number: int) -> None:
        """Choose by number."""
        choices = TRIGGERS + [NOT_SURE]
        self._choose(choices[number - 1])

    def action_leave(self) -> None:
        """Keep what was there."""
        self.dismiss(None)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id or NOT_SURE)

    def _choose(self, value: str) -> None:
        self.dismiss(TriggerChoice(None if value == NOT_SURE else value))
