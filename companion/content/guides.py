"""The calm guides for the end of a period and for when they reach out wanting to talk.

Honest: nothing anyone does can make another person come back, and deciding not to
go back is a good outcome too. Our own words.
"""

from __future__ import annotations

END_OF_PERIOD_TITLE = "Your period has ended"
WANTS_TO_TALK_TITLE = "They want to talk"

_STEPS = (
    "Take a day before you answer anything, or decide anything. Nothing good is lost by waiting a day.",
    "Look back at your workbook: what ended it, and has that changed? Not the feelings: the things.",
    "Look at your goals and your week. Which of them would you keep whatever happens?",
    "Decide what you want, for you. Not what would win them back, not what would hurt least today.",
    "If you reply, keep it brief and warm. No going over the past, no case to win.",
    "It is fine to decide not to go back. Choosing a new foundation on your own is a good ending too.",
)

END_OF_PERIOD = (
    "You kept your No Contact period. Whatever happens next, that was yours.\n\n"
    + "\n".join(f"• {line}" for line in _STEPS)
    + "\n\nBe honest with yourself: no method makes someone come back, and this one was never "
    "about that. It was about getting your days back, and you have."
)

WANTS_TO_TALK = (
    "They reached out and want to talk. Your heart may be racing; that is normal.\n\n"
    + "\n".join(f"• {line}" for line in _STEPS)
    + "\n\nWanting to talk is not the same as things being different. You can take your time."
)
