"""If-then plan suggestions, one small set per timer trigger. Our own words.

Each is (if, then): "If <if>, then <then>". Never a promise about them; always
something the person can do in the next few minutes.
"""

from __future__ import annotations

SUGGESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "reassurance": (
        ("I want to ask them if I still matter", "I text a friend who already tells me I do"),
        ("I reread our old messages at night", "I put the phone in the kitchen and read a book"),
    ),
    "apology": (
        ("I start writing them an apology", "I write it in the unsent box and read it tomorrow"),
        ("I feel I owe them an explanation", "I write down what I would say and keep it for a week"),
    ),
    "closure": (
        ("I want one last conversation to understand", "I write my own ending in three sentences"),
        ("I keep replaying why it ended", "I go for a ten-minute walk without my phone"),
    ),
    "reaction": (
        ("I want them to see how I am doing", "I share it with someone who is in my life now"),
        ("I want to post something for them to notice", "I wait a day and post only if it is for me"),
    ),
    "company": (
        ("I am bored and alone in the evening", "I call or message a friend first"),
        ("the flat feels too quiet", "I put on music and tidy one small surface"),
    ),
    "other": (
        ("I see their story or a photo of them", "I close the app and mute them for now"),
        ("the urge comes after a drink", "I leave the phone charging in another room"),
    ),
}

SUGGESTIONS_INTRO = "Some to start from, one for each thing an urge can be after:"
NO_PLANS = "No if-then plans yet. Add one: companion ifthen add --if \"…\" --then \"…\""
