"""`companion ifthen …`: if-then plans ("If <situation>, then I will <action>")."""

from __future__ import annotations

import json

import click

from companion.cli.common import existing_repository as _ready
from companion.cli.common import friendly_errors, repository
from companion.domain.records import TRIGGER_KEYS


@click.group()
def ifthen() -> None:
    """If-then plans for the moments an urge comes."""


@ifthen.command()
@click.option("--if", "if_text", required=True, help="The situation: \"I see their story at night\".")
@click.option("--then", "then_text", required=True, help="What you will do: \"I put the phone in the kitchen\".")
@click.option("--trigger", type=click.Choice(list(TRIGGER_KEYS), case_sensitive=False),
              help="What the urge is after (as in the timer); none: any.")
@click.pass_context
@friendly_errors
def add(ctx: click.Context, if_text: str, then_text: str, trigger: str | None) -> None:
    """Add a plan; prints its id."""
    from companion.domain.ifthen import new_plan

    plan = new_plan(if_text, then_text, trigger)
    _ready(ctx).ifthen.add(plan)
    click.echo(plan.id)


@ifthen.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="A JSON list (id, if, then, trigger).")
@click.pass_context
@friendly_errors
def list_(ctx: click.Context, as_json: bool) -> None:
    """Your plans, oldest first."""
    from companion.content.ifthen import NO_PLANS, SUGGESTIONS, SUGGESTIONS_INTRO
    from companion.domain.ifthen import plan_json, plan_sentence

    repo = repository(ctx)
    plans = repo.ifthen.plans() if repo.db.exists() else []
    if as_json:
        click.echo(json.dumps([plan_json(p) for p in plans], indent=2, ensure_ascii=False))
        return
    if not plans:
        click.echo(NO_PLANS)
        click.echo(SUGGESTIONS_INTRO)
        for trigger, (first, *_) in SUGGESTIONS.items():
            click.echo(f"  If {first[0]}, then {first[1]}.  (--trigger {trigger})")
    for plan in plans:
        tail = f"  ({plan.trigger})" if plan.trigger else ""
        click.echo(f"{plan.id[:8]}  {plan_sentence(plan)}{tail}")


@ifthen.command()
@click.argument("plan_id")
@click.pass_context
@friendly_errors
def remove(ctx: click.Context, plan_id: str) -> None:
    """Remove a plan (its id, or its first 4+ characters)."""
    from companion.domain.ifthen import plan_sentence

    plan = _ready(ctx).ifthen.remove(plan_id.strip())
    click.echo(f"Removed: {plan_sentence(plan)}")
