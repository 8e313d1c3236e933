"""`repo.growth`: the guided path: goals, the workbook, today's step, check-ins.

Each write is one locked transaction, checked against the freshly loaded records,
so a refused change (a sixth active goal, an unknown id) writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from companion.domain import goals as goal_rules
from companion.domain.growth_records import CheckIn, Goal, StepRecord, WorkbookAnswer, WorkbookSitting
from companion.domain.program import DONE, SKIPPED, StepMark, TodaysStep, program_started_on, todays_step
from companion.domain import periods as pm
from companion.domain.text import LONG_TEXT_LIMIT, clean
from companion.store.core import NoProfileError, Store, require_profile
from companion.store.snapshot import Snapshot

if TYPE_CHECKING:
    from datetime import date

    from tinydb import TinyDB

    from companion.domain.records import Event


def program_marks(snapshot: Snapshot) -> list[StepMark]:
    """The marks of the current program, in the order they were made."""
    from datetime import date

    started = program_started_on(snapshot.periods)
    if started is None:
        return []
    mine = [r for r in snapshot.steps if r.program == started.isoformat() and r.on]
    mine.sort(key=lambda r: r.on)
    return [StepMark(r.step, r.status, date.fromisoformat(r.on)) for r in mine]


def step_today(snapshot: Snapshot, today: date) -> TodaysStep | None:
    """Today's step of the program (None before onboarding or after finishing)."""
    from companion.content.program import STEPS

    current = pm.current_period(snapshot.periods)
    if current is None or snapshot.profile is None or snapshot.profile.finished_on:
        return None
    return todays_step(STEPS, current.length_days, program_marks(snapshot), today)


def growth_json(snapshot: Snapshot, today: date) -> dict[str, object]:
    """The guided path's part of `status --json`: goals active and done, today's step."""
    statuses = [goal.status for goal in snapshot.goals]
    step = step_today(snapshot, today)
    return {"goals": {"active": statuses.count("active"), "done": statuses.count("done")},
            "step": {"title": step.step.title, "done": step.done} if step else None}


def growth_lines(snapshot: Snapshot, today: date) -> list[str]:
    """The guided path in `companion status`: today's step and the active goals, briefly."""
    lines = []
    step = step_today(snapshot, today)
    if step is not None:
        mark = " · done ✓" if step.done else " · skipped" if step.skipped else f" · about {step.step.minutes} min"
        lines.append(f"Today's step (day {step.day}): {step.step.title}{mark}")
    lines.append(goal_rules.compact_line(snapshot.goals, 76) or "Goals: none yet (companion goal add)")
    return lines


def goals_progress(snapshot: Snapshot, today: date) -> list[goal_rules.GoalProgress]:
    """Every goal with its progress (active first, then done, then dropped)."""
    from companion.domain.planning import week_days

    week = week_days(today, snapshot.settings.week_start)
    order = {"active": 0, "done": 1, "dropped": 2}
    ordered = sorted(snapshot.goals, key=lambda g: (order.get(g.status, 3), g.created_on))
    return [goal_rules.progress(goal, snapshot.activities, week, today) for goal in ordered]


