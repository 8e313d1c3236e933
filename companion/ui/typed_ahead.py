"""Keys that move the focus act before the keys typed after them.

A terminal hands a fast burst of keys (quick typing, tmux's send-keys, a pasted run of
keystrokes) to the app in one read. Textual gives each key to the widget focused when
the app reads it, and an ordinary binding runs only once the key has come back up
from that widget: by then the letters behind a tab have been given to the field the
tab was leaving, and "Sam<tab>Alex" ends as "SamAlex".

A priority binding runs as the app reads the key, before the next one is handed on.
Tab and shift+tab are bound that way here, for every screen and dialog; they do what
Textual's own screen bindings do (no widget of ours takes tab itself).
"""

from __future__ import annotations

from textual.binding import Binding

FOCUS_KEYS = [
    Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
    Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
]
