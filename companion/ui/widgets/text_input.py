"""The one-line text field every screen and dialog uses.

Textual's `Input` selects all of its text when the focus arrives from the keyboard,
so the first letter typed after tabbing back into a filled field would replace
everything in it, with no undo. For words someone wrote (a name, a reason, a note, a
title) that is a way to lose them: here the focus leaves the text as it is, and what
is typed goes after it (ctrl+u still clears a field, ctrl+w the last word).

A field that holds a short value, often one the app suggests (a date, "today", a
number of days, a time, a path), asks for `select_on_focus=True`: typing replaces
the value, as people expect of such fields.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input


class TextInput(Input):
    """An `Input` that leaves its text alone when the focus arrives (see above)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)