class Growth:
    """Add and close goals, save workbook answers, mark steps, record check-ins."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Goals -----------------------------------------------------------------------

    def add_goal(self, title: str, category: str, why: str = "", source: str | None = None) -> Goal:
        """A new active goal (ValueError: empty title, unknown category, a sixth active goal)."""
        def change(db: TinyDB, snap: Snapshot) -> Goal:
            require_profile(snap)
            today = self.store.clock(snap.settings).today()
            goal = goal_rules.new_goal(snap.goals, title, category, why, today, source)
            db.table("goals").insert(goal.to_dict())
            return goal

        return self.store.write(change)

    def close_goal(self, prefix: str, status: str) -> Goal:
        """Mark a goal (its id or first characters) done or dropped."""
        def change(db: TinyDB, snap: Snapshot) -> Goal:
            goal = goal_rules.find_goal(snap.goals, prefix)
            updated = goal_rules.closed(goal, status, self.store.clock(snap.settings).today())
            self.store.upsert(db, "goals", updated)
            return updated

        return self.store.write(change)

    # The workbook ----------------------------------------------------------------

    def save_answer(self, question: str, text: str) -> WorkbookAnswer:
        """Save a workbook answer as it stands (one record per question, kept dated)."""
        def change(db: TinyDB, snap: Snapshot) -> WorkbookAnswer:
            clock = self.store.clock(snap.settings)
            found = [a for a in snap.workbook if a.question == question]
            answer = found[0] if found else WorkbookAnswer(question=question,
                                                           created_on=clock.today().isoformat())
            answer.text = clean(text, limit=LONG_TEXT_LIMIT).text
            answer.updated_at = self.store.now_text(clock)
            self.store.upsert(db, "workbook", answer)
            return answer

        return self.store.write(change)

    def add_workbook_time(self, minutes: float, circles: bool = False) -> WorkbookSitting:
        """Add time spent in the workbook today (and whether it went round in circles)."""
        def change(db: TinyDB, snap: Snapshot) -> WorkbookSitting:
            today = self.store.clock(snap.settings).today().isoformat()
            found = [s for s in snap.workbook_sittings if s.on == today]
            sitting = found[0] if found else WorkbookSitting(on=today)
            sitting.minutes = round(sitting.minutes + max(minutes, 0.0), 2)
            sitting.circles = sitting.circles or circles
            self.store.upsert(db, "workbook_sittings", sitting)
            return sitting

        return self.store.write(change)

    # Today's step ----------------------------------------------------------------

    def mark_step(self, status: str = DONE) -> TodaysStep:
        """Mark today's step done or skipped (again today: the mark changes, the day stays)."""
        if status not in (DONE, SKIPPED):
            raise ValueError(f"a step is marked done or skipped, not {status!r}")

        def change(db: TinyDB, snap: Snapshot) -> TodaysStep:
            today = self.store.clock(snap.settings).today()
            step = step_today(snap, today)
            started = program_started_on(snap.periods)
            if step is None or started is None:
                raise NoProfileError("there is no period running")
            found = [r for r in snap.steps if r.program == started.isoformat() and r.on == today.isoformat()]
            record = found[0] if found else StepRecord(step=step.step.id, on=today.isoformat(),
                                                       program=started.isoformat())
            record.status = status
            self.store.upsert(db, "steps", record)
            return TodaysStep(step.day, step.step, status == DONE, status == SKIPPED, step.length_days)

        return self.store.write(change)

    # The writing exercise -------------------------------------------------------

    def add_writing(self, sitting: int, text: str) -> Event:
        """Save a sitting of the writing exercise to the journal, marked as part of it."""
        from companion.content.writing import EXERCISE
        from companion.domain.records import EventKind
        from companion.domain.writing import SITTINGS

        if not 1 <= sitting <= SITTINGS:
            raise ValueError(f"the exercise has sittings 1 to {SITTINGS}")
        cleaned = clean(text, limit=LONG_TEXT_LIMIT).text
        if not cleaned.strip():
            raise ValueError("nothing written yet")

        def change(db: TinyDB, snap: Snapshot) -> Event:
            require_profile(snap)
            data = {"text": cleaned, "exercise": EXERCISE, "sitting": sitting}
            return self.store.add_event(db, self.store.clock(snap.settings), EventKind.JOURNAL, None, False, data)

        return self.store.write(change)

    # The weekly check-in ---------------------------------------------------------

    def add_checkin(self, scores: Sequence[int], note: str = "") -> CheckIn:
        """Record this week's check-in (a second one on the same day replaces the first)."""
        from companion.domain.checkin import make_checkin

        def change(db: TinyDB, snap: Snapshot) -> CheckIn:
            require_profile(snap)
            made = make_checkin(scores, note, self.store.clock(snap.settings).today())
            same_day = [c for c in snap.checkins if c.on == made.on]
            if same_day:
                made.id = same_day[0].id
            self.store.upsert(db, "checkins", made)
            return made

        return self.store.write(change)
