"""`companion completion SHELL`: tab completion from click's own completion support."""

from __future__ import annotations

import click

SHELLS = ("bash", "zsh", "fish")


@click.command()
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for SHELL (see the README for the line to add)."""
    from click.shell_completion import get_completion_class

    from companion.cli import main

    kind = get_completion_class(shell)
    assert kind is not None  # click knows every shell in SHELLS
    click.echo(kind(main, {}, "companion", "_COMPANION_COMPLETE").source())
