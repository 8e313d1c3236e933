"""Wording around the panic timer's edges: before setup, a key pressed by mistake,
the last pause before reaching out, and drafts kept. Our own words."""

from __future__ import annotations

OFFER_SETUP = (
    "That wait counted. When you feel ready, setting up takes two minutes, and what "
    "you just did is kept with it. No rush: leaving is fine too."
)

MISTAKE_QUESTION = "Stopped right away. Keep this as an urge?"
MISTAKE_DETAIL = "If the timer was opened by mistake, nothing needs to be logged."
MISTAKE_KEEP = "Log it"
MISTAKE_DROP = "Don't log it"
MISTAKE_SECONDS = 15
MISTAKE_DROPPED = "Not logged. The timer is there whenever you need it."

PAUSE_TITLE = "One more breath before you do"
PAUSE_REASON_INTRO = "You wrote this for a moment like this one:"
PAUSE_NO_REASON = "You chose this period to give yourself room to heal. That still holds."
PAUSE_PERSON = "You could call {person} instead, just to hear a friendly voice."
PAUSE_NO_PERSON = (
    "You could call or text someone who is on your side instead: a friend, a sibling, "
    "anyone who would be glad to hear from you. (Settings can keep a name for this.)"
)
PAUSE_STILL = "It is your choice, and a restart point is not a failure."
PAUSE_WAIT = "10 more minutes (m)"
PAUSE_GO_ON = "I still want to reach out (c)"

DRAFT_QUESTION = "Keep what you wrote?"
DRAFT_DETAIL = "A draft comes back the next time you open this."
DRAFT_KEEP = "Keep a draft"
DRAFT_DISCARD = "Discard"
DRAFT_BACK = "Back"
DRAFT_BACK_NOTICE = "Your draft is back, as you left it."
