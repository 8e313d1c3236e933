"""Ideas for growth goals, per category: bigger than a week's activity, still concrete.
Our own words; none of them about the ex."""

from __future__ import annotations

GOAL_IDEAS: dict[str, tuple[str, ...]] = {
    "people": (
        "See a friend every week",
        "Rebuild one friendship I let slip",
        "Join a group that meets regularly",
        "Call my family every Sunday",
        "Make one new friend this season",
    ),
    "body": (
        "Run 5 km without stopping",
        "Sleep seven hours most nights",
        "Cook at home four nights a week",
        "Move for 30 minutes, five days a week",
        "Learn to swim properly",
    ),
    "work": (
        "Finish the course I started",
        "Ask for the project I want",
        "Update my portfolio and share it",
        "Learn one new tool for my job",
        "Save a little every month",
    ),
    "challenge": (
        "Travel somewhere alone",
        "Sign up for a race or an event",
        "Speak up once in every meeting",
        "Learn the basics of a language",
        "Take a class in something I'm bad at",
    ),
    "joy": (
        "Play music again",
        "Read a book a month",
        "Paint, draw or make something every week",
        "Spend one afternoon a week on a hobby",
        "Visit a new place near home each month",
    ),
}
