"""`companion init`: set up without the guided screens (for scripts)."""

from __future__ import annotations

import click

from companion.cli.common import friendly_errors, repository
from companion.content.vocabulary import say
from companion.domain.text import plural


@click.command()
@click.option("--last-contact", required=True, help="Date you last reached out (YYYY-MM-DD, today, yesterday, 3 days ago).")
@click.option("--length", "length", required=True, type=int, help="Period length in days (7-365).")
@click.option("--breakup-date", help="Date of the breakup.")
@click.option("--name", default="", help="Your name.")
@click.option("--ex-name", default="", help="How to refer to your ex.")
@click.option("--delay", type=click.Choice(["5", "10", "15", "20", "30"]), default="15", show_default=True,
              help="Default panic-timer delay in minutes.")
@click.option("--week-start", type=click.Choice(["monday", "sunday"]), default="monday", show_default=True)
@click.option("--day-starts-at", default="00:00", show_default=True, help="When your day starts (00:00-06:00).")
@click.option("--tz", "zone", help="Time zone (IANA name, e.g. Europe/London); default: the system's.")
@click.option("--force", is_flag=True, help="Set up again over an existing profile (what you don't pass is kept).")
@click.pass_context
@friendly_errors
def init(ctx: click.Context, last_contact: str, length: int, breakup_date: str | None, name: str,
         ex_name: str, delay: str, week_start: str, day_starts_at: str, zone: str | None, force: bool) -> None:
    """Set up without the guided screens (for scripts)."""
    from dataclasses import replace

    from companion.clock import check_zone, parse_day_start
    from companion.domain.periods import check_length
    from companion.domain.records import Profile, Settings
    from companion.domain.text import clean_line
    from companion.domain.when import parse_past_day
    from companion.store.repository import clock_for

    repo = repository(ctx)
    existing = repo.load() if repo.db.exists() else None
    if existing is not None and existing.profile is not None and not force:
        raise ValueError(f"{repo.path} is set up already; `companion init --force` sets it up again "
                         "(keeping what you don't pass), or change one thing in the app's Settings")
    given = {key for key in ctx.params
             if ctx.get_parameter_source(key) is not click.core.ParameterSource.DEFAULT}
    check_length(length)
    parse_day_start(day_starts_at)
    settings_given = {"default_delay_minutes": int(delay), "week_start": week_start,
                      "day_starts_at": day_starts_at, "zone": check_zone(zone) if zone else None}
    settings_keys = {"delay": "default_delay_minutes", "week_start": "week_start",
                     "day_starts_at": "day_starts_at", "zone": "zone"}
    if existing is not None and existing.profile is not None:
        settings = replace(existing.settings, **{settings_keys[k]: settings_given[settings_keys[k]]
                                                 for k in settings_keys if k in given})
    else:
        settings = Settings(**settings_given)
    today = clock_for(settings, repo.source).today()
    last = parse_past_day(last_contact, today)
    breakup = parse_past_day(breakup_date, today) if breakup_date else None
    if breakup and last < breakup:
        raise ValueError("the last contact cannot be before the breakup")
    profile_given = {"name": clean_line(name).text, "ex_name": clean_line(ex_name).text,
                     "breakup_on": breakup.isoformat() if breakup else None}
    profile_keys = {"name": "name", "ex_name": "ex_name", "breakup_date": "breakup_on"}
    if existing is not None and existing.profile is not None:
        profile = replace(existing.profile, **{field: profile_given[field]
                                               for key, field in profile_keys.items() if key in given})
    else:
        profile = Profile(**profile_given)
    period = repo.setup.complete_onboarding(profile, settings, last, length)
    click.echo(f"{say('cli.started', settings.discreet, days=plural(length, 'day'), start=period.started_on)} "
               f"Data file: {repo.path}")

