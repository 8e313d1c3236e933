"""What `companion remind fire` would send now: the records read once, the rules, the words."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from companion.content.reminders import describe
from companion.domain.reminders import Due, Moment, due_now
from companion.store.reminder_ops import reminder_log, reminder_prefs
from companion.store.snapshot import Snapshot

if TYPE_CHECKING:
    from companion.store.repository import Repository


def due_notifications(repo: Repository, snapshot: Snapshot) -> list[tuple[Due, str, str]]:
    """(due reminder, title, body) for everything due now; nothing without a profile."""
    if snapshot.profile is None:
        return []
    settings = snapshot.settings
    clock = repo.clock(settings)
    moment = Moment(clock.now(), clock.zone, clock.day_starts_at)
    events = snapshot.events_since(moment.today - timedelta(days=1))
    due = due_now(reminder_prefs(snapshot), reminder_log(snapshot), moment,
                  week_start=settings.week_start, events=events,
                  activities=snapshot.activities, timer=snapshot.timer,
                  today_opened_on=repo.reminders.today_opened_on())
    ex_name = snapshot.profile.ex_name
    return [(item, *describe(item, ex_name, settings.discreet)) for item in due]
