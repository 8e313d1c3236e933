"""The one object screens and commands talk to: named operations on the data file.

A Repository is made of parts, each a plain class holding the one shared Store
(core.py: reading, the clock, the write transaction):

    repo.setup       onboarding, settings, profile            setup_ops.py
    repo.periods     the period's length, the next one, the end, milestones   period_ops.py
    repo.events      logging urges, contacts, checks, moods, the journal;
                     editing and deleting them                event_ops.py
    repo.activities  the plan: ticks and the week planner     activities.py
    repo.timer       the one running impulse-delay timer      timer_ops.py
    repo.growth      goals, the workbook, today's step, check-ins   growth_ops.py
    repo.ifthen      if-then plans                            ifthen_ops.py
    repo.reminders   reminder preferences, what was sent      reminder_ops.py
    repo.drafts      what was typed and not saved yet         drafts.py
    repo.data        the whole file: backup, reset, export, import   file_ops.py

Each write is a locked transaction (lock, reload, change, atomic write, unlock);
reads load the file once into records. The reads nearly everything uses (`load`,
`clock`, `status`, `path`, `source`) are on the Repository itself.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type hints only: `companion status` loads neither Pendulum nor TinyDB
    from companion.domain.status import Status
    from companion.store.activities import Activities
    from companion.store.drafts import Drafts
    from companion.store.event_ops import Events
    from companion.store.file_ops import WholeFile
    from companion.store.growth_ops import Growth
    from companion.store.ifthen_ops import IfThenPlans
    from companion.store.period_ops import Periods
    from companion.store.reminder_ops import Reminders
    from companion.store.setup_ops import Setup
    from companion.store.timer_ops import RunningTimer

from companion.clock import Clock, Instant
from companion.domain.records import Settings
from companion.store.core import NoProfileError, Store, clock_for
from companion.store.database import Database
from companion.store.snapshot import Snapshot, snapshot_of


class Repository:
    """Named operations on one data file, grouped into parts.

    Args:
        path: the data file.
        source: the time source (COMPANION_NOW or the real clock by default).
    """

    def __init__(self, path: Path, source: Callable[[], Instant] | None = None) -> None:
        self.store = Store(path, source)

    # Each part is built (and its module imported) the first time it is used, so a
    # command or a first screen loads only the parts it works with.

    @cached_property
    def setup(self) -> Setup:
        """Onboarding, settings and the profile."""
        from companion.store.setup_ops import Setup

        return Setup(self.store)

    @cached_property
    def periods(self) -> Periods:
        """The period's length, the next one, its end and its milestones."""
        from companion.store.period_ops import Periods

        return Periods(self.store)

    @cached_property
    def events(self) -> Events:
        """Logging urges, contacts, checks, moods and the journal; editing them."""
        from companion.store.event_ops import Events

        return Events(self.store)

    @cached_property
    def activities(self) -> Activities:
        """The plan: ticks and the week planner."""
        from companion.store.activities import Activities

        return Activities(self.store)

    @cached_property
    def timer(self) -> RunningTimer:
        """The one running impulse-delay timer."""
        from companion.store.timer_ops import RunningTimer

        return RunningTimer(self.store)

    @cached_property
    def growth(self) -> Growth:
        """Goals, the workbook, today's step and check-ins."""
        from companion.store.growth_ops import Growth

        return Growth(self.store)

    @cached_property
    def ifthen(self) -> IfThenPlans:
        """If-then plans."""
        from companion.store.ifthen_ops import IfThenPlans

        return IfThenPlans(self.store)

    @cached_property
    def reminders(self) -> Reminders:
        """Reminder preferences and what was sent."""
        from companion.store.reminder_ops import Reminders

        return Reminders(self.store)

    @cached_property
    def drafts(self) -> Drafts:
        """What was typed and not saved yet."""
        from companion.store.drafts import Drafts

        return Drafts(self.store)

    @cached_property
    def data(self) -> WholeFile:
        """The whole file: backup, reset, export, import."""
        from companion.store.file_ops import WholeFile

        return WholeFile(self.store)

    @property
    def path(self) -> Path:
        """The data file."""
        return self.store.path

    @property
    def source(self) -> Callable[[], Instant]:
        """The time source every clock of this repository reads."""
        return self.store.source

    @property
    def db(self) -> Database:
        """The file itself: its fingerprint, its backups, whether it exists."""
        return self.store.db

    def load(self) -> Snapshot:
        """Read the file once; its records are built as they are asked for."""
        return self.store.load()

    def clock(self, settings: Settings | None = None) -> Clock:
        """The user's clock (zone and day start from the settings)."""
        return self.store.clock(settings)

    def status(self, snapshot: Snapshot | None = None) -> Status:
        """Where the user stands today."""
        return self.store.status(snapshot)


__all__ = ["NoProfileError", "Repository", "Snapshot", "Store", "clock_for", "snapshot_of"]
