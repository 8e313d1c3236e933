"""The command palette: the app-wide actions it offers (title, help, action string)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen

from companion.content.vocabulary import palette_entry
from companion.ui.session import session_of

PALETTE: tuple[tuple[str, str, str], ...] = (
    ("Panic timer", "Start the delay timer: ride out the urge before you text", "app.panic"),
    ("Log an urge", "Note an urge you had, and how it went", "app.log_urge"),
    ("They contacted me", "Log that they reached out, and decide whether to reply", "app.they_contacted"),
    ("I contacted them", "Log a contact you made: essential, or a restart point", "app.i_contacted"),
    ("I checked on them", "Log a look at their profile, stories or photos (never a slip)", "app.checked_on_them"),
    ("Mood check-in", "How are you, from 1 to 5", "app.mood"),
    ("Journal", "Write a journal entry", "app.journal"),
    ("Week planner", "Plan your week: people, body, work, challenge, joy", "app.planner"),
    ("History", "Your timeline, periods, unsent messages and insights", "app.history"),
    ("Settings", "Profile, period, timer, week, time zone, theme, discreet mode, your data", "app.settings"),
    ("Export your data", "Save everything to a file: JSON, CSV or a calendar", "app.data('export')"),
    ("Import data", "Bring in a Companion export: merge it, or replace what is here", "app.data('import')"),
    ("Backup now", "Keep a copy of your data file now", "app.data('backup')"),
    ("Reset everything", "Start over; a backup is kept first", "app.data('reset')"),
    ("Discreet mode on or off", "Neutral words everywhere, and the quiet theme", "app.data('discreet')"),
    ("Help", "Every key on this screen", "app.help"),
)


def commands(app: App[Any], screen: Screen[Any], inherited: Iterable[SystemCommand]) -> Iterable[SystemCommand]:
    """The palette: every app action (after setup), the screen's own, then Textual's."""
    from companion.ui.growth_actions import PALETTE as GROWTH_PALETTE

    session = session_of(app)
    if session.set_up:
        for title, help_text, action in (*PALETTE, *GROWTH_PALETTE):
            title, help_text = palette_entry(action, title, help_text, session.discreet)
            yield SystemCommand(title, help_text, lambda a=action: app.run_action(a))
    screen_commands = getattr(screen, "palette_commands", None)
    if screen_commands:
        yield from screen_commands()
    for command in inherited:
        # "Screenshot" would save a private screen to a file; "Keys" lists the keys
        # in their normal words, and `?` (our help) lists them in the person's own.
        if command.title not in ("Screenshot", "Keys"):
            yield command
