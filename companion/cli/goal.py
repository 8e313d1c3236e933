"""`companion goal …`: growth goals from the shell (add, list, done, drop)."""

from __future__ import annotations

import json
from typing import Any

import click

from companion.cli.common import friendly_errors, paint, repository
from companion.domain.records import Category


@click.group()
def goal() -> None:
    """Growth goals: the next version of you (1 to 5 active at a time)."""


@goal.command()
@click.argument("title")
@click.option("--category", "-c", required=True, type=click.Choice([c.value for c in Category]),
              help="people, body, work, challenge or joy.")
@click.option("--why", default="", help="Why it matters to you (optional).")
@click.pass_context
@friendly_errors
def add(ctx: click.Context, title: str, category: str, why: str) -> None:
    """Add a goal; prints its id."""
    added = repository(ctx).growth.add_goal(title, category, why)
    click.echo(added.id)


def goal_json(item: Any) -> dict[str, Any]:
    """One goal for `goal list --json`."""
    found = item.goal
    return {"id": found.id, "title": found.title, "category": found.category, "why": found.why,
            "status": found.status, "activities_done": item.done_total,
            "activities_planned": item.planned_total}


@goal.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.pass_context
@friendly_errors
def list_(ctx: click.Context, as_json: bool) -> None:
    """Your goals and how each is going."""
    from companion.store.growth_ops import goals_progress

    repo = repository(ctx)
    snapshot = repo.load()
    if snapshot.profile is None:
        from companion.store.core import NoProfileError

        raise NoProfileError("no profile yet")
    items = goals_progress(snapshot, repo.clock(snapshot.settings).today())
    if as_json:
        click.echo(json.dumps([goal_json(i) for i in items], indent=2, ensure_ascii=False))
        return
    if not items:
        click.echo("No goals yet. Add one: companion goal add \"Run 5 km\" --category body")
        return
    for i in items:
        head = f"{i.goal.id[:8]}  {i.goal.title} ({i.goal.category})"
        state = "" if i.goal.status == "active" else f" · {i.goal.status}"
        click.echo(paint(head, bold=i.goal.status == "active") + state)
        click.echo(f"          this week {i.done_this_week}/{i.planned_this_week} done · "
                   f"in all {i.done_total}/{i.planned_total}"
                   + (" · quiet: nothing planned for two weeks" if i.quiet else ""))


def _close(ctx: click.Context, goal_id: str, status: str, words: str) -> None:
    closed = repository(ctx).growth.close_goal(goal_id, status)
    click.echo(f"{words}: {closed.title}")


@goal.command()
@click.argument("goal_id")
@click.pass_context
@friendly_errors
def done(ctx: click.Context, goal_id: str) -> None:
    """Mark a goal done (its id or first 8 characters)."""
    _close(ctx, goal_id, "done", "Done — well done")


@goal.command()
@click.argument("goal_id")
@click.pass_context
@friendly_errors
def drop(ctx: click.Context, goal_id: str) -> None:
    """Drop a goal that no longer fits (its id or first 8 characters)."""
    _close(ctx, goal_id, "dropped", "Dropped, no blame")
