"""About six weeks of believable history, written through the Repository with a moving clock.

Used by the History tests and snapshots; `python -m tests.history_data PATH` writes it
to a file for trying the app by hand.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date
from functools import lru_cache
from pathlib import Path

import pendulum

from companion.clock import MovableSource
from companion.domain.records import Activity, Profile, Settings
from companion.store.repository import Repository

START = "2026-10-15T10:00:00+00:00"
NOW = "2026-11-26T09:00:00+00:00"

MESSAGES = [
    ("reassurance", ("Hey. I know we said we wouldn't talk, but I keep wondering if you're "
                     "okay. Are you okay? I just need to know you're okay.\n\nSorry. Ignore this.")),
    ("closure", ("I never got to say what I wanted to say that night. I think I deserved "
                 "more than a text. I think we both did.")),
    ("company / boredom", "saw the film you wanted to see. it was bad. you would have loved it"),
    ("a reaction", "Congrats on the new job, I guess."),
]
JOURNAL = [
    "First week. The evenings are the hardest: the flat is very quiet after nine.",
    "Went running with Priya. Didn't think about them for a whole hour, which felt strange and good.",
    ("Wrote a long message in the timer instead of sending it. Reading it back the next morning, "
     "I'm glad it stayed there."),
]


def at(source: MovableSource, day: date, hour: int, minute: int = 0) -> None:
    """Move the clock to a wall-clock time (UTC) on a day."""
    source.instant = pendulum.datetime(day.year, day.month, day.day, hour, minute, tz="UTC")


def build_history(path: Path, discreet: bool = False) -> tuple[Repository, MovableSource]:
    """Write the history to `path`; the clock is left at NOW (Thursday 26 November 2026)."""
    rng = random.Random(7)
    source = MovableSource(pendulum.parse(START))  # type: ignore[arg-type]
    repo = Repository(path, source=source)  # type: ignore[arg-type]
    repo.setup.complete_onboarding(Profile(name="Sam", ex_name="Alex", reasons=["I deserve calm"]),
                             Settings(discreet=discreet), date(2026, 10, 14), 30)
    repo.activities.plan(Activity(title="Run 5k by the river", category="body", on="2026-10-19",
                                at="07:30", repeat="weekly"))
    one_offs = [("Call Mum", "people", "2026-10-21"), ("Pottery class", "challenge", "2026-10-29"),
                ("Update my CV", "work", "2026-11-04"), ("Read in the park", "joy", "2026-11-08"),
                ("Dinner with Priya and Tom", "people", "2026-11-14"),
                ("Sign up for climbing", "challenge", "2026-11-18"), ("Cinema alone", "joy", "2026-11-22"),
                ("Ask for feedback at work", "work", "2026-11-24"), ("Bake bread", "joy", "2026-11-26")]
    planned = [repo.activities.plan(Activity(title=t, category=c, on=d)) for t, c, d in one_offs]
    day = date(2026, 10, 15)
    end = date(2026, 11, 26)
    message_index = journal_index = 0
    while day < end:
        offset = (day - date(2026, 10, 15)).days
        calmer = offset / 42
        at(source, day, 8, rng.randrange(0, 50))
        repo.events.log_mood(max(1, min(5, round(2 + 2.2 * calmer + rng.uniform(-0.8, 0.8)))))
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3] if calmer < 0.5 else [0, 0, 1, 1, 2])):
            hour = rng.choice([21, 22, 22, 23, 23, 0, 1, 13, 18])
            at(source, day, hour, rng.randrange(0, 60))
            strength = rng.randint(5, 9)
            if rng.random() < 0.4:
                repo.timer.start(15)
                trigger, text = MESSAGES[message_index % len(MESSAGES)]
                message_index += 1
                repo.timer.update(intensity_before=strength, trigger=trigger, unsent_message=text)
                source.advance(minutes=15)
                repo.timer.finish("resisted", intensity_after=max(1, strength - rng.randint(2, 5)))
            else:
                outcome = rng.choice(["resisted", "resisted", "resisted", "unresolved"])
                repo.events.log_urge(intensity_before=strength, intensity_after=max(1, strength - 3),
                              outcome=outcome)
        if day == date(2026, 10, 27):
            at(source, day, 23, 10)
            repo.events.log_urge(intensity_before=9, intensity_after=9, outcome="contacted")
            repo.events.log_contact_from_me(essential=False, note="Sent 'I miss you'. No reply.")
        if day == date(2026, 11, 8):
            at(source, day, 17, 5)
            repo.events.log_contact_from_them(channel="text", about="logistics", replied=True,
                                       note="Alex asked when to collect the bike.")
        if day == date(2026, 11, 20):
            at(source, day, 22, 45)
            repo.events.log_contact_from_them(channel="social", about="wants to talk", replied=False)
        if offset % 13 == 2 and journal_index < len(JOURNAL):
            at(source, day, 21, 30)
            repo.events.add_journal(JOURNAL[journal_index])
            journal_index += 1
        if day.weekday() == 0 and day >= date(2026, 10, 19) and rng.random() < 0.85:
            repo.activities.set_done(repo.load().activities[0].id, day, True)
        day = day.fromordinal(day.toordinal() + 1)
    source.instant = pendulum.parse(NOW)  # type: ignore[assignment]
    for activity in planned[:-2]:
        repo.activities.set_done(activity.id, activity.date, True)
    return repo, source


@lru_cache(maxsize=2)
def _built(discreet: bool) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "companion.json"
        build_history(path, discreet)
        return path.read_bytes()


def history_repo(path: Path, discreet: bool = False) -> tuple[Repository, MovableSource]:
    """The same history as build_history, copied from one built per test session (quicker)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_built(discreet))
    source = MovableSource(pendulum.parse(NOW))  # type: ignore[arg-type]
    return Repository(path, source=source), source  # type: ignore[arg-type]


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    build_history(target, discreet="--discreet" in sys.argv)
    print(f"wrote {target}")
