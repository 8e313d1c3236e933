"""The small record of what reminders were sent.

Kept apart from the reminder rules so that reading the data file (which knows every
table's record type) does not load them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from companion.clock import Instant, read_instant
from companion.domain.records import Record, new_id

LOG_KEEP_DAYS = 8


@dataclass
class ReminderLog(Record):
    """What was sent: once-only key -> the instant it was sent."""

    id: str = field(default_factory=new_id)
    sent: dict[str, str] = field(default_factory=dict)

    def last_sent(self) -> tuple[str, str] | None:
        """(key, instant) of the latest notification sent, if any."""
        if not self.sent:
            return None
        key = max(self.sent, key=lambda k: read_instant(self.sent[k]))
        return key, self.sent[key]

    def pruned(self, now: Instant) -> dict[str, str]:
        """The sent entries younger than a week (older ones can no longer matter)."""
        cutoff = now - timedelta(days=LOG_KEEP_DAYS)
        return {k: v for k, v in self.sent.items() if read_instant(v) >= cutoff}
