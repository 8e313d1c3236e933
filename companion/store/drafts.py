"""`repo.drafts`: what was typed in a dialog or form and not saved yet, kept in the data
file so that it comes back next time (after Escape, or after the app was killed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tinydb import TinyDB

from companion.domain.records import Draft
from companion.store.core import Store
from companion.store.snapshot import Snapshot


class Drafts:
    """Keep, read back and drop a draft, one per place (a dialog's own key)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, key: str, values: dict[str, str]) -> Draft:
        """Keep `values` (field id -> text) as the draft for `key`, replacing any before."""
        from companion.domain.text import LONG_TEXT_LIMIT, clean

        kept = {str(k): clean(str(v), LONG_TEXT_LIMIT).text for k, v in values.items()}

        def change(db: TinyDB, snap: Snapshot) -> Draft:
            old = next((d for d in snap.drafts if d.key == key), None)
            draft = Draft(id=old.id if old else Draft().id, key=key, values=kept,
                          saved_at=self.store.now_text(self.store.clock(snap.settings)))
            self.store.upsert(db, "drafts", draft)
            return draft

        return self.store.write(change)

    def clear(self, key: str) -> None:
        """Drop the draft for `key` (saved or discarded); nothing to do if there is none."""
        if not any(d.key == key for d in self.store.load().drafts):
            return

        def change(db: TinyDB, snap: Snapshot) -> None:
            from tinydb import Query

            db.table("drafts").remove(Query().key == key)

        self.store.write(change)


def draft_for(snapshot: Snapshot, key: str) -> dict[str, str] | None:
    """The values kept for `key`, if any."""
    for draft in snapshot.drafts:
        if draft.key == key and draft.values:
            return dict(draft.values)
    return None
