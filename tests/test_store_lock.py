"""The writers' lock: one holder at a time, across processes and threads."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock as OtherLock
from filelock import Timeout

from companion.store.locking import FileLock, LockTimeout


def test_it_keeps_out_another_process_lock_and_is_kept_out_by_it(tmp_path: Path) -> None:
    path = tmp_path / "c.json.lock"
    ours = FileLock(path, timeout=0.2)
    ours.acquire()
    with pytest.raises(Timeout):
        OtherLock(str(path), timeout=0.1).acquire()
    ours.release()
    other = OtherLock(str(path), timeout=0.1)
    with other:
        started = time.monotonic()
        with pytest.raises(LockTimeout):
            ours.acquire()
        assert time.monotonic() - started >= 0.2
    ours.acquire()  # free again once the other lets go
    ours.release()
    assert path.stat().st_mode & 0o077 == 0


def test_it_is_reentrant_and_let_go_by_the_last_release(tmp_path: Path) -> None:
    path = tmp_path / "c.json.lock"
    ours = FileLock(path, timeout=0.2)
    ours.acquire()
    ours.acquire()
    ours.release()
    with pytest.raises(Timeout):
        OtherLock(str(path), timeout=0.05).acquire()
    ours.release()
    with OtherLock(str(path), timeout=0.05):
        pass


def test_threads_take_turns(tmp_path: Path) -> None:
    ours = FileLock(tmp_path / "c.json.lock", timeout=5)
    inside: list[int] = []
    overlaps: list[int] = []

    def work(number: int) -> None:
        for _ in range(20):
            ours.acquire()
            try:
                inside.append(number)
                if len(inside) > 1:
                    overlaps.append(number)
                time.sleep(0.001)
                inside.remove(number)
            finally:
                ours.release()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == []
