"""`companion log …`: record an urge, a contact, a check on them or a mood from a script or a shell."""

from __future__ import annotations

import click

from companion.cli.common import existing_repository as _ready
from companion.cli.common import friendly_errors
from companion.content.vocabulary import say
from companion.domain.records import Channel, ContactAbout, Platform, UrgeOutcome
from companion.domain.text import plural

WHEN_HELP = "When it happened: 2026-11-20, 2026-11-20T22:30, yesterday, today, 3 days ago or 22:30."


def _when(repo, text: str | None, allow_old: bool = False):  # type: ignore[no-untyped-def]
    from companion.domain.plausible import check_not_too_old
    from companion.domain.when import parse_when

    if text is None:
        return None, False
    clock = repo.clock()
    when = parse_when(text, clock)
    check_not_too_old(clock.date_of(when.instant), clock.today(), "a log", allow_old)
    return when.instant, when.date_only


allow_old_option = click.option("--allow-old", is_flag=True, help="Accept a --when more than a year back.")


def _note(text: str | None) -> str:
    from companion.domain.text import clean

    cleaned = clean(text)
    if cleaned.truncated:
        click.echo("companion: the note was long and was shortened.", err=True)
    return cleaned.text


@click.group()
def log() -> None:
    """Log an urge, a contact, checking on them or a mood."""


@log.command()
@click.option("--intensity", type=click.IntRange(1, 10), help="How strong it was, 1-10.")
@click.option("--expected", type=click.IntRange(1, 10),
              help="Your forecast, 1-10: how strong it will be after waiting.")
@click.option("--after", type=click.IntRange(1, 10), help="How strong it was after waiting, 1-10.")
@click.option("--outcome", type=click.Choice([o.value for o in UrgeOutcome]), default="resisted", show_default=True)
@click.option("--note", help="A few words about it.")
@click.option("--when", help=WHEN_HELP)
@allow_old_option
@click.pass_context
@friendly_errors
def urge(ctx: click.Context, intensity: int | None, expected: int | None, after: int | None, outcome: str,
         note: str | None, when: str | None, allow_old: bool) -> None:
    """Log an urge to contact them."""
    repo = _ready(ctx)
    instant, date_only = _when(repo, when, allow_old)
    repo.events.log_urge(intensity_before=intensity, intensity_after=after, expected=expected, outcome=outcome,
                  note=_note(note), when=instant, date_only=date_only)
    if expected is not None and after is not None:
        from companion.domain.forecast import side_by_side

        click.echo(f"Forecast: {side_by_side(expected, after).replace('it is', 'it was')}.")
    if outcome == UrgeOutcome.RESISTED.value:
        click.echo("Logged. It passed — that is one more wave you rode out.")
    elif outcome == UrgeOutcome.CONTACTED.value:
        click.echo(say("cli.urge_reached", repo.load().settings.discreet))
    else:
        click.echo("Logged. If it is still strong, try the timer: companion panic")


@log.command()
@click.option("--from-them", "from_them", is_flag=True, help="They reached out to you.")
@click.option("--from-me", "from_me", is_flag=True, help="You reached out to them.")
@click.option("--channel", type=click.Choice([c.value for c in Channel]), default="text", show_default=True)
@click.option("--about", type=click.Choice([a.value for a in ContactAbout]), default="other", show_default=True)
@click.option("--replied", is_flag=True, help="You replied (with --from-them).")
@click.option("--essential", is_flag=True, help="Logistics or an emergency (with --from-me): not a slip.")
@click.option("--length", type=int, help="With a slip: the new period's length (default: the same).")
@click.option("--note", help="A few words about it.")
@click.option("--when", help=WHEN_HELP)
@allow_old_option
@click.pass_context
@friendly_errors
def contact(ctx: click.Context, from_them: bool, from_me: bool, channel: str, about: str, replied: bool,
            essential: bool, length: int | None, note: str | None, when: str | None, allow_old: bool) -> None:
    """Log a contact: --from-them (never resets anything) or --from-me."""
    if from_them == from_me:
        raise click.UsageError("say who reached out: --from-them or --from-me")
    if from_them and (essential or length):
        raise click.UsageError("--essential and --length go with --from-me")
    if from_me and replied:
        raise click.UsageError("--replied goes with --from-them")
    from companion.domain.advice import reply_counts_as_reaching_out

    repo = _ready(ctx)
    instant, date_only = _when(repo, when, allow_old)
    if from_them:
        repo.events.log_contact_from_them(channel=channel, about=about, replied=replied, note=_note(note),
                                   when=instant, date_only=date_only)
        snapshot = repo.load()
        count = plural(repo.status(snapshot).they_reached_out_total, 'time')
        click.echo(f"{say('cli.they_logged', snapshot.settings.discreet, count=count)} Your streak is untouched.")
        if reply_counts_as_reaching_out(about, replied):
            from companion.content.replies import CLI_REPLY_NOTE

            click.echo(CLI_REPLY_NOTE)
        return
    _, period = repo.events.log_contact_from_me(essential=essential, note=_note(note), when=instant,
                                         date_only=date_only, new_length=length)
    if period is None:
        click.echo(say("notice.essential", repo.load().settings.discreet))
    else:
        click.echo(f"Logged. A new period of {plural(period.length_days, 'day')} starts from "
                   f"{period.started_on}. This is a restart point, not a failure.")


@log.command()
@click.option("--platform", type=click.Choice([p.value for p in Platform], case_sensitive=False),
              default="other", show_default=True, help="Where you looked.")
@click.option("--note", help="A few words about it.")
@click.option("--when", help=WHEN_HELP)
@allow_old_option
@click.pass_context
@friendly_errors
def check(ctx: click.Context, platform: str, note: str | None, when: str | None, allow_old: bool) -> None:
    """Log that you checked on them (their profile, stories, photos). Never a slip."""
    from companion.content.checks import LOGGED, LOGGED_DISCREET

    repo = _ready(ctx)
    instant, date_only = _when(repo, when, allow_old)
    repo.events.log_check(platform=platform.lower(), note=_note(note), when=instant, date_only=date_only)
    status = repo.status()
    discreet = repo.load().settings.discreet
    click.echo(f"{LOGGED_DISCREET if discreet else LOGGED} "
               f"This week: {status.checks.last_7_days} · this period: {status.checks.this_period}.")


@log.command()
@click.argument("score", type=click.IntRange(1, 5))
@click.option("--note", help="A few words about it.")
@click.option("--when", help=WHEN_HELP)
@allow_old_option
@click.pass_context
@friendly_errors
def mood(ctx: click.Context, score: int, note: str | None, when: str | None, allow_old: bool) -> None:
    """Log your mood, 1 (low) to 5 (good)."""
    repo = _ready(ctx)
    instant, date_only = _when(repo, when, allow_old)
    repo.events.log_mood(score, _note(note), when=instant, date_only=date_only)
    click.echo(f"Logged mood {score}.")
