""""I checked on them": the wording of the log, plain and discreet. Our own words.

Looking them up is not contact and never a slip; the wording stays matter-of-fact.
"""

from __future__ import annotations

LABEL = "I checked on them"
LABEL_DISCREET = "I looked back"
SHORT = "Checked on them"
SHORT_DISCREET = "Looked back"
TITLE = "You checked on them"
TITLE_DISCREET = "You looked back"
QUESTION = "Where did you look?"
LOGGED = "Logged. Looking is not contact: your streak is untouched. It helps to notice it."
LOGGED_DISCREET = "Logged. Your streak is untouched."
PLATFORM_LABELS: dict[str, str] = {
    "instagram": "Instagram", "facebook": "Facebook", "tiktok": "TikTok", "snapchat": "Snapchat",
    "x": "X", "whatsapp": "WhatsApp", "linkedin": "LinkedIn", "other": "Somewhere else",
}


def label(discreet: bool) -> str:
    """The name of the log on screen."""
    return LABEL_DISCREET if discreet else LABEL


def short(discreet: bool) -> str:
    """The name of the count in a summary line ("Checked on them 2")."""
    return SHORT_DISCREET if discreet else SHORT
