"""`companion remind …`: reminders through the system's scheduler and notifier."""

from __future__ import annotations

import json
from typing import Any

import click

from companion.cli.common import fail, friendly_errors, repository
from companion.domain.reminder_prefs import ACTIVITIES, KINDS, PLANNING, TIMER, ReminderPrefs, in_quiet_hours, as_time
from companion.domain.text import plural


@click.group()
def remind() -> None:
    """Reminders: a morning check-in, an evening mood, a Sunday plan, what you planned.

    They come from your system's scheduler (`companion remind install`) and notifier,
    speak only about you and your day, and `companion remind quiet on` keeps only the
    ones for planned activities and the timer.
    """


def _prefs(ctx: click.Context) -> tuple[Any, ReminderPrefs]:
    from companion.store.reminder_ops import reminder_prefs

    repo = repository(ctx)
    snapshot = repo.load()
    return snapshot, reminder_prefs(snapshot)


def _rows(prefs: ReminderPrefs, week_start: str) -> list[dict[str, Any]]:
    rows = []
    for name in KINDS:
        reminder = prefs.reminders[name]
        row: dict[str, Any] = {"name": name, "enabled": reminder.enabled,
                               "at": reminder.at, "day": None}
        if name == PLANNING:
            row["day"] = reminder.planning_day(week_start)
        if name == ACTIVITIES:
            row["minutes_before"] = reminder.lead_minutes
        row["active"] = prefs.active(name)
        rows.append(row)
    return rows


def _when(row: dict[str, Any]) -> str:
    if row["name"] == ACTIVITIES:
        return f"{row['minutes_before']} min before a planned activity with a time"
    if row["name"] == TIMER:
        return "when a timer ends while the app is closed"
    return f"{row['day'].capitalize()} {row['at']}" if row["day"] else f"{row['at']}"


@remind.command("list")
@click.option("--json", "as_json", is_flag=True, help="A JSON list (for scripts).")
@click.pass_context
@friendly_errors
def list_(ctx: click.Context, as_json: bool) -> None:
    """Each reminder: on or off, and when."""
    snapshot, prefs = _prefs(ctx)
    rows = _rows(prefs, snapshot.settings.week_start)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        state = "on" if row["active"] else ("off (quiet mode)" if row["enabled"] else "off")
        click.echo(f"{row['name']:<11} {state:<16} {_when(row)}")
    start, end = prefs.quiet_hours
    click.echo(f"Quiet mode {'on' if prefs.quiet_mode else 'off'} · "
               f"quiet hours {start}–{end} (only the timer comes then)")


def _change(ctx: click.Context, change: Any, message: str) -> ReminderPrefs:
    snapshot, _ = _prefs(ctx)
    if snapshot.profile is None:
        from companion.store.repository import NoProfileError

        raise NoProfileError("no profile yet")
    prefs: ReminderPrefs = repository(ctx).reminders.change(change)
    click.echo(message)
    return prefs


@remind.command("set")
@click.argument("name")
@click.argument("at", metavar="HH:MM")
@click.option("--day", help="Planning only: the day it comes (default: the day before your week starts).")
@click.pass_context
@friendly_errors
def set_(ctx: click.Context, name: str, at: str, day: str | None) -> None:
    """Set when a reminder comes (for activities, HH:MM is how long before)."""
    from companion.domain.reminder_prefs import check_name, parse_clock_time

    check_name(name)
    checked = ReminderPrefs.from_dict({}).timed(name, at, day).reminders[name]  # before writing
    said = (f"{plural(checked.lead_minutes, 'minute')} before a planned activity" if name == ACTIVITIES
            else checked.at + (f" on {checked.day.capitalize()}" if day and checked.day else ""))
    prefs = _change(ctx, lambda p: p.timed(name, at, day), f"{name}: {said}")
    if name != ACTIVITIES and in_quiet_hours(as_time(parse_clock_time(at)), prefs.quiet_hours):
        start, end = prefs.quiet_hours
        click.echo(f"Note: that is within quiet hours ({start}–{end}); it waits until {end}, "
                   "and is skipped if the day has turned by then.")


