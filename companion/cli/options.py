"""The options that open the app, read by both `companion.launch` and the click group.

`companion [--data-file P] [--theme T] [panic [--minutes N]]` opens the app. The
console script recognises these forms without loading click (see `launch.py`); the
click group declares the same options from the same specs (`common.click_option`),
so the two can never disagree on a name, a range or a help text. This module must
not import click.
"""

from __future__ import annotations

from typing import NamedTuple

from companion.locations import DATA_FILE_ENV


class OptionSpec(NamedTuple):
    """One option: its flag, its help, and what values it takes."""

    flag: str
    help: str
    envvar: str | None = None
    file: bool = False  # a file path (click refuses a folder)
    limits: tuple[int, int] | None = None  # a whole number in this range, both ends included

    @property
    def name(self) -> str:
        """The parameter name click gives it: `--data-file` → `data_file`."""
        return self.flag.removeprefix("--").replace("-", "_")

    def read(self, text: str) -> str | int | None:
        """The value as the app takes it, or None when only click can explain what is wrong."""
        if self.limits is None:
            return text
        low, high = self.limits
        if not text.isdigit() or not low <= int(text) <= high:
            return None
        return int(text)


DATA_FILE = OptionSpec("--data-file", "The data file (default: your user data folder).",
                       envvar=DATA_FILE_ENV, file=True)
THEME = OptionSpec("--theme", "Open the app with this theme (see `companion themes`).")
MINUTES = OptionSpec("--minutes", "Delay length (default: your setting).", limits=(1, 120))

APP_OPTIONS = (DATA_FILE, THEME)
"""Options of the group itself: they go before any command."""

PANIC = "panic"
"""The command that opens the app straight into the impulse-delay timer."""

PANIC_OPTIONS = (MINUTES,)
"""Options of `companion panic`."""
