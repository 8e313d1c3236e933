"""The `companion` console script: opens the app fast, else hands over to the click CLI.

The two forms that open the app (`companion` and `companion panic`, with the options
in `companion.cli.options`) are recognised here without loading click, so that the
panic timer is on screen as soon as possible; everything else goes to the click group,
which declares the same options from the same specs.
"""

from __future__ import annotations

import os
import sys
from typing import NamedTuple

from companion.cli.options import APP_OPTIONS, DATA_FILE, MINUTES, PANIC, PANIC_OPTIONS, THEME, OptionSpec


class AppRequest(NamedTuple):
    """What the command line asked the app to do."""

    data_file: str | None = None
    theme: str | None = None
    panic_minutes: int | None = None  # None: open Today; 0: the timer at the usual length


def app_request(args: list[str]) -> AppRequest | None:
    """Read `[--data-file P] [--theme T] [panic [--minutes N]]`; None for anything else.

    Anything this does not fully understand (help, a bad value, other commands) is
    left to click, which explains it.
    """
    values: dict[str, str | int] = {}
    panic = False
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if token == PANIC and not panic:
            panic = True
            continue
        flag, has_value, text = token.partition("=")
        spec = _spec(PANIC_OPTIONS if panic else APP_OPTIONS, flag)
        if spec is None:
            return None
        if not has_value:
            if not rest:
                return None
            text = rest.pop(0)
        value = spec.read(text)
        if value is None:
            return None
        values[spec.name] = value
    data_file, theme, minutes = (values.get(spec.name) for spec in (DATA_FILE, THEME, MINUTES))
    return AppRequest(str(data_file) if data_file else None, None if theme is None else str(theme),
                      (int(minutes) if minutes else 0) if panic else None)


def _spec(specs: tuple[OptionSpec, ...], flag: str) -> OptionSpec | None:
    return next((spec for spec in specs if spec.flag == flag), None)


def main(args: list[str] | None = None) -> None:
    """The `companion` console script."""
    argv = sys.argv[1:] if args is None else args
    # Shell completion asks click with no arguments and an environment variable.
    request = None if "_COMPANION_COMPLETE" in os.environ else app_request(argv)
    if request is None:
        from companion.cli.group import entry

        entry(argv)
        return
    from companion.ui.run import open_app

    open_app(request.data_file, request.theme, request.panic_minutes)
