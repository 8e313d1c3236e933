"""The week's balance: activities per category, a gentle nudge, and how last week went."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from companion.content.suggestions import nudge
from companion.domain.records import Category
from companion.domain.week_plan import Balance
from companion.ui.widgets.week_grid import CATEGORY_COLOUR, category_mark

BAR_CELLS = 6


def counts_line(balance: Balance, wide: bool) -> Content:
    """"♥ people 2  ◆ body 1 …" (with small bars when there is room)."""
    parts: list[Content | str] = []
    for category in Category:
        count = balance.counts.get(category.value, 0)
        colour = CATEGORY_COLOUR.get(category.value, "$foreground")
        name_style = colour if count else "$text-muted"
        parts.append(category_mark(category.value))
        parts.append(Content.from_markup(f" [{name_style}]$name[/] ", name=category.value))
        if wide:
            bar = "█" * min(count, BAR_CELLS) + "·" * max(0, BAR_CELLS - count)
            parts.append(Content.from_markup(f"[{colour}]$bar[/] ", bar=bar))
        parts.append(Content.from_markup("[b]$n[/]" if count else "[$text-muted]$n[/]", n=str(count)))
        parts.append("   " if wide else "  ")
    return Content.assemble(*parts)


class BalanceMeter(Vertical):
    """Three lines under the week: counts, nudge, completion."""

    def compose(self) -> ComposeResult:
        yield Static(id="balance-counts")
        yield Static(id="balance-nudge", classes="hint")
        yield Static(id="balance-rates", classes="muted")

    _shown: tuple[Balance, str, str, str, str] | None = None

    def on_resize(self) -> None:
        if self._shown:
            self.show(*self._shown)

    def show(self, balance: Balance, this_week: str, last_week: str, last_label: str,
             this_label: str = "This week") -> None:
        """Update all three lines."""
        self._shown = (balance, this_week, last_week, last_label, this_label)
        wide = self.size.width >= 100
        self.query_one("#balance-counts", Static).update(counts_line(balance, wide))
        self.query_one("#balance-nudge", Static).update(
            Content(nudge(balance.missing, balance.planned)))
        self.query_one("#balance-rates", Static).update(
            Content(f"{this_label}: {this_week} · {last_label}: {last_week}"))
