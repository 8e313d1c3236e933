"""The delay timer's rotating support card: breathing, the user's reasons, prompts, a plan."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from companion.content.timer_prompts import INSTEAD, PROMPTS
from companion.domain import timer as tm
from companion.ui.widgets.breathing import BreathingPacer

HEADINGS = {
    tm.BREATHING: "Breathe with the square",
    tm.REASON: "Your reason, in your words",
    tm.PROMPT: "While you wait",
    tm.INSTEAD: "Something to do instead",
}
BREATHING_TEXT = (
    "Box breathing: in for 4, hold for 4, out for 4, hold for 4. "
    "Follow the line around the square."
)


class SupportCard(Vertical):
    """Shows one kind of support at a time and moves on every ~30 seconds.

    The card on show follows the timer's elapsed time (so a fixed clock keeps it
    still); `next_card()` skips ahead.

    Args:
        elapsed: seconds since the timer started.
        reasons: the user's own reasons (from onboarding).
        plans: today's planned activities, said as short lines.
        seed: fixes the order of prompts for this timer.
    """

    DEFAULT_CSS = """
    SupportCard {
        height: auto;
        min-height: 7;
        border: round $primary 60%;
        padding: 0 1;
    }
    SupportCard #support-heading { color: $primary; text-style: bold; }
    SupportCard Horizontal { height: auto; }
    SupportCard #support-text { width: 1fr; padding: 0 0 0 0; }
    SupportCard BreathingPacer { margin: 0 2 0 0; }
    """

    def __init__(self, elapsed: Callable[[], float], reasons: Sequence[str],
                 plans: Sequence[str], seed: str, *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._elapsed = elapsed
        self.reasons = [r for r in reasons if r.strip()]
        self.plans = list(plans)
        self.seed = seed
        self.slot = -1
        self.kind = ""
        self._skipped = 0
        self._shown_at = 0
        self._pacer: BreathingPacer
        self._heading: Static
        self._text: Static

    def compose(self) -> ComposeResult:
        yield Static(id="support-heading")
        with Horizontal():
            yield BreathingPacer(self._breathed, id="pacer")
            yield Static(id="support-text")

    def on_mount(self) -> None:
        self._pacer = self.query_one(BreathingPacer)
        self._heading = self.query_one("#support-heading", Static)
        self._text = self.query_one("#support-text", Static)
        self.sync()

    def _breathed(self) -> int:
        """Whole seconds of breathing: the square moves with the countdown's seconds."""
        return math.floor(self._elapsed()) - self._shown_at

    def sync(self) -> None:
        """Show the card that is due now, and move the pacer (called every second by the timer)."""
        slot = tm.support_slot(self._elapsed()) + self._skipped
        if slot != self.slot:
            self.show_slot(slot)
        elif self.kind == tm.BREATHING:
            self._pacer.sync()

    def next_card(self) -> None:
        """Skip to the next card now."""
        self._skipped += 1
        self.sync()

    def show_slot(self, slot: int) -> None:
        """Put up the card for `slot`."""
        self.slot = slot
        self.kind = tm.card_kind(slot, bool(self.reasons))
        self._shown_at = math.floor(self._elapsed())
        self._heading.update(HEADINGS[self.kind])
        self._text.update(Text(self.text_for(slot)))
        if self.kind == tm.BREATHING:
            self._pacer.start()
        else:
            self._pacer.stop()

    def text_for(self, slot: int) -> str:
        """The words of the card in `slot`."""
        round_ = slot // len(tm.CARD_CYCLE)
        if self.kind == tm.BREATHING:
            return BREATHING_TEXT
        if self.kind == tm.REASON:
            return f"“{self.reasons[round_ % len(self.reasons)]}”"
        if self.kind == tm.INSTEAD:
            if self.plans and round_ % 2 == 0:
                plan = self.plans[(round_ // 2) % len(self.plans)]
                return f"On your plan today: {plan}. Could you start on it now, even a little?"
            return tm.pick(list(INSTEAD), round_, self.seed)
        return tm.pick(list(PROMPTS), slot, self.seed)
