"""`repo.data`: the data file as a whole: a backup now, starting over, export and import."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type hints only: TinyDB is loaded by a write transaction
    from pathlib import Path

    from tinydb import TinyDB

from companion.domain.records import Period, PeriodOutcome, PeriodStart
from companion.store.core import Store
from companion.store.fileformat import Document
from companion.store.snapshot import Snapshot


class WholeFile:
    """Back up, reset, export and import the whole file."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def backup_now(self, label: str = "manual") -> Path:
        """Copy the data file into the backup folder now; returns the copy."""
        stamp = self.store.clock().now().strftime("%H%M%S")
        return self.store.db.backup_now(label=f"{label}-{stamp}")

    def reset(self) -> Path | None:
        """Start over: keep a named backup, then empty the file (onboarding runs again).

        Returns the backup's path (None when there was no file yet).
        """
        db = self.store.db
        backup = self.backup_now("before-reset") if db.exists() else None
        db.write_document(None)
        self.store.forget_settings()
        return backup

    def export_document(self) -> Document:
        """The whole file as a JSON-ready document."""
        return self.store.db.read()

    def import_document(self, document: Document, merge: bool) -> int:
        """Import an export: merge by UUID (adds what is missing) or replace (backup kept).

        Every record is first checked field by field as typed input is (schema.py),
        its text cleaned and capped as typed text is; the first problem is refused
        as a ValueError naming table, record and field, before anything is written.
        Returns how many records were added (merge) or written (replace).
        """
        from companion.store.fileformat import RecordProblem, check

        try:
            incoming = check(document, self.store.path, cleaning=True)
        except RecordProblem as problem:
            raise ValueError(f"nothing was imported: {problem}") from None
        if not merge:
            if self.store.db.exists():
                self.store.db.backup_now(label="before-import")
            self.store.db.write_document(incoming)
            return sum(len(t) for name, t in incoming.items() if name != "meta")

        def change(db: TinyDB, snap: Snapshot) -> int:
            added = 0
            for name, table in incoming.items():
                if name == "meta":
                    continue
                target = db.table(name)
                existing = {doc.get("id") for doc in target.all()}
                singleton = name in ("profile", "settings", "timer", "reminder_log")
                for record in table.values():
                    if record.get("id") in existing or (singleton and existing):
                        continue
                    target.insert(record)
                    existing.add(record.get("id"))
                    added += 1
            self._one_ongoing_period(db)
            return added

        return self.store.write(change)

    def _one_ongoing_period(self, db: TinyDB) -> None:
        """After a merge: only the latest ongoing period stays open; the others end
        where the next one begins (their outcome follows from their dates)."""
        ongoing = sorted((Period.from_dict(doc) for doc in db.table("periods").all()
                          if doc.get("outcome") == PeriodOutcome.ONGOING.value),
                         key=lambda p: (p.started_on, p.created_at))
        for period, following in zip(ongoing, ongoing[1:]):
            self.store.close_period(db, period, following.start,
                                    by_slip=following.started_by == PeriodStart.SLIP.value)
