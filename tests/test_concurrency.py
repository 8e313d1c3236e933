"""Several processes use the file at once: no write is lost, no reader sees half a file."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from companion.clock import MovableSource, parse_instant
from companion.domain.records import Profile, Settings
from companion.store.fileformat.reading import read_document
from companion.store.repository import Repository

pytestmark = pytest.mark.slow

START = "2026-11-26T09:00:00Z"
EACH = 200


def log_urges(path: str, writer: int, go: object) -> None:
    """A child: wait for the start signal, then log EACH urges, one transaction each."""
    repo = Repository(Path(path), source=MovableSource(parse_instant(START)))
    go.wait()  # type: ignore[attr-defined]
    for number in range(EACH):
        repo.events.log_urge(note=f"{writer}:{number}", outcome="resisted")


def read_until(path: str, done: object, reads: object) -> None:
    """A child: read the file without the lock, again and again, while the writers work."""
    repo = Repository(Path(path), source=MovableSource(parse_instant(START)))
    count = 0
    previous = 0
    while not done.is_set():  # type: ignore[attr-defined]
        urges = len(repo.load().events)
        assert urges >= previous
        previous = urges
        count += 1
    reads.value = count  # type: ignore[attr-defined]


def test_two_processes_logging_200_urges_each_make_400(data_file: Path) -> None:
    Repository(data_file, source=MovableSource(parse_instant(START))).setup.complete_onboarding(
        Profile(), Settings(), parse_instant(START).date(), 30)
    context = multiprocessing.get_context("fork")
    go = context.Event()
    both_done = context.Event()
    reads = context.Value("i", 0)
    writers = [context.Process(target=log_urges, args=(str(data_file), n, go), daemon=True)
               for n in (0, 1)]
    reader = context.Process(target=read_until, args=(str(data_file), both_done, reads), daemon=True)
    for process in (*writers, reader):
        process.start()
    go.set()
    try:
        for process in writers:
            process.join(120)
    finally:
        both_done.set()
        reader.join(30)
    assert [process.exitcode for process in writers] == [0, 0]
    assert reader.exitcode == 0, "a reader saw a broken or shrinking file"
    assert reads.value > 0

    document = read_document(data_file)
    assert document is not None
    notes = sorted(e["data"]["note"] for e in document["events"].values())
    assert len(notes) == 2 * EACH
    assert notes == sorted(f"{w}:{n}" for w in (0, 1) for n in range(EACH))
    ids = [e["id"] for e in document["events"].values()]
    assert len(set(ids)) == 2 * EACH
    assert Repository(data_file).status().urges_last_7_days == 2 * EACH
