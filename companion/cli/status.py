"""`companion status`: the plain summary, the one-line prompt version and JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from companion.cli.common import friendly_errors, paint, repository
from companion.domain.status import Status
from companion.content.period_words import day_line, streak_line
from companion.content.vocabulary import say
from companion.domain.text import plural
from companion.domain.when import say_date


def short_line(status: Status, discreet: bool = False) -> str:
    """One short line for a shell prompt or tmux status bar."""
    label = say("count.short_label", discreet)
    if status.period is None:
        return f"{label} {status.streak_days}"
    if status.completed:
        return f"{label} {status.day_number} · done ✓"
    if status.day_number <= 0:
        return f"{say('count.short_first_day', discreet)} · {status.days_left} left"
    return f"{label} {status.day_number}/{status.period.length_days} · {status.days_left} left"


def describe(status: Status, snapshot: Any, paint: Callable[..., str]) -> str:
    """A few calm lines on where the user stands."""
    lines = []
    if status.period:
        head = day_line(status.day_number, status.period.length_days, status.completed)
        if status.completed:
            tail = f"ended {say_date(status.ends_on, status.today)}" if status.ends_on else ""
        else:
            tail = f"{plural(status.days_left, 'day')} left, ends {say_date(status.ends_on, status.today)}" if status.ends_on else ""
        lines.append(f"{paint(head, bold=True)} · {tail}")
    lines.append(
        streak_line(status.streak_days, status.best_streak_days)
        + (f" · {plural(status.restarts, 'restart')}" if status.restarts else "")
    )
    strength = status.strength
    if strength.days_total:
        lines.append(f"Strength {strength.score}/100 · {strength.days_kept} of "
                     f"{plural(strength.days_total, 'day')} kept")
    from companion.content.checks import short

    checks = f"{short(snapshot.settings.discreet)} {status.checks.last_7_days} · " if status.checks.last_7_days else ""
    lines.append(
        f"Urges this week {status.urges_last_7_days} ({status.resisted_last_7_days} passed) · {checks}"
        f"{say('count.they_first', snapshot.settings.discreet)} {plural(status.they_reached_out_total, 'time')}"
    )
    lines.append(f"Today {status.done_today} of {status.planned_today} planned activities done")
    if snapshot is not None and snapshot.profile is not None:
        from companion.store.growth_ops import growth_lines

        lines.extend(growth_lines(snapshot, status.today))
    return "\n".join(lines)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object (for scripts).")
@click.option("--short", is_flag=True, help="One short line (for a prompt or tmux status bar).")
@click.pass_context
@friendly_errors
def status(ctx: click.Context, as_json: bool, short: bool) -> None:
    """Where you stand today."""
    if as_json and short:
        raise click.UsageError("--json and --short are two different answers; choose one")

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
