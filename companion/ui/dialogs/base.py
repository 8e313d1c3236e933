"""What every logging dialog shares: the frame, escape to leave, and the "when" field."""

from __future__ import annotations

from typing import Any, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Static

from companion.clock import Instant, in_zone
from companion.domain.text import clean
from companion.domain.when import WhenError, parse_when, say_date
from companion.ui.drafts import DraftKeeper
from companion.ui.panic_keys import PanicModal
from companion.ui.session import session_of
from companion.ui.widgets.bars import KeyBar
from companion.ui.widgets.text_input import TextInput

T = TypeVar("T")


class Dialog(PanicModal[T]):
    """A modal with a title, a body and Save/Cancel; escape cancels, ctrl+s saves.

    A dialog with a DRAFT_KEY keeps what is typed as a draft (see ui/drafts.py):
    escape with unsaved text asks first, and saving drops the draft.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Back"),
        Binding("ctrl+s", "save", "Save"),
    ]
    TITLE_TEXT = ""
    SAVE_LABEL = "Save"
    DRAFT_KEY: str | None = None

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.drafts = DraftKeeper(self, self.draft_key)

    def draft_key(self) -> str | None:
        """Where this dialog's draft is kept (one draft per key; None keeps none)."""
        return self.DRAFT_KEY

    def on_mount(self) -> None:
        """Bring back a kept draft (Textual runs this after the dialog's own on_mount)."""
        self.drafts.start()

    def on_screen_suspend(self) -> None:
        self.drafts.suspend()

    def on_input_changed(self) -> None:
        self.drafts.typing()

    def on_text_area_changed(self) -> None:
        self.drafts.typing()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.TITLE_TEXT, classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield from self.compose_body()
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel", compact=True)
                yield Button(self.SAVE_LABEL, id="save", variant="primary", compact=True)
        yield KeyBar()  # this dialog's own keys (ctrl+s, esc), not the screen's underneath

    def compose_body(self) -> ComposeResult:
        """The fields; subclasses yield their widgets."""
        yield from ()

    def action_cancel(self) -> None:
        self.drafts.leave_asking(lambda: self.dismiss(None))

    def dismiss(self, result: Any = None) -> Any:
        """Close; a result (something was saved) means the draft is done with."""
        if result is not None:
            self.drafts.drop()
        return super().dismiss(result)

    def action_save(self) -> None:
        """Subclasses validate, write through the session (`session.perform`), then dismiss."""

    @on(Input.Submitted)
    def _enter_saves(self, event: Input.Submitted) -> None:
        """Enter in a one-line field saves, as ctrl+s does."""
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    def when_value(self) -> tuple[Instant | None, bool] | None:
        """The dialog's "when" as (instant, date only); None (with a notice) if it is not valid."""
        try:
            return self.query_one(WhenField).value()
        except WhenError as error:
            self.app.notify(str(error), severity="warning")
            return None

    def note_text(self, widget_id: str = "#note") -> str:
        """The cleaned note, with a notice when it was shortened."""
        cleaned = clean(self.query_one(widget_id, Input).value)
        if cleaned.truncated:
            self.app.notify("The note was long and was shortened.", severity="warning")
        return cleaned.text


class WhenField(Vertical):
    """"When?" with the parsed moment said back (now, 22:30, yesterday, 3 days ago…)."""

    DEFAULT_CSS = """
    WhenField { height: auto; }
    WhenField Horizontal { height: auto; }
    WhenField Input { width: 24; }
    WhenField .when-echo { width: 1fr; padding: 0 0 0 1; color: $text-muted; }
    WhenField .when-echo.-invalid { color: $error; }
    """

    PLACEHOLDER = "now"  # what a blank field means; the field shows it
    HINT = "or 22:30, yesterday…"  # beside a blank field: other ways to say when

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Static("When", classes="field-label")
            yield TextInput(placeholder=self.PLACEHOLDER, id="when", compact=True,
                            tooltip="now, 22:30, yesterday, 3 days ago, 2026-11-20")
            yield Static(self.HINT, classes="when-echo")

    @on(Input.Changed, "#when")
    def _echo(self) -> None:
        echo = self.query_one(".when-echo", Static)
        try:
            instant, date_only = self.value()
        except WhenError as error:
            echo.update(str(error))
            echo.add_class("-invalid")
            return
        echo.remove_class("-invalid")
        if instant is None:
            typed = self.query_one("#when", Input).value.strip()
            echo.update("now" if typed else self.HINT)
            return
        clock = session_of(self).clock
        day = say_date(clock.date_of(instant), clock.today())
        echo.update(day if date_only else f"{day}, {in_zone(instant, clock.zone).strftime('%H:%M')}")

    def value(self) -> tuple[Instant | None, bool]:
        """(instant, date only) — (None, False) means now. Raises WhenError."""
        text = self.query_one("#when", Input).value.strip()
        if not text or text.lower() == "now":
            return None, False
        when = parse_when(text, session_of(self).clock)
        return when.instant, when.date_only
