"""The optional writing exercise: three sittings on what the breakup made possible.

EVIDENCE.md (positive writing): three sittings of 15 to 30 minutes on the positive
sides of a breakup raised positive feeling without raising the painful ones. This is
not about pretending it did not hurt: the hurt is real, and so is what opens up.
Our own words.
"""

from __future__ import annotations

EXERCISE = "possible"  # the mark on its journal entries: data["exercise"]
TITLE = "What it made possible"
PALETTE_HELP = "An optional writing exercise in three sittings of about fifteen minutes"
MINUTES = 15  # a sitting's quiet countdown; going on longer (up to 30) is fine

INTRO = ("Three short sittings, on different days if you can. Write freely about what "
         "this ending has made possible for you. It still hurts, and that is allowed: "
         "this is about what is opening up as well. Each sitting is saved to your journal.")

# One prompt per sitting, in order.
PROMPTS: tuple[tuple[str, str], ...] = (
    ("Room you have now",
     "What do you have room for now that you did not before: time, people, plans, "
     "parts of yourself you had set aside? Write whatever comes, without tidying it."),
    ("What you learned",
     "What has this relationship and its ending taught you about what you need, what "
     "you will not accept, and what you can get through? Concrete moments help."),
    ("Where it could lead",
     "Looking ahead, what good could come from this, for you? What would you like your "
     "life to hold a year from now that would have been harder to reach before?"),
)

REMAINING = "About {minutes} min left in this sitting. No need to rush."
LAST_MINUTE = "Less than a minute left. Finish your thought; there is no hurry."
TIME_UP = ("That is the time for this sitting. Finish your sentence, then ctrl+s saves it "
           "to your journal. Going on a little longer is fine too.")
SAVED = "Sitting {sitting} saved to your journal."
ALL_DONE = ("You have written all three sittings. They are in your journal (History, "
            "j shows journal entries) whenever you want to read them back.")
PLACEHOLDER = "Write here. Nothing leaves this computer."
EMPTY = "Nothing written yet. Even a few lines are enough."
OPEN_HINT = "o opens it"  # on Today, under a step that points to the exercise
