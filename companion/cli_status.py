"""Words for `companion status`: the plain summary and the one-line prompt version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from companion.cli_common import plural
from companion.domain.status import Status
from companion.domain.when import say_date


def short_line(status: Status, discreet: bool = False) -> str:
    """One short line for a shell prompt or tmux status bar."""
    label = "Day" if discreet else "NC day"
    if status.period is None:
        return f"{label} {status.streak_days}"
    if status.completed:
        return f"{label} {status.day_number} · done ✓"
    return f"{label} {status.day_number}/{status.period.length_days} · {status.days_left} left"


def describe(status: Status, snapshot: Any, paint: Callable[..., str]) -> str:
    """A few calm lines on where the user stands."""
    lines = []
    if status.period:
        head = f"Day {status.day_number} of {status.period.length_days}"
        if status.completed:
            tail = f"complete since {say_date(status.ends_on, status.today)}" if status.ends_on else "complete"
        else:
            tail = f"{plural(status.days_left, 'day')} left, ends {say_date(status.ends_on, status.today)}" if status.ends_on else ""
        lines.append(f"{paint(head, bold=True)} · {tail}")
    lines.append(
        f"Streak {plural(status.streak_days, 'day')} · best {plural(status.best_streak_days, 'day')}"
        + (f" · {plural(status.restarts, 'restart')}" if status.restarts else "")
    )
    lines.append(
        f"Urges this week {status.urges_last_7_days} ({status.resisted_last_7_days} passed) · "
        f"They reached out first {plural(status.they_reached_out_total, 'time')}"
    )
    lines.append(f"Today {status.done_today} of {status.planned_today} planned activities done")
    if snapshot is not None and snapshot.profile is not None:
        from companion.store.growth_ops import growth_lines

        lines.extend(growth_lines(snapshot, status.today))
    return "\n".join(lines)
