"""The `companion` console script (and `python -m companion`): the click command line.

Every form goes through the click group (`companion.cli.group`), including the two
that open the app, `companion` and `companion panic` (`companion.cli.app`). A path
that opened the app without click was measured for issue 14 and bought under 5% of
the first frame (benchmarks/README.md), so it went: one way in, one option parser.
"""

from __future__ import annotations

import sys


def main(args: list[str] | None = None) -> None:
    """The `companion` console script."""
    from companion.cli.group import entry

    entry(sys.argv[1:] if args is None else args)
