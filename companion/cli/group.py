"""The `companion` click group and the console script's hand-over point (`entry`).

Each command lives in the module of its family and is imported only when it runs, so
that `status` (for a shell prompt) loads as little as possible. Textual is imported
only by the commands that open the app (cli/app.py).
"""

from __future__ import annotations

import click

from companion import __version__
from companion.cli.common import click_options, fail
from companion.cli.options import APP_OPTIONS, PANIC


_NO_SUCH_COMMAND = getattr(click.exceptions, "NoSuchCommand", ())  # click 8.4 and later

# Every command, and where it lives: imported only when used. Add new ones here.
LAZY_COMMANDS = {
    "init": "companion.cli.init:init",
    "status": "companion.cli.status:status",
    PANIC: "companion.cli.app:panic",
    "log": "companion.cli.log:log",
    "plan": "companion.cli.plan:plan",
    "goal": "companion.cli.goal:goal",
    "step": "companion.cli.step:step",
    "ifthen": "companion.cli.ifthen:ifthen",
    "export": "companion.cli.data:export",
    "import": "companion.cli.data:import_",
    "doctor": "companion.cli.data:doctor",
    "themes": "companion.cli.app:themes",
    "demo": "companion.cli.app:demo",
    "remind": "companion.cli.remind:remind",
    "completion": "companion.cli.shell:completion",
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

    def resolve_command(self, ctx: click.Context,
                        args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        """As click's; its "Did you mean …?" (click 8.4 on) looks at every command, not
        only the ones already imported."""
        try:
            return super().resolve_command(ctx, args)
        except _NO_SUCH_COMMAND as error:
            raise _NO_SUCH_COMMAND(error.command_name, possibilities=self.list_commands(ctx),
                                   ctx=ctx) from None


@click.group(cls=LazyGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click_options(APP_OPTIONS)
@click.version_option(__version__, prog_name="companion")
@click.pass_context
def main(ctx: click.Context, data_file: str | None, theme: str | None) -> None:
    """Companion: a calm daily companion for your No Contact period.

    Run without a command to open the app (the first time, it walks you through
    setting up).
    """
    if ctx.invoked_subcommand is None:
        from companion.cli.app import open_app_from

        open_app_from(ctx)


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
