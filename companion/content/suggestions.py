"""Ideas for the week planner, and the words around the balance meter. Our own wording.

Each category has at least ten ideas: small, concrete, doable in a day, and none of
them about the ex.
"""

from __future__ import annotations

CATEGORY_HINTS: dict[str, str] = {
    "people": "friends, family, new people",
    "body": "movement, sport, sleep, food",
    "work": "career, study, things you're building",
    "challenge": "something new or a little scary",
    "joy": "hobbies, rest, things that are simply yours",
}

IDEAS: dict[str, tuple[str, ...]] = {
    "people": (
        "Call a friend you haven't spoken to in a while",
        "Coffee with a colleague you like",
        "Cook dinner for someone",
        "Ring a grandparent, aunt or uncle",
        "Say yes to the next invitation",
        "Join a class or club that meets weekly",
        "Send three people a message just to say hi",
        "A walk with a friend instead of a drink",
        "Board-game or quiz night",
        "Help a neighbour with something",
        "Plan a weekend visit to family",
        "Volunteer for an afternoon",
    ),
    "body": (
        "A 30-minute walk without headphones",
        "Go for a run, any distance",
        "Stretch for 15 minutes before bed",
        "Try a yoga or pilates class",
        "Swim some lengths",
        "Cook a proper meal with vegetables",
        "Lights out by 23:00",
        "A bike ride somewhere new",
        "Gym session: one new exercise",
        "Drink water before every coffee today",
        "Dance to three songs in the kitchen",
        "A long hike at the weekend",
    ),
    "work": (
        "One hour of deep work, phone in another room",
        "Update your CV or portfolio",
        "Finish the task you keep putting off",
        "Learn one thing for your job (a chapter, a course video)",
        "Ask for feedback from someone you trust",
        "Tidy your desk and your inbox",
        "Plan next week's three priorities",
        "Reach out to someone in your field",
        "Study session for a course or exam",
        "Write down an idea you want to build",
        "Leave work on time and mean it",
    ),
    "challenge": (
        "Eat alone at a restaurant, no phone",
        "Go to an event where you know no one",
        "Sign up for a class you've never tried",
        "Say no to something you don't want to do",
        "Take a different route and explore",
        "Cook a dish you have never made",
        "Speak up once in a meeting",
        "A cold shower, just once",
        "Book the appointment you've been avoiding",
        "Start a conversation with a stranger",
        "Go to the cinema on your own",
        "Write a page about what you want next year",
    ),
    "joy": (
        "Read a book for an hour",
        "Cook your favourite comfort meal",
        "A film you love, blanket included",
        "Play music, or learn a song",
        "Draw, paint or take photos for fun",
        "A slow morning with no plans",
        "Visit a museum, gallery or garden",
        "Take a long bath",
        "Make a new playlist that's only yours",
        "Go back to a hobby you dropped",
        "Bake something and share it",
        "Sit in a park and do nothing",
    ),
}


def nudge(missing: list[str], planned: int, in_app: bool = True) -> str:
    """A gentle line about the week's balance, naming the categories with nothing yet."""
    from companion.domain.week_plan import join_words

    if planned == 0:
        if in_app:
            return "A blank week. A few small plans give the days some shape."
        return "Nothing planned yet. `companion plan add` puts something in."
    if not missing:
        return "All five kinds are here: a well-rounded week."
    if len(missing) == 1:
        return f"Nothing for {missing[0]} yet; one small thing would round out the week."
    if len(missing) == 2:
        return f"Nothing for {join_words(missing)} yet; one small thing in each would help."
    # Three or four kinds: said short enough for one line of an 80-column terminal.
    return f"Still open: {', '.join(missing)}. One small thing each helps."
