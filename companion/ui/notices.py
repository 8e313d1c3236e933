"""Which notices to show: the same words once while they are on screen."""

from __future__ import annotations

import time


class OnScreenNotices:
    """Remembers the notices on screen now (words and title), and until when."""

    def __init__(self) -> None:
        self._until: dict[tuple[str, str], float] = {}

    def first_time(self, message: str, title: str, seconds: float) -> bool:
        """Whether this notice is new on screen (and, if it is, count it as shown)."""
        now = time.monotonic()
        self._until = {key: until for key, until in self._until.items() if until > now}
        if (message, title) in self._until:
            return False
        self._until[(message, title)] = now + seconds
        return True
