"""`companion log …`: record an urge, a contact or a mood from a script or a shell."""

from __future__ import annotations

import click

from companion.cli.common import friendly_errors, plural, repository
from companion.domain.records import Channel, ContactAbout, UrgeOutcome

WHEN_HELP = "When it happened: 2026-11-20, 2026-11-20T22:30, yesterday, today, 3 days ago or 22:30."


def _ready(ctx: click.Context):  # type: ignore[no-untyped-def]
    """The repository, if there is a data file (so that nothing is created without a profile).

    The write itself checks the profile, inside its transaction: one read of the
    file, not two, which matters with years of history.
    """
    from companion.store.repository import NoProfileError

    repo = repository(ctx)
    if not repo.db.exists():
        raise NoProfileError("no profile yet")
    return repo


def _when(repo, text: str | None):  # type: ignore[no-untyped-def]
    from companion.domain.when import parse_when

    if text is None:
        return None, False
    when = parse_when(text, repo.clock())
    return when.instant, when.date_only


def _note(text: str | None) -> str:
    from companion.domain.text import clean

    cleaned = clean(text)
    if cleaned.truncated:
        click.echo("companion: the note was long and was shortened.", err=True)
    return cleaned.text


@click.group()
def log() -> None:
    """Log an urge, a contact or a mood."""


@log.command()
@click.option("--intensity", type=click.IntRange(1, 10), help="How strong it was, 1-10.")
@click.option("--outcome", type=click.Choice([o.value for o in UrgeOutcome]), default="resisted", show_default=True)
@click.option("--note", help="A few words about it.")
@click.option("--when", help=WHEN_HELP)
@click.pass_context
@friendly_errors
def urge(ctx: click.Context, intensity: int | None, outcome: str, note: str | None, when: str | None) -> None:
    """Log an urge to contact them."""
    repo = _ready(ctx)
    instant, date_only = _when(repo, when)
    repo.log_urge(intensity_before=intensity, outcome=outcome, note=_note(note), when=instant,
                  date_only=date_only)
    if outcome == UrgeOutcome.RESISTED.value:
        click.echo("Logged. It passed — that is one more wave you rode out.")
    elif outcome == UrgeOutcome.CONTACTED.value:
        click.echo("Logged. If you reached out, log it too: companion log contact --from-me")
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
@click.pass_context
@friendly_errors
def contact(ctx: click.Context, from_them: bool, from_me: bool, channel: str, about: str, replied: bool,
            essential: bool, length: int | None, note: str | None, when: str | None) -> None:
    """Log a contact: --from-them (never resets anything) or --from-me."""
    if from_them == from_me:
        raise click.UsageError("say who reached out: --from-them or --from-me")
    if from_them and (essential or length):
        raise click.UsageError("--essential and --length go with --from-me")
    if from_me and replied:
        raise click.UsageError("--replied goes with --from-them")
    repo = _ready(ctx)
    instant, date_only = _when(repo, when)
    if from_them:
        repo.log_contact_from_them(channel=channel, about=about, replied=replied, note=_note(note),
                                   when=instant, date_only=date_only)
        status = repo.status()
        click.echo(f"Logged. They reached out first — {plural(status.they_reached_out_total, 'time')} so far. "
                   "Your streak is untouched.")
        return
    _, period = repo.log_contact_from_me(essential=essential, note=_note(note), when=instant,
                                         date_only=date_only, new_length=length)
    if period is None:
        click.echo("Logged as an essential contact. Your streak is untouched.")
    else:
        click.echo(f"Logged. A new period of {plural(period.length_days, 'day')} starts from "
                   f"{period.started_on}. This is a restart point, not a failure.")


@log.command()
@click.argument("score", type=click.IntRange(1, 5))
@click.option("--note", help="A few words about it.")
@click.option("--when", help=WHEN_HELP)
@click.pass_context
@friendly_errors
def mood(ctx: click.Context, score: int, note: str | None, when: str | None) -> None:
    """Log your mood, 1 (low) to 5 (good)."""
    repo = _ready(ctx)
    instant, date_only = _when(repo, when)
    repo.log_mood(score, _note(note), when=instant, date_only=date_only)
    click.echo(f"Logged mood {score}.")
