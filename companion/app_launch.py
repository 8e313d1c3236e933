"""Opening the Textual app (the only path that imports Textual).

`main` is the console script: the two commands that open the app (`companion` and
`companion panic`) are recognised here without loading click, so that the panic
timer is on screen as soon as possible; everything else goes to the click CLI.
"""

from __future__ import annotations

import os
import sys
from typing import NamedTuple


class AppRequest(NamedTuple):
    """What the command line asked the app to do."""

    data_file: str | None = None
    theme: str | None = None
    panic_minutes: int | None = None


def app_request(args: list[str]) -> AppRequest | None:
    """Read `[--data-file P] [--theme T] [panic [--minutes N]]`; None for anything else.

    Anything this does not fully understand (help, a bad value, other commands) is
    left to click, which explains it.
    """
    options: dict[str, str] = {}
    panic = False
    minutes: int | None = None
    rest = list(args)
    while rest:
        token = rest.pop(0)
        name, has_value, value = token.partition("=")
        if name in ("--data-file", "--theme") and not panic:
            if not has_value:
                if not rest:
                    return None
                value = rest.pop(0)
            options[name] = value
        elif token == "panic" and not panic:
            panic = True
        elif panic and name == "--minutes" and minutes is None:
            if not has_value:
                if not rest:
                    return None
                value = rest.pop(0)
            if not value.isdigit() or not 1 <= int(value) <= 120:
                return None
            minutes = int(value)
        else:
            return None
    return AppRequest(options.get("--data-file") or None, options.get("--theme"),
                      (minutes or 0) if panic else None)


def open_app(data_file: str | None = None, theme: str | None = None,
             panic_minutes: int | None = None) -> None:
    """Run the app; a data file that cannot be read is one line on stderr, never a traceback.

    The garbage collector is off until the first screen is up (the app turns it back
    on): start-up builds only objects that live as long as the app, so collecting
    half-way through is wasted time before the first frame.
    """
    import gc

    gc.disable()
    from companion import locations
    from companion.store.errors import DataFileError
    from companion.store.repository import Repository

    repo = Repository(locations.data_file(data_file))
    try:
        from companion.ui.app import make_app

        app = make_app(repo, theme=theme, panic_minutes=panic_minutes)  # reads the file once
    except DataFileError as error:  # corrupt or unreadable: stop here, file untouched
        sys.stderr.write(f"companion: {error}\n")
        raise SystemExit(1) from None
    app.run()
    if app.return_code:
        raise SystemExit(app.return_code)


def main(args: list[str] | None = None) -> None:
    """The `companion` console script."""
    argv = sys.argv[1:] if args is None else args
    # Shell completion asks click with no arguments and an environment variable.
    request = None if "_COMPANION_COMPLETE" in os.environ else app_request(argv)
    if request is None:
        from companion.cli import entry

        entry(argv)
        return
    open_app(request.data_file, request.theme, request.panic_minutes)
