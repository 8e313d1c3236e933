"""Checking the data file and restoring it from a backup."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from companion.domain.text import plural
from companion.store import fileformat
from companion.store.database import Database
from companion.store.errors import DataFileError, NewerSchemaError
from companion.store.fileformat import SCHEMA_VERSION, Document
from companion.store.files import FILE_MODE, atomic_write, read_bytes


@dataclass
class Report:
    """What the check found, line by line."""

    healthy: bool = True
    lines: list[str] = field(default_factory=list)


def check(db: Database) -> Report:
    """Check that the data file reads, has our shape and a schema we understand."""
    report = Report()
    report.lines.append(f"Data file: {db.path}")
    if not db.path.exists():
        backups = good_backups(db)
        if backups:
            report.healthy = False
            report.lines.append(f"✗ the data file is missing, but {len(backups)} good backup(s) "
                                f"exist (newest: {backups[0].name})")
        else:
            report.lines.append("No data file yet: nothing to check. Run `companion` to start.")
        return report
    try:
        document = _read_strictly(db.path)
    except NewerSchemaError as error:
        report.lines.append(f"! written by a newer Companion ({error.reason}); read-only here")
    except DataFileError as error:
        report.healthy = False
        report.lines.append(f"✗ {error.reason}")
    else:
        problem = _records_problem(db, document) or trusted_numbers_problem(db, document)
        if problem:
            report.healthy = False
            report.lines.append(f"✗ {problem}")
        else:
            counts = ", ".join(plural(len(document.get(table, {})), one, table)
                               for table, one in (("periods", "period"), ("events", "event"),
                                                  ("activities", "activity")))
            report.lines.append(f"✓ reads as Companion data, schema {SCHEMA_VERSION} ({counts})")
            report.lines.append(layout_line(db))
    mode = db.path.stat().st_mode & 0o777
    if mode != FILE_MODE:
        report.lines.append(f"! file mode is {oct(mode)}; it should be private (0o600)")
    report.lines.extend(folder_warnings(db))
    backups = good_backups(db)
    report.lines.append(f"{len(backups)} good backup(s) in {db.path.with_name(db.path.stem + '-backups')}")
    return report


def _records_problem(db: Database, document: Document) -> str | None:
    """Why the records cannot be used (a field of the wrong type...), or None if they can."""
    from companion.store.snapshot import snapshot_of

    try:
        snapshot = snapshot_of(document)
        for period in snapshot.periods:
            period.start  # noqa: B018  (parses the date)
        for event in snapshot.events:
            event.instant  # noqa: B018
        for activity in snapshot.activities:
            activity.date  # noqa: B018
    except Exception as error:  # any malformed value: report it, never crash
        return f"some records cannot be read ({type(error).__name__}: {error})"
    return None


def _parsed(path: Path) -> Document | None:
    """The document as the app parses it, brought up to date; None when there is no
    file (NewerSchemaError when a newer Companion wrote it)."""
    raw = read_bytes(path)
    return None if raw is None else fileformat.check(raw, path)


def _read_strictly(path: Path) -> Document:
    """The document, read as strict JSON with every record checked, sealed or not."""
    raw = read_bytes(path)
    if raw is None:
        raise DataFileError(path, "the file disappeared while it was checked")
    return fileformat.check(raw, path, strict=True)


def layout_line(db: Database) -> str:
    """Whether the app reads the file in parts (sealed as written) or whole."""
    if fileformat.read(db.path).sealed:
        return "✓ exactly as Companion wrote it (sealed): Today may read it a part at a time"
    return ("! changed since Companion last wrote it (by hand or by another tool): it is read whole "
            "and checked record by record; the next save lays it out and seals it again")


def trusted_numbers_problem(db: Database, document: Document) -> str | None:
    """Whether the figures the app shows, read the way the app reads the file, equal
    those counted over the whole file checked record by record; why not, if not."""
    from companion.domain.records import EventKind
    from companion.store.core import Store
    from companion.store.snapshot import Snapshot

    def figures(snapshot: Snapshot) -> tuple[object, ...]:
        counts = tuple(snapshot.count_events(kind.value) for kind in EventKind)
        if snapshot.profile is None:
            return counts
        return counts, Store(db.path).status(snapshot).to_json()

    try:
        as_the_app_reads = figures(Snapshot(db.tables()))
        over_everything = figures(Snapshot(fileformat.WholeTables(document)))
    except DataFileError as error:
        return error.reason
    except Exception as error:  # any malformed value: report it, never crash
        return f"the app cannot work out today's figures ({type(error).__name__}: {error})"
    if as_the_app_reads != over_everything:
        return "the figures the app would show differ from a count over the whole file"
    return None


def good_backups(db: Database) -> list[Path]:
    """Backups that read as Companion data, newest first."""
    good = []
    for path in db.backups():
        try:
            document = _parsed(path)
        except DataFileError:  # unreadable, or from a newer Companion
            continue
        if document is not None and _records_problem(db, document) is None:
            good.append(path)
    return good


def _today(db: Database) -> date:
    """Today for naming files; the user's settings are unreadable when the file is broken."""
    try:
        return db.today()
    except DataFileError:
        from companion.clock import Clock

        return Clock().today()


class Restored(NamedTuple):
    """What a repair did: where the broken file was kept (None if there was no file)
    and the backup put in its place; both None when, inside the lock, the file read
    well after all (another process had written it) and nothing was restored."""

    kept: Path | None
    backup: Path | None


def _reads_well(db: Database) -> bool:
    """Whether the data file is there and reads as data the app can use (a file from
    a newer Companion counts: it is not ours to replace)."""
    try:
        document = _parsed(db.path)
    except NewerSchemaError:
        return True
    except DataFileError:
        return False
    return document is not None and _records_problem(db, document) is None


def restore_newest_backup(db: Database) -> Restored | None:
    """Keep the broken file aside and put the newest good backup in its place.

    Everything is decided inside the writers' lock: the file is checked again there
    (a writer may have replaced it since `check` looked, and a file that reads well
    is never restored over), and the backups are chosen there (a writer's daily
    backup is written under the same lock). Returns what was done, or None if no
    backup reads.
    """
    day = _today(db).isoformat()
    with db.locked():
        if _reads_well(db):
            return Restored(None, None)
        backups = good_backups(db)
        if not backups:
            return None
        kept = db.path.with_name(f"{db.path.name}.broken-{day}")
        counter = 1
        while kept.exists():
            counter += 1
            kept = db.path.with_name(f"{db.path.name}.broken-{day}-{counter}")
        if db.path.exists():  # keep a copy first: at no instant is there no data file
            atomic_write(kept, db.path.read_bytes())
            kept_as: Path | None = kept
        else:
            kept_as = None
        atomic_write(db.path, backups[0].read_bytes())
    return Restored(kept_as, backups[0])


def folder_warnings(db: Database) -> list[str]:
    """A line for each of the data's folders (the data file's, through a link too, and
    the backups') that others can read or enter, with the command that makes it private."""
    import os
    import shlex

    from companion import locations
    from companion.store.files import real_path

    folders = dict.fromkeys([db.path.parent, real_path(db.path).parent, locations.backup_dir(db.path)])
    lines = []
    for folder in folders:
        try:
            mode = os.stat(folder).st_mode & 0o777
        except OSError:
            continue
        if mode & 0o077:
            lines.append(f"! the folder {folder} can be read by others (mode {oct(mode)}); "
                         f"to make it private: chmod 700 {shlex.quote(str(folder))}")
    return lines
