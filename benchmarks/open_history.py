"""Open Companion straight on History, for `benchmarks/run.py` (the app has no command for it).

    python benchmarks/open_history.py [--data-file PATH]

It starts the app exactly as `companion` does (`companion.launch.main`: the same
garbage-collector choreography, the same single read of the file) and puts History
where Today would be, so the first frame painted is History's first page of the
timeline. Nothing in `companion/` is changed: the swap is made here, in this process.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    gc.disable()  # as `companion` does before it imports anything of the app
    sys.path.insert(0, str(ROOT))
    from companion.launch import main as companion_main
    from companion.ui import navigation

    def open_history(app: object) -> None:
        from companion.ui.screens.history import HistoryScreen

        app.push_screen(HistoryScreen())  # type: ignore[attr-defined]

    navigation.ensure_today = open_history  # where Today would open first
    companion_main(sys.argv[1:])


if __name__ == "__main__":
    main()
