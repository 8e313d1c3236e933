"""`companion completion SHELL`: tab completion from click's own completion support."""

from __future__ import annotations

import click

SHELLS = ("bash", "zsh", "fish")


@click.command()
@click.argument("shell", type=click.Choice(SHELLS))
@click.pass_context
def completion(ctx: click.Context, shell: str) -> None:
    """Print the completion script for SHELL (see the README for the line to add)."""
    from click.shell_completion import get_completion_class

    kind = get_completion_class(shell)
    assert kind is not None  # click knows every shell in SHELLS
    click.echo(kind(ctx.find_root().command, {}, "companion", "_COMPANION_COMPLETE").source())
