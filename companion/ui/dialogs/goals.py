"""Growth goals at a glance: each with how it is going; add, mark done or drop."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from companion.domain.goals import MAX_ACTIVE, GoalProgress
from companion.store.growth_ops import goals_progress
from companion.store.repository import Snapshot
from companion.ui.session import SessionLink
from companion.ui.widgets.bars import KeyBar


def goal_lines(item: GoalProgress) -> Text:
    """One goal as two lines: its title and kind, then its progress (all plain text)."""
    goal = item.goal
    line = Text(goal.title, style="bold" if goal.status == "active" else "dim")
    line.append(f"  {goal.category}", style="dim")
    if goal.status != "active":
        line.append(f" · {goal.status}", style="dim")
    line.append(f"\n  this week {item.done_this_week}/{item.planned_this_week} · "
                f"in all {item.done_total}/{item.planned_total}", style="dim")
    if item.quiet:
        line.append(" · quiet: nothing planned for two weeks", style="italic")
    return line


class GoalsDialog(ModalScreen[None]):
    """The goals; a adds, d marks the highlighted one done, x drops it, escape closes."""

    session = SessionLink()

    DEFAULT_CSS = """
    GoalsDialog .dialog { width: 72; height: auto; max-height: 90%; }
    GoalsDialog #goals-list { height: auto; max-height: 16; margin-top: 1; }
    GoalsDialog #goals-hint { color: $text-muted; }
    """
    HELP_TITLE = "Growth goals"
    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("a", "add", "Add"),
        Binding("d", "close_goal('done')", "Done"),
        Binding("x", "close_goal('dropped')", "Drop"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Growth goals: the next version of you", classes="dialog-title")
            yield Static(f"One to {MAX_ACTIVE} at a time. Link activities to them in the week planner.",
                         id="goals-hint")
            yield OptionList(id="goals-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.session.data_changed.subscribe(self, self._show)
        self._show(self.session.snapshot)
        self.query_one(OptionList).focus()

    def _show(self, snapshot: Snapshot) -> None:
        items = goals_progress(snapshot, self.session.clock.today())
        listing = self.query_one(OptionList)
        keep = listing.highlighted
        listing.clear_options()
        if not items:
            listing.add_option(Option(Text("No goals yet. Press a to add one.", style="italic"), id="none"))
            return
        listing.add_options([Option(goal_lines(i), id=i.goal.id) for i in items])
        listing.highlighted = min(keep or 0, len(items) - 1)

    def action_add(self) -> None:
        from companion.ui.dialogs.goal_form import GoalForm

        self.app.push_screen(GoalForm())

    def action_close_goal(self, status: str) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return
        goal_id = listing.get_option_at_index(listing.highlighted).id
        if not goal_id or goal_id == "none":
            return
        closed = self.session.perform(lambda: self.session.repo.growth.close_goal(goal_id, status))
        if closed is not None:
            words = "Done. Well done." if status == "done" else "Dropped, no blame."
            self.app.notify(f"{closed.title}: {words}", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
