"""`companion plan …`: plan activities from the shell, and which week a word names."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from companion.cli.common import friendly_errors, paint, repository
from companion.domain.records import Category
from companion.domain.text import printable_line, strict_json


def resolve_week(repo: Any, which: str | None) -> list[date]:
    """The seven dates of `this`, `next`, `last` week or the week holding a date."""
    from datetime import timedelta

    from companion.domain.planning import week_days
    from companion.domain.when import parse_day

    snapshot = repo.load()
    today = repo.clock(snapshot.settings).today()
    value = (which or "this").strip().lower()
    offsets = {"this": 0, "next": 7, "last": -7}
    if value in offsets:
        anchor = today + timedelta(days=offsets[value])
    else:
        try:
            anchor = parse_day(value, today)
        except ValueError:
            raise ValueError(f"{which!r} is not a week; try this, next, last, or a date in the week "
                             "(2026-11-20, yesterday, 3 days ago)") from None
    return week_days(anchor, snapshot.settings.week_start)


def occurrence_json(occurrence: Any) -> dict[str, Any]:
    """One planned item for `plan show --json`."""
    activity = occurrence.activity
    return {
        "id": activity.id,
        "title": activity.title,
        "category": activity.category,
        "date": occurrence.on.isoformat(),
        "time": activity.at,
        "minutes": activity.minutes,
        "done": occurrence.done,
        "repeat": activity.repeat,
        "note": activity.note,
        "goal": activity.goal,
    }


@click.group()
def plan() -> None:
    """Plan growth activities: people, body, work, challenge, joy."""


@plan.command()
@click.argument("title")
@click.option("--category", "-c", required=True, type=click.Choice([c.value for c in Category]))
@click.option("--on", "on", required=True, help="The date: 2026-11-28, today, tomorrow or a weekday name.")
@click.option("--at", "at", help="Start time, HH:MM.")
@click.option("--minutes", type=click.IntRange(1, 24 * 60), help="How long, in minutes.")
@click.option("--note", help="A note.")
@click.option("--weekly", is_flag=True, help="Repeat every week.")
@click.option("--goal", "goal_id", help="The goal it serves (its id or first 8 characters).")
@click.option("--allow-old", is_flag=True, help="Accept a date more than a year back.")
@click.pass_context
@friendly_errors
def add(ctx: click.Context, title: str, category: str, on: str, at: str | None, minutes: int | None,
        note: str | None, weekly: bool, goal_id: str | None, allow_old: bool) -> None:
    """Plan an activity."""
    from companion.domain.goals import find_goal
    from companion.domain.planning import WEEKLY, parse_plan_day, parse_time_of_day
    from companion.domain.plausible import check_not_too_old
    from companion.domain.records import Activity
    from companion.domain.text import clean, clean_line

    repo = repository(ctx)
    snapshot = repo.load()
    today = repo.clock(snapshot.settings).today()
    day = parse_plan_day(on, today)
    check_not_too_old(day, today, "an activity", allow_old)
    cleaned = clean_line(title)
    if not cleaned.text:
        raise ValueError("the title is empty")
    if cleaned.truncated:
        click.echo(f"The title was long; it was shortened to {len(cleaned.text)} characters.", err=True)
    goal = find_goal(snapshot.goals, goal_id).id if goal_id is not None else None
    activity = Activity(title=cleaned.text, category=category, on=day.isoformat(),
                        at=parse_time_of_day(at) if at else None, minutes=minutes,
                        note=clean(note).text, repeat=WEEKLY if weekly else None, goal=goal)
    repo.activities.plan(activity)
    click.echo(f"Planned {printable_line(repr(activity.title))} ({category}) on {day.isoformat()}"
               f"{' at ' + activity.at if activity.at else ''}{', every week' if weekly else ''}. "
               f"Id {activity.id[:8]}")


@plan.command()
@click.option("--week", help="this, next, last, or a date in the week (default: this).")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.pass_context
@friendly_errors
def show(ctx: click.Context, week: str | None, as_json: bool) -> None:
    """Show a week's plan."""
    from companion.content.suggestions import nudge
    from companion.domain.planning import occurrences_in, start_of_week
    from companion.domain.week_plan import balance, week_label

    repo = repository(ctx)
    days = resolve_week(repo, week)
    snapshot = repo.load()
    items = occurrences_in(snapshot.activities, days)
    if as_json:
        click.echo(strict_json([occurrence_json(o) for o in items], indent=2))
        return
    today = repo.clock(snapshot.settings).today()
    this_first = start_of_week(today, snapshot.settings.week_start)
    click.echo(paint(week_label(days[0], this_first, today), bold=True))
    for day in days:
        todays = [o for o in items if o.on == day]
        click.echo(paint(day.strftime("%a %d %b"), underline=True))
        if not todays:
            click.echo("  —")
        for o in todays:
            box = "[x]" if o.done else "[ ]"
            at = f"{o.activity.at} " if o.activity.at else ""
            repeat = " · every week" if o.activity.repeat else ""
            click.echo(printable_line(f"  {box} {at}{o.activity.title} ({o.activity.category}{repeat})"
                                      f"  {o.activity.id[:8]}"))
    spread = balance(items)
    counts = " · ".join(f"{name} {count}" for name, count in spread.counts.items())
    click.echo("")
    click.echo(f"{counts}  ({spread.done} of {spread.planned} done)")
    click.echo(nudge(spread.missing, spread.planned, in_app=False))


@plan.command()
@click.argument("activity_id")
@click.option("--on", "on", help="For a weekly activity: which date (default: today).")
@click.option("--undo", is_flag=True, help="Mark it not done.")
@click.pass_context
@friendly_errors
def done(ctx: click.Context, activity_id: str, on: str | None, undo: bool) -> None:
    """Mark an activity done (the id, or its first 8 characters)."""
    from companion.domain.planning import occurs_on, parse_plan_day
    from companion.domain.plausible import check_not_future

    repo = repository(ctx)
    snapshot = repo.load()
    today = repo.clock(snapshot.settings).today()
    activity = repo.activities.find(activity_id, snapshot)
    day = parse_plan_day(on, today) if on else (today if activity.repeat else activity.date)
    if not occurs_on(activity, day):
        raise ValueError(f"{activity.title!r} is not planned on {day.isoformat()}")
    if not undo:
        check_not_future(day, today, f"{activity.title!r} cannot be marked done")
    repo.activities.set_done(activity.id, day, done=not undo)
    click.echo(f"{'Unticked' if undo else 'Done'}: {printable_line(activity.title)}")
