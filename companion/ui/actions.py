"""The app-wide actions offered in the command palette (title, help, action string)."""

from __future__ import annotations

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
