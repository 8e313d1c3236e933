"""Stored text is drawn without anything that could drive or disguise the terminal.

Textual (Content, markup, Static, Input, OptionList...) and Rich (Text, and so
TextArea) pass every string they are given to draw through one table of control
codes to strip, but that table holds only BEL, BS, VT, FF and CR: ESC, the other
C0 and C1 controls, bidi overrides and lone surrogates would reach the terminal.
`install` adds to both tables the characters `companion.domain.text.printable`
removes, so the app and the command line remove the same set, wherever a title,
note, name or reason is shown.
"""

from __future__ import annotations

from companion.domain.text import UNSAFE_CODEPOINTS


def install() -> None:
    """Strip every unsafe character wherever Textual or Rich turn a string into text to
    draw (idempotent; newline and tab are not in the set)."""
    import rich.control
    import textual.content

    unsafe = dict.fromkeys(UNSAFE_CODEPOINTS)
    for table in (rich.control._CONTROL_STRIP_TRANSLATE, textual.content._CONTROL_STRIP_TRANSLATE):
        table.update(unsafe)
