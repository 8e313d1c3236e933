"""`companion init`: set up without the guided screens (for scripts)."""

from __future__ import annotations

import click

from companion.cli.common import friendly_errors, plural, repository


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
@click.pass_context
@friendly_errors
def init(ctx: click.Context, last_contact: str, length: int, breakup_date: str | None, name: str,
         ex_name: str, delay: str, week_start: str, day_starts_at: str, zone: str | None) -> None:
    """Set up without the guided screens (for scripts)."""
    from companion.clock import check_zone, parse_day_start
    from companion.domain.periods import check_length
    from companion.domain.records import Profile, Settings
    from companion.domain.text import clean_line
    from companion.domain.when import parse_past_day
    from companion.store.repository import clock_for

    repo = repository(ctx)
    check_length(length)
    parse_day_start(day_starts_at)
    settings = Settings(default_delay_minutes=int(delay), week_start=week_start,
                        day_starts_at=day_starts_at, zone=check_zone(zone) if zone else None)
    today = clock_for(settings, repo.source).today()
    last = parse_past_day(last_contact, today)
    breakup = parse_past_day(breakup_date, today) if breakup_date else None
    if breakup and last < breakup:
        raise ValueError("the last contact cannot be before the breakup")
    profile = Profile(name=clean_line(name).text, ex_name=clean_line(ex_name).text,
                      breakup_on=breakup.isoformat() if breakup else None)
    period = repo.complete_onboarding(profile, settings, last, length)
    click.echo(f"Started: {plural(length, 'day')} of No Contact from {period.started_on}. "
               f"Data file: {repo.path}")
