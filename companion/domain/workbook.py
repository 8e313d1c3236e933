"""The workbook's rules: which sitting comes next, and when to suggest a break instead.

Reflection helps when it is short and structured and harms when it turns into
brooding (EVIDENCE.md: rumination; writing after a separation), so sittings are
dosed: a few questions and a gentle end, and a break is suggested when the person
says they are going round in circles or has spent a long time in it several days
running.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from companion.domain.growth_records import WorkbookAnswer, WorkbookSitting

LONG_SITTING_MINUTES = 20.0  # a day with this much time in the workbook is a long one
LONG_DAYS_RUNNING = 3  # ...and this many such days in a row suggest a break


@dataclass(frozen=True)
class Question:
    """One guided question; `sitting` groups them into short sittings."""

    id: str
    sitting: int
    title: str
    hint: str


def answered(answers: Iterable[WorkbookAnswer]) -> dict[str, WorkbookAnswer]:
    """The answers with some text, by question id."""
    return {a.question: a for a in answers if a.text.strip()}


def next_sitting(questions: Sequence[Question], answers: Iterable[WorkbookAnswer]) -> int | None:
    """The first sitting with a question not yet answered (None: all answered)."""
    done = answered(answers)
    for question in questions:
        if question.id not in done:
            return question.sitting
    return None


def sitting_questions(questions: Sequence[Question], sitting: int) -> list[Question]:
    """The questions of one sitting, in order."""
    return [q for q in questions if q.sitting == sitting]


def break_reason(sittings: Iterable[WorkbookSitting], today: date) -> str | None:
    """Why to suggest an activity or breathing instead of a sitting today, if at all:
    "circles" when today's sitting was marked going round in circles, "long" when each
    of the last LONG_DAYS_RUNNING days (up to today or yesterday) had a long sitting."""
    minutes: dict[str, float] = {}
    circles = False
    for sitting in sittings:
        minutes[sitting.on] = minutes.get(sitting.on, 0.0) + max(sitting.minutes, 0.0)
        circles = circles or (sitting.circles and sitting.on == today.isoformat())
    if circles:
        return "circles"
    for last in (today, today - timedelta(days=1)):
        days = [(last - timedelta(days=n)).isoformat() for n in range(LONG_DAYS_RUNNING)]
        if all(minutes.get(day, 0.0) >= LONG_SITTING_MINUTES for day in days):
            return "long"
    return None


_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")


def control_items(text: str) -> list[str]:
    """The lines of an "in my control" answer, each a possible goal (bullets removed)."""
    items = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    return [item for item in items if item]
