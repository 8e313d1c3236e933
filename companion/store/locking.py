"""The writers' lock: an exclusive lock on `<file>.lock`, held by one process at a time.

The operating system's own lock (flock on POSIX, msvcrt.locking on Windows), the
same one the filelock package takes, so either waits for the other. Written here
because importing filelock (logging, decimal, inspect...) took about 25 ms of
every command that writes.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

POLL_SECONDS = 0.05


class LockTimeout(Exception):
    """Another process held the lock for longer than the timeout."""


class FileLock:
    """An exclusive lock on a file between processes, re-entrant within a thread.

    Args:
        path: the lock file (created, mode `mode`, if missing).
        timeout: seconds to wait for another holder before LockTimeout.
        mode: the permissions of a new lock file.
    """

    def __init__(self, path: Path, timeout: float, mode: int = 0o600) -> None:
        self.path = path
        self.timeout = timeout
        self.mode = mode
        self._threads = threading.RLock()  # threads of this process take turns too
        self._depth = 0
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, waiting up to the timeout; LockTimeout if it stays taken."""
        deadline = time.monotonic() + self.timeout
        if not self._threads.acquire(timeout=max(self.timeout, 0)):
            raise LockTimeout(str(self.path))
        try:
            if self._depth == 0:
                self._fd = _take(self.path, self.mode, deadline)
            self._depth += 1
        except BaseException:
            self._threads.release()
            raise

    def release(self) -> None:
        """Give the lock back (the last of nested acquires lets other processes in)."""
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)
        self._threads.release()


def _take(path: Path, mode: int, deadline: float) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, mode)
    try:
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout(str(path))
            time.sleep(POLL_SECONDS)
    except BaseException:
        os.close(fd)
        raise
    return fd


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    _BUSY = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK}

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in _BUSY:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
