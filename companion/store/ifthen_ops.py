"""Repository operations for if-then plans (the `ifthen` table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.domain.records import IfThen
from companion.store.core import NoProfileError, RepositoryCore, by_id
from companion.store.snapshot import Snapshot

if TYPE_CHECKING:  # TinyDB itself is loaded by a write transaction
    from tinydb import TinyDB

TABLE = "ifthen"


class IfThenOperations(RepositoryCore):
    """Add, list and remove if-then plans."""

    def add_plan(self, plan: IfThen) -> IfThen:
        """Store a plan (checked by `domain.ifthen.new_plan`)."""
        def change(db: TinyDB, snap: Snapshot) -> IfThen:
            if snap.profile is None:
                raise NoProfileError("no profile yet")
            plan.created_at = plan.created_at or self._now_text(self.clock(snap.settings))
            db.table(TABLE).insert(plan.to_dict())
            return plan

        return self._write(change)

    def plans(self, snapshot: Snapshot | None = None) -> list[IfThen]:
        """Every plan, oldest first."""
        snap = snapshot or self.load()
        return sorted(snap.ifthen, key=lambda p: p.created_at)

    def remove_plan(self, prefix: str) -> IfThen:
        """Remove the plan whose id is or starts with `prefix` (at least 4 characters)."""
        def change(db: TinyDB, snap: Snapshot) -> IfThen:
            if len(prefix) < 4:
                raise LookupError("give at least the first 4 characters of the id")
            matches = [p for p in snap.ifthen if p.id.startswith(prefix)]
            if not matches:
                raise LookupError(f"no if-then plan with id {prefix!r}")
            if len(matches) > 1:
                raise LookupError(f"{prefix!r} matches several plans; give more of the id")
            db.table(TABLE).remove(by_id(matches[0].id))
            return matches[0]

        return self._write(change)
