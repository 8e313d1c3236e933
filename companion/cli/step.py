"""`companion step`: today's step of the program (show it, mark it done, or skip it)."""

from __future__ import annotations

import json
from typing import Any

import click

from companion.cli.common import friendly_errors, paint, repository


def step_json(step: Any) -> dict[str, Any]:
    """Today's step for `step --json`."""
    return {"day": step.day, "title": step.step.title, "text": step.step.text, "done": step.done,
            "skipped": step.skipped, "stage": step.step.stage, "minutes": step.step.minutes}


def _today(ctx: click.Context) -> Any:
    from companion.store.core import NoProfileError
    from companion.store.growth_ops import step_today

    repo = repository(ctx)
    snapshot = repo.load()
    if snapshot.profile is None:
        raise NoProfileError("no profile yet")
    found = step_today(snapshot, repo.clock(snapshot.settings).today())
    if found is None:
        raise LookupError("there is no period running, so there is no step today")
    return found


def _say(step: Any) -> str:
    from companion.domain.program import stage_of

    mark = " ✓ done" if step.done else " · skipped" if step.skipped else ""
    head = paint(f"Day {step.day} · {step.step.title}", bold=True)
    return (f"{head}{mark}\n{stage_of(step.step)} · about {step.step.minutes} min\n"
            f"{step.step.text}")


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.pass_context
@friendly_errors
def step(ctx: click.Context, as_json: bool) -> None:
    """Today's step: one short thing for today (done: `step done`; not today: `step skip`)."""
    if ctx.invoked_subcommand is not None:
        return
    found = _today(ctx)
    click.echo(json.dumps(step_json(found), indent=2, ensure_ascii=False) if as_json else _say(found))


def _mark(ctx: click.Context, status: str, words: str) -> None:
    _today(ctx)
    marked = repository(ctx).growth.mark_step(status)
    click.echo(f"{words}: {marked.step.title}. Tomorrow brings the next step.")


@step.command()
@click.pass_context
@friendly_errors
def done(ctx: click.Context) -> None:
    """Mark today's step done."""
    _mark(ctx, "done", "Done")


@step.command()
@click.pass_context
@friendly_errors
def skip(ctx: click.Context) -> None:
    """Skip today's step; tomorrow brings the next one."""
    _mark(ctx, "skipped", "Skipped, and that's fine")
