"""The two panic keys, and the modal base that lets them work inside every dialog.

`p` opens the delay timer wherever the focus is not in a text field (there it types
a p). `ctrl+t` ("t" for timer) opens it everywhere, even while typing: it is a
priority binding, checked before any widget sees the key.

Why ctrl+t: Textual's own bindings take ctrl+a c d e f k p q s u v w x y z (the app,
the screen, Input and TextArea); terminals keep ctrl+c z \\ (signals), s q (flow
control) and send ctrl+i m h j [ as tab, enter, backspace, newline and escape; tmux
and screen use ctrl+b and ctrl+a. ctrl+t is free in all of them (BSD's "status" key
only works in a shell's cooked mode, not in a full-screen app).

Textual hides the app's own bindings behind a modal screen, so a modal that should
offer the timer derives from `PanicModal`, which carries both keys itself.
"""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

from companion.ui.session import SessionLink

T = TypeVar("T")

PANIC_KEY = "p"
PANIC_CHORD = "ctrl+t"
PANIC_LABEL = "Panic"


def panic_bindings(namespace: str = "") -> list[Binding]:
    """`p` and ctrl+t, both opening the timer (`namespace` "app." from a screen).

    Each key has an action of its own, so that the app can hide `p` in a text field
    while `app.panic` (the palette, the command line) always works.
    """
    return [
        Binding(PANIC_KEY, f"{namespace}panic_key", PANIC_LABEL),
        Binding(PANIC_CHORD, f"{namespace}panic_anywhere", PANIC_LABEL,
                priority=True,
                tooltip="the timer from anywhere, even while typing"),
    ]


class PanicModal(ModalScreen[T]):
    """A modal screen where both panic keys work (and show in its footer)."""

    session = SessionLink()

    BINDINGS = panic_bindings("app.")
