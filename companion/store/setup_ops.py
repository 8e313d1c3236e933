"""`repo.setup`: onboarding, the settings and the profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # type hints only: TinyDB is loaded by a write transaction
    from datetime import date

    from tinydb import TinyDB

from companion.domain import periods as pm
from companion.domain.records import Period, PeriodStart, Profile, Record, Settings
from companion.store.core import Store, require_profile
from companion.store.snapshot import Snapshot

R = TypeVar("R", bound=Record)


class Setup:
    """Complete (or re-run) onboarding; change settings and profile fields."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def complete_onboarding(self, profile: Profile, settings: Settings,
                            last_contact_on: date, length_days: int) -> Period:
        """Save the profile and settings and start (or adjust) the period.

        Re-running onboarding keeps all history: the ongoing period is kept when its
        start date is unchanged (only its length follows the new choice), otherwise it
        is closed and a new one starts from the new last-contact date.
        """
        pm.check_length(length_days)

        def change(db: TinyDB, snap: Snapshot) -> Period:
            clock = self.store.clock(settings)
            if last_contact_on > clock.today():
                raise ValueError("the last contact cannot be in the future")
            if snap.profile:
                profile.id = snap.profile.id
                profile.created_at = snap.profile.created_at
            profile.created_at = profile.created_at or self.store.now_text(clock)
            if snap.settings:
                settings.id = snap.settings.id
            db.table("profile").truncate()
            db.table("profile").insert(profile.to_dict())
            db.table("settings").truncate()
            db.table("settings").insert(settings.to_dict())
            current = pm.current_period(snap.periods)
            if current and current.started_on == last_contact_on.isoformat():
                current.length_days = length_days
                self.store.upsert(db, "periods", current)
                return current
            if current:
                self.store.close_period(db, current, clock.today(), by_slip=False)
            return self.store.open_period(db, clock, last_contact_on, length_days, PeriodStart.ONBOARDING)

        return self.store.write(change)

    def update_settings(self, **values: Any) -> Settings:
        """Change some settings."""
        return self._update("settings", lambda snap: snap.settings, values)

    def update_profile(self, **values: Any) -> Profile:
        """Change some profile fields."""
        return self._update("profile", require_profile, values)

    def _update(self, table: str, record_of: Callable[[Snapshot], R], values: dict[str, Any]) -> R:
        """Set `values` on the one record of `table` (AttributeError for a field it lacks)."""
        def change(db: TinyDB, snap: Snapshot) -> R:
            record = record_of(snap)
            for key, value in values.items():
                if not hasattr(record, key):
                    raise AttributeError(key)
                setattr(record, key, value)
            self.store.upsert(db, table, record)
            return record

        updated: R = self.store.write(change)
        return updated
