"""The data file as a TinyDB database: locked transactions, migrations, backups.

TinyDB is imported only when a transaction starts, so that reading
(`companion status`) stays quick.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion import locations
from companion.store.errors import DataFileError, WriteFailedError
from companion.store.files import (
    FILE_MODE,
    Document,
    atomic_write,
    ensure_private_dir,
    parse_document,
    quiet_collector,
    read_bytes,
    read_document,
    real_path,
    remove_temp_files,
)
from companion.store.layout import serialise_parts
from companion.store.migrations import (  # noqa: F401  (re-exported: the schema API lives here too)
    MIGRATIONS,
    SCHEMA_VERSION,
    TABLES,
    Migration,
    empty_document,
    migrate,
    schema_version,
)

if TYPE_CHECKING:
    from tinydb import TinyDB

    from companion.store.locking import FileLock

    from companion.store.tables import Tables

BACKUPS_KEPT = 14
LOCK_TIMEOUT_SECONDS = 30
PARTIAL_READ_BYTES = 256 * 1024  # a smaller file is parsed whole: quicker than finding its parts
_BACKUP_NAME = re.compile(r"^(?P<stem>.+?)-(?P<day>\d{4}-\d{2}-\d{2})(?P<label>-[a-z0-9-]+)?\.json$")
# What atomic_write leaves in the backup folder when killed mid-copy: `.<backup name>.XXXXXXXX.tmp`.
_BACKUP_TEMP = re.compile(r"^\.(?P<stem>.+?)-\d{4}-\d{2}-\d{2}(-[a-z0-9-]+)?\.json\.[A-Za-z0-9_]{8}\.tmp$")


class TransactionStorage:
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

    def append(self, table: str, record: dict[str, Any]) -> str:
        """Add a record as TinyDB's `insert` would, its id one more than the largest;
        returns the id. (TinyDB's own insert turns every id of the table into a
        number and back: tens of milliseconds with 40,000 events.) Not for a table
        that TinyDB also inserts into in the same transaction: TinyDB keeps its own
        count of the next id."""
        rows = self.document.setdefault(table, {})
        doc_id = str(max(map(int, rows), default=0) + 1)
        rows[doc_id] = dict(record)
        self.changed = True
        return doc_id

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
        document = read_document(self.path)
        if document is None:
            return empty_document()
        if schema_version(document) > SCHEMA_VERSION:
            return document
        return migrate(document, self.path)

    def tables(self) -> Tables:
        """The current tables for reading, as `read` gives them; a file in Companion's
        line layout, sealed as Companion wrote it (seal.py), is parsed a part at a
        time (see layout.py), unless it is small enough that parsing it whole is
        quicker. Any other file is parsed whole and checked record by record."""
        from companion.store.tables import WholeTables

        raw = read_bytes(self.path)
        if raw is None:
            return WholeTables(empty_document())
        if len(raw) >= PARTIAL_READ_BYTES:
            from companion.store.lazy import LazyTables

            lazy = LazyTables.open(raw, self.path)
            if lazy is not None:
                return lazy
        document = parse_document(raw, self.path)
        if schema_version(document) > SCHEMA_VERSION:
            return WholeTables(document)
        return WholeTables(migrate(document, self.path))

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

        with self.locked(), quiet_collector():
            raw = read_bytes(self.path)
            on_disk = None if raw is None else parse_document(raw, self.path)
            document = migrate(on_disk if on_disk is not None else empty_document(), self.path)
            storage = TransactionStorage(document)
            db = TinyDB(storage=lambda: storage)
            yield db
            if storage.changed or on_disk is None:
                data = serialise_parts(storage.document)
                remove_temp_files(self.path)
                self._remove_backup_temp_files()
                atomic_write(self.path, data)
                if raw is not None:
                    self._daily_backup(raw)

    def write_document(self, document: Document) -> None:
        """Replace the whole file with `document` (under the lock, atomically)."""
        with self.transaction() as db:
            storage = db.storage
            assert isinstance(storage, TransactionStorage)
            storage.write(migrate(document, self.path))

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
