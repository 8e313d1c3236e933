"""What a reminder notification says: about the person and their day, never about anyone else.

A notification shows on a locked screen and over someone's shoulder, so every mode
reads as plain as discreet mode: no one's name but an activity's own title, and
none of the words in FORBIDDEN. An activity title that names the person stored as
the ex (or holds a forbidden word) is not shown: "Something you planned" stands in.
Each notification ends by saying which command opens the app.
"""

from __future__ import annotations

import re

from companion.domain.reminder_prefs import ACTIVITIES, EVENING, MORNING, PLANNING, TIMER
from companion.domain.reminders import Due
from companion.domain.text import clean_line

APP_TITLE = "Companion"
OPEN_HINT = "Open it with: companion"
TITLE_SHOWN = 60  # characters of an activity title a notification shows

# Never in a notification, whatever the mode (whole words, any case).
FORBIDDEN = ("ex", "no contact", "urge", "urges", "text them")

WORDS = {
    MORNING: ("A minute for today?", "Your day is waiting for you: a look at today's plan."),
    EVENING: ("How was today?", "One number for your mood, before the day closes."),
    PLANNING: ("Plan your week", "A few things for the week ahead: people, body, work, "
                                 "a challenge, something just for you."),
    TIMER: ("Your timer has finished", "The minutes you set aside are done. "
                                       "Take a breath and note how it went."),
}
DISCREET_ACTIVITY = "Something you planned"
ACTIVITY_TITLE = "Coming up at {time}"
ACTIVITY_BODY = "{what} starts at {time}."


def describe(due: Due, ex_name: str = "", discreet: bool = False) -> tuple[str, str]:
    """(title, body) for one due reminder."""
    if due.kind == ACTIVITIES:
        what = safe_title(due.title, ex_name, discreet)
        title = ACTIVITY_TITLE.format(time=due.starts_at)
        body = ACTIVITY_BODY.format(what=what, time=due.starts_at)
    else:
        title, body = WORDS[due.kind]
    return title, f"{body} {OPEN_HINT}"


def safe_title(title: str, ex_name: str = "", discreet: bool = False) -> str:
    """An activity title fit for a notification, or the neutral stand-in.

    Discreet mode never shows titles. A title is also withheld when it names the ex
    (any word of the stored name, any case) or holds a forbidden word.
    """
    text = clean_line(title, limit=TITLE_SHOWN).text
    if discreet or not text or mentions_forbidden(text, ex_name):
        return DISCREET_ACTIVITY
    return text[0].upper() + text[1:] if text[0].islower() else text


def mentions_forbidden(text: str, ex_name: str = "") -> bool:
    """Whether text holds a forbidden word or any word of the ex's name (whole words, any case)."""
    words = list(FORBIDDEN) + [part for part in re.split(r"\s+", ex_name.strip()) if part]
    if ex_name.strip():
        words.append(ex_name.strip())
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) for word in words)
