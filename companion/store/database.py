"""The data file as a TinyDB database: locked transactions, migrations, backups."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage

from companion import locations
from companion.store.errors import DataFileError, NewerSchemaError, WriteFailedError
from companion.store.files import (
    FILE_MODE,
    Document,
    atomic_write,
    ensure_private_dir,
    read_document,
    serialise,
)

SCHEMA_VERSION = 1
TABLES = ("meta", "profile", "periods", "events", "activities", "settings", "timer")
BACKUPS_KEPT = 14
LOCK_TIMEOUT_SECONDS = 30
_BACKUP_NAME = re.compile(r"^(?P<stem>.+?)-(?P<day>\d{4}-\d{2}-\d{2})(?P<label>-[a-z0-9-]+)?\.json$")

Migration = Callable[[Document], Document]


def _from_v0(document: Document) -> Document:
    """Version 0 had no meta table; add the tables and the version."""
    for table in TABLES:
        document.setdefault(table, {})
    return document


MIGRATIONS: dict[int, Migration] = {0: _from_v0}


def empty_document() -> Document:
    """A new, empty data file at the current schema."""
    document: Document = {table: {} for table in TABLES}
    document["meta"] = {"1": {"schema_version": SCHEMA_VERSION}}
    return document


def schema_version(document: Document) -> int:
    """The schema version recorded in a document's meta table."""
    meta = document.get("meta") or {}
    if not meta:
        return 0
    return int(next(iter(meta.values())).get("schema_version", 0))


def migrate(document: Document, path: Path) -> Document:
    """Bring a document up to SCHEMA_VERSION; refuse one from a newer program."""
    version = schema_version(document)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            path, f"schema {version}; this version understands up to {SCHEMA_VERSION}"
        )
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    for table in TABLES:
        document.setdefault(table, {})
    document["meta"] = {"1": {"schema_version": SCHEMA_VERSION}}
    return document


class TransactionStorage(Storage):
    """A TinyDB storage that holds one transaction's document in memory.

    The Database loads it from disk once when a transaction starts and writes it
    atomically once when it ends, so a transaction reads the file once and writes
    it once, whatever it does in between. (Not a cache: each transaction reloads.)
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.changed = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        return self.document

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.document = data
        self.changed = True

    def close(self) -> None:
        pass


class Database:
    """One Companion data file.

    Args:
        path: the data file.
        today: the user's current date, for naming the daily backup.
    """

    def __init__(self, path: Path, today: Callable[[], date] = date.today) -> None:
        self.path = path
        self.today = today
        self.lock = FileLock(str(locations.lock_file(path)), timeout=LOCK_TIMEOUT_SECONDS, mode=FILE_MODE)

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
        """The current document (validated; an empty one if there is no file yet).

        Readers take no lock: writes replace the file atomically, so a reader sees
        the old or the new file, whole.
        """
        document = read_document(self.path)
        return document if document is not None else empty_document()

    @contextmanager
    def transaction(self) -> Iterator[TinyDB]:
        """Lock, reload, change, write atomically, unlock.

        Yields a TinyDB whose changes are saved together when the block ends
        without an exception; an exception discards them all.
        """
        ensure_private_dir(self.path.parent)  # before the lock, which would create it 0755
        try:
            self.lock.acquire()
        except Timeout:
            raise WriteFailedError(
                self.path, "another Companion process is holding the file lock"
            ) from None
        except OSError as error:
            raise WriteFailedError(self.path, f"cannot take the lock ({error.strerror})") from None
        try:
            on_disk = read_document(self.path)
            document = migrate(on_disk if on_disk is not None else empty_document(), self.path)
            storage = TransactionStorage(document)
            db = TinyDB(storage=lambda: storage)  # type: ignore[arg-type,return-value]
            yield db
            if storage.changed or on_disk is None:
                data = serialise(storage.document)
                if on_disk is not None:
                    self._daily_backup()
                atomic_write(self.path, data)
        finally:
            self.lock.release()

    def write_document(self, document: Document) -> None:
        """Replace the whole file with `document` (under the lock, atomically)."""
        with self.transaction() as db:
            storage = db.storage
            assert isinstance(storage, TransactionStorage)
            storage.write(migrate(document, self.path))

    # Backups ---------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backup files, newest first."""
        folder = locations.backup_dir(self.path)
        if not folder.is_dir():
            return []
        found = [p for p in folder.iterdir() if _BACKUP_NAME.match(p.name)]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def backup_now(self, label: str | None = None) -> Path:
        """Copy the current file into the backup folder; return the copy's path.

        Without a label it is the day's backup; a label (e.g. "before-reset") keeps
        it apart from the rolling daily ones.
        """
        folder = locations.backup_dir(self.path)
        ensure_private_dir(folder)
        suffix = f"-{label}" if label else ""
        name = f"{self.path.stem}-{self.today().isoformat()}{suffix}.json"
        target = folder / name
        atomic_write(target, self.path.read_bytes())
        return target

    def _daily_backup(self) -> None:
        """Keep one copy of the file as it was at the first write of each day (last 14)."""
        folder = locations.backup_dir(self.path)
        target = folder / f"{self.path.stem}-{self.today().isoformat()}.json"
        if target.exists():
            return
        try:
            self.backup_now()
        except (OSError, DataFileError):
            return  # a failed backup must never block saving the user's entry
        daily = [p for p in self.backups() if not _BACKUP_NAME.match(p.name).group("label")]  # type: ignore[union-attr]
        for old in daily[BACKUPS_KEPT:]:
            try:
                old.unlink()
            except OSError:
                pass
