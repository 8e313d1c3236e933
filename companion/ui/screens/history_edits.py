"""History's edits: change or delete a logged event, and undo a delete.

The base of HistoryScreen, kept apart so that the screen reads as what it shows.
Deleting a slip asks first (it takes back a restart); every delete can be undone,
also after leaving History and coming back, for as long as the app runs.
"""

from __future__ import annotations

from textual.screen import Screen

from companion.domain.records import Event
from companion.store.event_ops import Deleted, is_slip
from companion.ui.session import SessionLink

NOT_AN_EVENT = ("Only what you logged can be changed here: plans are changed in the planner, "
                "periods in Settings.")
SLIP_QUESTION = "Delete this restart point?"
SLIP_DETAIL = ("The period it closed carries on as if it had not happened, and your streak "
               "counts from before it. You can undo this with z.")


class HistoryEdits(Screen[None]):
    """Edit (e), delete (x) and undo a delete (z) on the highlighted entry."""

    session = SessionLink()

    @property
    def deleted(self) -> list[Deleted]:
        """What was deleted in History while the app runs, newest last: what z puts back."""
        return self.session.undo_steps("history")

    def highlighted_event(self) -> Event | None:
        """The logged event under the cursor (timeline or unsent tab), if it is one."""
        from textual.widgets import TabbedContent

        from companion.ui.widgets.timeline_view import TimelineView
        from companion.ui.widgets.unsent_view import UnsentView

        active = self.query_one(TabbedContent).active
        event_id = None
        if active == "timeline":
            item = self.query_one(TimelineView).highlighted
            event_id = item.event_id if item is not None else None
        elif active == "unsent":
            message = self.query_one(UnsentView).highlighted
            event_id = message.event_id if message is not None else None
        if event_id is None:
            return None
        return next((e for e in self.session.snapshot.events if e.id == event_id), None)

    def action_edit(self) -> None:
        """Change the highlighted entry."""
        from companion.ui.dialogs.edit_event import TITLES, EditEventDialog

        event = self.highlighted_event()
        if event is None or event.kind not in TITLES:
            self.app.notify(NOT_AN_EVENT, timeout=5)
            return
        self.app.push_screen(EditEventDialog(event, discreet=self.session.discreet))

    def action_delete(self) -> None:
        """Delete the highlighted entry (a restart point asks first); z undoes it."""
        from companion.ui.dialogs.confirm import ConfirmDialog
        from companion.ui.dialogs.edit_event import TITLES

        event = self.highlighted_event()
        if event is None or event.kind not in TITLES:
            self.app.notify(NOT_AN_EVENT, timeout=5)
            return
        if not is_slip(event):
            self._delete(event)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(event)

        self.app.push_screen(ConfirmDialog(SLIP_QUESTION, yes="Delete it", no="Keep it",
                                           detail=SLIP_DETAIL), answered)

    def _delete(self, event: Event) -> None:
        deleted = self.session.perform(lambda: self.session.repo.events.delete(event.id))
        if deleted is None:
            return
        self.deleted.append(deleted)
        self.refresh_bindings()
        restored = " The period it closed carries on." if deleted.was_slip else ""
        self.app.notify(f"Deleted.{restored} Press z to bring it back.", timeout=8)

    def action_undo(self) -> None:
        """Bring back the last entry deleted here."""
        if not self.deleted:
            return
        deleted = self.deleted.pop()
        if self.session.perform(lambda: self.session.repo.events.restore(deleted)) is None:
            self.deleted.append(deleted)
            return
        self.refresh_bindings()
        self.app.notify("It is back where it was.", timeout=4)
