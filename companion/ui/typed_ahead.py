"""Keys typed faster than the app handles them land where they would at a slow pace.

A terminal hands a fast burst of keys (quick typing, tmux's send-keys, a pasted run of
keystrokes) to the app in one read. Textual gives each key to the widget focused when
the app reads it, and an ordinary binding runs only once the key has come back up from
that widget. Two things went wrong with that:

- **Keys that move the focus.** By the time tab's binding ran, the letters behind it
  had been given to the field it was leaving: "Sam<tab>Alex" ended as "SamAlex".
  Tab and shift+tab are therefore *priority* bindings (`FOCUS_KEYS`), run as the key is
  read, before the next one is handed on. They do what Textual's screen bindings do;
  no widget of ours takes tab itself.
- **Keys that open a screen or a field.** "j" then "I miss them" gave the letters to
  Today's list before the journal was up; they came back up to the app once the
  journal was on top, matched none of its keys, and were dropped. (The same with the
  timer's "w" and the words after it.) `TypedAhead` notes the screen and the focused
  widget as each key is read. Text (printable keys) that comes back unused after
  either has changed is held until a field has the focus (or for a few frames), then
  read again as if typed now: into its field, or to its keys, as at a slower pace.
  Keys read meanwhile queue behind it, so nothing changes order.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, NamedTuple

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from companion.ui.panic_keys import PANIC_CHORD

FOCUS_KEYS = [
    Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
    Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
]


Where = tuple[Screen[Any], Widget | None]  # the screen on top and its focused widget


class Held(NamedTuple):
    key: events.Key
    where: Where | None  # where it was typed (None: read while text was held)
    unless_moved: bool  # going nowhere when it came back: dropped if nothing moved since


class TypedAhead:
    """Text typed while a screen or a field was opening, read again once it is up."""

    REMEMBERED = 64  # keys read and not yet back: a widget that took a key never returns it
    WAIT_FRAMES = 20  # at most this many frames for a field to take the focus
    NEVER_HELD = frozenset({PANIC_CHORD, "ctrl+c"})  # the timer from anywhere, and quitting

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        # By identity; each key is kept while remembered, so no other can take its id.
        self._read_on: OrderedDict[int, tuple[events.Key, Where]] = OrderedDict()
        self._held: list[Held] = []
        self._waited = 0

    def holds(self, key: events.Key) -> bool:
        """True when the app should not handle `key` now: it waits to be read again."""
        if key.key in self.NEVER_HELD:
            return False
        if not key.is_forwarded:
            return self._read(key)
        read, where = self._read_on.pop(id(key), (None, None))
        if read is not key:
            return False
        if self._held:
            self._hold(Held(key, where, False))  # behind the held text, in the order typed
            return True
        if not key.is_printable:
            return False
        if where != self._where():
            self._hold(Held(key, where, False))  # typed before a screen opened or the focus moved
            return True
        if key.key in self.app.active_bindings or self._taken_by_focus(key):
            return False  # a key of this screen, or text its field takes: as ever
        # Nothing takes it now, but a field may be about to take the focus (Textual
        # moves the focus a moment after it is asked to): wait and see.
        self._hold(Held(key, where, True))
        return True

    def _where(self) -> Where:
        return self.app.screen, self.app.focused

    def _taken_by_focus(self, key: events.Key) -> bool:
        focused = self.app.focused
        return focused is not None and focused.check_consume_key(key.key, key.character)

    def _read(self, key: events.Key) -> bool:
        """A key just read from the terminal."""
        if self._held:
            self._hold(Held(key, None, False))  # behind the held text, in the order typed
            return True
        self._read_on[id(key)] = (key, self._where())
        while len(self._read_on) > self.REMEMBERED:
            self._read_on.popitem(last=False)
        return False

    def _hold(self, held: Held) -> None:
        self._held.append(held)
        if len(self._held) == 1:
            self._waited = 0
            self.app.call_after_refresh(self._when_settled)

    def _when_settled(self) -> None:
        """Wait for a field that takes the held text to have the focus (the new screen's
        first field, the timer's box once it has opened), or for a few frames if none does."""
        self._waited += 1
        if not self._held:
            return
        taken = self._taken_by_focus(self._held[0].key) and self.app.screen.is_mounted
        if taken or self._waited >= self.WAIT_FRAMES:
            self._read_again()
        else:
            self.app.call_after_refresh(self._when_settled)

    def _read_again(self) -> None:
        """The held keys, read again in order as if typed now, where the focus is now.

        A letter that was going nowhere when it came back, with nothing moved since, is
        dropped, as it always was (a letter no key of the screen uses)."""
        held, self._held = self._held, []
        now = self._where()
        for key, where, unless_moved in held:
            if not (unless_moved and where == now):
                self.app.post_message(events.Key(key.key, key.character))
