"""A believable six weeks of history for `companion demo` and the screenshots.

Built through the Repository (as a real user's data would be) in a throw-away file,
with a fixed seed and a fixed "now", so every run gives the same story.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from pathlib import Path

from companion.clock import Instant, MovableSource, instant_at, local_date, parse_instant, shift
from companion.domain.records import Activity, Profile, Settings
from companion.store.repository import Repository

DEMO_NOW = "2026-11-26T08:30:00+00:00"
DEMO_NOTE = ("This is a demo with made-up data; nothing here is yours, and it is thrown away when you "
             "quit. The date stays at {day} so that the story reads the same every time.")
DEMO_ZONE = "Europe/London"
FIRST_START = date(2026, 10, 12)
SLIP_ON = date(2026, 10, 24)

UNSENT = (
    ("I saw the photo from the lake. I hope you're happy. I'm not sure I am.", "reassurance"),
    ("Can we just talk for five minutes? I keep thinking I explained it all wrong.", "closure"),
    ("You left your blue scarf here. Also I miss you. Mostly the second thing.", "a reaction"),
    ("It's late and the flat is so quiet.", "company / boredom"),
)
NOTES = ("after scrolling old photos", "Friday night, alone", "our song came on",
         "saw their car", "couldn't sleep", "after a long day", "")
JOURNAL = (
    "First proper weekend on my own. Went to the market with Priya and bought far too many "
    "tomatoes. Didn't check my phone for three hours.",
    "Rough night. Wrote a whole message in the timer instead of sending it. Reading it this "
    "morning, I'm glad it stayed here.",
    "Climbing again after two years. My arms are jelly. I forgot how much I love this.",
    "They texted about the cat's vet appointment. Answered in one line. Felt oddly calm.",
)
WEEK_PLAN = (
    (0, "Bouldering with Sam", "people", "18:30", 120),
    (0, "Early night, phone in the kitchen", "body", None, None),
    (1, "Run by the canal", "body", "07:30", 40),
    (1, "Finish the portfolio draft", "work", "10:00", 90),
    (2, "Dinner at Mum's", "people", "19:00", None),
    (3, "Pottery taster class", "challenge", "19:30", 120),
    (3, "Update my CV", "work", None, 60),
    (4, "Film night, just for me", "joy", "20:00", None),
    (5, "Farmers' market", "joy", "10:00", 60),
    (5, "Say yes to Jo's party", "challenge", "21:00", None),
    (6, "Long walk, no headphones", "body", None, 90),
)


def _at(day: date, hour: int, minute: int = 0) -> Instant:
    return instant_at(day, time(hour, minute), DEMO_ZONE)


def build_demo(path: Path, now: str = DEMO_NOW, seed: int = 7) -> Repository:
    """Write six weeks of demo history to `path` (which must not hold real data)."""
    rng = random.Random(seed)
    end = parse_instant(now)
    source = MovableSource(_at(FIRST_START, 9))
    repo = Repository(path, source=source)
    repo.setup.complete_onboarding(
        Profile(name="Robin", ex_name="Alex", breakup_on=FIRST_START.isoformat(), relationship_months=20,
                causes=["routine", "distance"], shared=["pet"],
                reasons=["I want to feel calm in my own company again.",
                         "Every time I reach out, I'm back at day one of missing them.",
                         "I deserve someone who chooses me without being chased."]),
        Settings(zone=DEMO_ZONE, default_delay_minutes=15, week_start="monday"),
        FIRST_START, 30)
    today = local_date(end, DEMO_ZONE)
    day = FIRST_START
    unsent = iter(UNSENT)
    journal = iter(JOURNAL)
    while day < today:
        age = (day - FIRST_START).days
        # Urges: more at first, mostly late evening, fading with time.
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3)) if age < 14 else rng.choice((0, 0, 1, 1, 2))):
            hour = rng.choice((21, 22, 22, 23, 23, 0, 1, 13, 18))
            moment = _at(day + timedelta(days=1) if hour < 6 else day, hour, rng.choice((5, 20, 40)))
            if moment >= end:
                continue
            source.instant = shift(moment, minutes=20)
            before = max(3, min(10, 9 - age // 8 + rng.choice((-1, 0, 1))))
            outcome = "resisted" if rng.random() < 0.85 else "unresolved"
            extra = {}
            if rng.random() < 0.3:
                message = next(unsent, None)
                if message:
                    extra = {"unsent_message": message[0], "trigger": message[1], "expected": min(10, before + 1),
                             "minutes_planned": 15, "minutes_waited": 15,
                             "started": moment.isoformat(), "ended": shift(moment, minutes=15).isoformat()}
            repo.events.log_urge(intensity_before=before, intensity_after=max(1, before - rng.choice((2, 3, 4))),
                          outcome=outcome, note=rng.choice(NOTES), when=moment,
                          handled="timer" if extra else "logged", **extra)
        if day == SLIP_ON:
            source.instant = _at(day, 23, 10)
            repo.events.log_contact_from_me(essential=False, note="Sent 'hope you're okay'. Regretted it at once.",
                                     new_length=45)
        source.instant = _at(day, 20, 30)
        if rng.random() < 0.8:
            repo.events.log_mood(max(1, min(5, 2 + age // 12 + rng.choice((-1, 0, 0, 1)))))
        if age in (5, 13, 22, 30):
            repo.events.add_journal(next(journal, "A quiet day."))
        day += timedelta(days=1)
    for days_ago, about, channel in ((30, "emotional", "text"), (17, "logistics", "text"),
                                     (4, "wants to talk", "social")):
        source.instant = _at(today - timedelta(days=days_ago), 19, 15)
        repo.events.log_contact_from_them(channel=channel, about=about, replied=about == "logistics",
                                   note="About the cat's vet appointment." if about == "logistics" else "")
    _plan_weeks(repo, source, today, rng)
    _checks_and_plans(repo, source, today)
    source.instant = end
    repo.periods.celebrate_milestones()
    return repo


def _plan_weeks(repo: Repository, source: MovableSource, today: date, rng: random.Random) -> None:
    monday = today - timedelta(days=today.weekday())
    source.instant = _at(monday - timedelta(days=15), 18)
    repo.activities.plan(Activity(title="Tuesday run club", category="body",
                                on=(monday - timedelta(days=13)).isoformat(), at="19:00",
                                minutes=60, repeat="weekly"))
    for week in (-2, -1, 0):
        start = monday + timedelta(weeks=week)
        for offset, title, category, at, minutes in WEEK_PLAN:
            if week < 0 and rng.random() < 0.35:
                continue
            on = start + timedelta(days=offset)
            activity = repo.activities.plan(Activity(title=title, category=category, on=on.isoformat(),
                                                   at=at, minutes=minutes))
            if on < today and rng.random() < 0.75:
                repo.activities.set_done(activity.id, on, True)
    snapshot = repo.load()
    for activity in snapshot.activities:
        if activity.repeat:
            for week in (-2, -1):
                occurrence = monday + timedelta(weeks=week, days=1)
                if occurrence >= activity.date:
                    repo.activities.set_done(activity.id, occurrence, True)


def _checks_and_plans(repo: Repository, source: MovableSource, today: date) -> None:
    """Looking them up now and then (less as the weeks go by), and two if-then plans."""
    from companion.domain.ifthen import new_plan

    for days_ago, hour, platform in ((38, 23, "instagram"), (36, 22, "instagram"), (33, 0, "facebook"),
                                     (29, 23, "instagram"), (24, 22, "x"), (17, 23, "instagram"),
                                     (9, 22, "instagram"), (2, 23, "linkedin")):
        day = today - timedelta(days=days_ago)
        source.instant = _at(day + timedelta(days=1) if hour < 6 else day, hour, 15)
        repo.events.log_check(platform=platform, note="Their stories." if platform == "instagram" else "")
    source.instant = _at(today - timedelta(days=20), 10)
    repo.ifthen.add(new_plan("I see their story late at night", "I put the phone in the kitchen and text Sam",
                           "company"))
    repo.ifthen.add(new_plan("I start writing an apology", "I write it in the timer and read it tomorrow",
                           "apology"))
