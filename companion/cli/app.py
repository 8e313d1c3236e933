"""The commands that open the app or show what it can look like: `companion` itself,
`companion panic`, `companion demo` and `companion themes`.

The only module of the command line that imports the UI (an import-linter contract in
pyproject.toml says so), and only inside these commands.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from companion.cli.common import click_options, fail, paint
from companion.cli.options import PANIC, PANIC_OPTIONS


def open_app_from(ctx: click.Context, panic_minutes: int | None = None) -> None:
    """Open the app with the group's options (`--data-file`, `--theme`)."""
    from companion.ui.run import open_app

    root = ctx.find_root().params
    open_app(root.get("data_file"), theme=root.get("theme"), panic_minutes=panic_minutes)


@click.command(PANIC)
@click_options(PANIC_OPTIONS)
@click.pass_context
def panic(ctx: click.Context, minutes: int | None) -> None:
    """Open the app straight into the impulse-delay timer."""
    open_app_from(ctx, panic_minutes=minutes or 0)


@click.command()
def themes() -> None:
    """List the themes (built-in and your own), and any theme file that is broken."""
    from companion import locations
    from companion.domain.text import printable_line
    from companion.ui.themes import DEFAULT_THEME, load_themes

    found = load_themes()
    for name, description in found.descriptions.items():
        marker = " (default)" if name == DEFAULT_THEME else ""
        click.echo(f"{paint(printable_line(name), bold=True)}{marker}  {printable_line(description)}")
    click.echo(f"\nYour own themes go in {locations.user_themes_dir()} (one JSON file each).")
    for problem in found.problems:
        click.echo(f"companion: theme file {printable_line(problem)}", err=True)


@click.command()
@click.option("--theme", help="Open the demo with this theme.")
def demo(theme: str | None) -> None:
    """Open the app on a throw-away demo data set (your own data is never touched)."""
    from companion.clock import OffsetSource, parse_instant
    from companion.demo import DEMO_NOTE, DEMO_NOW, build_demo
    from companion.store.repository import Repository
    from companion.ui.app import make_app

    folder = Path(tempfile.mkdtemp(prefix="companion-demo-"))
    try:
        path = folder / "demo.json"
        build_demo(path)
        start = parse_instant(DEMO_NOW)
        app = make_app(Repository(path, source=OffsetSource(start)), theme=theme,  # type: ignore[arg-type]
                       demo_note=DEMO_NOTE.format(day=f"{start:%A} {start.day} {start:%B %Y}"))
        app.run()
    except OSError as error:
        fail(f"could not prepare the demo: {error}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
