"""The last gentle pause before reaching out: their own reason once more, and one
person they could call instead. Then the choice is theirs."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from companion.content import panic as words
from companion.domain import timer as tm
from companion.domain.text import hide_name
from companion.store.snapshot import Snapshot
from companion.ui.widgets.bars import KeyBar

WAIT = "wait"
GO_ON = "go_on"


def pause_lines(snapshot: Snapshot, seed: str) -> tuple[str, str]:
    """(their reason, or a general line; someone to call, or a general line)."""
    profile = snapshot.profile
    reasons = [r for r in (profile.reasons if profile else []) if r.strip()]
    person = profile.support_person.strip() if profile else ""
    if snapshot.settings.discreet and profile:
        reasons = [hide_name(r, profile.ex_name) for r in reasons]
    reason = (f"{words.PAUSE_REASON_INTRO}\n“{tm.pick(reasons, 0, seed)}”" if reasons
              else words.PAUSE_NO_REASON)
    call = words.PAUSE_PERSON.format(person=person) if person else words.PAUSE_NO_PERSON
    return reason, call


class LastPause(ModalScreen[str | None]):
    """Dismisses with WAIT (ten more minutes), GO_ON (the slip flow) or None (back)."""

    CSS_PATH = "timer.tcss"
    HELP_TITLE = "Before you reach out"
    BINDINGS = [
        Binding("m", f"choose('{WAIT}')", "10 more min"),
        Binding("c", f"choose('{GO_ON}')", "Reach out"),
        Binding("escape", "choose(None)", "Back"),
    ]

    def __init__(self, snapshot: Snapshot, seed: str) -> None:
        super().__init__()
        self.reason, self.call = pause_lines(snapshot, seed)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="last-pause"):
            yield Static(words.PAUSE_TITLE, classes="dialog-title")
            yield Static(Text(self.reason), id="pause-reason")
            yield Static(Text(self.call), id="pause-call")
            yield Static(words.PAUSE_STILL, classes="muted")
            with Horizontal(classes="dialog-buttons"):
                yield Button(words.PAUSE_WAIT, id=WAIT, variant="primary", compact=True)
                yield Button(words.PAUSE_GO_ON, id=GO_ON, compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(f"#{WAIT}", Button).focus()

    def action_choose(self, choice: str | None) -> None:
        """Close with the choice (None: back to the outcome step)."""
        self.dismiss(choice)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id)
