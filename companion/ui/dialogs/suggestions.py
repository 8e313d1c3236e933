"""Ideas per category; enter plans the chosen one on the selected day in one step."""

from __future__ import annotations

from datetime import date

from rich.text import Text

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static, Tab, Tabs
from textual.widgets.option_list import Option

from companion.content.suggestions import CATEGORY_HINTS, IDEAS
from companion.domain.records import Category
from companion.ui.panic_keys import PanicModal
from companion.ui.widgets.activity_list import CATEGORY_MARK
from companion.ui.widgets.bars import KeyBar


class SuggestionsDialog(PanicModal[tuple[str, str] | None]):
    """Pick an idea; dismisses with (title, category), or None.

    Args:
        day: the day it will be planned on (said in the title).
        category: the category to open on (e.g. the first one the week lacks).
    """

    DEFAULT_CSS = """
    SuggestionsDialog .dialog { width: 66; height: auto; max-height: 100%; }
    SuggestionsDialog Tabs { height: 2; }
    SuggestionsDialog OptionList, SuggestionsDialog OptionList:focus {
        height: auto; max-height: 14; border: none; padding: 0; background: $surface;
    }
    SuggestionsDialog #ideas-hint { margin-top: 1; }
    """
    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("left", "category(-1)", "Previous kind", key_display="←"),
        Binding("right", "category(1)", "Next kind", key_display="→"),
    ] + [Binding(str(n + 1), f"kind({n})", f"{c.value.capitalize()} ideas", show=False)
         for n, c in enumerate(Category)]
    HELP_TITLE = "Ideas"

    def __init__(self, day: date, category: str = Category.PEOPLE.value, window_hint: str | None = None) -> None:
        super().__init__()
        self.day = day
        self.category = category
        self.window_hint = window_hint  # the hardest hours of the day, as a time to fill

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Ideas for {self.day:%A} {self.day.day} {self.day:%b}", classes="dialog-title")
            yield Tabs(*[Tab(f"{CATEGORY_MARK[c.value]} {c.value}", id=f"tab-{c.value}") for c in Category],
                       active=f"tab-{self.category}")
            yield Static(CATEGORY_HINTS[self.category], classes="muted", id="ideas-about")
            if self.window_hint:
                yield Static(Text(self.window_hint), classes="muted", id="ideas-window")
            yield OptionList(id="ideas")
            yield Static("enter adds it · ←/→ another kind · esc closes", classes="hint", id="ideas-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        ideas = self.query_one(OptionList)
        ideas.clear_options()
        ideas.add_options(Option(text, id=str(i)) for i, text in enumerate(IDEAS[self.category]))
        ideas.highlighted = 0
        self.query_one("#ideas-about", Static).update(CATEGORY_HINTS[self.category])

    @on(Tabs.TabActivated)
    def _tab(self, event: Tabs.TabActivated) -> None:
        if event.tab.id:
            self.category = event.tab.id.removeprefix("tab-")
            self._fill()
            self.query_one(OptionList).focus()

    def action_category(self, step: int) -> None:
        """Show the previous or next category's ideas."""
        tabs = self.query_one(Tabs)
        tabs.action_next_tab() if step > 0 else tabs.action_previous_tab()

    def action_kind(self, number: int) -> None:
        """1-5 jump to a category (people, body, work, challenge, joy)."""
        self.query_one(Tabs).active = f"tab-{list(Category)[number].value}"

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss((IDEAS[self.category][event.option_index], self.category))

    def action_close(self) -> None:
        """Leave without adding."""
        self.dismiss(None)
