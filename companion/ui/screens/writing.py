"""What it made possible: one sitting of the optional three-sitting writing exercise.

A prompt, a quiet line saying roughly how long is left (it changes once a minute;
nothing flashes or ticks), and a page. What is typed is kept as a draft a second
after typing stops (ui/drafts.py), so escape or a kill loses nothing; ctrl+s saves
the sitting to the journal, marked as part of the exercise.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Static, TextArea

from companion.content import writing as words
from companion.domain.writing import SITTINGS, countdown
from companion.ui.drafts import DraftKeeper
from companion.ui.session import SessionLink
from companion.ui.widgets.bars import KeyBar, TitleBar

REDRAW_SECONDS = 5.0  # how often the quiet line is worked out (it changes once a minute)


def remaining_line(seconds_elapsed: float, minutes: int = words.MINUTES) -> str:
    """The calm words for the time left in a sitting."""
    left = countdown(seconds_elapsed, minutes)
    if left.up:
        return words.TIME_UP
    if left.last_minute:
        return words.LAST_MINUTE
    return words.REMAINING.format(minutes=left.minutes_left)


class WritingScreen(Screen[None]):
    """One sitting: the prompt, the quiet countdown, the page; ctrl+s saves to the journal."""

    HELP_TITLE = "What it made possible"
    session = SessionLink()
    DEFAULT_CSS = """
    WritingScreen #writing-body { padding: 0 2; height: 1fr; }
    WritingScreen #writing-body > * { max-width: 100; }
    WritingScreen #writing-heading { text-style: bold; margin-top: 1; height: auto; }
    WritingScreen #writing-intro { color: $text-muted; height: auto; margin-bottom: 1; }
    WritingScreen #writing-prompt { height: auto; }
    WritingScreen #writing-time { color: $text-muted; text-style: italic; height: 1; margin-top: 1; }
    WritingScreen #writing-text { height: 1fr; min-height: 4; border-left: thick $primary 50%; padding-left: 1; }
    WritingScreen #writing-text:focus { border-left: thick $accent; }
    WritingScreen #writing-buttons { height: auto; margin-bottom: 1; }
    WritingScreen #writing-buttons Button { margin-right: 1; }
    """
    BINDINGS = [
        Binding("escape", "leave", "Back"),
        Binding("ctrl+s", "save", "Save to journal"),
    ]

    def __init__(self, sitting: int) -> None:
        super().__init__()
        self.sitting = max(1, min(SITTINGS, sitting))
        self._began: Any = None

    def draft_key(self) -> str:
        return f"writing-{words.EXERCISE}-{self.sitting}"

    def compose(self) -> ComposeResult:
        title, prompt = words.PROMPTS[self.sitting - 1]
        yield TitleBar()
        with Vertical(id="writing-body"):
            yield Static(f"Sitting {self.sitting} of {SITTINGS} · {title}", id="writing-heading", markup=False)
            if self.sitting == 1:
                yield Static(words.INTRO, id="writing-intro", markup=False)
            yield Static(prompt, id="writing-prompt", markup=False)
            yield Static(id="writing-time", markup=False)
            yield TextArea(id="writing-text", soft_wrap=True, compact=True, placeholder=words.PLACEHOLDER)
            with Horizontal(id="writing-buttons"):
                yield Button("Save to journal", id="writing-save", variant="primary", compact=True)
                yield Button("Back", id="writing-back", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = words.TITLE
        self._began = self.session.clock.now()
        self.redraw_time()
        self.set_interval(REDRAW_SECONDS, self.redraw_time)
        self.query_one("#writing-text", TextArea).focus()
        self.drafts = DraftKeeper(self, self.draft_key)
        self.drafts.start()  # a draft kept before comes back

    def on_screen_suspend(self) -> None:
        self.drafts.suspend()

    def on_text_area_changed(self) -> None:
        self.drafts.typing()

    def elapsed(self) -> float:
        """Seconds since this sitting began."""
        return max((self.session.clock.now() - self._began).total_seconds(), 0.0) if self._began else 0.0

    def redraw_time(self) -> None:
        """Say what is left (the same words until the minute turns: no redraw then)."""
        line = remaining_line(self.elapsed())
        shown = self.query_one("#writing-time", Static)
        if str(shown.content) != line:
            shown.update(line)

    def action_save(self) -> None:
        text = self.query_one("#writing-text", TextArea).text
        if not text.strip():
            self.app.notify(words.EMPTY, severity="warning")
            return
        if self.session.perform(lambda: self.session.repo.growth.add_writing(self.sitting, text)) is None:
            return
        self.drafts.drop()
        self.app.notify(words.SAVED.format(sitting=self.sitting)
                        + (" " + words.ALL_DONE if self.sitting == SITTINGS else ""), timeout=8)
        self.app.pop_screen()

    def action_leave(self) -> None:
        """Back: at once if nothing new was typed, else keep a draft, discard, or stay."""
        self.drafts.leave_asking(self.app.pop_screen)

    @on(Button.Pressed, "#writing-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#writing-back")
    def _back_pressed(self) -> None:
        self.action_leave()
