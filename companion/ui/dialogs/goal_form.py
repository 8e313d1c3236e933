"""Add a growth goal: a title, one of the five categories, and why it matters (optional)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select, Static

from companion.content.goal_ideas import GOAL_IDEAS
from companion.content.suggestions import CATEGORY_HINTS
from companion.domain.growth_records import Goal
from companion.domain.records import Category
from companion.ui.dialogs.base import Dialog
from companion.ui.widgets.text_input import TextInput


class GoalForm(Dialog[Goal | None]):
    """A new goal; dismisses with the saved goal, or None.

    Args:
        title: a title to start from (a line of the workbook).
        source: the workbook question it came from, if any.
    """

    DEFAULT_CSS = """
    GoalForm .dialog { width: 68; }
    GoalForm .form-row { height: auto; }
    GoalForm .plan-label { width: 9; color: $text-muted; }
    GoalForm .form-row Input, GoalForm .form-row Select { width: 1fr; }
    GoalForm #goal-ideas { color: $text-muted; margin-top: 1; }
    """
    TITLE_TEXT = "A growth goal"
    SAVE_LABEL = "Add goal"

    def __init__(self, title: str = "", source: str | None = None) -> None:
        super().__init__()
        self.start_title = title
        self.source = source

    def compose_body(self) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield Static("Goal", classes="plan-label")
            yield TextInput(self.start_title, placeholder="e.g. Run 5 km, see a friend every week",
                            id="goal-title", compact=True)
        with Horizontal(classes="form-row"):
            yield Static("Kind", classes="plan-label")
            yield Select([(f"{c.value} — {CATEGORY_HINTS[c.value]}", c.value) for c in Category],
                         value=Category.PEOPLE.value, allow_blank=False, id="goal-category", compact=True)
        with Horizontal(classes="form-row"):
            yield Static("Why", classes="plan-label")
            yield TextInput(placeholder="optional: why it matters to you", id="goal-why", compact=True)
        yield Static(id="goal-ideas", markup=False)

    def on_mount(self) -> None:
        self._show_ideas()
        self.query_one("#goal-category" if self.start_title else "#goal-title").focus()

    @on(Select.Changed, "#goal-category")
    def _show_ideas(self) -> None:
        category = str(self.query_one("#goal-category", Select).value)
        ideas = GOAL_IDEAS.get(category, ())[:3]
        self.query_one("#goal-ideas", Static).update("Ideas: " + " · ".join(ideas) if ideas else "")

    def action_save(self) -> None:
        title = self.query_one("#goal-title", Input).value
        category = str(self.query_one("#goal-category", Select).value)
        why = self.query_one("#goal-why", Input).value
        goal = self.session.perform(lambda: self.session.repo.growth.add_goal(title, category, why, source=self.source))
        if goal is not None:
            self.app.notify(f"New goal: {goal.title}. Plan something for it in the week (w).", markup=False)
            self.dismiss(goal)
