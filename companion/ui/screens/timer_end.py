"""The end of the delay: re-read the unsent message, say how the urge is, choose what next."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from companion.content import timer_prompts as words
from companion.content import urge_tools as urge_words
from companion.domain.forecast import side_by_side
from companion.domain.friend_view import friend_view
from companion.domain.text import hide_name
from companion.domain import timer as tm
from companion.ui.widgets.bars import KeyBar

PASSED = "passed"
MORE = "more"
CONTACT = "contact"
LEAVE = "leave"


@dataclass(frozen=True)
class EndChoice:
    """What the user chose at the end of the wait, and how strong the urge is now."""

    choice: str
    intensity_after: int | None


def _intensity_bindings() -> list[Binding]:
    first = [Binding("1", "intensity(1)", "Urge now", key_display="0-9")]
    rest = [Binding(str(n), f"intensity({n})", show=False) for n in range(2, 10)]
    return first + rest + [Binding("0", "intensity(10)", show=False)]


class TimerEndScreen(ModalScreen[EndChoice]):
    """Shown when the wait is over (or on return after it): the outcome step.

    Args:
        message: the unsent message, shown again to re-read.
        minutes_waited: how long the user held off.
        intensity_before: the strength given at the start, if any.
        discreet: neutral wording.
        intensity_after: the strength already given now (when coming back to this step).
        early: the user said it passed before the time was up.
    """

    CSS_PATH = "timer.tcss"
    HELP_TITLE = "The wait is over"
    BINDINGS = [
        *_intensity_bindings(),
        Binding("r", "choose('passed')", "It passed"),
        Binding("m", "choose('more')", "10 more min"),
        Binding("c", "choose('contact')", "Reach out"),
        Binding("escape", "choose('leave')", "Stop"),
        Binding("v", "friend_view", "Read it as a friend would", show=False),
        Binding("p", "noop", show=False),
    ]

    def __init__(self, message: str, minutes_waited: float, intensity_before: int | None,
                 discreet: bool = False, intensity_after: int | None = None,
                 early: bool = False, expected: int | None = None, ex_name: str = "") -> None:
        super().__init__()
        self.expected = expected
        self.friend_view = False
        self.message = message
        self.minutes_waited = minutes_waited
        self.intensity_before = intensity_before
        self.discreet = discreet
        self.ex_name = ex_name
        self.intensity_after = intensity_after
        self.early = early

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="timer-end"):
            yield Static(self._title(), classes="dialog-title", id="end-title")
            with VerticalScroll(id="end-message"):
                if self.message.strip():
                    yield Static(self._message_label(), classes="muted", id="end-message-label")
                    yield Static(Text(self._shown(self.message)), id="end-message-text")
                else:
                    yield Static(words.NO_MESSAGE, classes="muted")
            yield Static(Text("\n".join(f"· {q}" for q in words.REREAD_QUESTIONS)),
                         id="end-questions")
            yield Static(self._intensity_line(), id="end-intensity")
            with Horizontal(classes="dialog-buttons", id="end-buttons"):
                yield Button("It passed (r)", id="passed", variant="success", compact=True)
                yield Button("10 more min (m)", id="more", variant="primary", compact=True)
                yield Button("I'm going to reach out (c)", id="contact", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#passed", Button).focus()

    def _title(self) -> str:
        title = words.EARLY_TITLE if self.early else words.ENDED_TITLE
        return title.format(waited=tm.say_waited(self.minutes_waited))

    def _intensity_line(self) -> Text:
        line = Text(words.INTENSITY_NOW, style="bold")
        if self.intensity_after is not None:
            line.append(f"   now {self.intensity_after}/10", style="bold")
        if self.intensity_before is not None:
            line.append(f"   (it was {self.intensity_before}/10)")
        if self.expected is not None and self.intensity_after is not None:
            line.append(f"\n{side_by_side(self.expected, self.intensity_after).capitalize()}.", style="bold")
        return line

    def action_friend_view(self) -> None:
        """Show the message as a friend would read it, or as written (the original never changes)."""
        if not self.message.strip():
            return
        self.friend_view = not self.friend_view
        text = friend_view(self.message) if self.friend_view else self.message
        self.query_one("#end-message-text", Static).update(Text(self._shown(text)))
        self.query_one("#end-message-label", Static).update(
            urge_words.FRIEND_HEADING if self.friend_view else self._message_label())

    def _shown(self, text: str) -> str:
        """The message as it is read back here: in discreet mode without the ex's name,
        as History's unsent messages are (what was written is kept as it is)."""
        return hide_name(text, self.ex_name) if self.discreet else text

    def _message_label(self) -> str:
        return f"What you wrote, unsent ({urge_words.FRIEND_KEY}):"

    def action_intensity(self, value: int) -> None:
        """How strong the urge is now (one key)."""
        self.intensity_after = tm.check_intensity(value)
        self.query_one("#end-intensity", Static).update(self._intensity_line())

    def action_choose(self, choice: str) -> None:
        """Close with the choice."""
        self.dismiss(EndChoice(choice, self.intensity_after))

    def action_noop(self) -> None:
        """The timer is already open: `p` does nothing here."""

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id in (PASSED, MORE, CONTACT):
            self.action_choose(event.button.id)
