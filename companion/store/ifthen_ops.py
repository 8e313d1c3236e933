"""`repo.ifthen`: if-then plans (the `ifthen` table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.domain.records import IfThen
from companion.store.core import Store, by_id, by_prefix, require_profile
from companion.store.snapshot import Snapshot

if TYPE_CHECKING:  # TinyDB itself is loaded by a write transaction
    from tinydb import TinyDB

TABLE = "ifthen"


class IfThenPlans:
    """Add, list and remove if-then plans."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, plan: IfThen) -> IfThen:
        """Store a plan (checked by `domain.ifthen.new_plan`)."""
        def change(db: TinyDB, snap: Snapshot) -> IfThen:
            require_profile(snap)
            plan.created_at = plan.created_at or self.store.now_text(self.store.clock(snap.settings))
            db.table(TABLE).insert(plan.to_dict())
            return plan

        return self.store.write(change)

    def plans(self, snapshot: Snapshot | None = None) -> list[IfThen]:
        """Every plan, oldest first."""
        snap = snapshot or self.store.load()
        return sorted(snap.ifthen, key=lambda p: p.created_at)

    def remove(self, prefix: str) -> IfThen:
        """Remove the plan whose id is or starts with `prefix` (at least 4 characters)."""
        def change(db: TinyDB, snap: Snapshot) -> IfThen:
            plan = by_prefix(snap.ifthen, prefix, "if-then plan", "plans")
            db.table(TABLE).remove(by_id(plan.id))
            return plan

        return self.store.write(change)
