"""If-then plans: "If <situation>, then I will <action>", maybe for one trigger.

Implementation intentions shield a goal from temptation (EVIDENCE.md: Gollwitzer &
Sheeran). A plan is checked here before it is stored: both halves are needed, and
the trigger is one of the timer's (by its short name). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from companion.domain.records import TRIGGER_KEYS, IfThen, Trigger, trigger_key
from companion.domain.text import clean_line

PLAN_LIMIT = 200
_LEADING_IF = re.compile(r"^if\b\s*", re.IGNORECASE)
_LEADING_THEN = re.compile(r"^then\b\s*", re.IGNORECASE)


def check_trigger(value: str | None) -> str | None:
    """A trigger's short name (or None), or ValueError naming the choices."""
    if value is None:
        return None
    key = value.strip().lower()
    if key not in TRIGGER_KEYS:
        raise ValueError(f"unknown trigger {value!r}; use one of {', '.join(TRIGGER_KEYS)}")
    return key


def _half(text: str | None, leading: re.Pattern[str], which: str) -> str:
    cleaned = clean_line(text, PLAN_LIMIT).text
    cleaned = leading.sub("", cleaned).strip().rstrip(",").strip()
    if not cleaned:
        raise ValueError(f"an if-then plan needs its {which!r} part (a few words)")
    return cleaned


def new_plan(if_text: str | None, then_text: str | None, trigger: str | None = None) -> IfThen:
    """A checked plan (a leading "If" or "then" typed by the user is dropped)."""
    return IfThen(if_text=_half(if_text, _LEADING_IF, "if"),
                  then_text=_half(then_text, _LEADING_THEN, "then"),
                  trigger=check_trigger(trigger))


def plan_json(plan: IfThen) -> dict[str, Any]:
    """The shape of `companion ifthen list --json`: id, if, then, trigger."""
    return {"id": plan.id, "if": plan.if_text, "then": plan.then_text, "trigger": plan.trigger}


def plan_sentence(plan: IfThen) -> str:
    """"If I see their story at night, then I put the phone in the kitchen."."""
    return f"If {plan.if_text}, then {plan.then_text}"


def plans_for(plans: Iterable[IfThen], trigger: str | None) -> list[IfThen]:
    """The plans for a timer trigger (a stored Trigger value or short name) first,
    then the plans for any trigger; with no trigger, every plan."""
    plans = list(plans)
    values = {t.value for t in Trigger}
    if trigger in values:
        trigger = trigger_key(Trigger(trigger))
    if trigger not in TRIGGER_KEYS:  # none chosen (or one this version does not know)
        return plans
    return [p for p in plans if p.trigger == trigger] + [p for p in plans if p.trigger is None]
