"""`repo.reminders`: reminder preferences, what was sent, Today opened."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tinydb import TinyDB

from companion import locations
from companion.domain.records import instant_text
from companion.domain.reminder_log import ReminderLog
from companion.domain.reminder_prefs import ReminderPrefs
from companion.store.core import Store
from companion.store.errors import WriteFailedError
from companion.store.files import FILE_MODE, ensure_private_dir
from companion.store.snapshot import Snapshot

LOG_TABLE = "reminder_log"


def reminder_prefs(snapshot: Snapshot) -> ReminderPrefs:
    """The person's reminder preferences (defaults for what they never changed)."""
    return ReminderPrefs.from_dict(snapshot.settings.reminders)


def reminder_log(snapshot: Snapshot) -> ReminderLog:
    """What was sent so far (an empty log before the first one)."""
    return snapshot.reminder_log or ReminderLog()


class Reminders:
    """Change reminder preferences; note what was sent, and that Today was opened."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def change(self, change: Callable[[ReminderPrefs], ReminderPrefs]) -> ReminderPrefs:
        """Apply `change` to the stored preferences and save the result."""
        def apply(db: TinyDB, snap: Snapshot) -> ReminderPrefs:
            prefs = change(reminder_prefs(snap))
            snap.settings.reminders = prefs.to_dict()
            self.store.upsert(db, "settings", snap.settings)
            return prefs

        return self.store.write(apply)

    def claim(self, keys: Iterable[str]) -> list[str]:
        """Record these reminders as sent now; returns the ones no one had sent yet.

        Claimed before sending, inside one short transaction: two `remind fire` runs
        at once never send the same reminder twice.
        """
        wanted = list(keys)

        def apply(db: TinyDB, snap: Snapshot) -> list[str]:
            log = reminder_log(snap)
            fresh = [key for key in wanted if key not in log.sent]
            if not fresh:
                return []
            clock = self.store.clock(snap.settings)
            now = clock.now()
            log.sent = log.pruned(now)
            log.sent.update({key: instant_text(now, clock.zone) for key in fresh})
            self._save_log(db, log)
            return fresh

        return self.store.write(apply) if wanted else []

    def note_today_opened(self, snapshot: Snapshot) -> bool:
        """Remember that Today was opened today (the morning reminder then rests).

        A date in a small file beside the data file, written on the first opening of
        a day only: opening the app never rewrites the data file. Returns whether it wrote.
        """
        if snapshot.profile is None:
            return False
        today = self.store.clock(snapshot.settings).today()
        if self.today_opened_on() == today:
            return False
        marker = locations.today_opened_file(self.store.path)
        try:
            ensure_private_dir(marker.parent)
            marker.write_text(today.isoformat() + "\n", encoding="utf-8")
            marker.chmod(FILE_MODE)
        except (OSError, WriteFailedError):
            return False  # a reminder detail: never worth bothering the person about
        return True

    def today_opened_on(self) -> date | None:
        """The last day Today was opened, if it is known."""
        try:
            return date.fromisoformat(locations.today_opened_file(self.store.path).read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return None

    def _save_log(self, db: TinyDB, log: ReminderLog) -> None:
        db.table(LOG_TABLE).truncate()
        db.table(LOG_TABLE).insert(log.to_dict())
