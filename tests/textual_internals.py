"""The one place the tests read Textual's private state.

Textual offers no public way to ask which notices are up, what the screen painted
(as plain lines and styles), or whether a timer is running; the tests need all
three. Every such read lives here, so a Textual upgrade changes this file only.
"""

from __future__ import annotations

from textual.app import App
from textual.dom import DOMNode
from textual.notifications import Notification
from textual.screen import Screen
from textual.strip import Strip
from textual.timer import Timer


def notices(app: App[object]) -> list[Notification]:
    """The notices on screen now, oldest first."""
    return list(app._notifications)


def notice_texts(app: App[object]) -> list[str]:
    """The words of the notices on screen now, oldest first."""
    return [str(notice.message) for notice in notices(app)]


def painted_strips(screen: Screen[object]) -> list[Strip]:
    """What the screen shows now, one strip a row, as the compositor draws it."""
    return screen._compositor.render_strips()


def painted_lines(screen: Screen[object]) -> list[str]:
    """What the screen shows now, one plain line a row."""
    return [strip.text for strip in painted_strips(screen)]


def timer_running(timer: Timer | None) -> bool:
    """Whether a Textual timer is running (not paused, not stopped)."""
    assert timer is not None
    return timer._active.is_set()


def timer_interval(timer: Timer) -> float:
    """The seconds a Textual timer waits."""
    return timer._interval


def repeating_timer_names(node: DOMNode) -> list[str]:
    """Names of the intervals running on a node and its children (Textual's own
    screen refresh left out)."""
    nodes = [node, *node.walk_children()]
    return sorted(timer.name for each in nodes for timer in each._timers
                  if timer._active.is_set() and timer._repeat is None and timer.name != "screen_update")
