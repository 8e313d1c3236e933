"""The activity form's "Goal" row: link an activity to one of the active goals (or none)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from rich.text import Text
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Select, Static

from companion.domain.goals import active
from companion.domain.growth_records import Goal


def goal_row(goals: Sequence[Goal], current: str | None) -> Iterator[Widget]:
    """The row, when there is a goal to choose (an active one, or the one already linked)."""
    offered = active(goals) + [g for g in goals if g.id == current and g.status != "active"]
    if not offered:
        return
    options = [(Text(g.title), g.id) for g in offered]  # Text: a title is shown as typed
    yield Horizontal(Static("Goal", classes="plan-label"),
                     Select(options, value=current if current in {g.id for g in offered} else Select.NULL,
                            prompt="no goal", allow_blank=True, id="goal", compact=True),
                     classes="form-row")


def chosen_goal(form: Any) -> str | None:
    """The goal chosen in the form (None: no goal, or no row)."""
    found = form.query("#goal")
    if not found:
        return None
    value = found.first(Select).value
    return value if isinstance(value, str) else None


def goal_category(goals: Sequence[Goal], goal_id: object) -> str | None:
    """The category of the goal with this id (None: no goal chosen, or not found)."""
    return next((g.category for g in goals if g.id == goal_id), None)
