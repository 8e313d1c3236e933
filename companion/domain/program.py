"""Today's step: which short step of the program a day holds, for any period length.

The program is laid out over the period's days in four stages whose boundaries are
fractions of the period (steady has a minimum number of days). Progress is counted
in steps done or skipped, never in days of the period: a slip starts a new period
but the program resumes at the next step, never at the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from companion.domain.records import Period, PeriodStart

STAGES = ("steady", "understand", "build", "confidence")
STAGE_LABELS = {"steady": "Steady", "understand": "Understand", "build": "Build",
                "confidence": "Confidence & the end"}
# Where each stage ends, as a fraction of the period (the last ends with the period).
STAGE_ENDS = (0.2, 0.45, 0.75, 1.0)
MIN_STEADY_DAYS = 5
MIN_LENGTH, MAX_LENGTH = 21, 365
DONE, SKIPPED = "done", "skipped"


@dataclass(frozen=True)
class ProgramStep:
    """One short step: `core` ones are kept in the shortest period; `again` ones may repeat."""

    id: str
    stage: str
    title: str
    text: str
    minutes: int
    core: bool = False
    again: bool = False
    opens: str | None = None  # the app action that opens what the step is about, if any


@dataclass(frozen=True)
class StepMark:
    """A step marked done or skipped on a day (the n-th mark is the n-th day of the program)."""

    step_id: str
    status: str
    on: date


@dataclass(frozen=True)
class TodaysStep:
    """What Today shows: the program day, its step, and whether it was marked today."""

    day: int
    step: ProgramStep
    done: bool
    skipped: bool
    length_days: int

    @property
    def marked(self) -> bool:
        """Done or skipped today."""
        return self.done or self.skipped


def _clamped(length_days: int) -> int:
    return max(MIN_LENGTH, min(MAX_LENGTH, length_days))


def stage_days(length_days: int) -> list[int]:
    """How many days each stage has in a period of `length_days` (clamped to 21-365)."""
    length = _clamped(length_days)
    ends = [int(fraction * length + 0.5) for fraction in STAGE_ENDS]
    ends[0] = max(ends[0], MIN_STEADY_DAYS)
    ends[-1] = length
    for index in range(1, len(ends)):
        ends[index] = max(ends[index], ends[index - 1] + 1)
    return [end - start for start, end in zip([0, *ends], ends)]


def _spread(steps: list[ProgramStep], slots: int) -> list[ProgramStep]:
    """A stage's steps over its days: new steps spread out, `again` steps in between."""
    if slots <= len(steps):
        keep = [s for s in steps if s.core][:slots]
        for step in steps:
            if len(keep) < slots and step not in keep:
                keep.append(step)
        return sorted(keep, key=steps.index)
    spots = {index * slots // len(steps): step for index, step in enumerate(steps)}
    repeats = [s for s in steps if s.again] or steps
    plan: list[ProgramStep] = []
    between = 0  # how many repeat days so far: they take the `again` steps in turn
    for slot in range(slots):
        if slot in spots:
            plan.append(spots[slot])
        else:
            plan.append(repeats[between % len(repeats)])
            between += 1
    return plan


def program_plan(steps: Sequence[ProgramStep], length_days: int) -> list[ProgramStep]:
    """The step for each day of a period of `length_days` (21-365), stage by stage."""
    plan: list[ProgramStep] = []
    for stage, days in zip(STAGES, stage_days(length_days)):
        plan.extend(_spread([s for s in steps if s.stage == stage], days))
    return plan


def todays_step(steps: Sequence[ProgramStep], length_days: int, marks: Sequence[StepMark],
                today: date) -> TodaysStep:
    """Today's step: the one marked today if there is one, else the next one.

    `marks` are this program's marks in the order they were made. The day is the
    number of marks made before today plus one, whatever day of the period it is:
    after a slip the program carries on where it was. Past the last day, the last
    stage's repeatable steps come round again.
    """
    plan = program_plan(steps, length_days)
    if marks and marks[-1].on == today:
        last = marks[-1]
        step = next((s for s in steps if s.id == last.step_id), None) or _at(steps, plan, len(marks) - 1)
        return TodaysStep(len(marks), step, last.status == DONE, last.status == SKIPPED, len(plan))
    return TodaysStep(len(marks) + 1, _at(steps, plan, len(marks)), False, False, len(plan))


def _at(steps: Sequence[ProgramStep], plan: list[ProgramStep], index: int) -> ProgramStep:
    if index < len(plan):
        return plan[index]
    closing = [s for s in steps if s.stage == STAGES[-1] and s.again] or plan[-1:]
    return closing[(index - len(plan)) % len(closing)]


def stage_of(step: ProgramStep) -> str:
    """The stage's label as people read it."""
    return STAGE_LABELS.get(step.stage, step.stage)


def program_started_on(periods: Sequence[Period]) -> date | None:
    """When the current program began: the start of the latest period that was not
    begun by a slip (a slip carries the program on; onboarding or a renewal starts it)."""
    ordered = sorted(periods, key=lambda p: (p.started_on, p.created_at))
    fresh = [p for p in ordered if p.started_by != PeriodStart.SLIP.value]
    if fresh:
        return fresh[-1].start
    return ordered[0].start if ordered else None
