"""Killing a writer at any instant leaves the old or the new file, never a broken one.

A forked child writes through the Repository in a loop (each write adds one event
numbered in order, and every few writes a new day starts, so daily backups are
written too); the test SIGKILLs it at random moments, 60 times, and checks after
each kill that the file parses and holds exactly the events 0..n-1 for an n that
never goes down. A second test kills the real `companion log urge` command.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion import locations
from companion.clock import MovableSource, parse_instant
from companion.domain.records import Profile, Settings
from companion.store.fileformat.reading import read_document
from companion.store.files import temp_files
from companion.store.repository import Repository

pytestmark = pytest.mark.slow

START = "2026-11-26T09:00:00Z"
SEED_EVENTS = 1500
FORK_KILLS = 60
CLI_KILLS = 8


def numbered_events(path: Path) -> list[int]:
    """The numbers of the events the writer added (the seed events carry no number)."""
    document = read_document(path)
    assert document is not None
    with path.open(encoding="utf-8") as handle:
        assert json.load(handle) == document
    notes = [e["data"].get("note", "") for e in document["events"].values()]
    return sorted(int(n) for n in notes if n.isdigit())


def seed(path: Path) -> None:
    """A profile and a file big enough that a write takes a moment."""
    repo = Repository(path, source=MovableSource(parse_instant(START)))
    repo.setup.complete_onboarding(Profile(name="Sam"), Settings(zone="Europe/London"),
                             parse_instant(START).date(), 30)
    with repo.db.transaction() as db:
        db.table("events").insert_multiple(
            {"id": f"seed-{i}", "kind": "mood", "at": START, "zone": "UTC",
             "data": {"score": 3, "note": "seed " + "x" * 60}}
            for i in range(SEED_EVENTS)
        )


def write_forever(path: str) -> None:
    """The child: add numbered events one write at a time until killed."""
    repo = Repository(Path(path), source=MovableSource(parse_instant(START)))
    number = len(numbered_events(Path(path)))
    source = repo.source
    assert isinstance(source, MovableSource)
    source.advance(days=number // 5)
    while True:
        if number % 5 == 0:
            source.advance(days=1)  # a new day: the next write makes a backup first
        if number % 2:
            repo.events.log_urge(note=str(number), outcome="resisted")
        else:
            repo.events.log_mood(4, note=str(number))
        number += 1


def check_after_kill(path: Path, previous: int) -> int:
    """The file is whole and holds events 0..n-1 with n >= previous; returns n."""
    numbers = numbered_events(path)
    assert numbers == list(range(len(numbers))), "a write was half-applied"
    assert len(numbers) >= previous, "a committed write was lost"
    assert len(temp_files(path)) <= 1
    for backup in Repository(path).db.backups():
        assert read_document(backup) is not None
    return len(numbers)


def test_sigkill_at_random_moments_never_breaks_the_file(data_file: Path) -> None:
    seed(data_file)
    context = multiprocessing.get_context("fork")
    rng = random.Random(20261126)
    count = 0
    kills_mid_write = 0
    for _ in range(FORK_KILLS):
        child = context.Process(target=write_forever, args=(str(data_file),), daemon=True)
        child.start()
        time.sleep(rng.uniform(0.0, 0.12))
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
        child.join(5)
        assert child.exitcode == -signal.SIGKILL
        kills_mid_write += bool(temp_files(data_file))
        count = check_after_kill(data_file, count)
    assert count >= 10, "the writer hardly wrote: the kills proved nothing"
    # The next writer cleans what the killed ones left and carries on.
    repo = Repository(data_file, source=MovableSource(parse_instant(START).add(days=400)))
    repo.events.log_urge(note=str(count))
    assert temp_files(data_file) == []
    assert check_after_kill(data_file, count) == count + 1
    assert len(Repository(data_file).db.backups()) <= 14 + 1
    print(f"{FORK_KILLS} kills, {count} writes survived, {kills_mid_write} kills left a temp file")


def test_sigkill_of_the_cli_never_breaks_the_file(data_file: Path) -> None:
    seed(data_file)
    rng = random.Random(7)
    env = {**os.environ, "COMPANION_DATA_FILE": str(data_file)}
    count = 0
    for number in range(CLI_KILLS):
        process = subprocess.Popen(
            [sys.executable, "-m", "companion", "log", "mood", "3", "--note", str(count)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        numbers = numbered_events(data_file)
        assert numbers == list(range(len(numbers)))
        assert len(numbers) in (count, count + 1)
        count = len(numbers)
    assert locations.lock_file(data_file).parent == data_file.parent


def pause_at(stage: str, path: str, ready: object) -> None:
    """The child: write once, stopping forever at `stage` of the atomic write."""
    real_replace = os.replace

    def stop() -> None:
        ready.set()  # type: ignore[attr-defined]
        time.sleep(60)

    def replace(src: str, dst: str) -> None:
        if stage == "before replace":
            stop()
        real_replace(src, dst)
        if stage == "after replace":
            stop()

    os.replace = replace  # type: ignore[assignment]
    Repository(Path(path), source=MovableSource(parse_instant(START))).events.log_urge(note="0")


@pytest.mark.parametrize(("stage", "expected"), [("before replace", 0), ("after replace", 1)])
def test_a_kill_inside_the_atomic_write(data_file: Path, stage: str, expected: int) -> None:
    seed(data_file)
    context = multiprocessing.get_context("fork")
    ready = context.Event()
    child = context.Process(target=pause_at, args=(stage, str(data_file), ready), daemon=True)
    child.start()
    assert ready.wait(20)
    os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    child.join(5)
    assert len(numbered_events(data_file)) == expected  # the old file, or the new one, whole
    assert len(temp_files(data_file)) == 1 - expected
    Repository(data_file, source=MovableSource(parse_instant(START))).events.log_urge(note=str(expected))
    assert numbered_events(data_file) == list(range(expected + 1))
    assert temp_files(data_file) == []
