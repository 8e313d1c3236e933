"""The onboarding wizard's wording: step titles, explanations, examples. Our own words."""

from __future__ import annotations

STEP_TITLES: tuple[str, ...] = (
    "Welcome",
    "You",
    "The breakup",
    "Your period",
    "Your why",
    "Preferences",
    "Summary",
)

WELCOME_TITLE = "Welcome. You don't have to do this alone."

WELCOME_NO_CONTACT = (
    "No Contact means a stretch of days in which you don't reach out to your ex: no "
    "texts, calls, voice notes, likes or \"accidental\" messages. The time is for "
    "you: to heal and rebuild your own days. It may give them room too, but nothing "
    "you do can make someone come back — and whatever they do, you come out of it steadier."
)

WELCOME_DISCREET = (
    "Your period is a stretch of days for yourself: no texts, calls, voice notes or likes "
    "to the person this is about. The time is for you, to heal and rebuild your own days; "
    "whatever they do, you come out of it steadier."
)

WELCOME_HOW = (
    "Companion counts the days, keeps you busy with a weekly plan, and gives you a "
    "timer for the moments your thumb is over their name (press p, any time)."
)

WELCOME_PRIVACY = (
    "What you enter here (your answers, the days, urges, moods, plans, notes) is kept "
    "in one file on this computer:"
)

WELCOME_NOTHING_LEAVES = "Nothing leaves this machine. No account, no network, no tracking."

WELCOME_SETUP = "Setting up takes two minutes. Nothing is saved until you press Start."

RERUN_NOTE = (
    "You are going through setup again. Your history is kept; change what you like "
    "and press Start at the end."
)

YOU_INTRO = "Both are optional. Leave them empty if you prefer."
NAME_LABEL = "What should we call you?"
NAME_PLACEHOLDER = "your first name or a nickname"
EX_LABEL = "How should we refer to your ex?"
EX_PLACEHOLDER = "a name, initials, or leave empty for \"them\""

BREAKUP_DATE_LABEL = "When did it end?"
BREAKUP_OPTIONAL = "Optional: leave it empty if you'd rather not say."
LAST_CONTACT_LABEL = "When did you last reach out?"
DATE_HINT = "e.g. 2026-11-20 or 3 days ago"
LAST_CONTACT_HINT = "The last message or call you started. Your days count from it."
LENGTH_LABEL = "How long were you together?"
CAUSES_LABEL = "What led to it? (any that fit)"
SHARED_LABEL = "What do you still share? (replies about these don't reset anything)"

# (label, months stored in Profile.relationship_months)
RELATIONSHIP_LENGTHS: tuple[tuple[str, int], ...] = (
    ("less than 6 months", 3),
    ("6–12 months", 9),
    ("1–2 years", 18),
    ("2–5 years", 36),
    ("5+ years", 72),
)

CAUSE_LABELS: dict[str, str] = {
    "routine": "routine, monotony",
    "broken trust": "broken trust",
    "distance": "distance",
    "they left suddenly": "they left suddenly",
    "mutual": "mutual",
    "other": "something else",
}

SHARED_LABELS: dict[str, str] = {
    "children": "children",
    "home": "a home",
    "money": "money",
    "work": "work",
    "pet": "a pet",
}

PERIOD_INTRO = "How many days of No Contact? Our suggestion, from what you told us:"
PERIOD_CHOICE_LABEL = "Your choice (you can change it later)"
CUSTOM_PLACEHOLDER = "days, 7 to 365"

WHY_INTRO = (
    "Write one to three short reasons for doing this. When the urge comes, the timer "
    "shows them to you, in your own words."
)
WHY_EXAMPLES: tuple[str, ...] = (
    "e.g. I want to feel like myself again",
    "e.g. I deserve someone who chooses me",
    "e.g. Every message I send resets my healing",
)
WHY_MISSING = "Add at least one reason for this period: why you are taking this time for yourself."

DELAY_LABEL = "The panic timer runs for"
DELAY_HINT = "An urge rises, peaks and fades, usually within 10 to 20 minutes."
DELAY_CHOICES: tuple[int, ...] = (5, 10, 15, 20, 30)
WEEK_START_LABEL = "My week starts on"
THEME_LABEL = "Colours"

SUMMARY_INTRO = "Here is what you told us. Press Start to begin; Back to change anything."
SUMMARY_LATER = "All of it can be changed later in Settings."
START_LABEL = "Start"

LEAVE_FIRST_RUN = "Leave setup? Nothing has been saved, and no file was created."
LEAVE_RERUN = "Leave setup? Nothing will be changed."
LEAVE_NO_PROFILE = ("Leave setup? Your answers here are not saved. The data file stays, without a "
                    "profile, until you finish setting up: what you logged is kept in it, and after a "
                    "reset your earlier data is in its backups folder.")
