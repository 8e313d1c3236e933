"""The `companion` command. Textual is imported only by the commands that open the app."""

from __future__ import annotations

import json
import click

from companion import __version__
from companion.cli_common import fail, friendly_errors, paint, plural, repository
from companion.content.vocabulary import say


# Commands that live in other modules: imported only when used, so that `status`
# (for a shell prompt) loads as little as possible. Add new ones here.
LAZY_COMMANDS = {
    "log": "companion.cli_log:log",
    "plan": "companion.cli_plan:plan",
    "goal": "companion.cli_goal:goal",
    "step": "companion.cli_step:step",
    "ifthen": "companion.cli_ifthen:ifthen",
    "export": "companion.cli_data:export",
    "import": "companion.cli_data:import_",
    "doctor": "companion.cli_data:doctor",
    "themes": "companion.cli_app:themes",
    "demo": "companion.cli_app:demo",
    "remind": "companion.cli_remind:remind",
    "completion": "companion.cli_shell:completion",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = LAZY_COMMANDS.get(cmd_name)
        if target is None:
            return super().get_command(ctx, cmd_name)
        from importlib import import_module

        module, attribute = target.split(":")
        command: click.Command = getattr(import_module(module), attribute)
        return command


def _check_data_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A data file path that is not a folder, with the error naming where it came from."""
    import os

    if value is not None and os.path.isdir(value):
        from_env = ctx.get_parameter_source(param.name or "") is click.core.ParameterSource.ENVIRONMENT
        where = "COMPANION_DATA_FILE" if from_env else "--data-file"
        raise click.BadParameter(f"{value!r} is a folder; give the path of a file (it is created if missing)",
                                 param_hint=where)
    return value


@click.group(cls=LazyGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-file", envvar="COMPANION_DATA_FILE", callback=_check_data_file,
              help="The data file (default: your user data folder; or set COMPANION_DATA_FILE).")
@click.option("--theme", help="Open the app with this theme (see `companion themes`).")
@click.version_option(__version__, prog_name="companion")
@click.pass_context
def main(ctx: click.Context, data_file: str | None, theme: str | None) -> None:
    """Companion: a calm daily companion for your No Contact period.

    Run without a command to open the app (the first time, it walks you through
    setting up).
    """
    if ctx.invoked_subcommand is None:
        from companion.app_launch import open_app

        open_app(data_file, theme=theme)


@main.command()
@click.option("--minutes", type=click.IntRange(1, 120), help="Delay length (default: your setting).")
@click.pass_context
def panic(ctx: click.Context, minutes: int | None) -> None:
    """Open the app straight into the impulse-delay timer."""
    from companion.app_launch import open_app

    root = ctx.find_root().params
    open_app(root.get("data_file"), theme=root.get("theme"), panic_minutes=minutes or 0)


@main.command()
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
    period = repo.complete_onboarding(profile, settings, last, length)
    click.echo(f"{say('cli.started', settings.discreet, days=plural(length, 'day'), start=period.started_on)} "
               f"Data file: {repo.path}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object (for scripts).")
@click.option("--short", is_flag=True, help="One short line (for a prompt or tmux status bar).")
@click.pass_context
@friendly_errors
def status(ctx: click.Context, as_json: bool, short: bool) -> None:
    """Where you stand today."""
    from companion.cli_status import describe, short_line

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




def entry(args: list[str] | None = None) -> None:
    """The console script: click's usage errors become one line on stderr.

    A group called without its command (`companion log`) shows its help. Anything
    unexpected is one line too (COMPANION_DEBUG=1 shows the traceback).
    """
    import os

    try:
        code = main.main(args=args, prog_name="companion", standalone_mode=False)
    except click.exceptions.Exit as done:
        raise SystemExit(done.exit_code) from None
    except click.exceptions.NoArgsIsHelpError as error:
        click.echo(error.ctx.get_help() if error.ctx else error.format_message())
        raise SystemExit(0) from None
    except click.ClickException as error:
        hint = ""
        if isinstance(error, click.UsageError) and error.ctx is not None:
            hint = f" (see `{error.ctx.command_path} --help`)"
        fail(f"{error.format_message()}{hint}", error.exit_code)
    except click.exceptions.Abort:
        fail("cancelled.", 1)
    except Exception as error:  # a bug or an odd system error: one line, never a traceback
        if os.environ.get("COMPANION_DEBUG"):
            raise
        fail(f"something unexpected went wrong ({type(error).__name__}: {error}). "
             "Nothing half-written was saved; `companion doctor` checks the data file.", 1)
    if isinstance(code, int) and code:
        raise SystemExit(code)


if __name__ == "__main__":
    entry()
