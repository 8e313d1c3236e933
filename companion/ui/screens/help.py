"""The `?` help screen: every key of the screen underneath and of the app."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from companion.ui.panic_keys import PanicModal
from companion.content.timer_prompts import NOT_SAFE
from companion.content.vocabulary import say, shown
from companion.ui.session import discreet_for
from companion.ui.widgets.bars import KeyBar


def _bindings_of(node: Any, discreet: bool) -> list[tuple[str, str]]:
    rows = []
    for binding in getattr(node, "BINDINGS", []):
        if isinstance(binding, tuple):
            binding = Binding(*binding)
        if not binding.description:
            continue
        key = binding.key_display or binding.key.split(",")[0]
        key = {"question_mark": "?", "escape": "esc", "left_square_bracket": "[",
               "right_square_bracket": "]", "plus": "+", "space": "space"}.get(key, key)
        rows.append((key, shown(binding.description, discreet) + (f" ({binding.tooltip})" if binding.tooltip else "")))
    return rows


class HelpScreen(PanicModal[None]):
    """Lists the keys of the screen it was opened from, then the app-wide keys."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", key_display="esc")]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.under = under
        self.rows: list[tuple[str, str]] = []

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        title = getattr(self.under, "HELP_TITLE", None) or type(self.under).__name__.replace("Screen", "")
        table.add_row(Text(title, style="bold underline"), "")
        discreet = discreet_for(self)
        for key, description in _bindings_of(self.under, discreet):
            table.add_row(key, description)
            self.rows.append((key, description))
        table.add_row("", "")
        table.add_row(Text("Everywhere", style="bold underline"), "")
        for key, description in _bindings_of(self.app, discreet):
            table.add_row(key, description)
            self.rows.append((key, description))
        table.add_row("ctrl+p", "Command palette: every action by name")
        table.add_row("esc", "Back / close")
        with VerticalScroll(classes="dialog", id="help-body"):
            yield Static("Keys", classes="dialog-title")
            yield Static(say("help.about", discreet), classes="muted")
            yield Static(NOT_SAFE, id="help-not-safe")
            yield Static(table)
        yield KeyBar()
