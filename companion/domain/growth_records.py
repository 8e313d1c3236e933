"""The records of the guided path: growth goals, workbook answers and sittings,
the program's step marks and the weekly check-ins (plain dataclasses, as records.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from companion.domain.records import Category, Record, new_id


class GoalStatus(str, Enum):
    """Where a growth goal stands."""

    ACTIVE = "active"
    DONE = "done"
    DROPPED = "dropped"


@dataclass
class Goal(Record):
    """A growth goal: the next version of you, in one of the five categories."""

    id: str = field(default_factory=new_id)
    title: str = ""
    category: str = Category.JOY.value
    why: str = ""
    status: str = GoalStatus.ACTIVE.value
    created_on: str = ""  # YYYY-MM-DD
    closed_on: str | None = None  # when it was marked done or dropped
    source: str | None = None  # the workbook answer it came from, if any


@dataclass
class WorkbookAnswer(Record):
    """The answer to one workbook question, saved as it is typed (one per question)."""

    id: str = field(default_factory=new_id)
    question: str = ""
    text: str = ""
    created_on: str = ""  # YYYY-MM-DD: the day it was first written
    updated_at: str = ""  # ISO-8601 instant of the last change


@dataclass
class WorkbookSitting(Record):
    """Time spent in the workbook on one day, and whether it felt like going round in circles."""

    id: str = field(default_factory=new_id)
    on: str = ""
    minutes: float = 0.0
    circles: bool = False


@dataclass
class StepRecord(Record):
    """A program step marked done or skipped on a day, within the program begun on `program`."""

    id: str = field(default_factory=new_id)
    step: str = ""
    status: str = "done"
    on: str = ""
    program: str = ""  # YYYY-MM-DD the program began (see program_started_on)


@dataclass
class CheckIn(Record):
    """The weekly check-in on knowing who you are: three scores 1-5 and an optional line."""

    id: str = field(default_factory=new_id)
    on: str = ""
    scores: list[int] = field(default_factory=list)
    note: str = ""
