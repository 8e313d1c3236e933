"""`companion status`: the plain summary, the one-line prompt version and JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from companion.cli.common import friendly_errors, paint, plural, repository
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
    return "\n".join(lines)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object (for scripts).")
@click.option("--short", is_flag=True, help="One short line (for a prompt or tmux status bar).")
@click.pass_context
@friendly_errors
def status(ctx: click.Context, as_json: bool, short: bool) -> None:
    """Where you stand today."""
    repo = repository(ctx)
    snapshot = repo.load()
    if short and snapshot.profile is None:
        return  # a prompt or status bar stays clean where Companion is not set up
    current = repo.status(snapshot)
    if as_json:
        from companion.store.growth_ops import growth_json

        click.echo(json.dumps({**current.to_json(), **growth_json(snapshot, current.today)}, indent=2))
    elif short:
        click.echo(short_line(current, snapshot.settings.discreet))
    else:
        click.echo(describe(current, snapshot, paint))
