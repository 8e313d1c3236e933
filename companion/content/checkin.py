"""The weekly check-in on knowing who you are now: three short items, 1 to 5. Our own words."""

from __future__ import annotations

ITEMS: tuple[str, ...] = (
    "I know what I want from my days",
    "I feel like myself, on my own",
    "I know what matters to me now",
)
SCALE = "1 not at all · 5 completely"
INTRO = "A weekly check-in on who you are now. Three quick answers, and a line if you like."
NOTE_LABEL = "Anything to add? (optional)"
OFFER = "check-in due: k"
TREND_WORDS = {
    "up": "Knowing who you are: rising",
    "down": "Knowing who you are: lower lately; be gentle with yourself",
    "steady": "Knowing who you are: steady",
}
# History's insights: one plain sentence under the check-in chart.
NONE_YET = "No weekly check-ins yet. On Today, k starts one; it takes a minute."
ONE_SO_FAR = "One check-in so far, at {latest:.1f} of 5. The trend shows from the second."
SEVERAL = "{trend}. {count} check-ins, from {first:.1f} to {latest:.1f} of 5."
