"""Daily reflection prompts for Today, by the stage of the period. Our own words."""

from __future__ import annotations

from datetime import date

FIRST_DAYS: tuple[str, ...] = (
    "The first days are the loudest. You don't have to feel fine, only to keep going.",
    "What is one small thing you can do for your body today: water, a walk, an early night?",
    "Whose voice would feel good to hear today? Not theirs — someone who is glad you exist.",
    "Write down what you miss, then what you don't. Both lists are true.",
    "You are not waiting for a reply. You are getting your days back.",
    "An urge is a wave. It rises, it peaks, it goes. You have the timer for the peak.",
    "Mute, archive, step back from their profiles. Distance is easier when you can't see them.",
    "Today counts even if all you did was not reach out. That is a lot.",
    "Eat something warm. Sleep is part of healing, not a break from it.",
    "What would you tell a friend on day one? Say it to yourself.",
    "Let the silence do its work. It says more than any message you could write.",
)

MIDDLE: tuple[str, ...] = (
    "Notice a moment today when you forgot about them for a while. That is progress.",
    "What did you enjoy before the relationship that you could pick up again this week?",
    "Plan one thing for the weekend that is entirely yours.",
    "When you check their profile, ask first: what am I hoping to find?",
    "Your life is getting busier with your own things. Keep filling it.",
    "Which of your reasons for this period feels truest today?",
    "A setback is information, not a verdict. What would help next time?",
    "Try something a little scary this week: a class, a new route, a new person.",
    "How is your sleep? Your energy? Small repairs add up.",
    "If they reach out, you already know how to answer: briefly, or not yet.",
    "Remember a time you were proud of yourself, long before them.",
    "Who has shown up for you during this? Tell them it mattered.",
    "This quiet is for you. Notice what has grown in the space you made.",
    "Being missed is not your task. Being well is.",
    "What is one habit from the relationship you are glad to let go of?",
)

LAST_WEEK: tuple[str, ...] = (
    "The end is in sight. What do you want your life to look like on the other side?",
    "Think about what you would want from them now, if anything. Has it changed?",
    "You have kept a promise to yourself for weeks. Let that sink in.",
    "Look back at your first entries. How different do those days feel now?",
    "When the period ends, nothing forces you to act. You decide what happens next.",
    "Which new routines from these weeks do you want to keep?",
    "You are calmer than when you started. You earned that, day by day.",
    "Write one sentence to the person you were on day one.",
)

AFTER_END: tuple[str, ...] = (
    "You did it. Whatever comes next, you choose it from a steadier place.",
    "If a message comes from them, you can answer now — calmly, and only if you want to.",
    "No reply is owed, on either side. Your peace is not a bargaining chip.",
    "Keep the habits that helped: the people, the movement, the things that are yours.",
    "If you want more time, another period is a choice, not a failure.",
    "What did these weeks teach you about what you need from someone?",
    "Celebrate it in a way that has nothing to do with them.",
)


def stage_of(day_number: int, length_days: int, completed: bool) -> tuple[str, ...]:
    """The prompts that fit where the user is in the period."""
    if completed:
        return AFTER_END
    if day_number < 7:
        return FIRST_DAYS
    if length_days - day_number <= 7:
        return LAST_WEEK
    return MIDDLE


def prompt_for(today: date, day_number: int, length_days: int, completed: bool) -> str:
    """Today's prompt: the same all day, a different one tomorrow."""
    prompts = stage_of(day_number, length_days, completed)
    return prompts[today.toordinal() % len(prompts)]


MILESTONE_WORDS: dict[int, str] = {
    1: "One day. The first one is the hardest to begin.",
    3: "Three days. The first rush is starting to settle.",
    7: "A full week of choosing yourself.",
    14: "Two weeks. Your days are becoming your own again.",
    21: "Three weeks. New habits are taking root.",
    30: "A month. Look how far you have come.",
    45: "45 days. Steady and still going.",
    60: "Two months. This is what strength looks like, quietly.",
    90: "90 days. A whole season of your own life.",
    100: "100 days. A hundred times you chose yourself.",
    180: "Half a year. You built this, one day at a time.",
    365: "A year. Be proud of the person who made it here.",
}
