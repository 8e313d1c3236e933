"""Opening the Textual app for a data file: what the click commands that open the app
(`companion`, `companion panic`, in `companion.cli.app`) call.
"""

from __future__ import annotations

import sys


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
