"""The delay timer's rotating support card: breathing, the user's reasons, prompts, a plan.

The card is one widget that draws its own lines: the heading, the breathing square
on the left while it breathes, and the words wrapped beside it. The square moves
once a second, and a frame goes through every widget around what changed, so the
card has no widgets inside it to go through.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

from companion.content.breathing import SIGHING_TEXT
from companion.content.timer_prompts import INSTEAD, NOT_SAFE, PROMPTS
from companion.content.urge_tools import PLAN_HEADING
from companion.domain import timer as tm
from companion.domain.breathing import pacer_phase
from companion.domain.records import Pacer
from companion.ui.session import SessionLink
from companion.ui.widgets.breathing import (AHEAD, BLANK, BOX_HEIGHT, BOX_WIDTH, DONE, LABEL, Run,
                                             box_lines, look)
from companion.ui.widgets.if_then_card import PLAN_CARD, IfThenCard
from companion.ui.widgets.looks import PartLooks

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
PACER_GAP = 2  # columns between the square and the words beside it
HEADING = "heading"


class SupportCard(Widget):
    """Shows one kind of support at a time and moves on every ~30 seconds.

    The card on show follows the timer's elapsed time (so a fixed clock keeps it
    still); `next_card()` skips ahead. While it breathes, the square traces one
    step a second with the count; only its changed rows are redrawn.

    Args:
        elapsed: seconds since the timer started.
        reasons: the user's own reasons (from onboarding).
        plans: today's planned activities, said as short lines.
        seed: fixes the order of prompts for this timer.
    """

    session = SessionLink()

    DEFAULT_CSS = """
    SupportCard {
        height: auto;
        min-height: 7;
        border: round $primary 60%;
        padding: 0 1;
    }
    SupportCard > .support--heading { color: $primary; text-style: bold; }
    SupportCard > .pacer--done { color: $accent; text-style: bold; }
    SupportCard > .pacer--ahead { color: $text-muted; }
    SupportCard > .pacer--label { color: $text; text-style: bold; }
    """
    COMPONENT_CLASSES = {"support--heading", "pacer--done", "pacer--ahead", "pacer--label"}

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
        self.heading = ""
        self.text = ""
        self._skipped = 0
        self._shown_at = 0
        self._square: list[list[Run]] = []  # the breathing square's lines, while it breathes
        self._square_look: tuple[int, int, int] | None = None
        self.pacer = Pacer.BOX.value  # the user's choice is read when the card mounts
        self.if_then: IfThenCard | None = None  # their if-then plans: the first card, if any
        self._wrapped: tuple[str, int, list[list[Segment]]] | None = None
        self._looks = PartLooks(self, {HEADING: "support--heading", DONE: "pacer--done",
                                       AHEAD: "pacer--ahead", LABEL: "pacer--label"})

    def on_mount(self) -> None:
        snapshot = self.session.snapshot
        self.pacer = snapshot.settings.pacer
        self.if_then = IfThenCard.from_snapshot(snapshot)
        self.sync()

    @property
    def breathing(self) -> bool:
        """Whether the breathing square is on show."""
        return self.kind == tm.BREATHING

    def _breathed(self) -> int:
        """Whole seconds of breathing: the square moves with the countdown's seconds."""
        return math.floor(self._elapsed()) - self._shown_at

    def sync(self) -> None:
        """Show the card that is due now, and move the square (called every second by the timer)."""
        slot = tm.support_slot(self._elapsed()) + self._skipped
        if slot != self.slot:
            self.show_slot(slot)
        elif self.breathing:
            self._move_square()
        elif self.kind == PLAN_CARD and self.if_then and self.if_then.text(self.screen) != self.text:
            self.text = self.if_then.text(self.screen)  # a trigger was chosen: its plan first
            self.refresh(layout=True)

    def next_card(self) -> None:
        """Skip to the next card now."""
        self._skipped += 1
        self.sync()

    def show_slot(self, slot: int) -> None:
        """Put up the card for `slot`."""
        self.slot = slot
        self._shown_at = math.floor(self._elapsed())
        if self.if_then and slot == 0:  # the person's own plan comes first
            self.kind, self.heading, self.text = PLAN_CARD, PLAN_HEADING, self.if_then.text(self.screen)
            self._square, self._square_look = [], None
            self.refresh(layout=True)
            return
        slot -= 1 if self.if_then else 0
        self.kind = tm.card_kind(slot, bool(self.reasons))
        self.heading = HEADINGS[self.kind]
        self.text = self.text_for(slot)
        self._square, self._square_look = [], None
        if self.breathing:
            self._move_square()
        self.refresh(layout=True)  # the words may take more or fewer lines

    def text_for(self, slot: int) -> str:
        """The words of the card in `slot`."""
        round_ = slot // len(tm.CARD_CYCLE)
        if self.kind == tm.BREATHING:
            return SIGHING_TEXT if self.pacer == Pacer.CYCLIC.value else BREATHING_TEXT
        if self.kind == tm.REASON:
            return f"“{self.reasons[round_ % len(self.reasons)]}”"
        if self.kind == tm.INSTEAD:
            if self.plans and round_ % 2 == 0:
                plan = self.plans[(round_ // 2) % len(self.plans)]
                return f"On your plan today: {plan}. Could you start on it now, even a little?"
            return tm.pick(list(INSTEAD), round_, self.seed)
        return tm.pick(list(PROMPTS), slot, self.seed)

    # The square --------------------------------------------------------------

    def square_plain(self) -> str:
        """What the square shows now, as plain lines ("" when it is not on show)."""
        return "\n".join("".join(text for text, _ in line) for line in self._square)

    @property
    def square_region(self) -> Region:
        """Where the square is on the screen."""
        content = self.content_region
        return Region(content.x, content.y + 1, BOX_WIDTH, BOX_HEIGHT)

    def _move_square(self) -> None:
        """Trace the square up to now; redraw only the rows that changed."""
        phase = pacer_phase(self.pacer, self._breathed())
        seen = look(phase, self.pacer)
        if seen == self._square_look:
            return
        old, new = self._square, box_lines(phase, pacer=self.pacer)
        self._square, self._square_look = new, seen
        if len(old) != len(new):
            self.refresh()
            return
        for y, (before, now) in enumerate(zip(old, new)):
            if before != now:
                self.refresh(Region(0, 1 + y, BOX_WIDTH, 1))

    # Drawing -----------------------------------------------------------------

    def _words_width(self, width: int) -> int:
        return max(1, width - BOX_WIDTH - PACER_GAP) if self.breathing else max(1, width)

    def _words(self, width: int) -> list[list[Segment]]:
        """The card's words wrapped to `width`, as lines of segments (kept until they change)."""
        if self._wrapped is None or self._wrapped[:2] != (self.text, width):
            console = self.app.console
            base = self._looks[BLANK]
            rendered = [list(Segment.apply_style(line.render(console), base))
                        for line in Text(self.text).wrap(console, width)]
            if not self.breathing:  # under the words, where the square would be: where to turn
                muted = self._looks[AHEAD]
                rendered.append([])
                rendered.extend(list(Segment.apply_style(line.render(console), muted))
                                for line in Text(NOT_SAFE).wrap(console, width))
            self._wrapped = (self.text, width, rendered)
        return self._wrapped[2]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        words = len(self._words(self._words_width(width))) if self.text else 0
        return 1 + max(BOX_HEIGHT if self.breathing else 0, words)

    def notify_style_update(self) -> None:
        self._looks.forget()
        self._wrapped = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self._looks[BLANK]
        if y == 0:
            return Strip([Segment(self.heading, self._looks[HEADING])]).adjust_cell_length(width, base)
        row = y - 1
        segments: list[Segment] = []
        if self.breathing:
            runs = self._square[row] if row < len(self._square) else [(" " * BOX_WIDTH, BLANK)]
            segments.extend(Segment(text, self._looks[kind]) for text, kind in runs)
            segments.append(Segment(" " * PACER_GAP, base))
        words = self._words(self._words_width(width)) if self.text else []
        if row < len(words):
            segments.extend(words[row])
        return Strip(segments).adjust_cell_length(width, base)
