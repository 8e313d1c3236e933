"""The timer's first support card when the person has if-then plans: the plan for the
trigger they chose (with their plans for any trigger after it), or all their plans
while no trigger is chosen (EVIDENCE.md: implementation intentions)."""

from __future__ import annotations

from typing import Any

from companion.domain.ifthen import plan_sentence, plans_for
from companion.domain.records import IfThen
from companion.domain.text import hide_name

PLAN_CARD = "plan"
SHOWN = 3  # plans on the card at most


class IfThenCard:
    """The plans, ready to be said for whichever trigger the timer has."""

    def __init__(self, plans: list[IfThen], ex_name: str = "") -> None:
        self.plans = sorted(plans, key=lambda p: p.created_at)
        self.ex_name = ex_name

    @classmethod
    def from_snapshot(cls, snapshot: Any) -> IfThenCard | None:
        """The card for the stored plans (None without any); discreet mode hides the name."""
        plans = list(snapshot.ifthen)
        if not plans:
            return None
        profile = snapshot.profile
        hidden = profile.ex_name if profile and snapshot.settings.discreet else ""
        return cls(plans, hidden)

    def text(self, screen: Any) -> str:
        """The card's words for the trigger the timer on `screen` has now."""
        timer = getattr(screen, "timer", None)
        trigger = getattr(timer, "trigger", None)
        chosen = plans_for(self.plans, trigger)[:SHOWN] or self.plans[:SHOWN]
        lines = [plan_sentence(p) + "." for p in chosen]
        if self.ex_name:
            lines = [hide_name(line, self.ex_name) for line in lines]
        return "\n".join(lines)
