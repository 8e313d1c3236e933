"""The data file as a TinyDB database: locked transactions and backups.

A transaction is: take the writers' lock, read the file once (through the file
format's TinyDB storage), apply the change, write the file atomically once, then
keep the day's backup of the file as it was. What the bytes look like is the
file format's business (fileformat/). TinyDB is imported only when a transaction
starts, so that reading (`companion status`) stays quick.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from companion import locations
from companion.store import fileformat
from companion.store.errors import DataFileError, WriteFailedError
from companion.store.fileformat import Document, Tables
from companion.store.files import (
    FILE_MODE,
    atomic_write,
    ensure_private_dir,
    quiet_collector,
    real_path,
    remove_temp_files,
)

if TYPE_CHECKING:
    from tinydb import TinyDB

    from companion.store.fileformat import FileStorage
    from companion.store.locking import FileLock

BACKUPS_KEPT = 14
LOCK_TIMEOUT_SECONDS = 30
_BACKUP_NAME = re.compile(r"^(?P<stem>.+?)-(?P<day>\d{4}-\d{2}-\d{2})(?P<label>-[a-z0-9-]+)?\.json$")
# What atomic_write leaves in the backup folder when killed mid-copy: a dot, the backup's
# name, a dot, eight random letters or digits, then `.tmp` (swept at the next write).
_BACKUP_TEMP = re.compile(r"^\.(?P<stem>.+?)-\d{4}-\d{2}-\d{2}(-[a-z0-9-]+)?\.json\.[A-Za-z0-9_]{8}\.tmp$")


class Database:
    """One Companion data file.

    Args:
        path: the data file.
        today: the user's current date, for naming the daily backup.
    """

    def __init__(self, path: Path, today: Callable[[], date] = date.today) -> None:
        self.path = path
        self.today = today
        self._lock: FileLock | None = None

    @property
    def lock(self) -> FileLock:
        """The lock on `<file>.lock` that serialises writers (re-entrant in one thread);
        beside the file a symbolic link points to, so every name for it shares one lock."""
        if self._lock is None:
            from companion.store.locking import FileLock

            self._lock = FileLock(locations.lock_file(real_path(self.path)),
                                  timeout=LOCK_TIMEOUT_SECONDS, mode=FILE_MODE)
        return self._lock

    def exists(self) -> bool:
        """Whether the data file has been created."""
        return self.path.exists()

    def fingerprint(self) -> tuple[int, int, int] | None:
        """Changes whenever the file is replaced: (inode, mtime_ns, size)."""
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def read(self) -> Document:
        """The current document, migrated in memory (an empty one if there is no file yet).

        Readers take no lock: writes replace the file atomically, so a reader sees
        the old or the new file, whole. A file from a newer schema is returned as it
        is: it can be read, but not written.
        """
        return fileformat.read(self.path, whole=True).document

    def tables(self) -> Tables:
        """The current tables for reading, as `read` gives them, parsed a part at a
        time when the file allows it (see fileformat.read)."""
        return fileformat.read(self.path)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the writers' lock; a lock that cannot be taken is a WriteFailedError."""
        from companion.store.locking import LockTimeout

        ensure_private_dir(real_path(self.path).parent)  # before the lock, which would create it 0755
        try:
            self.lock.acquire()
        except LockTimeout:
            raise WriteFailedError(
                self.path, "another Companion process is holding the file lock"
            ) from None
        except OSError as error:
            raise WriteFailedError(self.path, f"cannot take the lock ({error.strerror})") from None
        try:
            yield
        finally:
            self.lock.release()

    @contextmanager
    def transaction(self) -> Iterator[TinyDB]:
        """Lock, reload, change, write atomically, unlock.

        Yields a TinyDB whose changes are saved together when the block ends
        without an exception; an exception discards them all. The garbage collector
        waits meanwhile: it would walk every record of a long history, which is all
        freed when the transaction ends.

        The save comes first, then the day's backup (of the file as it was before
        the save): a backup can never take the space the save needed.
        """
        from tinydb import TinyDB

        from companion.store.fileformat import FileStorage

        with self.locked(), quiet_collector():
            db = TinyDB(self.path, storage=FileStorage)  # reads, checks and migrates the file
            storage = storage_of(db)
            yield db
            if storage.changed:
                remove_temp_files(self.path)
                self._remove_backup_temp_files()
                storage.save()
                if storage.before is not None:
                    self._daily_backup(storage.before)

    def write_document(self, document: Document | None) -> None:
        """Replace the whole file with `document` (under the lock, atomically); None
        empties it (a reset: onboarding runs again)."""
        with self.transaction() as db:
            storage_of(db).replace(document)

    # Backups ---------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backup files, newest first (by day, then by when they were written)."""
        folder = locations.backup_dir(self.path)
        if not folder.is_dir():
            return []
        found = []
        for path in folder.iterdir():
            match = _BACKUP_NAME.match(path.name)
            if match and match.group("stem") == self.path.stem:
                try:
                    written = path.stat().st_mtime_ns
                except OSError:
                    continue
                found.append((match.group("day"), written, path.name, path))
        return [entry[-1] for entry in sorted(found, reverse=True)]

    def backup_now(self, label: str | None = None) -> Path:
        """Copy the current file into the backup folder; return the copy's path.

        Without a label it is the day's backup; a label (e.g. "before-reset") keeps
        it apart from the rolling daily ones and never replaces an earlier copy.
        """
        return self._backup(label)

    def _backup(self, label: str | None = None, content: bytes | None = None) -> Path:
        """Write a backup (of `content`, else of the file now) under the writers' lock,
        atomically: a copy killed half-way leaves a temp file the next write removes."""
        with self.locked():
            folder = locations.backup_dir(self.path)
            ensure_private_dir(folder)
            base = f"{self.path.stem}-{self.today().isoformat()}"
            target = folder / f"{base}-{label}.json" if label else folder / f"{base}.json"
            counter = 1
            while label and target.exists():
                counter += 1
                target = folder / f"{base}-{label}-{counter}.json"
            atomic_write(target, self.path.read_bytes() if content is None else content)
        return target

    def _remove_backup_temp_files(self) -> None:
        """Remove what a backup copy killed half-way left; only while holding the lock."""
        folder = locations.backup_dir(self.path)
        try:
            names = os.listdir(folder)
        except OSError:
            return
        for name in names:
            match = _BACKUP_TEMP.match(name)
            if match and match.group("stem") == self.path.stem:
                try:
                    os.unlink(folder / name)
                except OSError:
                    pass

    def _daily_backup(self, before: bytes) -> None:
        """Keep one copy of the file as it was before the first write of each day (last 14)."""
        folder = locations.backup_dir(self.path)
        target = folder / f"{self.path.stem}-{self.today().isoformat()}.json"
        if target.exists():
            return
        try:
            self._backup(content=before)
        except (OSError, DataFileError):
            return  # a failed backup never undoes or blocks the save made before it
        daily = [p for p in self.backups() if not _BACKUP_NAME.match(p.name).group("label")]  # type: ignore[union-attr]
        for old in daily[BACKUPS_KEPT:]:
            try:
                old.unlink()
            except OSError:
                pass


def storage_of(db: TinyDB) -> FileStorage:
    """The data file's storage behind a transaction's TinyDB."""
    from companion.store.fileformat import FileStorage

    storage = db.storage
    assert isinstance(storage, FileStorage)
    return storage
