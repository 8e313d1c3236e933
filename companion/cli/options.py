"""The options that open the app, as data: `companion [--data-file P] [--theme T]
[panic [--minutes N]]`.

The click group (`group.py`) and the `panic` command (`app.py`) declare them from
these specs (`common.click_options`), so the group and the command that share an
option can never disagree on its name, range or help text.
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
