"""Today's step: the short daily steps of the program, in our own words.

Four stages, in order: steady (the first days: sleep, food, someone to tell, fewer
easy ways to reach them), understand (the workbook), build (goals and the week) and
confidence (the end of the period, whether or not they reach out).

`core` steps are kept even in the shortest period (21 days); `again` steps can be
offered more than once when a long period has more days in a stage than steps.
Each step takes one to twenty minutes.
"""

from __future__ import annotations

from dataclasses import replace

from companion.domain.program import ProgramStep

S, U, B, C = "steady", "understand", "build", "confidence"

_STEPS: tuple[ProgramStep, ...] = (
    # Steady -----------------------------------------------------------------
    ProgramStep("steady-sleep", S, "A proper night",
                "Pick a time to put the phone away tonight and a time to get up tomorrow. "
                "Sleep is the first thing a breakup takes; it is also the first thing to win back.",
                5, core=True, again=True),
    ProgramStep("steady-food", S, "Something warm to eat",
                "Eat one real meal today, sitting down. Appetite comes and goes in the first days; "
                "a plain, regular meal keeps you steady while it does.", 20, core=True, again=True),
    ProgramStep("steady-tell", S, "Tell one person",
                "Choose one person who is on your side and tell them you are taking a break from "
                "contact. Ask if you can message them when an urge comes.", 10, core=True),
    ProgramStep("steady-reach", S, "Fewer easy ways to reach them",
                "Mute or archive the chat, move their number off your favourites, hide their "
                "profiles. Nothing dramatic: just make reaching out take a few more steps.",
                10, core=True),
    ProgramStep("steady-breathe", S, "Two minutes of breathing",
                "Breathe slowly for two minutes, the breath out longer than the breath in. "
                "The timer (p) has a breathing square for the loud moments too.",
                2, core=True, again=True),
    ProgramStep("steady-walk", S, "Outside for a while",
                "Go for a walk, even a short one, without headphones for the first five minutes. "
                "Notice three things you had not noticed before.", 20, again=True),
    ProgramStep("steady-reasons", S, "Read your reasons",
                "Read the reasons you gave for this period. Add one if something new is true.",
                3),
    ProgramStep("steady-kind", S, "Say it as a friend would",
                "Write one sentence to yourself the way a good friend would say it: "
                "what you are getting through, and that it makes sense that it hurts.", 5),
    # Understand -------------------------------------------------------------
    ProgramStep("understand-start", U, "Start the workbook",
                "Open 'Understand it' and answer the first question: what happened, in your "
                "own words. A few lines are enough; you can come back to it.", 15, core=True),
    ProgramStep("understand-causes", U, "What weighed most",
                "In the workbook, look at the causes you chose when you started. Which weighed "
                "most, and why? Stay with what happened, not with who was right.", 15, core=True),
    ProgramStep("understand-different", U, "What you'd want different",
                "Write what you would want to be different in any relationship, "
                "not only this one. Think of how you want to be treated, and how you want to treat someone.",
                15, core=True),
    ProgramStep("understand-part", U, "Your part, and not yours",
                "Write what part was yours and what was not. Both lists matter; neither is a verdict.",
                15),
    ProgramStep("understand-control", U, "In your control now",
                "Write what is in your control now: habits, plans, people, your health. "
                "One thing per line; each can become a goal.", 15, core=True),
    ProgramStep("understand-today", U, "One thing, today",
                "Write one thing you can start today, and do the first small part of it.", 10),
    ProgramStep("understand-pause", U, "A day off thinking",
                "No workbook today. Do one thing you enjoy with your hands or your body. "
                "Understanding also grows while you are doing something else.", 20, again=True),
    ProgramStep("understand-reread", U, "Read it back, once",
                "Read your workbook answers once, as a friend would. Change one line if it is "
                "no longer true. Then close it for today.", 10, again=True),
    # Build ------------------------------------------------------------------
    ProgramStep("build-goal", B, "Choose a first goal",
                "Pick one goal for the next version of you: people, body, work, a challenge or "
                "joy. Small and concrete beats big and vague.", 10, core=True),
    ProgramStep("build-plan", B, "Put it in the week",
                "Open the week and plan two activities for your goal, with a day and a time.",
                10, core=True, again=True),
    ProgramStep("build-people", B, "Someone, this week",
                "Plan to see or call someone this week. People are part of the foundation, "
                "not a distraction from it.", 5, core=True),
    ProgramStep("build-body", B, "Move on purpose",
                "Plan one kind of movement you like: a walk, a swim, a class. "
                "Put it in the week so it happens.", 5, core=True),
    ProgramStep("build-second-goal", B, "A second goal",
                "Add a goal in a category you have left alone: work, a challenge or simply joy.",
                10),
    ProgramStep("build-possible", B, "What it made possible",
                "If you like, begin a short writing exercise: fifteen quiet minutes on what this "
                "ending has made possible for you. It is optional, in three sittings on "
                "different days, and each one is saved to your journal.", 15, opens="app.writing"),
    ProgramStep("build-if-then", B, "If the urge comes, then…",
                "Write one plan for your hardest moment: if it is late and I want to message, "
                "then I open the timer and text my friend instead.", 5, core=True),
    ProgramStep("build-review", B, "Look at your week",
                "Look back at the week: what you planned, what you did. Keep what worked; "
                "drop one thing that did not, without blame.", 10, core=True, again=True),
    ProgramStep("build-new", B, "Something new",
                "Try one thing you have never done: a new route, a recipe, a class, a place.",
                20),
    ProgramStep("build-space", B, "Make a space yours",
                "Change one corner of your home: move something, clear a shelf, add a plant. "
                "A space that feels like yours helps.", 20),
    ProgramStep("build-skill", B, "Twenty minutes of a skill",
                "Spend twenty minutes on something you want to be better at. "
                "Progress you can see is good for confidence.", 20, again=True),
    # Confidence and the end ---------------------------------------------------
    ProgramStep("confidence-proud", C, "What you are proud of",
                "Write three things you have done in this period that you are proud of. "
                "Small counts.", 5, core=True),
    ProgramStep("confidence-if-they-do", C, "If they reach out",
                "Write what you will do if they reach out: take a day, read your workbook, "
                "decide what you want, and if you reply, keep it brief and warm.", 10, core=True),
    ProgramStep("confidence-if-not", C, "If they don't",
                "Write what you will do if they don't reach out. Your goals, your people and "
                "your week carry on either way.", 10, core=True),
    ProgramStep("confidence-want", C, "What you want now",
                "Read your workbook and your goals. Write, in one line, what you want your "
                "life to look like in three months. It is fine if they are not in it.",
                10, core=True),
    ProgramStep("confidence-possible", C, "Write on, if you like",
                "Give the writing exercise its next sitting, or its first: fifteen minutes on "
                "what this ending made possible. It stays optional; a walk is just as good today.",
                15, opens="app.writing"),
    ProgramStep("confidence-people", C, "Thank someone",
                "Thank someone who helped you through this period. A message is enough.", 5),
    ProgramStep("confidence-goal-check", C, "Your goals, honestly",
                "Look at your goals. Mark one done if it is, drop one if it no longer fits, "
                "and keep going with the rest.", 10, again=True),
    ProgramStep("confidence-letter", C, "A note to the future you",
                "Write a short note to yourself a year from now: what you are building and "
                "why it matters to you.", 15),
    ProgramStep("confidence-ending", C, "When the period ends",
                "Decide what you will do when the period ends: extend it, start another, or "
                "finish. There is no wrong answer, only yours.", 5, core=True),
    ProgramStep("confidence-breathe", C, "Steady breathing",
                "Five minutes of slow breathing, the breath out longer than the breath in. "
                "Notice how much steadier you are than in the first days.", 5, again=True),
    ProgramStep("confidence-celebrate", C, "Mark the day",
                "Do something to mark how far you have come: a favourite meal, a day out, "
                "an evening with friends.", 20, again=True),
)

# What `o` on Today opens for a step that is about a place in the app.
_OPENS = {
    **dict.fromkeys(("understand-start", "understand-causes", "understand-different", "understand-part",
                     "understand-control", "understand-today", "understand-reread"), "app.workbook"),
    **dict.fromkeys(("build-goal", "build-second-goal", "confidence-goal-check"), "app.goals"),
    **dict.fromkeys(("build-plan", "build-people", "build-body", "build-review"), "app.planner"),
}

STEPS: tuple[ProgramStep, ...] = tuple(replace(step, opens=_OPENS.get(step.id, step.opens)) for step in _STEPS)
