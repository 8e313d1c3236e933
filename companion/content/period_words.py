"""How the period's day and streak are said: warmly on the first day, plainly after the end."""

from __future__ import annotations


def _days(count: int) -> str:
    return f"{count} day{'' if count == 1 else 's'}"


def day_line(day_number: int, length_days: int, completed: bool) -> str:
    """"Day 6 of 30"; "Today is the first day of 30"; "Complete · 1 day beyond"."""
    if completed:
        beyond = day_number - length_days
        return f"Complete · {_days(beyond)} beyond" if beyond > 0 else f"Complete · all {length_days} days"
    if day_number <= 0:
        return f"Today is the first day of {length_days}"
    return f"Day {day_number} of {length_days}"


def streak_words(streak_days: int) -> str:
    """The streak's own words: "6 days", or "starts today" on the first day."""
    return "starts today" if streak_days <= 0 else _days(streak_days)


def streak_line(streak_days: int, best_days: int) -> str:
    """"Streak 6 days · best 9 days"; on a very first day, only "Streak starts today"."""
    line = f"Streak {streak_words(streak_days)}"
    return f"{line} · best {_days(best_days)}" if best_days > 0 else line
