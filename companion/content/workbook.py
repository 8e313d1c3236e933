"""The "Understand it" workbook: six guided questions in three short sittings. Our own words.

A sitting is two questions and a gentle end. The questions ask about what
happened and what is in your control now, not about who was right.
"""

from __future__ import annotations

from companion.domain.workbook import Question

QUESTIONS: tuple[Question, ...] = (
    Question("what-happened", 1, "What happened, in your words?",
             "Tell it plainly, as you would to a friend who was not there. A few lines are enough."),
    Question("causes", 1, "Which causes weighed most, and why?",
             "When you started you chose what led to it{causes}. Which weighed most? "
             "Stay with what happened rather than who was right."),
    Question("want-different", 2, "What would you want to be different in any relationship?",
             "Not only with them: how you want to be treated, and how you want to treat someone."),
    Question("my-part", 2, "What part was yours, and what was not?",
             "Both lists matter. Your part is something you can learn from, not a verdict."),
    Question("in-control", 3, "What is in your control now?",
             "Habits, plans, people, your health, your work. One thing per line: "
             "each line can become a goal (ctrl+g on it)."),
    Question("start-today", 3, "One thing you can start today",
             "Something small enough to begin before the day is over."),
)

SITTING_END = (
    "That's enough for this sitting. Your answers are saved; you can read and change them "
    "any time. Now do something that is not thinking: a walk, a call, something with your hands."
)
ALL_DONE = (
    "You have answered every question. Read them back now and then, and change what is no "
    "longer true. Understanding is a foundation, not a place to live."
)
BREAK_SUGGESTION = (
    "It sounds like this is going round in circles, and that's normal. Thinking harder rarely "
    "helps then. Try a planned activity, or two minutes of slow breathing (the Breathe button) instead; "
    "the workbook will be here tomorrow."
)
LONG_DAYS_SUGGESTION = (
    "You have spent a long while in the workbook several days running. Let it rest today: "
    "a planned activity or a few minutes of slow breathing will do more for you than another sitting."
)
CIRCLES_LABEL = "Going round in circles"
