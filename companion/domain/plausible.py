"""Dates a person is unlikely to mean: refused with a reason instead of stored quietly.

A typo in a year ("2025" for "2026") would otherwise put a log or a plan far back in
history, where it skews the insights and is hard to find again.
"""

from __future__ import annotations

from datetime import date, timedelta

OLDEST = timedelta(days=366)


def check_not_too_old(day: date, today: date, what: str, allow_old: bool = False) -> None:
    """Refuse a date more than a year back, unless asked for (ValueError with the way round)."""
    if not allow_old and today - day > OLDEST:
        raise ValueError(f"{what} on {day.isoformat()} is more than a year back; if that is right, "
                         "add --allow-old")


def check_not_future(day: date, today: date, what: str) -> None:
    """Refuse a date after today: `what` is what cannot happen ("'Run' cannot be marked done")."""
    if day > today:
        raise ValueError(f"{what} on {day.isoformat()}: that day has not come yet")
