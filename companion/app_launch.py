"""Opening the Textual app from the command line (the only path that imports Textual)."""

from __future__ import annotations

import click

from companion.cli_common import fail, repository


def open_app(ctx: click.Context, theme: str | None = None, panic_minutes: int | None = None,
             demo: bool = False) -> None:
    """Check the data file, then run the app; errors are one line, never a traceback."""
    from companion.store.errors import DataFileError

    repo = repository(ctx)
    try:
        repo.load()  # a corrupt or unreadable file stops here, untouched
    except DataFileError as error:
        fail(str(error))
    from companion.ui.app import make_app

    app = make_app(repo, theme=theme, panic_minutes=panic_minutes)
    app.run()
    if app.return_code:
        raise SystemExit(app.return_code)
