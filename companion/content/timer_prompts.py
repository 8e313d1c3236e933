"""The delay timer's wording: support prompts, things to do instead, re-read questions.

Our own words. Prompts never name the ex (discreet mode shows them as they are);
"them" is as specific as they get.
"""

from __future__ import annotations

PROMPTS: tuple[str, ...] = (
    "An urge is a wave. It climbs, it peaks, it falls. You are somewhere on it now.",
    "You don't have to decide anything in the next few minutes. Just wait.",
    "This feeling is loud, and it is temporary. Both are true.",
    "Nothing has to be sent right now. It will still be possible later, if it matters.",
    "Notice where the urge sits in your body. Chest? Hands? Let it be there.",
    "You have waited before. You can wait these few minutes too.",
    "What you want is relief. A message buys it for a minute, then asks for more.",
    "Their reply, or their silence, would not settle this feeling. Time will.",
    "Put the phone face down. Look at something far away for a moment.",
    "Drink a glass of water, slowly. Come back when it's empty.",
    "Name five things you can see. Four you can hear. Three you can touch.",
    "Every minute you wait is a minute the urge loses strength.",
    "You are not fighting them. You are looking after yourself.",
    "Miss them if you need to. Missing someone is not a reason to text them.",
    "The version of you reading this tomorrow will be glad you waited.",
    "This time is for you. If it gives them room to think too, that is theirs to use.",
    "Stand up. Roll your shoulders. Unclench your jaw.",
    "If it's truly important, it will still be important in an hour.",
    "Say it to the text box instead. It listens, and it keeps it safe.",
    "You are allowed to feel all of this without doing anything about it.",
    "Late-night messages tend to read differently in the morning.",
    "Think of one person who would be glad to hear from you today.",
    "The urge is strongest right before it fades. Hold on a little longer.",
    "You chose this period for good reasons. They still hold.",
    "Breathe out longer than you breathe in. Twice more.",
    "A slip would not erase your progress. Waiting adds to it.",
    "You don't need an answer from them to feel okay. You need a little time.",
    "Open a window, or step outside for one minute.",
    "What would you tell a friend in your place? Tell yourself that.",
    "This is the hard part. You are doing it right now.",
    "Your worth is not measured by whether they reply.",
    "Let the minutes pass. You don't have to fill them perfectly.",
    "Curiosity about what they're doing is normal. It doesn't need feeding.",
    "Some feelings just need to be felt, not solved.",
)

INSTEAD: tuple[str, ...] = (
    "Walk around the block, without your phone.",
    "Text a friend instead: just \"hey, how are you?\"",
    "Make a cup of tea and drink it somewhere that isn't your bed.",
    "Do ten slow squats, or stretch for two minutes.",
    "Put on one song you love and actually listen to it.",
    "Tidy one small surface: a desk, a shelf, a sink.",
    "Take a shower and let the water be the only thing.",
    "Write three things you want for yourself this month.",
)

REREAD_QUESTIONS: tuple[str, ...] = (
    "Would I send it if they never replied?",
    "Is it logistics, or is it reassurance?",
    "Can it wait until tomorrow?",
)

NOT_SAFE = ("If you are not safe, call your local emergency number or a crisis line "
            "(findahelpline.com lists them by country).")

TITLE_NAMED = "Before you text {name}: wait this out."
TITLE_PLAIN = "Before you send anything: wait this out."
TITLE_DISCREET = "A short pause."

INTENSITY_ASK = "How strong? press 1–9, 0 = 10"
INTENSITY_NOW = "How is the urge now? Press 1–9, or 0 for 10."

WRITE_LABEL = "Write it here instead of sending it"
WRITE_PLACEHOLDER = "Say everything. Nothing leaves this box."
TRIGGER_LABEL = "What is this text trying to get?"
NO_MESSAGE = "You didn't write anything down. That's fine."
ENDED_TITLE = "Time's up. You waited {waited}."
EARLY_TITLE = "You waited {waited}. Let's see where you are."
ENDED_NOTICE = "The wait is over. Take a look at how you feel."
PASSED_NOTICE = "It passed. That took strength. Logged as resisted."
UNRESOLVED_NOTICE = "Stopped. Logged as unresolved, no judgement. Come back any time."
CONTACTED_NOTICE = "Noted. A slip is a restart point, not a failure."
LEAVE_QUESTION = (
    "Stop the timer now? The urge will be logged as unresolved. "
    "Your message stays saved either way."
)
CONTACT_QUESTION = (
    "Going to reach out? Log it as a contact you made. "
    "If you're not sure, ten more minutes costs nothing."
)