def _switch_command(enabled: bool) -> None:
    """`remind on NAME` and `remind off NAME`."""
    word = "on" if enabled else "off"

    @remind.command(word, help=f"Turn one reminder {word}.")
    @click.argument("name")
    @click.pass_context
    @friendly_errors
    def switch(ctx: click.Context, name: str) -> None:
        from companion.domain.reminder_prefs import check_name

        _change(ctx, lambda p: p.switched(check_name(name), enabled), f"{name}: {word}")


_switch_command(True)
_switch_command(False)


@remind.command()
@click.argument("state", type=click.Choice(["on", "off"]))
@click.pass_context
@friendly_errors
def quiet(ctx: click.Context, state: str) -> None:
    """Quiet mode: no daily reminders; only planned activities and the timer."""
    words = ("Quiet mode on: only reminders for planned activities and the timer."
             if state == "on" else "Quiet mode off: daily reminders come as set.")
    _change(ctx, lambda p: p.quiet(state == "on"), words)


@remind.command()
@click.option("--scheduler", type=click.Choice(["systemd", "launchd", "cron"]),
              help="Which scheduler to use (default: the one this system has).")
@click.pass_context
@friendly_errors
def install(ctx: click.Context, scheduler: str | None) -> None:
    """Ask the system to run `companion remind fire` every few minutes."""
    from companion import schedulers

    repo = repository(ctx)
    try:
        done = schedulers.install(scheduler or schedulers.default_scheduler(), repo.path)
    except (schedulers.SchedulerError, OSError) as error:
        fail(str(error))
    click.echo(f"Reminders installed with {done.scheduler}. Wrote:")
    for item in done.wrote:
        click.echo(f"  {item}")
    click.echo(f"To turn them on: {done.enable}" if done.enable
               else "Nothing more to turn on: cron reads the new crontab by itself.")


@remind.command()
@friendly_errors
def uninstall() -> None:
    """Remove what `companion remind install` wrote."""
    from companion import schedulers

    try:
        removed = schedulers.uninstall()
    except (schedulers.SchedulerError, OSError) as error:
        fail(str(error))
    if not removed:
        click.echo("Nothing to remove: reminders were not installed.")
    for item in removed:
        click.echo(f"Removed {item}")


@remind.command()
@click.pass_context
@friendly_errors
def status(ctx: click.Context) -> None:
    """Where reminders are installed, whether a notifier was found, the last one sent."""
    from companion import schedulers
    from companion.notifier import find_notifier
    from companion.store.reminder_ops import reminder_log

    places = schedulers.where_installed()
    click.echo(f"Installed: {', '.join(places) if places else 'no (run `companion remind install`)'}")
    notifier = find_notifier()
    click.echo(f"Notifier: {notifier.path}" if notifier else
               "Notifier: none found (notify-send or osascript); reminders cannot be shown here.")
    repo = repository(ctx)
    last = reminder_log(repo.load()).last_sent() if repo.path.exists() else None
    click.echo(f"Last sent: {last[0].split(':')[0]} at {last[1][:16].replace('T', ' ')}" if last
               else "Last sent: none yet")


@remind.command()
@click.option("--dry-run", is_flag=True, help="Print what is due as `TITLE — BODY`; send nothing.")
@click.pass_context
@friendly_errors
def fire(ctx: click.Context, dry_run: bool) -> None:
    """Send the reminders that are due now (the scheduler runs this)."""
    from companion.reminder_run import due_notifications

    repo = repository(ctx)
    if not repo.path.exists():
        return
    notices = due_notifications(repo, repo.load())
    if dry_run:
        for _, title, body in notices:
            click.echo(f"{title} — {body}")
        return
    from companion.notifier import find_notifier

    notifier = find_notifier()
    if notifier is None or not notices:
        return
    claimed = set(repo.reminders.claim(due.key for due, _, _ in notices))
    for due, title, body in notices:
        if due.key in claimed:
            notifier.send(title, body)
